import type { ContestDefinition } from '../../../shared/contest/model';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { useRowKeys } from './useRowKeys';
import { DateField, SelectField, Section, TextField } from '../../components/fields';
import { LANGUAGE_NAMES, useT } from '../../i18n';
import { LocalizedInputs } from './LocalizedInputs';

export function GeneralSection({ def, onChange }: { def: ContestDefinition; onChange(d: ContestDefinition): void }) {
  const { t } = useT();
  const set = (patch: Partial<ContestDefinition>) => onChange({ ...def, ...patch });
  const groups = def.ageGroups ?? [];
  const rows = useRowKeys(groups.length);
  return (
    <>
      <Section title={t('setup.general')}>
        <LocalizedInputs label={t('setup.title')} value={def.title} onChange={(title) => set({ title })} />
        <div className="form-grid">
          <TextField label={t('setup.stage')} value={def.stage ?? ''} onChange={(stage) => set({ stage: stage || undefined })} />
          <DateField label={t('setup.date')} value={def.date ?? ''} onChange={(date) => set({ date: date || undefined })} />
          <TextField label={t('setup.venue')} value={def.venue ?? ''} onChange={(venue) => set({ venue: venue || undefined })} />
          <TextField label={t('setup.protocolNumber')} value={def.protocolNumber ?? ''} onChange={(protocolNumber) => set({ protocolNumber: protocolNumber || undefined })} />
          <SelectField
            label={t('setup.language')}
            value={def.language}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(language) => set({ language })}
          />
        </div>
      </Section>
      <Section
        title={t('setup.ageGroups')}
        actions={
          <button type="button" ref={rows.addButton} onClick={() => (rows.added(), set({ ageGroups: [...groups, { id: `age${groups.length + 1}`, name: '' }] }))}>
            {t('setup.addAgeGroup')}
          </button>
        }
      >
        <div ref={(el) => void (rows.container.current = el)}>
        {groups.map((g, i) => (
          <div key={rows.keys[i]} data-row-key={rows.keys[i]} className="row-editor">
            <TextField label={t('setup.id')} value={g.id} onChange={(id) => set({ ageGroups: groups.map((x, k) => (k === i ? { ...x, id } : x)) })} />
            <LocalizedInputs compact label={t('setup.name')} value={g.name} onChange={(name) => set({ ageGroups: groups.map((x, k) => (k === i ? { ...x, name } : x)) })} />
            <button type="button" className="link-button danger" data-action="remove" onClick={() => (rows.removed(i), set({ ageGroups: groups.filter((_, k) => k !== i) }))}>
              {t('common.remove')}
            </button>
          </div>
        ))}
        </div>
      </Section>
    </>
  );
}
