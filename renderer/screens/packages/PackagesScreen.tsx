import { useState } from 'react';
import { scoringJurors } from '../../../shared/contest/model';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { formatDateTime, useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { JurorPackageCard, type PackageRequest } from './JurorPackageCard';

/** The organiser hands each juror a signed package: the key's fingerprint, a card per juror, the history. */
export function PackagesScreen({ contestId }: { contestId: string }) {
  const { t, name, lang } = useT();
  const notify = useUi((s) => s.notify);
  const details = useLoad(() => call('contests:get', { contestId }), [contestId]);
  const info = useLoad(() => call('packages:info', { contestId }), [contestId]);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [busy, setBusy] = useState(false);

  const exportFor = async (request: PackageRequest) => {
    setBusy(true);
    setProblems(null);
    try {
      const r = await call('packages:export', { contestId, ...request });
      if (r) {
        notify({ kind: 'success', text: t('packages.exported', { file: r.fileName, entries: r.entries, media: r.media }) });
        await info.reload();
      }
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };

  const def = details.data?.definition;
  const jurorName = (id: string) => def?.jury.find((j) => j.id === id)?.name ?? id;
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('packages.title')}</h1>
      </header>
      <p className="lead">{t('packages.intro')}</p>
      <ProblemList problems={problems ?? details.problems ?? info.problems} />
      {info.data && (
        <div className="fingerprint-box organiser">
          <span className="muted small">{t('packages.fingerprint')}</span>
          <code className="fingerprint" data-testid="organiser-fingerprint">
            {info.data.fingerprint}
          </code>
          <span className="muted small">{t('packages.fingerprintHint')}</span>
        </div>
      )}
      {def && scoringJurors(def).length === 0 && <p className="empty">{t('packages.noJury')}</p>}
      {def && scoringJurors(def).map((j) => (
        <JurorPackageCard key={j.id} juror={j} definition={def} busy={busy} onExport={exportFor} />
      ))}
      <h2 className="section-title">{t('packages.issued')}</h2>
      {info.data && info.data.issued.length === 0 && <p className="empty">{t('packages.noneIssued')}</p>}
      {info.data && info.data.issued.length > 0 && (
        <table className="grid-table">
          <thead>
            <tr>
              <th>{t('packages.when')}</th>
              <th>{t('packages.juror')}</th>
              <th>{t('packages.file')}</th>
              <th>{t('packages.entries')}</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {info.data.issued.map((p) => (
              <tr key={`${p.createdAt}-${p.sha256}`}>
                <td>{formatDateTime(p.createdAt, lang)}</td>
                <td>{jurorName(p.jurorId)}</td>
                <td>{p.fileName}</td>
                <td>
                  {p.entries}
                  {p.media ? ` (${t('packages.withMedia', { count: p.media })})` : ''}
                </td>
                <td>
                  <code>{p.sha256.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {def && <p className="muted small">{name(def.title)}</p>}
    </div>
  );
}
