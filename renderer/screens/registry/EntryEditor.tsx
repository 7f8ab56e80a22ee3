import { useState } from 'react';
import type { ScoredNomination } from '../../../shared/contest/model';
import type { Entry, EntryData } from '../../../shared/entries/model';
import { useT } from '../../i18n';

const TEXT = ['participant', 'organisation', 'region', 'age_group', 'link', 'media', 'hashtag', 'email'] as const;
const NUMBERS = ['likes', 'comments', 'views', 'followers', 'duration'] as const;
type Patch = Partial<Omit<EntryData, 'id'>>;

/** Corrects an entry's data by hand; each change is kept in the audit log with old and new values. */
export function EntryEditor({ entry, nominations, onSave }: { entry: Entry; nominations: ScoredNomination[]; onSave(patch: Patch): void }) {
  const { t, name } = useT();
  const [draft, setDraft] = useState<Record<string, string>>(() => {
    const d: Record<string, string> = { nomination: entry.nomination ?? '' };
    for (const k of [...TEXT, ...NUMBERS]) d[k] = entry[k] == null ? '' : String(entry[k]);
    return d;
  });
  const patch = (): Patch => {
    const p: Record<string, string | number | null> = {};
    // An emptied hashtag stays '' ("the form asked, nothing was given") so the hashtag rule still checks it.
    for (const k of TEXT) p[k] = draft[k].trim() === '' ? (k === 'hashtag' && entry.hashtag !== null ? '' : null) : draft[k].trim();
    for (const k of NUMBERS) p[k] = draft[k].trim() === '' ? null : Number(draft[k]);
    if (nominations.length) p.nomination = draft.nomination || null;
    return p as Patch;
  };
  const input = (k: string, type: 'text' | 'number') => (
    <label key={k} className="field">
      <span>{t(`field.${k as (typeof TEXT)[number]}`)}</span>
      <input type={type} min={type === 'number' ? 0 : undefined} step={type === 'number' ? 'any' : undefined} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} />
    </label>
  );
  return (
    <section className="panel-section">
      <h3>{t('entry.edit')}</h3>
      <form
        className="entry-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(patch());
        }}
      >
        {nominations.length > 1 && (
          <label className="field">
            <span>{t('field.nomination')}</span>
            <select value={draft.nomination} onChange={(e) => setDraft({ ...draft, nomination: e.target.value })}>
              {nominations.map((n) => (
                <option key={n.id} value={n.id}>
                  {name(n.name)}
                </option>
              ))}
            </select>
          </label>
        )}
        {TEXT.map((k) => input(k, 'text'))}
        <div className="form-grid compact">{NUMBERS.map((k) => input(k, 'number'))}</div>
        <button type="submit">{t('common.save')}</button>
      </form>
    </section>
  );
}
