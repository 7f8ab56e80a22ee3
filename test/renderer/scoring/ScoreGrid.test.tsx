import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScoringUi } from '../../../renderer/state/scoringUi';
import { halfDefinition, halfEntries, progress, renderScoring, scoringState, WORKSPACE } from './scoringFixture';

/* The grid: entries × criteria of one nomination, typed with the keyboard only. */

const cell = (entry: string, n: number) => screen.getByLabelText(new RegExp(`^№ ${entry} · ${n}\\.`)) as HTMLInputElement;
const score = (entry: string, criterion: string, value: string) => ({ workspaceId: WORKSPACE, kind: 'score', entry, criterion, value });

async function gridOn(state = scoringState()) {
  const r = await renderScoring(state);
  await r.user.click(screen.getByRole('button', { name: 'Кесте' })); // mouse: the view switch
  await screen.findByRole('grid');
  return r;
}

describe('ScoringScreen: the grid', () => {
  it('starts on the open entry’s first cell; a full score moves to the next cell, the row’s end to the next row', async () => {
    const { user, bridge } = await gridOn();
    await waitFor(() => expect(cell('1', 1)).toHaveFocus());
    await user.keyboard('345123');
    await waitFor(() => expect(cell('2', 1)).toHaveFocus());
    expect(bridge.inputsOf('scores:set')).toEqual([
      score('1', 'relevance', '3'),
      score('1', 'creativity', '4'),
      score('1', 'originality', '5'),
      score('1', 'expressiveness', '1'),
      score('1', 'sound', '2'),
      score('1', 'effects', '3'),
    ]);
    await waitFor(() => expect(progress()).toBe('Бағаланды: 1 / 4'));
    expect(screen.getByRole('row', { name: /№ 1 / })).toHaveTextContent('18');
  });

  it('↓ and ↑ keep the column; Enter moves on; a refused value stays with its reason and is not sent', async () => {
    const { user, bridge } = await gridOn();
    await waitFor(() => expect(cell('1', 1)).toHaveFocus());
    await user.keyboard('{Enter}{Enter}');
    expect(cell('1', 3)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(cell('2', 3)).toHaveFocus());
    await user.keyboard('{ArrowDown}{ArrowUp}');
    await waitFor(() => expect(cell('2', 3)).toHaveFocus());
    await user.keyboard('7');
    // Nothing above a grid cell names its criterion: the message does.
    expect(screen.getByRole('alert')).toHaveTextContent(/^Өзіндік ерекшелігі \(0–5\): 7 қоюға болмайды: баға 0 мен 5 аралығында болады$/);
    await user.keyboard('{Enter}');
    expect(cell('2', 3)).toHaveFocus();
    expect(bridge.inputsOf('scores:set')).toEqual([]);
  });

  it('shows one nomination at a time, half steps typed with a comma, and the weighted total', async () => {
    const { user, bridge } = await gridOn(scoringState({ definition: halfDefinition(), entries: halfEntries(), packageSha256: 'ef'.repeat(32) }));
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['№ · Қатысушы', '1. Дауыс ≤10', '2. Сахна ≤5', 'Жиыны']);
    await waitFor(() => expect(cell('11', 1)).toHaveFocus());
    await user.keyboard('8,54');
    await waitFor(() => expect(cell('12', 1)).toHaveFocus());
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '8,5'), score('11', 'stage', '4')]);
    await waitFor(() => expect(screen.getByRole('row', { name: /№ 11 / })).toHaveTextContent('16.5'));
    act(() => useScoringUi.getState().setNomination('dance'));
    await waitFor(() => expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['№ · Қатысушы', '1. Қимыл ≤10', 'Жиыны']));
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });

  it('greys out a recused entry’s cells, and the keyboard passes over them', async () => {
    const { user } = await gridOn(scoringState({ recusals: [['2', 'туысқаным']] }));
    expect(cell('2', 1)).toBeDisabled();
    expect(cell('1', 1)).toBeEnabled();
    await waitFor(() => expect(cell('1', 1)).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(cell('3', 1)).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(cell('1', 1)).toHaveFocus());
    // The end of row 1 goes on to row 3.
    await user.keyboard('{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}');
    await waitFor(() => expect(cell('3', 1)).toHaveFocus());
  });
});
