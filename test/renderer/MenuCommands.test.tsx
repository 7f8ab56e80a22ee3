import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useOpenedPackages } from '../../renderer/api/useOpenedPackages';
import { useUi } from '../../renderer/state/ui';
import { menuEventScript, type MenuCommand } from '../../electron/window/appMenu';
import type { ScoringSummary } from '../../shared/ipc/scoringTypes';
import { summary } from './data';
import { installBridge, refuse } from './fakeBridge';

// The menu module is the main process's; only its page script is used here.
vi.mock('electron', () => ({ Menu: {} }));

/** The part of the app that listens to the menu (App mounts it once). */
function Listener() {
  useOpenedPackages();
  return null;
}

/** Mounts the listener and waits for its first question, asked at start (none waiting). */
async function mount(bridge: ReturnType<typeof installBridge>) {
  render(<Listener />);
  await waitFor(() => expect(bridge.inputsOf('app:takeOpened')).toHaveLength(1));
}

const desk: ScoringSummary = { workspaceId: 'w-thanks-j2', path: '/x', title: 'Челлендж', juror: { id: 'j2', name: 'Жұмаділдаева' }, entries: 4, lastRevision: null };

/** What the main process runs in the page when a menu item is chosen. */
const menuSays = (command: MenuCommand) => act(() => void new Function(menuEventScript(command))());

describe('the application menu, as the page hears it', () => {
  it('File > Open juror package…: the page takes the chosen package, as a double-clicked one, and shows it', async () => {
    let waiting: ScoringSummary | null = null;
    const take = () => {
      const opened = waiting;
      waiting = null;
      return opened;
    };
    const bridge = installBridge({ 'app:takeOpened': take });
    await mount(bridge);
    waiting = desk;
    menuSays('takeOpened');
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'scoring', workspaceId: 'w-thanks-j2' }));
    expect(bridge.inputsOf('app:takeOpened')).toHaveLength(2);
  });

  it('File > Open contest…: runs the contests screen’s open button and lands on the contest', async () => {
    const bridge = installBridge({ 'contests:open': () => summary({ contestId: 'c-42' }) });
    await mount(bridge);
    menuSays('openContest');
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'setup', contestId: 'c-42' }));
    expect(bridge.inputsOf('contests:open')).toEqual([undefined]);
  });

  it('reports a refused file in the notice bar and stays where it was; a cancelled dialog does nothing', async () => {
    const bridge = installBridge({ 'contests:open': () => null });
    await mount(bridge);
    menuSays('openContest');
    await waitFor(() => expect(bridge.inputsOf('contests:open')).toHaveLength(1));
    bridge.set({
      'app:takeOpened': () => {
        throw refuse({ code: 'badSignature', file: 'j2.jurypkg' });
      },
    });
    menuSays('takeOpened');
    await waitFor(() => expect(useUi.getState().notice).toMatchObject({ kind: 'error', text: expect.stringContaining('j2.jurypkg') }));
    expect(useUi.getState().route).toEqual({ name: 'home' });
  });
});
