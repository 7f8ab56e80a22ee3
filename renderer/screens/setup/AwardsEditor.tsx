import type { AwardPlace, ScoredNomination } from '../../../shared/contest/model';
import { SelectField, Section } from '../../components/fields';
import { useT } from '../../i18n';
import { CellInput, LocalizedCells, RowActions } from './cells';
import { removeAt, updateAt } from './listEdit';
import { useRowKeys } from './useRowKeys';

/** Count mode (Гран-при 1, I орын 3 …) or threshold mode (diploma degrees by minimum score). */
export function AwardsEditor({ nomination: nom, onChange }: { nomination: ScoredNomination; onChange(n: ScoredNomination): void }) {
  const { t } = useT();
  const { mode, places } = nom.awards;
  const setPlaces = (next: AwardPlace[]) => onChange({ ...nom, awards: { mode, places: next } });
  const setPlace = (i: number, patch: Partial<AwardPlace>) => setPlaces(updateAt(places, i, patch));
  const setMode = (m: 'count' | 'threshold') =>
    onChange({
      ...nom,
      // Both values stay in the draft so switching back and forth loses nothing; saving keeps the mode's own.
      awards: { mode: m, places: places.map((p) => (m === 'count' ? { ...p, count: p.count ?? 1 } : { ...p, minScore: p.minScore ?? 0 })) },
    });
  const valueKey = mode === 'count' ? 'count' : 'minScore';
  const rows = useRowKeys(places.length);
  return (
    <Section
      title={t('nom.awards')}
      actions={
        <button type="button" ref={rows.addButton} onClick={() => (rows.added(), setPlaces([...places, { id: `A${places.length + 1}`, name: { kk: '' }, ...(mode === 'count' ? { count: 1 } : { minScore: 0 }) }]))}>
          {t('nom.addPlace')}
        </button>
      }
    >
      <div className="form-grid">
        <SelectField
          label={t('nom.awardMode')}
          value={mode}
          options={[
            { value: 'count', label: t('nom.mode.count') },
            { value: 'threshold', label: t('nom.mode.threshold') },
          ]}
          onChange={setMode}
        />
      </div>
      <table className="grid-table">
        <thead>
          <tr>
            <th>{t('setup.id')}</th>
            <th>{t('setup.nameKk')}</th>
            <th>{t('setup.nameRu')}</th>
            <th>{t('setup.nameEn')}</th>
            <th>{mode === 'count' ? t('nom.placeCount') : t('nom.minScore')}</th>
            <th />
          </tr>
        </thead>
        <tbody ref={(el) => void (rows.container.current = el)}>
          {places.map((p, i) => (
            <tr key={rows.keys[i]} data-row-key={rows.keys[i]}>
              <CellInput className="short" label={`${t('setup.id')} ${i + 1}`} value={p.id} onChange={(id) => setPlace(i, { id })} />
              <LocalizedCells label={`${t('nom.awards')} ${i + 1}`} value={p.name} onChange={(name) => setPlace(i, { name })} />
              <td>
                <input
                  className="number"
                  type="number"
                  step="any"
                  aria-label={`${mode === 'count' ? t('nom.placeCount') : t('nom.minScore')} ${i + 1}`}
                  value={p[valueKey] ?? ''}
                  onChange={(e) => setPlace(i, { [valueKey]: e.target.value === '' ? undefined : Number(e.target.value) })}
                />
              </td>
              <td>
                <RowActions onRemove={() => (rows.removed(i), setPlaces(removeAt(places, i)))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
