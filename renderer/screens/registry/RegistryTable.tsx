import { useSelectableList } from '../../components/listKeys';
import type { Entry } from '../../../shared/entries/model';
import type { RegistrySortKey } from '../../../shared/entries/registryQuery';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 44;

interface Props {
  entries: Entry[];
  nominationName(id: string | null): string;
  selectedId: string | null;
  onSelect(id: string | null): void;
  showNomination: boolean;
  /** With the entry panel open only the columns that identify an entry stay. */
  compact?: boolean;
}

/**
 * A virtual table: only the rows in view exist in the page, so 10,000 entries scroll as
 * smoothly as 100. Arrow keys move the selection; the header sorts.
 */
export function RegistryTable({ entries, nominationName, selectedId, onSelect, showNomination, compact = false }: Props) {
  const { t } = useT();
  const query = useUi((s) => s.registryQuery);
  const setQuery = useUi((s) => s.setQuery);
  const { scroller, virtual, onKeyDown } = useSelectableList({
    count: entries.length,
    selectedIndex: entries.findIndex((e) => e.id === selectedId),
    rowHeight: ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 700 },
    onMove: (i) => onSelect(entries[i].id),
  });

  const columns: { key: RegistrySortKey; label: string; className: string }[] = [
    { key: 'id', label: '№', className: 'c-id' },
    { key: 'participant', label: t('field.participant'), className: 'c-participant' },
    { key: 'organisation', label: t('field.organisation'), className: 'c-organisation' },
    ...(compact ? [] : [{ key: 'region' as const, label: t('field.region'), className: 'c-region' }]),
    ...(showNomination && !compact ? [{ key: 'nomination' as const, label: t('field.nomination'), className: 'c-nomination' }] : []),
    ...(compact
      ? []
      : [
          { key: 'likes' as const, label: t('field.likes'), className: 'c-num' },
          { key: 'views' as const, label: t('field.views'), className: 'c-num' },
        ]),
    { key: 'eligible', label: t('registry.status'), className: 'c-status' },
  ];
  const sortBy = (key: RegistrySortKey) => setQuery(query.sort === key ? { descending: !query.descending } : { sort: key, descending: false });

  return (
    <div className="registry-table" role="grid" aria-rowcount={entries.length + 1} aria-label={t('nav.registry')}>
      <div className="rt-row rt-head" role="row">
        {columns.map((c) => (
          <button key={c.key} type="button" role="columnheader" className={`rt-cell ${c.className}`} aria-sort={query.sort === c.key ? (query.descending ? 'descending' : 'ascending') : 'none'} onClick={() => sortBy(c.key)}>
            {c.label}
            {query.sort === c.key && <span aria-hidden="true">{query.descending ? ' ▼' : ' ▲'}</span>}
          </button>
        ))}
      </div>
      {entries.length === 0 && <p className="empty">{t('registry.noMatch')}</p>}
      <div className="rt-scroll" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} data-testid="registry-scroll">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((row) => {
            const e = entries[row.index];
            return (
              <div
                key={e.id}
                role="row"
                aria-rowindex={row.index + 2}
                aria-selected={e.id === selectedId}
                className={`rt-row${e.id === selectedId ? ' selected' : ''}${e.eligible ? '' : ' ineligible'}`}
                style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onSelect(e.id)}
              >
                <span role="gridcell" className="rt-cell c-id">{e.id}</span>
                <span role="gridcell" className="rt-cell c-participant">{e.participant ?? ''}</span>
                <span role="gridcell" className="rt-cell c-organisation" title={e.organisation ?? ''}>{e.organisation ?? ''}</span>
                {!compact && <span role="gridcell" className="rt-cell c-region">{e.region ?? ''}</span>}
                {showNomination && !compact && <span role="gridcell" className="rt-cell c-nomination">{nominationName(e.nomination)}</span>}
                {!compact && <span role="gridcell" className="rt-cell c-num">{e.likes ?? ''}</span>}
                {!compact && <span role="gridcell" className="rt-cell c-num">{e.views ?? ''}</span>}
                <span role="gridcell" className="rt-cell c-status"><StatusBadge entry={e} /></span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
