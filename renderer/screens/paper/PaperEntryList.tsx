import { useSelectableList } from '../../components/listKeys';
import type { Criterion } from '../../../shared/contest/model';
import type { Entry } from '../../../shared/entries/model';
import { useT } from '../../i18n';
import { StateDot } from '../merge/StateDot';
import { draftState, type PaperDraft } from './paperModel';

const ROW_HEIGHT = 48;
/** The entry's state drawn as in the completeness matrix. */
const DOT = { done: 'scored', partial: 'incomplete', recused: 'recused', none: 'missing' } as const;

interface Props {
  entries: Entry[];
  criteria: Criterion[];
  draftOf(id: string): PaperDraft;
  /** Entries whose last save was refused. */
  failed: ReadonlySet<string>;
  version: number;
  selectedId: string | null;
  /** `enter`: go into the entry's boxes (a click, or Enter); arrows only browse. */
  onSelect(id: string, enter: boolean): void;
}

/** The juror's entries of one nomination, virtual, each with what has been typed for it. */
export function PaperEntryList({ entries, criteria, draftOf, failed, version, selectedId, onSelect }: Props) {
  const { t } = useT();
  const selectedIndex = entries.findIndex((e) => e.id === selectedId);
  const { scroller, virtual, onKeyDown } = useSelectableList({
    count: entries.length,
    selectedIndex,
    rowHeight: ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 320, height: 600 },
    onMove: (i) => onSelect(entries[i].id, false),
    onEnter: selectedId ? () => onSelect(selectedId, true) : undefined,
  });

  return (
    <div className="entry-list paper-list" ref={scroller} tabIndex={0} role="listbox" aria-label={t('paper.entries')} onKeyDown={onKeyDown} data-version={version} data-testid="paper-list">
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((row) => {
          const e = entries[row.index];
          const draft = draftOf(e.id);
          const state = draftState(draft, criteria);
          const bad = failed.has(e.id);
          return (
            <div
              key={e.id}
              role="option"
              aria-selected={e.id === selectedId}
              className={`entry-row status-${state}${e.id === selectedId ? ' selected' : ''}${bad ? ' not-saved' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(e.id, true)}
            >
              <span className="entry-mark" title={t(`paper.status.${state}`)} aria-label={t(`paper.status.${state}`)}>
                {bad ? '⚠' : <StateDot state={DOT[state]} />}
              </span>
              <span className="entry-row-text">
                <span className="entry-row-title">
                  № {e.id} · {e.participant ?? e.organisation}
                </span>
                <span className="muted small paper-row-scores">{state === 'recused' ? t('paper.status.recused') : criteria.map((c) => draft.scores[c.id] || '·').join('  ')}</span>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
