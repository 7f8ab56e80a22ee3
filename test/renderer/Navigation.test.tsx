import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { useUi } from '../../renderer/state/ui';
import type { ContestDefinition } from '../../shared/contest/model';
import { contestFromTemplate } from '../../shared/contest/templates';
import { emptyEntry } from '../../shared/entries/model';
import { entriesOf, settings, storedEntries, summary, videoDefinition } from './data';
import { installBridge } from './fakeBridge';

/** Two contests: the projects contest (two scored nominations) and the video challenge (one). */
const projects = contestFromTemplate('projects');
const best = summary({ contestId: 'c-best', uid: '0b7d4e21-best', fileName: 'best-work.jury', title: projects.title, entries: 2 });
const thanks = summary();
const projectRows = [
  { ...emptyEntry('P-1'), seq: 1, nomination: 'social', organisation: '№3 «Балапан» бөбекжай-бақшасы', decision: null, decisionReason: null },
  { ...emptyEntry('P-2'), seq: 2, nomination: 'innovative', organisation: '«Айгөлек» балабақшасы', decision: null, decisionReason: null },
];

function installTwoContests() {
  return installBridge({
    'settings:get': () => settings(),
    'templates:list': () => [],
    'app:info': () => ({ version: '0.1.0', contestsFolder: '/home/organiser/Jury', actor: 'Ұйымдастырушы' }),
    'contests:list': () => [best, thanks],
    'contests:get': ({ contestId }) => (contestId === 'c-best' ? { summary: best, definition: projects } : { summary: thanks, definition: videoDefinition() }),
    'entries:list': ({ contestId }) => (contestId === 'c-best' ? entriesOf(projectRows, projects) : entriesOf(storedEntries())),
    'audit:list': () => [],
  });
}

async function openContest(user: ReturnType<typeof userEvent.setup>, title: RegExp) {
  await user.click(screen.getByRole('button', { name: 'Байқаулар' }));
  await screen.findAllByRole('listitem');
  await user.click(within(screen.getByRole('list')).getByRole('button', { name: title }));
}

describe('moving between contests', () => {
  it('a contest opened by keyboard hands the focus to its screen, so Tab goes on from there', async () => {
    installTwoContests();
    const user = userEvent.setup();
    render(<App />);
    await screen.findAllByRole('listitem');
    within(screen.getByRole('list')).getByRole('button', { name: /Барлығына рақмет/ }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Жұмыстар тізілімі' });
    await vi.waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('main')).getByRole('heading', { level: 1 })));
  });

  it('filters the projects registry by nomination', async () => {
    const user = userEvent.setup();
    installTwoContests();
    render(<App />);
    await openContest(user, /Үздік тәрбие жұмысы/);
    await screen.findByText('2 / 2 жұмыс');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Номинация' }), 'Инновациялық жоба');
    expect(screen.getByText('1 / 2 жұмыс')).toBeInTheDocument();
  });

  it('closes the entry panel when another contest is opened', async () => {
    const user = userEvent.setup();
    installTwoContests();
    render(<App />);
    await openContest(user, /Үздік тәрбие жұмысы/);
    await user.click(await screen.findByText('«Айгөлек» балабақшасы'));
    expect(useUi.getState().selectedEntryId).toBe('P-2');
    await openContest(user, /Барлығына рақмет/);
    expect(useUi.getState().selectedEntryId).toBeNull();
    expect(await screen.findByText('6 / 6 жұмыс')).toBeInTheDocument();
  });

  // Regression (fixed): the registry query (search, nomination, region, status filter) lives in the global UI
  // store and is not reset when another contest is opened. A nomination filter chosen in the
  // projects contest stays active in the video challenge, whose registry hides the nomination
  // menu (one scored nomination): every entry is hidden and nothing on screen can undo it.
  it('starts the next contest registry without the previous contest nomination filter', async () => {
    const user = userEvent.setup();
    installTwoContests();
    render(<App />);
    await openContest(user, /Үздік тәрбие жұмысы/);
    await screen.findByText('2 / 2 жұмыс');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Номинация' }), 'Инновациялық жоба');

    await openContest(user, /Барлығына рақмет/);

    await screen.findByRole('searchbox');
    expect(screen.queryByRole('combobox', { name: 'Номинация' })).not.toBeInTheDocument();
    expect(await screen.findByText('6 / 6 жұмыс')).toBeInTheDocument();
  });
});

describe('leaving the setup with unsaved changes', () => {
  async function editSetup() {
    const user = userEvent.setup();
    const bridge = installTwoContests();
    bridge.set({ 'contests:save': ({ definition }) => definition as ContestDefinition });
    useUi.setState({ route: { name: 'setup', contestId: 'c-thanks' } });
    render(<App />);
    await user.type(await screen.findByLabelText('Өтетін орны'), 'Астана');
    return user;
  }
  const LEAVE = 'Сақталмаған өзгерістер жоғалады. Беттен кету керек пе?';

  it('asks first, and stays when the organiser says no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = await editSetup();
    await user.click(screen.getByRole('button', { name: 'Жұмыстар тізілімі' }));
    expect(confirm).toHaveBeenCalledWith(LEAVE);
    expect(useUi.getState().route).toEqual({ name: 'setup', contestId: 'c-thanks' });
    expect(screen.getByLabelText('Өтетін орны')).toHaveValue('Астана');
  });

  it('leaves when the organiser agrees', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const user = await editSetup();
    await user.click(screen.getByRole('button', { name: 'Байқаулар' }));
    expect(useUi.getState().route).toEqual({ name: 'home' });
  });

  it('does not ask once the changes are saved', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = await editSetup();
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    await screen.findByText('Сақталды');
    await user.click(screen.getByRole('button', { name: 'Жұмыстарды импорттау' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(useUi.getState().route).toEqual({ name: 'import', contestId: 'c-thanks' });
  });
});
