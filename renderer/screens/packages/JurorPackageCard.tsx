import { useState } from 'react';
import { scoredNominations, type ContestDefinition, type JuryMember } from '../../../shared/contest/model';
import { useT } from '../../i18n';

export interface PackageRequest {
  jurorId: string;
  nominations?: string[];
  entryIds?: string[];
  includeMedia: boolean;
}

type Mode = 'all' | 'nominations' | 'list';

/** One juror: which entries they get, with or without media, and the button that saves the package. */
export function JurorPackageCard({ juror, definition, busy, onExport }: { juror: JuryMember; definition: ContestDefinition; busy: boolean; onExport(r: PackageRequest): void }) {
  const { t, name } = useT();
  const [mode, setMode] = useState<Mode>('all');
  const [nominations, setNominations] = useState<string[]>([]);
  const [list, setList] = useState('');
  const [media, setMedia] = useState(false);
  const scored = scoredNominations(definition);
  const ids = list.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
  const ready = mode === 'all' || (mode === 'nominations' ? nominations.length > 0 : ids.length > 0);
  const group = `assign-${juror.id}`;
  return (
    <section className="card juror-card" aria-label={juror.name}>
      <div className="card-header">
        <div>
          <h2>{juror.name}</h2>
          <span className="muted small">
            {juror.id} · {t(`role.${juror.role}`)}
          </span>
        </div>
        <button
          type="button"
          className="primary"
          disabled={busy || !ready}
          onClick={() =>
            onExport({ jurorId: juror.id, includeMedia: media, nominations: mode === 'nominations' ? nominations : undefined, entryIds: mode === 'list' ? ids : undefined })
          }
        >
          {t('packages.export')}
        </button>
      </div>
      <fieldset className="assignment">
        <legend>{t('packages.assignment')}</legend>
        {(['all', 'nominations', 'list'] as const).map((m) => (
          <label key={m} className="checkbox">
            <input type="radio" name={group} checked={mode === m} onChange={() => setMode(m)} />
            {t(m === 'all' ? 'packages.all' : m === 'nominations' ? 'packages.byNomination' : 'packages.byList')}
          </label>
        ))}
        {mode === 'nominations' && (
          <div className="nomination-choice">
            {scored.map((n) => (
              <label key={n.id} className="checkbox">
                <input type="checkbox" checked={nominations.includes(n.id)} onChange={(e) => setNominations(e.target.checked ? [...nominations, n.id] : nominations.filter((x) => x !== n.id))} />
                {name(n.name)}
              </label>
            ))}
          </div>
        )}
        {mode === 'list' && <input aria-label={t('packages.byList')} value={list} placeholder={t('packages.listPlaceholder')} onChange={(e) => setList(e.target.value)} />}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={media} onChange={(e) => setMedia(e.target.checked)} />
        {t('packages.media')}
      </label>
    </section>
  );
}
