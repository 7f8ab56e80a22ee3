import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HomeScreen } from '../../renderer/screens/HomeScreen';
import { useUi } from '../../renderer/state/ui';
import type { ContestSummary } from '../../shared/ipc/types';
import { summary, templates } from './data';
import { installBridge, refuse, type Handlers } from './fakeBridge';

const projects = summary({
  contestId: 'c-best',
  uid: '0b7d4e21-best',
  fileName: 'best-work.jury',
  title: { kk: '«Үздік тәрбие жұмысы» байқауы', ru: 'Конкурс «Лучшая воспитательная работа»' },
  date: null,
  entries: 1,
});
const moved = summary({
  contestId: 'c-moved',
  uid: '',
  fileName: 'old-2023.jury',
  title: 'Өткен жылғы байқау',
  entries: 0,
  problem: { code: 'fileNotFound', file: 'old-2023.jury' },
});

function handlers(contests: ContestSummary[] = [summary(), projects, moved]): Handlers {
  return {
    'templates:list': templates,
    'contests:list': () => contests,
    'app:info': () => ({ version: '0.1.0', contestsFolder: '/home/organiser/Jury', actor: 'Ұйымдастырушы' }),
  };
}
const contestList = async () => {
  await screen.findAllByRole('listitem');
  return screen.getByRole('list');
};

/**
 * Runs `action` while recording the promise rejections nobody handles, instead of letting
 * them fail the whole run (vitest's own listeners are put back afterwards).
 */
async function swallowUnhandledRejections(action: () => Promise<void>): Promise<unknown[]> {
  const escaped: unknown[] = [];
  const theirs = process.listeners('unhandledRejection');
  const mine = (reason: unknown) => void escaped.push(reason);
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', mine);
  try {
    await action();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.off('unhandledRejection', mine);
    for (const l of theirs) process.on('unhandledRejection', l);
  }
  return escaped;
}

