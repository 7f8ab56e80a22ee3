import { useState } from 'react';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';

/**
 * The first thing a juror sees after opening a package: that it is intact (and whose key signed
 * it), then their own key, created here or chosen from a file.
 */
export function KeyStep({ organiserFingerprint, onReady }: { organiserFingerprint: string; onReady(): void }) {
  const { t } = useT();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblems(null);
    try {
      if (await action()) onReady();
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="card key-step">
      <p className="ok-line">
        ✓ {t('key.package')} <code className="fingerprint">{organiserFingerprint}</code>
      </p>
      <h2>{t('key.title')}</h2>
      <p className="muted">{t('key.intro')}</p>
      <ProblemList problems={problems} />
      <div className="toolbar">
        <button type="button" className="primary" autoFocus disabled={busy} onClick={() => run(() => call('keys:create'))}>
          {t('key.create')}
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => call('keys:choose'))}>
          {t('key.choose')}
        </button>
      </div>
    </div>
  );
}

/** The juror's fingerprint, as they read it out to the organiser. */
export function Fingerprint({ value }: { value: string }) {
  const { t } = useT();
  return (
    <div className="fingerprint-box">
      <span className="muted small">{t('key.fingerprint')}</span>
      <code className="fingerprint">{value}</code>
      <span className="muted small">{t('key.readOut')}</span>
    </div>
  );
}
