import { useSelectableList } from '../../components/listKeys';
import type { NominationView, ResultRow } from '../../../shared/ipc/resultsTypes';
import { useT } from '../../i18n';
import { localNumber } from '../../../shared/protocol/describe';
import { TieBreakLabel } from './TieBreakLabel';

const ROW_HEIGHT = 44;

interface Props {
  nomination: NominationView;
  rows: ResultRow[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Enter on a row, or a double click: open its scores. */
  onOpen(id: string): void;
  /** With the scores panel open only the columns that identify and place an entry stay. */
  compact?: boolean;
}

/**
 * The ranked table of one nomination, virtual so 10,000 rows scroll smoothly. Shared places
 * are marked, each tie says how it was broken; arrows move, Enter opens the entry's scores.
 */
export function ResultsTable({ nomination, rows, selectedId, onSelect, onOpen, compact = false }: Props) {
  const { t, name, lang } = useT();
  const { scroller, virtual, onKeyDown } = useSelectableList({
    count: rows.length,
    selectedIndex: rows.findIndex((r) => r.entry === selectedId),
    rowHeight: ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 700 },
    onMove: (i) => onSelect(rows[i].entry),
    onEnter: selectedId ? () => onOpen(selectedId) : undefined,
  });
  const awardName = (id: string | null) => (id === null ? '' : name(nomination.awards.find((a) => a.id === id)?.name) || id);
  const scored = nomination.kind === 'scored';
  const wide = scored && !compact;
  // Scores given by fewer jurors than the panel are marked: a place may rest on one juror.
  const panel = nomination.jurors.length;

  return (
    <div className="registry-table results-table" role="grid" aria-rowcount={rows.length + 1} aria-label={name(nomination.name)}>
      <div className="rt-row rt-head" role="row">
        <span role="columnheader" className="rt-cell c-rank">{t('results.col.rank')}</span>
        <span role="columnheader" className="rt-cell c-id">№</span>
        <span role="columnheader" className="rt-cell c-participant">{t('field.participant')}</span>
        {!compact && <span role="columnheader" className="rt-cell c-organisation">{t('field.organisation')}</span>}
        <span role="columnheader" className="rt-cell c-num">{t('results.col.score')}</span>
        <span role="columnheader" className="rt-cell c-award">{t('results.col.award')}</span>
        {wide && <span role="columnheader" className="rt-cell c-tiebreak">{t('results.col.tiebreak')}</span>}
        {wide && <span role="columnheader" className="rt-cell c-num c-normalised" title={t('results.normalisedNote')}>{t('results.col.normalised')}</span>}
      </div>
      <div className="rt-scroll" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} data-testid="results-scroll">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const r = rows[v.index];
            const classes = ['rt-row', r.entry === selectedId ? 'selected' : '', r.sharedPlace ? 'shared-place' : '', r.award ? 'awarded' : ''].filter(Boolean).join(' ');
            return (
              <div
                key={r.entry}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={r.entry === selectedId}
                className={classes}
                style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onSelect(r.entry)}
                onDoubleClick={() => onOpen(r.entry)}
              >
                <span role="gridcell" className="rt-cell c-rank">
                  {r.rank}
                  {r.sharedPlace && <span className="shared-mark" title={t('results.shared')}> =</span>}
                </span>
                <span role="gridcell" className="rt-cell c-id">{r.entry}</span>
                <span role="gridcell" className="rt-cell c-participant" title={r.participant ?? ''}>
                  {/* An entry sent in by a kindergarten may name no one: with the organisation column hidden, it names the entry. */}
                  {r.participant || (compact && <span className="muted">{r.organisation ?? ''}</span>)}
                </span>
                {!compact && <span role="gridcell" className="rt-cell c-organisation" title={r.organisation ?? ''}>{r.organisation ?? ''}</span>}
                <span role="gridcell" className="rt-cell c-num" title={r.exact}>
                  {scored && r.jurors < panel && (
                    <span className="few-jurors" title={t('results.fewJurors', { n: r.jurors, of: panel })}>
                      {t('results.fewJurorsShort', { n: r.jurors, of: panel })}{' '}
                    </span>
                  )}
                  {localNumber(r.score, lang)}
                </span>
                <span role="gridcell" className="rt-cell c-award">
                  {r.award && <span className="award-badge">{awardName(r.award)}</span>}
                  {r.override && <span className="override-mark" title={r.override.reason}> ✎</span>}
                </span>
                {wide && (
                  <span role="gridcell" className="rt-cell c-tiebreak">
                    {r.tiebreak && <TieBreakLabel note={r.tiebreak} nomination={nomination} />}
                    {r.sharedPlace && <span className="muted"> {t('results.shared')}</span>}
                  </span>
                )}
                {wide && <span role="gridcell" className="rt-cell c-num c-normalised muted">{r.normalisedRank ?? ''}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
