import { useEffect } from 'react';
import { describeProblem } from '../../shared/i18n/problemMessages';
import { useUi } from '../state/ui';
import { call, problemsOf } from './client';

/**
 * A package double-clicked in the file manager: the main process holds it until the window asks,
 * at start and whenever the window gets the focus, then the juror lands on its scoring screen.
 */
export function useOpenedPackages(): void {
  useEffect(() => {
    const take = async () => {
      try {
        const opened = await call('app:takeOpened');
        if (opened) useUi.getState().go({ name: 'scoring', workspaceId: opened.workspaceId });
      } catch (e) {
        const { language, notify } = useUi.getState();
        notify({ kind: 'error', text: problemsOf(e).map((p) => describeProblem(p, language)).join('; ') });
      }
    };
    void take();
    window.addEventListener('focus', take);
    return () => window.removeEventListener('focus', take);
  }, []);
}
