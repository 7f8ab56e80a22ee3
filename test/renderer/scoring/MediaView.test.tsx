import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUi } from '../../../renderer/state/ui';
import { refuse } from '../fakeBridge';
import { entrySection, renderScoring, scoreInput, scoringState, WORKSPACE } from './scoringFixture';

/** Entry 1 an AVI video, 2 a HEIC photo, 3 a PDF (none of which the window plays), 5 an MP4. */
const withMedia = () => {
  const media: Record<string, string> = { '1': '1.avi', '2': '2.heic', '3': '3.pdf', '5': '5.mp4' };
  return scoringState({ hasMedia: true, entries: scoringState().entries.map((e) => ({ ...e, media: media[e.id] ?? null })) });
};

const next = async (user: Awaited<ReturnType<typeof renderScoring>>['user'], id: string) => {
  await user.keyboard('{ArrowDown}');
  await waitFor(() => expect(entrySection(id)).toBeInTheDocument());
  await waitFor(() => expect(scoreInput(1)).toHaveFocus());
};

describe('MediaView: a file the window cannot play', () => {
  it('shows the file name and opens it in another program, through the main process by entry', async () => {
    const { user, bridge } = await renderScoring(withMedia(), { 'scores:openMedia': () => true });
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    for (const [id, file] of [['1', '1.avi'], ['2', '2.heic'], ['3', '3.pdf']]) {
      if (id !== '1') await next(user, id);
      const section = entrySection(id);
      expect(within(section).queryByTestId('media')).not.toBeInTheDocument();
      expect(within(section).getByText(file)).toBeInTheDocument();
      expect(within(section).getByText('Бұл файлды бағдарлама өзі көрсете алмайды:')).toBeInTheDocument();
      // keyboard: Shift+Tab from the first criterion reaches the button (past entry 1's link), Enter presses it
      const button = within(section).getByRole('button', { name: 'Басқа бағдарламада ашу' });
      await user.keyboard(id === '1' ? '{Shift>}{Tab}{Tab}{/Shift}' : '{Shift>}{Tab}{/Shift}');
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      // and Tab goes back to the scores
      await user.keyboard(id === '1' ? '{Tab}{Tab}' : '{Tab}');
      expect(scoreInput(1)).toHaveFocus();
    }
    // Only the workspace and the entry go to the main process: never a path.
    expect(bridge.inputsOf('scores:openMedia')).toEqual(['1', '2', '3'].map((entry) => ({ workspaceId: WORKSPACE, entry })));
    await next(user, '5');
    expect(screen.getByTestId('media').tagName).toBe('VIDEO');
    expect(screen.queryByRole('button', { name: 'Басқа бағдарламада ашу' })).not.toBeInTheDocument();
  });

  it('offers the other program too when a video it meant to play cannot be decoded', async () => {
    const { user, bridge } = await renderScoring(withMedia(), { 'scores:openMedia': () => true });
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    for (const id of ['2', '3', '5']) await next(user, id);
    fireEvent.error(screen.getByTestId('media'));
    expect(screen.queryByTestId('media')).not.toBeInTheDocument();
    // mouse: the button.
    await user.click(within(entrySection('5')).getByRole('button', { name: 'Басқа бағдарламада ашу' }));
    expect(bridge.lastInput('scores:openMedia')).toEqual({ workspaceId: WORKSPACE, entry: '5' });
  });

  it('tells when the system has no program for the file', async () => {
    const { user } = await renderScoring(withMedia(), {
      'scores:openMedia': () => {
        throw refuse({ code: 'io', file: '1.avi', params: { detail: 'No application is associated with the file' } });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Басқа бағдарламада ашу' }));
    await waitFor(() => expect(useUi.getState().notice).toMatchObject({ kind: 'error', text: expect.stringContaining('No application is associated with the file') }));
  });

  it('speaks the juror’s language', async () => {
    useUi.setState({ language: 'ru' });
    await renderScoring(withMedia());
    expect(screen.getByRole('button', { name: 'Открыть в другой программе' })).toBeInTheDocument();
    act(() => useUi.setState({ language: 'en' }));
    expect(screen.getByRole('button', { name: 'Open in another program' })).toBeInTheDocument();
    expect(screen.getByText('The app cannot show this file itself:')).toBeInTheDocument();
  });
});
