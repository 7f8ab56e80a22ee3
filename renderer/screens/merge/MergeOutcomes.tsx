import { useId, useState } from 'react';
import type { MergeOutcome } from '../../../shared/ipc/mergeTypes';
import { formatTime, useT } from '../../i18n';
import { countOutcomes, type MergeBatch } from './mergeModel';

interface Props {
  batches: MergeBatch[];
  jurorName(id: string): string;
  busy: boolean;
  onAcceptKey(retryToken: string, jurorId: string): void;
}

const ICON: Record<MergeOutcome['kind'], string> = { merged: '✓', alreadyMerged: '=', olderIgnored: '↷', refused: '✕' };

/** What happened to each file of each merge of this session, newest first, in plain words. */
export function MergeOutcomes({ batches, jurorName, busy, onAcceptKey }: Props) {
  const { t, lang } = useT();
  if (!batches.length) return null;
  return (
    <div className="merge-batches">
      {batches.map((b) => {
        const c = countOutcomes(b.outcomes);
        return (
          <section key={b.id} className="card merge-batch" aria-label={t('merge.batch.title', { time: formatTime(b.at, lang) })}>
            <header className="card-header">
              <h2>{t('merge.batch.title', { time: formatTime(b.at, lang) })}</h2>
              <span className="muted" role="status">
                {t('merge.summary', { merged: c.merged, already: c.alreadyMerged, older: c.olderIgnored, refused: c.refused })}
              </span>
            </header>
            <ul className="merge-outcomes">
              {b.outcomes.map((o, i) => (
                <OutcomeLine key={`${o.file}-${i}`} outcome={o} jurorName={jurorName} live={b.live} busy={busy} onAcceptKey={onAcceptKey} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function OutcomeLine({ outcome: o, jurorName, live, busy, onAcceptKey }: { outcome: MergeOutcome; jurorName(id: string): string; live: boolean; busy: boolean; onAcceptKey(token: string, juror: string): void }) {
  const { t, problem } = useT();
  return (
    <li className={`merge-outcome outcome-${o.kind}`}>
      <span className="merge-outcome-icon" aria-hidden="true">
        {ICON[o.kind]}
      </span>
      <div className="merge-outcome-text">
        <strong className="merge-file">{o.file}</strong>
        {o.kind === 'merged' && (
          <>
            <span>{t('merge.outcome.merged', { juror: jurorName(o.juror), revision: o.revision, scores: o.scores, missing: o.missing })}</span>
            {o.replacedRevision !== null && <span className="muted">{t('merge.outcome.replaces', { revision: o.replacedRevision })}</span>}
            {o.replacedPaper.map((p) => (
              <span key={p.by} className="merge-note">
                {t('merge.outcome.replacedPaper', { by: p.by, marks: p.marks })}
              </span>
            ))}
            {o.newKey && <span className="merge-note">{t('merge.outcome.newKey', { fingerprint: o.newKey.fingerprint, previous: o.newKey.previous })}</span>}
          </>
        )}
        {o.kind === 'alreadyMerged' && <span>{t('merge.outcome.alreadyMerged', { juror: jurorName(o.juror), revision: o.revision })}</span>}
        {o.kind === 'olderIgnored' && <span>{t('merge.outcome.olderIgnored', { juror: jurorName(o.juror), revision: o.revision, current: o.current })}</span>}
        {o.kind === 'refused' && !o.keyConflict && (
          <>
            <span>{t('merge.outcome.refused')}</span>
            <ul className="merge-problems">
              {o.problems.map((p, i) => (
                <li key={i}>{problem(p)}</li>
              ))}
            </ul>
          </>
        )}
        {o.kind === 'refused' && o.keyConflict && (
          <KeyConflict
            file={o.file}
            conflict={o.keyConflict}
            jurorName={jurorName}
            canAccept={live && !!o.retryToken}
            busy={busy}
            onAccept={() => o.retryToken && onAcceptKey(o.retryToken, o.keyConflict!.juror)}
          />
        )}
      </div>
    </li>
  );
}

/**
 * A second key for a juror is never taken silently: both fingerprints side by side, what to do
 * (phone the juror, compare), and the accept button only once the organiser says they checked.
 */
function KeyConflict({ file, conflict, jurorName, canAccept, busy, onAccept }: { file: string; conflict: { juror: string; fingerprint: string; expected: string }; jurorName(id: string): string; canAccept: boolean; busy: boolean; onAccept(): void }) {
  const { t } = useT();
  const [checked, setChecked] = useState(false);
  const id = useId();
  return (
    <div className="key-conflict" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="key-conflict-title">
        {t('merge.key.title', { juror: jurorName(conflict.juror) })}
      </p>
      <dl className="key-compare">
        <dt>{t('merge.key.known')}</dt>
        <dd>
          <code className="fingerprint" data-testid="known-fingerprint">
            {conflict.expected}
          </code>
        </dd>
        <dt>{t('merge.key.new', { file })}</dt>
        <dd>
          <code className="fingerprint" data-testid="new-fingerprint">
            {conflict.fingerprint}
          </code>
        </dd>
      </dl>
      <p className="key-explain">{t('merge.key.explain')}</p>
      {canAccept ? (
        <div className="key-accept">
          <label className="checkbox">
            <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            <span>{t('merge.key.confirm', { juror: jurorName(conflict.juror) })}</span>
          </label>
          <button type="button" className="primary" disabled={!checked || busy} onClick={onAccept}>
            {t('merge.key.accept')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('merge.key.stale')}</p>
      )}
    </div>
  );
}
