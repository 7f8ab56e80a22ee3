import { useEffect, useRef, type ReactNode } from 'react';
import type { Language } from '../../shared/i18n/languages';
import { call } from '../api/client';
import { useT } from '../i18n';
import { LanguageSelect } from './LanguageSelect';
import { currentContestId, useUi, type Route } from '../state/ui';
import { NoticeBar } from './NoticeBar';

/** The window frame: navigation on the left, the current screen on the right. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, lang } = useT();
  const route = useUi((s) => s.route);
  const go = useUi((s) => s.go);
  const setLanguage = useUi((s) => s.setLanguage);
  const contestId = currentContestId(route);
  // A new screen whose opening took the focus with it (Enter on a contest in the list) hands it
  // to the screen itself: the next Tab goes to its first control, not back to the sidebar.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      // The screen's title when it has one (read out by screen readers), else the screen itself.
      const title = main.current?.querySelector<HTMLElement>('h1');
      if (title) title.tabIndex = -1;
      (title ?? main.current)?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [route]);

  const changeLanguage = (language: Language) => {
    setLanguage(language);
    void call('settings:set', { language }).catch(() => undefined);
  };
  // The paper-typing screen is a part of the merge: its nav item stays lit there.
  const item = (target: Route, label: string, also?: Route['name']) => (
    <button
      type="button"
      className={`nav-item${route.name === target.name || route.name === also ? ' active' : ''}`}
      aria-current={route.name === target.name || route.name === also ? 'page' : undefined}
      onClick={() => go(target)}
    >
      {label}
    </button>
  );

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            J
          </span>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <nav aria-label={t('nav.contests')}>
          {item({ name: 'home' }, t('nav.contests'))}
          {contestId && (
            <div className="nav-group">
              {item({ name: 'setup', contestId }, t('nav.setup'))}
              {item({ name: 'import', contestId }, t('nav.import'))}
              {item({ name: 'registry', contestId }, t('nav.registry'))}
              {item({ name: 'packages', contestId }, t('nav.packages'))}
              {item({ name: 'merge', contestId }, t('nav.merge'), 'paper')}
              {item({ name: 'results', contestId }, t('nav.results'))}
              {item({ name: 'protocol', contestId }, t('nav.protocol'))}
            </div>
          )}
          {route.name === 'scoring' && <div className="nav-group">{item(route, t('nav.scoring'))}</div>}
        </nav>
        <LanguageSelect className="language" label={t('lang.label')} value={lang} onChange={changeLanguage} />
      </aside>
      <main className="content" ref={main} tabIndex={-1}>
        <NoticeBar />
        {children}
      </main>
    </div>
  );
}
