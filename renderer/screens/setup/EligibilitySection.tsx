import type { ContestDefinition, EligibilityRules } from '../../../shared/contest/model';
import { NumberField, Section, TextField } from '../../components/fields';
import { useT } from '../../i18n';

/** Seed 000's screening rules, each switched off by leaving it empty. */
export function EligibilitySection({ def, onChange }: { def: ContestDefinition; onChange(d: ContestDefinition): void }) {
  const { t } = useT();
  const rules = def.eligibility ?? {};
  const set = (patch: Partial<EligibilityRules>) => {
    const next: EligibilityRules = { ...rules, ...patch };
    for (const k of Object.keys(next) as (keyof EligibilityRules)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    onChange({ ...def, eligibility: next });
  };
  return (
    <Section title={t('setup.eligibility')}>
      <p className="muted">{t('elig.intro')}</p>
      <div className="form-grid">
        <NumberField label={t('elig.maxDuration')} min={1} value={rules.maxDurationSec} onChange={(maxDurationSec) => set({ maxDurationSec })} />
        <NumberField label={t('elig.minFollowers')} min={0} step={1} value={rules.minFollowers} onChange={(minFollowers) => set({ minFollowers })} />
        <TextField label={t('elig.hashtag')} value={rules.hashtag ?? ''} placeholder={t('elig.off')} onChange={(hashtag) => set({ hashtag: hashtag || undefined })} />
        <label className="checkbox">
          <input type="checkbox" checked={!!rules.onePerParticipant} onChange={(e) => set({ onePerParticipant: e.target.checked || undefined })} />
          {t('elig.onePer')}
        </label>
      </div>
    </Section>
  );
}