describe('HomeScreen', () => {
  it('lists the templates and the contests with their localized titles and entry counts', async () => {
    installBridge(handlers());
    render(<HomeScreen />);

    const video = await screen.findByRole('button', { name: /Бейнечеллендж \(6 өлшемшарт\)/ });
    expect(video).toHaveTextContent('«Барлығына рақмет» челленджі');
    expect(video).toHaveTextContent('4 номинация · 6 өлшемшарт');
    expect(screen.getByRole('button', { name: /Әлеуметтік және инновациялық жобалар/ })).toHaveTextContent('2 номинация · 20 өлшемшарт');
    expect(screen.getByRole('button', { name: /Бос байқау/ })).toBeInTheDocument();

    const list = await contestList();
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('«Барлығына рақмет» челленджі');
    expect(rows[0]).toHaveTextContent('01.03.2024 · 125 жұмыс · barlygyna-rakhmet.jury');
    expect(rows[1]).toHaveTextContent('«Үздік тәрбие жұмысы» байқауы');
    expect(rows[1]).toHaveTextContent(/^[^·]*1 жұмыс · best-work\.jury/);
    expect(screen.getByText('Байқау файлдары: /home/organiser/Jury')).toBeInTheDocument();
    expect(screen.queryByText(/Әзірге байқау жоқ/)).not.toBeInTheDocument();
  });

  it('says so when there is no contest yet', async () => {
    installBridge(handlers([]));
    render(<HomeScreen />);
    expect(await screen.findByText('Әзірге байқау жоқ. Үлгіден бастаңыз немесе contest.json файлын ашыңыз.')).toBeInTheDocument();
  });

  it('creates a contest from a template and opens its setup', async () => {
    const user = userEvent.setup();
    const bridge = installBridge({ ...handlers(), 'contests:create': () => summary({ contestId: 'c-new', entries: 0 }) });
    render(<HomeScreen />);

    await user.click(await screen.findByRole('button', { name: /Бейнечеллендж/ }));

    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'setup', contestId: 'c-new' }));
    expect(bridge.inputsOf('contests:create')).toEqual([{ template: 'video-challenge' }]);
  });

  it('creates from a template with the keyboard', async () => {
    const user = userEvent.setup();
    const bridge = installBridge({ ...handlers(), 'contests:create': () => summary({ contestId: 'c-blank', entries: 0 }) });
    render(<HomeScreen />);
    const blank = await screen.findByRole('button', { name: /Бос байқау/ });
    blank.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'setup', contestId: 'c-blank' }));
    expect(bridge.lastInput('contests:create')).toEqual({ template: 'blank' });
  });

  it('opens a contest in the registry', async () => {
    const user = userEvent.setup();
    installBridge(handlers());
    render(<HomeScreen />);
    await user.click(within(await contestList()).getByRole('button', { name: /«Үздік тәрбие жұмысы» байқауы/ }));
    expect(useUi.getState().route).toEqual({ name: 'registry', contestId: 'c-best' });
  });

  it('shows why a contest file cannot be opened, and does not open it', async () => {
    installBridge(handlers());
    render(<HomeScreen />);
    const row = within(await contestList()).getAllByRole('listitem')[2];
    expect(row).toHaveTextContent('old-2023.jury: табылмады');
    expect(within(row).getByRole('button', { name: /Өткен жылғы байқау/ })).toBeDisabled();
  });

  it('forgets a contest and reloads the list', async () => {
    const user = userEvent.setup();
    let contests = [summary(), projects];
    const bridge = installBridge({
      ...handlers(),
      'contests:list': () => contests,
      'contests:forget': ({ contestId }) => {
        contests = contests.filter((c) => c.contestId !== contestId);
        return true;
      },
    });
    render(<HomeScreen />);
    const second = within(await contestList()).getAllByRole('listitem')[1];
    await user.click(within(second).getByRole('button', { name: 'Тізімнен алып тастау' }));

    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1));
    expect(bridge.inputsOf('contests:forget')).toEqual([{ contestId: 'c-best' }]);
  });

  // Regression (fixed): HomeScreen's "Тізімнен алып тастау" handler awaits contests:forget with no try/catch:
  // a refusal is never shown and ends as an unhandled promise rejection.
  it('shows why a contest cannot be forgotten', async () => {
    const user = userEvent.setup();
    installBridge({ ...handlers(), 'contests:forget': () => { throw refuse({ code: 'io', file: 'library.json', params: { detail: 'EACCES' } }); } });
    render(<HomeScreen />);
    const first = within(await contestList()).getAllByRole('listitem')[0];
    const escaped = await swallowUnhandledRejections(() => user.click(within(first).getByRole('button', { name: 'Тізімнен алып тастау' })));
    expect(escaped).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent('library.json: оқу не жазу мүмкін емес (EACCES)');
  });

  it('names the file and field when contest.json is refused, and stays home', async () => {
    const user = userEvent.setup();
    installBridge({
      ...handlers(),
      'contests:createFromFile': () => {
        throw refuse({
          code: 'unknownRule',
          file: 'contest.json',
          field: 'nominations[0].tieBreak[0]',
          params: { value: 'x', allowed: 'criteria-order, median, chair, head-to-head, decision, criterion:ID' },
        });
      },
    });
    render(<HomeScreen />);

    await user.click(await screen.findByRole('button', { name: 'contest.json файлынан' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Түзетуді қажет ететін жайттар');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'contest.json, 1-номинация, 1-ереже (nominations[0].tieBreak[0]): «x» — белгісіз ереже (criteria-order, median, chair, head-to-head, decision, criterion:ID)',
    );
    expect(useUi.getState().route).toEqual({ name: 'home' });
    expect(screen.getByRole('button', { name: 'contest.json файлынан' })).toBeEnabled();
  });

  it('does nothing when the file dialog is cancelled, and clears old problems on a new try', async () => {
    const user = userEvent.setup();
    let answer: 'refuse' | 'cancel' = 'refuse';
    installBridge({
      ...handlers(),
      'contests:open': () => {
        if (answer === 'refuse') throw refuse({ code: 'newerDb', file: 'next.jury', params: { version: 9, known: 1 } });
        return null;
      },
    });
    render(<HomeScreen />);
    await user.click(await screen.findByRole('button', { name: 'Байқау файлын ашу…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('next.jury: Jury-дің жаңа нұсқасында жасалған (деректер нұсқасы 9, қолданба 1 дейін біледі)');

    answer = 'cancel';
    await user.click(screen.getByRole('button', { name: 'Байқау файлын ашу…' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(useUi.getState().route).toEqual({ name: 'home' });
  });

  it('shows the problem when the contest list cannot be read', async () => {
    installBridge({ ...handlers(), 'contests:list': () => { throw refuse({ code: 'io', file: 'library.json', params: { detail: 'EACCES' } }); } });
    render(<HomeScreen />);
    expect(await screen.findByRole('alert')).toHaveTextContent('library.json: оқу не жазу мүмкін емес (EACCES)');
  });
});

describe('HomeScreen: the name written into the audit log', () => {
  it('shows the saved name and saves a new one when the field is left', async () => {
    const bridge = installBridge({
      ...handlers(),
      'settings:get': () => ({ language: 'kk', userName: 'Admin' }),
      'settings:set': (input) => ({ language: 'kk', userName: (input as { userName: string }).userName }),
    });
    render(<HomeScreen />);
    const field = await screen.findByLabelText('Аудит журналындағы атыңыз');
    await waitFor(() => expect(field).toHaveValue('Admin'));
    await userEvent.clear(field);
    await userEvent.type(field, 'Әбдікәрімова Әсемгүл');
    await userEvent.tab();
    await waitFor(() => expect(bridge.inputsOf('settings:set')).toEqual([{ userName: 'Әбдікәрімова Әсемгүл' }]));
  });
});
