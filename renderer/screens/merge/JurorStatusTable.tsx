import { scoringJurors, type ContestDefinition } from '../../../shared/contest/model';
import type { MergeStatus } from '../../../shared/ipc/mergeTypes';
import type { Completeness, CompletenessCounts } from '../../../shared/merge/completeness';
import { formatDateTime, useT } from '../../i18n';

interface Props {
  definition: ContestDefinition;
  status: MergeStatus;
  completeness: Completeness | undefined;
}

/** A juror's cells over every nomination: what they have scored in the contest file, however it came. */
export function jurorCounts(c: Completeness | undefined, jurorId: string): CompletenessCounts & { entries: number } {
  const sum = { scored: 0, incomplete: 0, missing: 0, recused: 0, unassigned: 0, entries: 0 };
  for (const n of c?.nominations ?? []) {
    const j = n.jurors.indexOf(jurorId);
    if (j < 0) continue;
    const p = n.perJuror[j];
    sum.scored += p.scored;
    sum.incomplete += p.incomplete;
    sum.missing += p.missing;
    sum.recused += p.recused;
    sum.unassigned += p.unassigned;
    // The entries this juror was given: the others are not theirs to score.
    sum.entries += n.entries.length - p.unassigned;
  }
  return sum;
}

/**
 * Where each juror stands: the newest signed file merged (revision, key fingerprint, scores, when
 * signed and merged), or marks typed from paper when there is no file, and how far they have scored.
 */
export function JurorStatusTable({ definition, status, completeness }: Props) {
  const { t, lang } = useT();
  const jurors = scoringJurors(definition);
  const olderFiles = status.files.filter((f) => !f.current);
  return (
    <section className="card">
      <header className="card-header">
        <h2>{t('merge.status.title')}</h2>
      </header>
      {jurors.length === 0 ? (
        <p className="empty">{t('packages.noJury')}</p>
      ) : (
        <div className="table-scroll">
          <table className="grid-table merge-status">
            <thead>
              <tr>
                <th>{t('merge.status.juror')}</th>
                <th>{t('merge.status.source')}</th>
                <th>{t('merge.status.revision')}</th>
                <th>{t('merge.status.fingerprint')}</th>
                <th className="num-col">{t('merge.status.scores')}</th>
                <th>{t('merge.status.when')}</th>
                <th className="num-col">{t('merge.status.entries')}</th>
              </tr>
            </thead>
            <tbody>
              {jurors.map((j) => {
                const file = status.files.find((f) => f.jurorId === j.id && f.current);
                const key = status.keys.find((k) => k.jurorId === j.id);
                const counts = jurorCounts(completeness, j.id);
                const marked = counts.scored + counts.incomplete + counts.recused > 0;
                const source = file ? 'file' : marked ? 'paper' : 'none';
                return (
                  <tr key={j.id} data-juror={j.id}>
                    <td>
                      <strong>{j.name}</strong>
                      {j.role === 'chair' && <div className="muted small">{t('role.chair')}</div>}
                    </td>
                    <td>
                      <span className={`badge ${source === 'file' ? 'badge-ok' : source === 'paper' ? 'badge-remembered' : 'badge-warn'}`}>{t(`merge.source.${source}`)}</span>
                    </td>
                    <td className="nowrap">{file ? t('merge.status.revisionN', { revision: file.revision }) : t('common.none')}</td>
                    <td>{key ? <Fingerprint text={key.fingerprint} /> : t('common.none')}</td>
                    <td className="num-col">{file ? file.scores : t('common.none')}</td>
                    <td className="small">
                      {file ? (
                        <>
                          <div>{t('merge.status.signed', { at: formatDateTime(file.createdAt, lang) })}</div>
                          <div className="muted">{t('merge.status.merged', { at: formatDateTime(file.mergedAt, lang), by: file.actor })}</div>
                        </>
                      ) : (
                        t('common.none')
                      )}
                    </td>
                    <td className="num-col">
                      {completeness ? `${counts.scored} / ${counts.entries}` : ''}
                      {counts.recused > 0 && <div className="muted small">{t('merge.status.recusedN', { count: counts.recused })}</div>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {olderFiles.length > 0 && (
        <details className="merge-history">
          <summary>{t('merge.status.older', { count: olderFiles.length })}</summary>
          <ul>
            {olderFiles.map((f) => (
              <li key={f.sha256}>
                {t('merge.status.olderLine', { juror: jurors.find((j) => j.id === f.jurorId)?.name ?? f.jurorId, revision: f.revision, file: f.fileName, at: formatDateTime(f.mergedAt, lang) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A key's fingerprint in two lines of four groups, to read out over the phone. */
function Fingerprint({ text }: { text: string }) {
  const groups = text.split(' ');
  return (
    <code className="fp-small" title={text}>
      <span>{groups.slice(0, 4).join(' ')}</span>
      <span>{groups.slice(4).join(' ')}</span>
    </code>
  );
}
