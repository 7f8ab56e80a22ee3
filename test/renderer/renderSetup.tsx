import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { SetupScreen } from '../../renderer/screens/setup/SetupScreen';
import type { ContestDefinition } from '../../shared/contest/model';
import { CONTEST_ID, details, videoDefinition } from './data';
import { installBridge, type Handlers } from './fakeBridge';

/**
 * The setup screen of the video challenge with the notice bar above it; contests:save
 * answers with what it was given, as the main process does for a valid definition.
 */
export async function renderSetup(definition: ContestDefinition = videoDefinition(), more: Handlers = {}) {
  const user = userEvent.setup();
  const bridge = installBridge({
    'contests:get': () => details(definition),
    'contests:save': ({ definition: saved }) => saved as ContestDefinition,
    ...more,
  });
  render(
    <>
      <NoticeBar />
      <SetupScreen contestId={CONTEST_ID} />
    </>,
  );
  await screen.findByRole('tablist');
  const openTab = (name: string) => user.click(screen.getByRole('tab', { name }));
  const save = async () => {
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
  };
  /** The definition sent by the last save. */
  const saved = () => bridge.lastInput('contests:save')?.definition as ContestDefinition;
  return { user, bridge, openTab, save, saved };
}
