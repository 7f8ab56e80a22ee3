import { useState } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import type { ExportReceipt, ProtocolFormat, ProtocolTexts } from '../../../shared/ipc/protocolTypes';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { formatDateTime, useT } from '../../i18n';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useUi } from '../../state/ui';
import type { Problem } from '../../../shared/problem';
import { DiplomasPanel } from './DiplomasPanel';
import { ProtocolTextsForm } from './ProtocolTexts';
import { VerifyPanel } from './VerifyPanel';
import './protocol.css';

type Tab = 'preview' | 'texts' | 'diplomas' | 'verify';
const FORMATS: ProtocolFormat[] = ['pdf', 'docx', 'xlsx', 'csv'];

/**
 * The secretary's screen: the protocol previewed as it will print (in a sandboxed frame), its
 * texts, export to PDF, DOCX, XLSX or CSV signed with the secretary's key, diplomas and letters
 * of thanks, and verifying a protocol file.
 */
export function ProtocolScreen({ contestId }: { contestId: string }) {
  const { t, lang: uiLang } = useT();
  const notify = useUi((s) => s.notify);
  const [lang, setLang] = useState<Language | undefined>(undefined);
  const view = useLoad(() => call('protocol:get', { contestId, lang }), [contestId, lang]);
  // The key that will sign: this computer's own (made here once), or a key file chosen when saving.
  const key = useLoad(() => call('keys:info'), []);
  const [tab, setTab] = useState<Tab>('preview');
  const [sign, setSign] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const v = view.data;
  const language = lang ?? v?.language ?? 'kk';

  const done = (r: ExportReceipt | null) => {
    if (!r) return;
    const text = r.pages !== undefined ? t('protocol.batchDone', { file: r.fileName, pages: r.pages }) : r.signaturePath ? t('protocol.exportedSigned', { file: r.fileName, sig: `${r.fileName}.sig`, fingerprint: r.fingerprint ?? '' }) : t('protocol.exported', { file: r.fileName });
    notify({ kind: 'success', text });
    void view.reload();
  };
  const run = async (work: () => Promise<ExportReceipt | null>) => {
    setBusy(true);
    setProblems(null);
    try {
      done(await work());
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };
  const saved = (texts: ProtocolTexts) => {
    if (v) view.setData({ ...v, texts });
    void view.reload();
  };

  return (
    <div className="screen protocol-screen">
      <header className="screen-header">
        <h1>{t('nav.protocol')}</h1>
        {v && <span className="protocol-hash muted">{t('protocol.recordHash', { hash: v.recordSha256 })}</span>}
      </header>
      <ProblemList problems={view.problems} />
      {v && <p className={v.preliminary ? 'warning' : 'muted'} role="status">{v.preliminary ? `${t('protocol.preliminary')} ${v.preliminary}` : t('protocol.final')}</p>}
      {v && <ProblemList problems={v.problems} />}
      <div className="export-bar">
        <LanguageSelect className="field" label={t('protocol.language')} value={language} onChange={setLang} />
        <label className="checkbox">
          <input type="checkbox" checked={sign} onChange={(e) => setSign(e.target.checked)} />
          {t('protocol.sign')}
        </label>
        {sign && key.data && <span className="muted small">{t('protocol.keyIs', { fingerprint: key.data.fingerprint })}</span>}
        {sign && key.data === null && (
          <span className="muted small">
            {t('protocol.noKey')}{' '}
            <button type="button" onClick={() => call('keys:create').then(() => key.reload(), (e) => setProblems(problemsOf(e)))}>
              {t('protocol.makeKey')}
            </button>
          </span>
        )}
        {FORMATS.map((format) => (
          <button key={format} type="button" className={format === 'pdf' ? 'primary' : ''} disabled={busy || !v || v.problems.length > 0} onClick={() => run(() => call('protocol:export', { contestId, format, lang: language, sign }))}>
            {t('protocol.export', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
      <ProblemList problems={problems} />
      <div className="tabs" role="tablist">
        {(['preview', 'texts', 'diplomas', 'verify'] as Tab[]).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={`tab${tab === k ? ' active' : ''}`} onClick={() => setTab(k)}>
            {t(`protocol.tab.${k}`)}
          </button>
        ))}
      </div>
      {/* sandbox="" : no scripts, no same origin; the frame inherits the window's CSP, which allows its one stylesheet by hash. */}
      {v && tab === 'preview' && <iframe className="protocol-preview" title={t('protocol.previewTitle')} sandbox="" srcDoc={v.html} />}
      {/* Kept in the page while another tab is shown: what is typed and not yet saved is not lost. */}
      {v && (
        <div hidden={tab !== 'texts'}>
          <ProtocolTextsForm contestId={contestId} texts={v.texts} defaultNumber={v.contestNumber ?? ''} onSaved={saved} />
        </div>
      )}
      {v && tab === 'diplomas' && <DiplomasPanel contestId={contestId} texts={v.texts} lang={language} busy={busy} onSaved={saved} onMake={(kind) => run(() => call('protocol:diplomas', { contestId, kind, lang: language, sign }))} />}
      {tab === 'verify' && <VerifyPanel contestId={contestId} />}
      {v && v.exports.length > 0 && (
        <section>
          <h2>{t('protocol.history')}</h2>
          <table className="export-history">
            <thead>
              <tr>
                <th>{t('protocol.history.file')}</th>
                <th>{t('protocol.history.when')}</th>
                <th>{t('protocol.history.signer')}</th>
              </tr>
            </thead>
            <tbody>
              {v.exports.map((e, i) => (
                <tr key={i}>
                  <td>
                    {e.fileName} {e.preliminary && <span className="badge badge-bad">{t('protocol.history.preliminary')}</span>}
                  </td>
                  <td>{formatDateTime(e.exportedAt, uiLang)}</td>
                  <td className="protocol-hash">{e.signerFingerprint ?? t('protocol.history.unsigned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
