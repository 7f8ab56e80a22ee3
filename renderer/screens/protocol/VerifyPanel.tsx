import { useState } from 'react';
import type { VerifyReport } from '../../../shared/ipc/protocolTypes';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { formatDateTime, useT } from '../../i18n';
import type { Problem } from '../../../shared/problem';

/** Checks a protocol file against its .sig and says valid or not, and why. */
export function VerifyPanel({ contestId }: { contestId?: string }) {
  const { t, problem, lang } = useT();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const choose = async () => {
    try {
      const r = await call('protocol:verify', { contestId });
      if (r) setReport(r);
      setProblems(null);
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };
  const d = report?.details;
  return (
    <div className="card">
      <p className="muted">{t('protocol.verifyHint')}</p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={choose}>
          {t('protocol.verifyChoose')}
        </button>
      </div>
      <ProblemList problems={problems} />
      {report && (
        <div className={`verify-report ${report.valid ? 'valid' : 'invalid'}`} role="status">
          <strong>{report.valid ? t('protocol.valid', { file: report.fileName }) : t('protocol.invalid', { file: report.fileName })}</strong>
          {report.problems.map((p, i) => (
            <span key={i}>{problem(p)}</span>
          ))}
          {d && (
            <>
              <span>{d.preliminary ? t('protocol.verify.preliminary') : t('protocol.verify.final')}</span>
              <span>{t('protocol.verify.signer', { name: d.signer.name })}</span>
              <span>{t('protocol.verify.fingerprint', { fingerprint: d.signer.fingerprint })}</span>
              <span>{t('protocol.verify.signedAt', { at: Number.isNaN(Date.parse(d.signedAt)) ? d.signedAt : formatDateTime(d.signedAt, lang) })}</span>
              <span className="protocol-hash">{t('protocol.verify.record', { hash: d.recordSha256, nominations: d.nominations, entries: d.rankedEntries, files: d.jurorFiles })}</span>
              {report.matchesContest !== null && <span>{report.matchesContest ? t('protocol.verify.matches') : t('protocol.verify.differs')}</span>}
            </>
          )}
        </div>
      )}
    </div>
  );
}
