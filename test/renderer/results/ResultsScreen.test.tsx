import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ResultsScreen } from '../../../renderer/screens/results/ResultsScreen';
import { useUi } from '../../../renderer/state/ui';
import type { EntryScoresView, NominationView, ResultRow, ResultsView } from '../../../shared/ipc/resultsTypes';
import { installBridge } from '../fakeBridge';

const row = (entry: string, rank: number, score: string, award: string | null, extra: Partial<ResultRow> = {}): ResultRow => ({
  entry, participant: `Қатысушы ${entry}`, organisation: `№${entry} «Балдырған» бөбекжайы`, rank, score, exact: score, award, tiebreak: null, sharedPlace: false, jurors: 3, override: null, normalisedRank: rank, ...extra,
});

const main: NominationView = {
  id: 'main', kind: 'scored', name: 'Бейнеролик',
  awards: [{ id: 'I', name: 'I орын' }, { id: 'II', name: 'II орын' }],
  criteria: [{ id: 'sound', name: 'Дыбыстық сүйемелдеу' }],
  acceptsDecision: true, tieBreak: ['criteria-order', 'decision'], method: 'mean',
  rows: [
    row('7', 1, '9.00', 'I'),
    row('3', 2, '8.50', 'II', { tiebreak: { rule: 'criteria-order', criterion: 'sound' } }),
    row('5', 3, '8.50', null, { tiebreak: { rule: 'criteria-order', criterion: 'sound' } }),
    row('1', 4, '7.00', null, { sharedPlace: true }),
    row('2', 4, '7.00', null, { sharedPlace: true, participant: null, organisation: '«Толағай» бөбекжайы' }),
  ],
  unscored: [{ entry: '9', participant: 'Ғаниева Ғалым', organisation: null }],
  disqualified: [{ entry: '8', participant: 'Бекқожа Іңкәр', organisation: null, reason: 'хэштег жоқ' }],
  incompletePairs: 2, recusedPairs: 1, missingPairs: 4, unresolvedTies: [['1', '2']],
  jurors: [{ juror: 'j1', name: 'Оспанова Нұрсұлу', count: 5, mean: 8, spread: 1, offset: 0.5, farFromPanel: false }],
  disputed: [],
};
const VIEW: ResultsView = { nominations: [main], complete: false, decisions: [] };
const DETAIL: EntryScoresView = {
  entry: '3', participant: 'Қатысушы 3', organisation: null, nomination: 'main',
  criteria: [{ id: 'sound', name: 'Дыбыстық сүйемелдеу', max: 10, weight: 1 }],
  jurors: [
    { id: 'j1', name: 'Оспанова Нұрсұлу', scores: ['9'], total: '9.00', recused: null, comment: 'Әсерлі', enteredBy: null },
    { id: 'j2', name: 'Бочарова Ирина', scores: [null], total: null, recused: 'туысы', comment: null, enteredBy: 'Хатшы' },
  ],
};

function setup() {
  const bridge = installBridge({ 'results:get': () => VIEW, 'results:entry': () => DETAIL, 'results:overrideAward': () => true, 'results:decideTie': () => true });
  const user = userEvent.setup();
  render(<ResultsScreen contestId="c1" />);
  return { bridge, user };
}
const rowsShown = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('gridcell')[1].textContent);

