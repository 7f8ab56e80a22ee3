import { useState } from 'react';
import { AGGREGATION_METHODS, FIXED_TIE_BREAK_RULES, type Criterion, type ScoredNomination, type TieBreakRule } from '../../../shared/contest/model';
import { NumberField, SelectField, Section } from '../../components/fields';
import { useT } from '../../i18n';
import { AwardsEditor } from './AwardsEditor';
import { CellInput, LocalizedCells, RowActions } from './cells';
import { freshId, move, removeAt, updateAt } from './listEdit';
import { useRowKeys } from './useRowKeys';

/** Criteria (max, step, weight, order), the aggregation method, the tie-break chain and awards. */
export function ScoredNominationEditor({ nomination: nom, onChange }: { nomination: ScoredNomination; onChange(n: ScoredNomination): void }) {
  const { t, name } = useT();
  const criteria = nom.criteria;
  // A tie-break rule names its criterion by id: renaming or removing the criterion carries it along.
  const setCriterion = (i: number, patch: Partial<Criterion>) => {
    const old = `criterion:${criteria[i].id}`;
    const tieBreak = patch.id === undefined ? nom.tieBreak : nom.tieBreak.map((r) => (r === old ? (`criterion:${patch.id}` as TieBreakRule) : r));
    onChange({ ...nom, criteria: updateAt(criteria, i, patch), tieBreak });
  };
  const rows = useRowKeys(criteria.length);
  const chain = useRowKeys(nom.tieBreak.length);
  const moveCriterion = (i: number, to: number, via: 'up' | 'down') => (rows.moved(i, to, via), onChange({ ...nom, criteria: move(criteria, i, to) }));
  const removeCriterion = (i: number) => {
    const rule = `criterion:${criteria[i].id}`;
    const at = nom.tieBreak.indexOf(rule as TieBreakRule);
    // The rule naming it goes too, but the keyboard stays in the criteria table.
    if (at >= 0) chain.dropped(at);
    rows.removed(i);
    onChange({ ...nom, criteria: removeAt(criteria, i), tieBreak: nom.tieBreak.filter((r) => r !== rule) });
  };
  const addCriterion = () => (rows.added(), onChange({ ...nom, criteria: [...criteria, { id: freshId(criteria, 'c'), name: { kk: '' }, max: 10, step: 1, weight: 1 }] }));
  const ruleLabel = (rule: TieBreakRule) => {
    if (rule.startsWith('criterion:')) {
      const c = criteria.find((x) => `criterion:${x.id}` === rule);
      return t('rule.criterion', { name: c ? name(c.name) || c.id : rule.slice(10) });
    }
    return t(`rule.${rule as (typeof FIXED_TIE_BREAK_RULES)[number]}`);
  };
  const allRules: TieBreakRule[] = [...FIXED_TIE_BREAK_RULES, ...criteria.map((c) => `criterion:${c.id}` as TieBreakRule)];
  const unused = allRules.filter((r) => !nom.tieBreak.includes(r));
  const [pick, setPick] = useState('');

  return (
    <>
      <Section
        title={t('nom.criteria')}
        actions={
          <button type="button" ref={rows.addButton} onClick={addCriterion}>
            {t('nom.addCriterion')}
          </button>
        }
      >
        <table className="grid-table criteria-table">
          <thead>
            <tr>
              <th className="w-no">№</th>
              <th className="w-id">{t('setup.id')}</th>
              <th>{t('setup.nameKk')}</th>
              <th>{t('setup.nameRu')}</th>
              <th>{t('setup.nameEn')}</th>
              <th className="w-num">{t('nom.max')}</th>
              <th className="w-num">{t('nom.step')}</th>
              <th className="w-num">{t('nom.weight')}</th>
              <th className="w-actions" />
            </tr>
          </thead>
          <tbody ref={(el) => void (rows.container.current = el)}>
            {criteria.map((c, i) => (
              <tr key={rows.keys[i]} data-row-key={rows.keys[i]}>
                <td className="num">{i + 1}</td>
                <CellInput className="short" label={`${t('setup.id')} ${i + 1}`} value={c.id} onChange={(id) => setCriterion(i, { id })} />
                <LocalizedCells multiline label={`${t('setup.name')} ${i + 1}`} value={c.name} onChange={(name) => setCriterion(i, { name })} />
                {(['max', 'step', 'weight'] as const).map((key) => (
                  <td key={key}>
                    <input
                      className="number"
                      type="number"
                      step="any"
                      min={0}
                      aria-label={`${t(`nom.${key}`)} ${i + 1}`}
                      value={Number.isFinite(c[key]) ? c[key] : ''}
                      onChange={(e) => setCriterion(i, { [key]: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                    />
                  </td>
                ))}
                <td>
                  <RowActions
                    onUp={() => moveCriterion(i, i - 1, 'up')}
                    onDown={() => moveCriterion(i, i + 1, 'down')}
                    onRemove={() => removeCriterion(i)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('nom.aggregation')}>
        <div className="form-grid">
          <SelectField
            label={t('nom.aggregation')}
            value={nom.aggregation.method}
            options={AGGREGATION_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
            onChange={(method) => onChange({ ...nom, aggregation: method === 'trimmed-mean' ? { method, trim: nom.aggregation.trim ?? 1 } : { method } })}
          />
          {nom.aggregation.method === 'trimmed-mean' && (
            <NumberField label={t('nom.trim')} min={0} step={1} value={nom.aggregation.trim} onChange={(trim) => onChange({ ...nom, aggregation: { ...nom.aggregation, trim } })} />
          )}
        </div>
        <h3>{t('nom.tieBreak')}</h3>
        <ol className="chain" ref={(el) => void (chain.container.current = el)}>
          {nom.tieBreak.map((rule, i) => (
            <li key={chain.keys[i]} data-row-key={chain.keys[i]}>
              <span>{ruleLabel(rule)}</span>
              <RowActions
                onUp={() => (chain.moved(i, i - 1, 'up'), onChange({ ...nom, tieBreak: move(nom.tieBreak, i, i - 1) }))}
                onDown={() => (chain.moved(i, i + 1, 'down'), onChange({ ...nom, tieBreak: move(nom.tieBreak, i, i + 1) }))}
                onRemove={() => (chain.removed(i), onChange({ ...nom, tieBreak: removeAt(nom.tieBreak, i) }))}
              />
            </li>
          ))}
        </ol>
        {unused.length > 0 && (
          // Chosen, then added with the button: arrow keys on a closed list change its value, and
          // a keyboard user must be able to look through the rules before one is added.
          <div className="add-rule">
            <select aria-label={t('nom.addRule')} value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">+ {t('nom.addRule')}</option>
              {unused.map((r) => (
                <option key={r} value={r}>
                  {ruleLabel(r)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!unused.includes(pick as TieBreakRule)}
              onClick={() => {
                chain.added();
                onChange({ ...nom, tieBreak: [...nom.tieBreak, pick as TieBreakRule] });
                setPick('');
              }}
            >
              {t('common.add')}
            </button>
          </div>
        )}
      </Section>
      <AwardsEditor nomination={nom} onChange={onChange} />
    </>
  );
}
