import { useRef, useState } from 'react';
import type { TemplateId } from '../../shared/contest/templates';
import type { Problem } from '../../shared/problem';
import { call, problemsOf } from '../api/client';
import { useLoad } from '../api/useIpc';
import { ProblemList } from '../components/ProblemList';
import { useT } from '../i18n';
import { dateToText } from '../components/dateText';
import { useUi } from '../state/ui';
import { JurorSection } from './JurorSection';
import { UserNameField } from './UserNameField';

/** The organiser's start: their contests, and new ones from the shipped templates. */
export function HomeScreen() {
  const { t, name, problem } = useT();
  const go = useUi((s) => s.go);
  const contests = useLoad(() => call('contests:list'), []);
  const templates = useLoad(() => call('templates:list'), []);
  const info = useLoad(() => call('app:info'), []);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [busy, setBusy] = useState(false);

  // A double click must not create two contests: the state update would come too late.
  const running = useRef(false);
  const act = async (action: () => Promise<{ contestId: string } | null>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setProblems(null);
    try {
      const created = await action();
      if (created) go({ name: 'setup', contestId: created.contestId });
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('home.title')}</h1>
        <div className="toolbar">
          <button type="button" disabled={busy} onClick={() => act(() => call('contests:createFromFile'))}>
            {t('home.fromFile')}
          </button>
          <button type="button" disabled={busy} onClick={() => act(() => call('contests:open'))}>
            {t('home.openFile')}
          </button>
        </div>
      </header>
      <ProblemList problems={problems ?? contests.problems} />
      <JurorSection />

      <h2 className="section-title">{t('home.newFrom')}</h2>
      <div className="template-grid">
        {templates.data?.map((tpl) => (
          <button type="button" key={tpl.id} className="template-card" disabled={busy} onClick={() => act(() => call('contests:create', { template: tpl.id as TemplateId }))}>
            <span className="template-name">{t(`template.${tpl.id}`)}</span>
            <span className="template-title">{name(tpl.title)}</span>
            <span className="muted">{t('home.criteria', { nominations: tpl.nominations, criteria: tpl.criteria })}</span>
            <span className="template-cta">{t('home.create')} →</span>
          </button>
        ))}
      </div>

      <h2 className="section-title">{t('home.title')}</h2>
      {contests.data && contests.data.length === 0 && <p className="empty">{t('home.empty')}</p>}
      <ul className="contest-list">
        {contests.data?.map((c) => (
          <li key={c.contestId} className={`contest-row${c.problem ? ' broken' : ''}`}>
            <button type="button" className="contest-open" disabled={!!c.problem} onClick={() => go({ name: 'registry', contestId: c.contestId })}>
              <span className="contest-title">{name(c.title)}</span>
              <span className="muted">
                {[c.date && dateToText(c.date), t('home.entries', { count: c.entries }), c.fileName].filter(Boolean).join(' · ')}
              </span>
              {c.problem && <span className="error-text">{problem(c.problem)}</span>}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={async () => {
                try {
                  await call('contests:forget', { contestId: c.contestId });
                  await contests.reload();
                } catch (e) {
                  setProblems(problemsOf(e));
                }
              }}
            >
              {t('home.forget')}
            </button>
          </li>
        ))}
      </ul>
      <UserNameField />
      {info.data && <p className="muted small">{t('home.folder', { path: info.data.contestsFolder })}</p>}
    </div>
  );
}