describe('ResultsScreen', () => {
  beforeEach(() => useUi.setState({ language: 'kk' }));

  it('ranks with awards, says how each tie was broken, marks shared places and a preliminary result', async () => {
    setup();
    await screen.findByText('Қатысушы 7');
    expect(rowsShown()).toEqual(['7', '3', '5', '1', '2']);
    expect(screen.getAllByText('өлшемшарттар ретімен: Дыбыстық сүйемелдеу')).toHaveLength(2);
    expect(screen.getAllByText('орын бөлінді')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Бағалау аяқталмаған: 4 қазы бағасы әлі жоқ, 2 толық емес, 1 жұмысты ешкім толық бағаламаған');
    expect(screen.getByText('Әдіс: орташа · тең балл тізбегі: өлшемшарттар ретімен → қазылар шешімі')).toBeInTheDocument();
  });

  it('filters to awarded entries and finds by name', async () => {
    const { user } = setup();
    await screen.findByText('Қатысушы 7');
    await user.click(screen.getByRole('button', { name: 'Марапаттылар' }));
    expect(rowsShown()).toEqual(['7', '3']);
    // Scores written as the protocol writes them in Kazakh: a decimal comma.
    expect(within(screen.getByRole('grid')).getByText('9,00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Барлығы' }));
    await user.type(screen.getByRole('searchbox'), 'қатысушы 5');
    expect(rowsShown()).toEqual(['5']);
  });

  it('by keyboard: arrows choose a row, Enter shows every juror’s scores; an override needs its reason sent', async () => {
    const { user, bridge } = setup();
    await screen.findByText('Қатысушы 7');
    screen.getByTestId('results-scroll').focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const panel = await screen.findByRole('complementary');
    await within(panel).findByText('Оспанова Нұрсұлу');
    expect(bridge.lastInput('results:entry')).toEqual({ contestId: 'c1', entryId: '3' });
    expect(within(panel).getByText('бас тартты: туысы')).toBeInTheDocument();
    expect(within(panel).getByText('Әсерлі')).toBeInTheDocument();
    // With the panel open the organisation column goes; an entry that names no participant shows its organisation instead.
    expect(within(screen.getByRole('grid')).queryByRole('columnheader', { name: 'Ұйым' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('grid')).getByText('«Толағай» бөбекжайы')).toHaveClass('muted');
    // Esc closes it and the keyboard is back on the table
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByTestId('results-scroll')).toHaveFocus());
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('complementary');
    await user.selectOptions(within(again).getByRole('combobox'), 'I');
    await user.type(within(again).getByLabelText('Себебі'), 'Ұйымдастыру комитетінің шешімі');
    await user.click(within(again).getByRole('button', { name: 'Өзгертуді сақтау' }));
    await waitFor(() => expect(bridge.lastInput('results:overrideAward')).toEqual({ contestId: 'c1', nomination: 'main', entryId: '3', award: 'I', reason: 'Ұйымдастыру комитетінің шешімі' }));
  });

  it('with an entry’s scores open, the arrows in the table change the entry shown and Escape there closes them', async () => {
    const { user, bridge } = setup();
    await screen.findByText('Қатысушы 7');
    screen.getByTestId('results-scroll').focus();
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('complementary');
    expect(bridge.lastInput('results:entry')).toEqual({ contestId: 'c1', entryId: '7' });
    screen.getByTestId('results-scroll').focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(bridge.lastInput('results:entry')).toEqual({ contestId: 'c1', entryId: '3' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('results-scroll')).toHaveFocus());
  });

  it('records a jury vote on a surviving tie in the order chosen', async () => {
    const { user, bridge } = setup();
    await screen.findByText('Қатысушы 7');
    await user.click(screen.getByRole('tab', { name: 'Шешілмеген теңдіктер (1)' }));
    await user.click(screen.getByRole('button', { name: 'Төмен: №1' }));
    // At the bottom its ↓ is off: the keyboard is on its ↑, and Enter takes it back up.
    expect(screen.getByRole('button', { name: 'Жоғары: №1' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Төмен: №1' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText(/Шешімнің себебі/), 'Дауыс беру: 3 — 2');
    await user.click(screen.getByRole('button', { name: 'Қазылар шешімін жазу' }));
    await waitFor(() => expect(bridge.lastInput('results:decideTie')).toEqual({ contestId: 'c1', nomination: 'main', ordering: ['2', '1'], reason: 'Дауыс беру: 3 — 2' }));
  });

  it('lists unscored and disqualified entries apart, with the reason', async () => {
    const { user } = setup();
    await screen.findByText('Қатысушы 7');
    await user.click(screen.getByRole('tab', { name: 'Тізімнен тыс (2)' }));
    expect(screen.getByText(/Ғаниева Ғалым/)).toBeInTheDocument();
    expect(screen.getByText(/хэштег жоқ/)).toBeInTheDocument();
  });
});
