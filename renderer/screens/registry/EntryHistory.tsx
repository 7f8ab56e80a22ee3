import { call } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { formatDateTime, useT } from '../../i18n';

/** Who did what to this entry and why, newest first (the audit log). */
export function EntryHistory({ contestId, entryId, version }: { contestId: string; entryId: string; version: number }) {
  const { t, lang } = useT();
  const history = useLoad(() => call('audit:list', { contestId, entryId }), [contestId, entryId, version]);
  return (
    <section className="panel-section">
      <h3>{t('entry.history')}</h3>
      {history.data?.length === 0 && <p className="muted">{t('entry.noHistory')}</p>}
      <ol className="history">
        {history.data?.map((r) => (
          <li key={r.id}>
            <span className="history-what">{t(`audit.${r.action}`)}</span>
            <span className="muted small">
              {formatDateTime(r.at, lang)} · {r.actor}
            </span>
            {r.reason && <span className="history-reason">«{r.reason}»</span>}
            {r.action === 'edit' && r.details && <span className="muted small">{Object.keys(r.details).map((k) => t(`field.${k as 'participant'}`)).join(', ')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
