import { useRef, useState } from 'react';
import type { Problem } from '../../shared/problem';
import { call, problemsOf } from '../api/client';
import { useLoad } from '../api/useIpc';
import { ProblemList } from '../components/ProblemList';
import { useT } from '../i18n';
import { useUi } from '../state/ui';

/** The juror's way in: open the package file they were given, or go back to one opened before. */
export function JurorSection() {
  const { t, name } = useT();
  const go = useUi((s) => s.go);
  const desks = useLoad(() => call('scores:list'), []);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const running = useRef(false);

  const open = async () => {
    if (running.current) return;
    running.current = true;
    setProblems(null);
    try {
      const opened = await call('scores:openPackage');
      if (opened) go({ name: 'scoring', workspaceId: opened.workspaceId });
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      running.current = false;
    }
  };

  return (
    <section className="card juror-home">
      <div className="card-header">
        <div>
          <h2>{t('home.jurorTitle')}</h2>
          <p className="muted small">{t('home.jurorIntro')}</p>
        </div>
        <button type="button" className="primary" onClick={open}>
          {t('home.openPackage')}
        </button>
      </div>
      <ProblemList problems={problems ?? desks.problems} />
      {desks.data && desks.data.length > 0 && (
        <ul className="contest-list">
          {desks.data.map((d) => (
            <li key={d.workspaceId} className="contest-row">
              <button type="button" className="contest-open" onClick={() => go({ name: 'scoring', workspaceId: d.workspaceId })}>
                <span className="contest-title">{name(d.title)}</span>
                <span className="muted">
                  {t('home.scoringRow', { juror: d.juror.name, count: d.entries })} · {d.lastRevision ? t('home.submitted', { revision: d.lastRevision }) : t('home.notSubmitted')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
