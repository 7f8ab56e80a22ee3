import { useSelectableList } from '../../components/listKeys';
import type { PackageEntry } from '../../../shared/package/packageFile';
import { useT } from '../../i18n';
import { entryStatus, entryTotal, type CriteriaByNomination, type MarksStore } from './marksModel';

const ROW_HEIGHT = 48;
const MARK: Record<string, string> = { done: '●', partial: '◐', recused: '⊘', none: '○' };

interface Props {
  entries: PackageEntry[];
  criteria: CriteriaByNomination;
  marks: MarksStore;
  /** Changes whenever a mark does, so rows re-render. */
  version: number;
  selectedId: string | null;
  /** `enter`: go into the entry's scores (a click, or Enter); arrows only browse the list. */
  onSelect(id: string, enter: boolean): void;
}

/** The juror's entries, virtual so 10,000 scroll like 100; each row shows how far it is scored. */
export function EntryList({ entries, criteria, marks, version, selectedId, onSelect }: Props) {
  const { t } = useT();
  const selectedIndex = entries.findIndex((e) => e.id === selectedId);
  const { scroller, virtual, onKeyDown } = useSelectableList({
    count: entries.length,
    selectedIndex,
    rowHeight: ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 320, height: 700 },
    onMove: (i) => onSelect(entries[i].id, false),
    // The entry shown may not be in this list (a search typed since): Enter opens the first listed.
    onEnter: entries.length ? () => onSelect(selectedIndex >= 0 ? entries[selectedIndex].id : entries[0].id, true) : undefined,
  });

  if (!entries.length) return <p className="empty">{t('scoring.noEntries')}</p>;
  return (
    <div className="entry-list" ref={scroller} tabIndex={0} role="listbox" aria-label={t('nav.scoring')} onKeyDown={onKeyDown} data-version={version} data-testid="entry-list">
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((row) => {
          const e = entries[row.index];
          const status = entryStatus(e, criteria, marks);
          const total = status === 'done' ? entryTotal(e, criteria, marks) : null;
          return (
            <div
              key={e.id}
              role="option"
              aria-selected={e.id === selectedId}
              className={`entry-row status-${status}${e.id === selectedId ? ' selected' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(e.id, true)}
            >
              <span className="entry-mark" title={t(`scoring.status.${status}`)} aria-label={t(`scoring.status.${status}`)}>
                {MARK[status]}
              </span>
              <span className="entry-row-text">
                <span className="entry-row-title">
                  № {e.id} · {e.participant ?? e.organisation}
                </span>
                <span className="muted small">{(e.participant ? e.organisation : e.region) ?? ''}</span>
              </span>
              {total !== null && <span className="entry-row-total">{total}</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
