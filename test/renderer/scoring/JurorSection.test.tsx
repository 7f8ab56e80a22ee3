import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JurorSection } from '../../../renderer/screens/JurorSection';
import { useUi } from '../../../renderer/state/ui';
import type { ScoringSummary } from '../../../shared/ipc/scoringTypes';
import { installBridge, refuse, type Handlers } from '../fakeBridge';
import { thanksDefinition, WORKSPACE } from './scoringFixture';

const desk = (over: Partial<ScoringSummary> = {}): ScoringSummary => ({
  workspaceId: WORKSPACE,
  path: '/home/juror/Jury/juror/barlygyna-rakhmet-j2.jury-desk',
  title: thanksDefinition().title,
  juror: { id: 'j2', name: 'Жұмаділдаева Нұргүл Васильевна' },
  entries: 98,
  lastRevision: null,
  ...over,
});

async function renderSection(handlers: Handlers) {
  const user = userEvent.setup();
  const bridge = installBridge({ 'scores:list': () => [], ...handlers });
  render(<JurorSection />);
  await waitFor(() => expect(bridge.inputsOf('scores:list')).toHaveLength(1));
  const open = screen.getByRole('button', { name: 'Қазы пакетін ашу…' });
  return { user, bridge, open };
}

describe('JurorSection', () => {
  it('opens a package and goes to its scoring desk', async () => {
    const { user, bridge, open } = await renderSection({ 'scores:openPackage': () => desk({ workspaceId: 'w-new' }) });
    expect(screen.getByRole('heading', { name: 'Қазыға: бағалау' })).toBeInTheDocument();
    await user.click(open);
    expect(bridge.inputsOf('scores:openPackage')).toEqual([undefined]);
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'scoring', workspaceId: 'w-new' }));
  });

  it('stays home when the file dialog is cancelled', async () => {
    const { user, bridge, open } = await renderSection({ 'scores:openPackage': () => null });
    await user.click(open);
    await waitFor(() => expect(bridge.inputsOf('scores:openPackage')).toHaveLength(1));
    expect(useUi.getState().route).toEqual({ name: 'home' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why a package cannot be opened, and opens the next one', async () => {
    const { user, bridge, open } = await renderSection({
      'scores:openPackage': () => {
        throw refuse({ code: 'io', params: { detail: 'қолтаңба дұрыс емес' } });
      },
    });
    await user.click(open);
    expect(await screen.findByRole('alert')).toHaveTextContent('оқу не жазу мүмкін емес (қолтаңба дұрыс емес)');
    expect(useUi.getState().route).toEqual({ name: 'home' });

    bridge.set({ 'scores:openPackage': () => desk() });
    await user.click(open);
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'scoring', workspaceId: WORKSPACE }));
  });

  it('opens a package only once when the button is pressed twice', async () => {
    let answer: (s: ScoringSummary) => void = () => undefined;
    const { user, bridge, open } = await renderSection({ 'scores:openPackage': () => new Promise<ScoringSummary>((resolve) => (answer = resolve)) });
    await user.dblClick(open);
    expect(bridge.inputsOf('scores:openPackage')).toHaveLength(1);
    answer(desk());
    await waitFor(() => expect(useUi.getState().route).toEqual({ name: 'scoring', workspaceId: WORKSPACE }));
  });

  it('lists the desks opened before and goes back to one', async () => {
    const { user } = await renderSection({
      'scores:list': () => [desk(), desk({ workspaceId: 'w-best', title: { kk: '«Үздік тәрбие жұмысы» байқауы', ru: 'Лучшая работа' }, entries: 12, lastRevision: 2 })],
    });
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Алғыс айту күніне арналған «Барлығына рақмет» челленджіЖұмаділдаева Нұргүл Васильевна · 98 жұмыс · әлі жіберілмеген',
      '«Үздік тәрбие жұмысы» байқауыЖұмаділдаева Нұргүл Васильевна · 12 жұмыс · 2-нұсқа жіберілді',
    ]);
    await user.click(within(items[1]).getByRole('button'));
    expect(useUi.getState().route).toEqual({ name: 'scoring', workspaceId: 'w-best' });
  });

  it('shows a list of desks that cannot be read', async () => {
    installBridge({
      'scores:list': () => {
        throw refuse({ code: 'io', params: { detail: 'қалта жоқ' } });
      },
    });
    render(<JurorSection />);
    expect(await screen.findByRole('alert')).toHaveTextContent('оқу не жазу мүмкін емес (қалта жоқ)');
    expect(screen.getByRole('button', { name: 'Қазы пакетін ашу…' })).toBeEnabled();
  });
});
