import { useEffect, useRef, useState } from 'react';
import { AUDIENCE_METRICS, isAudience, type ContestDefinition, type Nomination } from '../../../shared/contest/model';
import { NumberField, SelectField, Section, TextField } from '../../components/fields';
import { useT } from '../../i18n';
import { LocalizedInputs } from './LocalizedInputs';
import { freshId } from './listEdit';
import { ScoredNominationEditor } from './ScoredNominationEditor';

/** Nominations on the left; the chosen one's criteria, method, tie-breaks and awards on the right. */
export function NominationsSection({ def, onChange }: { def: ContestDefinition; onChange(d: ContestDefinition): void }) {
  const { t, name } = useT();
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, def.nominations.length - 1);
  const nom = def.nominations[index];
  const setNom = (next: Nomination) => onChange({ ...def, nominations: def.nominations.map((n, i) => (i === index ? next : n)) });
  const add = (audience: boolean) => {
    const id = freshId(def.nominations, audience ? 'audience' : 'nom');
    const created: Nomination = audience
      ? { id, name: { kk: t('nom.audience') }, metric: 'likes', count: 3 }
      : {
          id,
          name: { kk: '' },
          criteria: [{ id: 'c1', name: { kk: '' }, max: 10, step: 1, weight: 1 }],
          aggregation: { method: 'mean' },
          tieBreak: ['criteria-order', 'chair'],
          awards: { mode: 'count', places: [] },
        };
    onChange({ ...def, nominations: [...def.nominations, created] });
    setSelected(def.nominations.length);
  };
  const list = useRef<HTMLElement>(null);
  // After a removal the keyboard goes to the nomination now chosen, never to another Remove.
  const [removedOne, setRemovedOne] = useState(0);
  useEffect(() => {
    if (removedOne) (list.current?.querySelector<HTMLElement>('.split-item.active') ?? list.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [removedOne]);
  const remove = () => {
    onChange({ ...def, nominations: def.nominations.filter((_, i) => i !== index) });
    setSelected(Math.max(0, index - 1));
    setRemovedOne((n) => n + 1);
  };

  return (
    <div className="split">
      <nav className="split-list" ref={list} aria-label={t('setup.nominations')}>
        {def.nominations.map((n, i) => (
          <button key={i} type="button" className={`split-item${i === index ? ' active' : ''}`} onClick={() => setSelected(i)}>
            <span>{name(n.name) || n.id}</span>
            <span className="muted small">{isAudience(n) ? t(`metric.${n.metric}`) : t('nom.scored')}</span>
          </button>
        ))}
        <button type="button" onClick={() => add(false)}>
          + {t('nom.add')}
        </button>
        <button type="button" onClick={() => add(true)}>
          + {t('nom.addAudience')}
        </button>
      </nav>
      {nom && (
        <div className="split-detail">
          <Section
            title={name(nom.name) || nom.id}
            actions={
              <button type="button" className="link-button danger" onClick={remove}>
                {t('common.remove')}
              </button>
            }
          >
            <div className="form-grid">
              <TextField label={t('setup.id')} value={nom.id} onChange={(id) => setNom({ ...nom, id })} />
            </div>
            <LocalizedInputs label={t('setup.name')} value={nom.name} onChange={(n) => setNom({ ...nom, name: n })} />
            {isAudience(nom) && (
              <div className="form-grid">
                <SelectField
                  label={t('nom.metric')}
                  value={nom.metric}
                  options={AUDIENCE_METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
                  onChange={(metric) => setNom({ ...nom, metric })}
                />
                <NumberField label={t('nom.count')} min={0} step={1} value={nom.count} onChange={(count) => setNom({ ...nom, count: count ?? 0 })} />
              </div>
            )}
          </Section>
          {!isAudience(nom) && <ScoredNominationEditor nomination={nom} onChange={setNom} />}
        </div>
      )}
    </div>
  );
}
