import { call } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { Section } from '../../components/fields';
import { formatDateTime, useT } from '../../i18n';

/** The contest's audit log, newest first: who did what, when, to which entry, and why. */
export function AuditSection({ contestId }: { contestId: string }) {
  const { t, lang } = useT();
  const log = useLoad(() => call('audit:list', { contestId }), [contestId]);
  return (
    <Section title={t('setup.audit')}>
      <p className="muted">{t('audit.intro')}</p>
      <table className="grid-table audit-table">
        <thead>
          <tr>
            <th>{t('audit.when')}</th>
            <th>{t('audit.who')}</th>
            <th>{t('audit.what')}</th>
            <th>{t('field.id')}</th>
            <th>{t('entry.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {log.data?.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{formatDateTime(r.at, lang, true)}</td>
              <td>{r.actor}</td>
              <td>
                {t(`audit.${r.action}`)}
                {r.action === 'import' && r.details && <span className="muted small"> · {String(r.details.file)}: +{String(r.details.added)}</span>}
              </td>
              <td>{r.entryId ?? ''}</td>
              <td>{r.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
