import { useEffect } from 'react';
import { describeProblem } from '../../shared/i18n/problemMessages';
import { useUi } from '../state/ui';
import { call, problemsOf } from './client';

/** The DOM event the application menu sends the page (electron/window/appMenu.ts). */
const MENU_EVENT = 'jury:menu';

/**
 * A package double-clicked in the file manager, or chosen with File > Open juror package…: the
 * main process holds it until the window asks (at start, whenever the window gets the focus, and
 * when the menu says so), then the juror lands on its scoring screen. File > Open contest… runs
 * the contests screen's own open button and lands on the contest.
 */
export function useOpenedPackages(): void {
  useEffect(() => {
    const report = (e: unknown) => {
      const { language, notify } = useUi.getState();
      notify({ kind: 'error', text: problemsOf(e).map((p) => describeProblem(p, language)).join('; ') });
    };
    const take = async () => {
      try {
        const opened = await call('app:takeOpened');
        if (opened) useUi.getState().go({ name: 'scoring', workspaceId: opened.workspaceId });
      } catch (e) {
        report(e);
      }
    };
    const openContest = async () => {
      try {
        const opened = await call('contests:open');
        if (opened) useUi.getState().go({ name: 'setup', contestId: opened.contestId });
      } catch (e) {
        report(e);
      }
    };
    const onMenu = (e: Event) => {
      const command = (e as CustomEvent<unknown>).detail;
      if (command === 'takeOpened') void take();
      else if (command === 'openContest') void openContest();
    };
    void take();
    window.addEventListener('focus', take);
    window.addEventListener(MENU_EVENT, onMenu);
    return () => {
      window.removeEventListener('focus', take);
      window.removeEventListener(MENU_EVENT, onMenu);
    };
  }, []);
}
