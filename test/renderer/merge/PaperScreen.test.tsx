import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PaperScreen } from '../../../renderer/screens/paper/PaperScreen';
import type { JurorMarks, PaperEntryMarks } from '../../../shared/ipc/mergeTypes';
import { installBridge, refuse, type Handlers } from '../fakeBridge';
import { CONTEST, mainEntries, mergeStatus, thanksDetails } from './mergeFixture';

const ENTRIES = mainEntries(4);
const CRITERIA = ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'];
/** j2's marks in the contest file: entry 2 from their signed file, entry 3 typed from paper by the secretary. */
const J2: JurorMarks = {
  jurorId: 'j2',
  scores: [...CRITERIA.map((c): [string, string, string, string | null] => [ '2', c, '3', null ]), ['3', 'relevance', '4', 'Хатшы Сәуле']],
  comments: [],
  recusals: [],
};

function setup(more: Handlers = {}) {
  const bridge = installBridge({
    'contests:get': () => thanksDetails(),
    'entries:list': () => ENTRIES,
    'merge:status': () => mergeStatus(),
    'app:info': () => ({ version: '1.0.0', contestsFolder: '/home/u/Jury/contests', actor: 'Әбдікәрімова Әсемгүл' }),
    'paper:jurorMarks': ({ jurorId }) => (jurorId === 'j2' ? J2 : { jurorId, scores: [], comments: [], recusals: [] }),
    // As the main process answers: the marks as stored, scores in their stored form.
    'paper:setEntry': (input): PaperEntryMarks => ({ jurorId: input.jurorId, entryId: input.entryId, scores: Object.fromEntries(Object.entries(input.scores).map(([c, v]) => [c, v.replace(',', '.')])), comment: input.comment, recusal: input.recusal }),
    ...more,
  });
  const user = userEvent.setup();
  const { unmount } = render(<PaperScreen contestId={CONTEST} />);
  return { bridge, user, unmount };
}

const focused = () => document.activeElement as HTMLElement;
const label = () => (focused().id ? document.querySelector(`label[for="${focused().id}"]`)?.textContent : focused().closest('label')?.textContent) ?? '';
const boxes = () => [...document.querySelectorAll<HTMLInputElement>('.paper-entry .score-input')].map((b) => b.value);
const heading = () => screen.getByRole('heading', { level: 2, name: /№ \d+ жұмыс/ }).textContent;

async function chooseJuror(user: ReturnType<typeof userEvent.setup>, id: string) {
  await user.selectOptions(await screen.findByLabelText('Қазы'), id);
  await screen.findByTestId('paper-progress');
}

describe('PaperScreen: typing a juror’s paper sheet by keyboard', () => {
  it('types scores with digits alone, refuses out-of-range at once, saves each entry when left and says so', async () => {
    const { bridge, user } = setup();
    expect(await screen.findByTestId('paper-actor')).toHaveTextContent('Мұнда терілген бағалар «қағаздан енгізілді» деп белгіленеді, енгізген: Әбдікәрімова Әсемгүл.');
    await chooseJuror(user, 'j2');
    expect(bridge.lastInput('paper:jurorMarks')).toEqual({ contestId: CONTEST, jurorId: 'j2' });
    expect(heading()).toContain('№ 1 жұмыс · Өмірбеков Ұлан 1');
    expect(screen.getByTestId('paper-progress')).toHaveTextContent('Терілді: 1 / 4');

    await user.tab(); // the № field
    expect(label()).toBe('№ бойынша өту');
    await user.tab(); // the first criterion
    expect(label()).toContain('1. Челлендж тақырыбына сәйкестігі');
    // 0…5 by 1: each digit is a whole score and moves on by itself.
    await user.keyboard('54321');
    expect(label()).toContain('6. Бейне эффектілер');
    await user.keyboard('7');
    expect(screen.getByRole('alert')).toHaveTextContent('7 қоюға болмайды: баға 0 мен 5 аралығында болады');
    expect(bridge.inputsOf('paper:setEntry')).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The last criterion's score leaves for the next entry, and the entry left is saved.
    await user.keyboard('0');
    await waitFor(() => expect(heading()).toContain('№ 2 жұмыс'));
    expect(label()).toContain('1. Челлендж');
    await waitFor(() => expect(screen.getByTestId('paper-save')).toHaveTextContent('№ 1: Сақталды'));
    expect(bridge.lastInput('paper:setEntry')).toEqual({
      contestId: CONTEST,
      jurorId: 'j2',
      entryId: '1',
      scores: { relevance: '5', creativity: '4', originality: '3', expressiveness: '2', sound: '1', effects: '0' },
      comment: null,
      recusal: null,
    });
    expect(screen.getByTestId('paper-progress')).toHaveTextContent('Терілді: 2 / 4');

    // Entry 2 holds the juror's own signed marks: shown, and said so.
    expect(boxes()).toEqual(['3', '3', '3', '3', '3', '3']);
    expect(screen.getByText('Бұл жұмыстың белгілері қазының қол қойылған файлынан: өзгертсеңіз, қағаздағысы тұрады.')).toBeInTheDocument();
    // ↑ goes back to entry 1, same criterion, with what was typed; ↓ returns, saving nothing unchanged.
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(heading()).toContain('№ 1 жұмыс'));
    expect(boxes()).toEqual(['5', '4', '3', '2', '1', '0']);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(heading()).toContain('№ 2 жұмыс'));
    expect(bridge.inputsOf('paper:setEntry')).toHaveLength(1);
  });

  it('Enter goes to the next criterion; ↓ keeps the column; a score cleared is sent as not scored', async () => {
    const { bridge, user } = setup();
    await chooseJuror(user, 'j2');
    await user.tab();
    await user.keyboard('{Enter}'); // the № field, empty: stays
    await user.tab();
    await user.keyboard('{Enter}{Enter}'); // nothing typed: Enter only moves on
    expect(label()).toContain('3. Өзіндік ерекшелігі');
    await user.keyboard('{ArrowDown}'); // entry 2, same criterion
    await waitFor(() => expect(heading()).toContain('№ 2 жұмыс'));
    expect(label()).toContain('3. Өзіндік ерекшелігі');
    expect(bridge.inputsOf('paper:setEntry')).toHaveLength(0);
    await user.keyboard('{Backspace}{ArrowDown}');
    await waitFor(() => expect(heading()).toContain('№ 3 жұмыс'));
    await waitFor(() => expect(bridge.inputsOf('paper:setEntry')).toHaveLength(1));
    expect(bridge.lastInput('paper:setEntry')!.scores).toEqual({ relevance: '3', creativity: '3', expressiveness: '3', sound: '3', effects: '3' });
    expect(screen.getByText('Қағаздан енгізген: Хатшы Сәуле')).toBeInTheDocument();
  });

  it('types a comment and a recusal with its reason by keyboard; a recusal is sent without scores', async () => {
    const { bridge, user } = setup();
    await chooseJuror(user, 'j4');
    await user.tab();
    await user.tab();
    await user.keyboard('55');
    for (let i = 0; i < 4; i++) await user.tab(); // criteria 3–6, then the comment
    expect(label()).toBe('Пікір');
    await user.keyboard('Дыбысы нашар, бірақ идеясы ұнады');
    await user.tab();
    expect(label()).toContain('Қазы бұл жұмысты бағалаудан бас тартты');
    await user.keyboard(' ');
    // The reason is typed next; the score boxes are greyed out.
    expect(label()).toBe('Бас тарту себебі');
    expect(document.querySelector<HTMLInputElement>('.paper-entry .score-input')).toBeDisabled();
    await user.keyboard('Туысы{Enter}');
    await waitFor(() => expect(heading()).toContain('№ 2 жұмыс'));
    await waitFor(() => expect(bridge.inputsOf('paper:setEntry')).toHaveLength(1));
    expect(bridge.lastInput('paper:setEntry')).toEqual({ contestId: CONTEST, jurorId: 'j4', entryId: '1', scores: {}, comment: 'Дыбысы нашар, бірақ идеясы ұнады', recusal: 'Туысы' });
    const list = screen.getByRole('listbox', { name: 'Қазының жұмыстары' });
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('бас тартты');
    expect(screen.getByTestId('paper-progress')).toHaveTextContent('бас тарту: 1');
  });

  it('keeps what the main process refused on screen, marked, with the reason and the entry’s number', async () => {
    const { user } = setup({ 'paper:setEntry': () => { throw refuse({ code: 'io', params: { detail: 'диск толы' } }); } });
    await chooseJuror(user, 'j4');
    await user.tab();
    await user.tab();
    await user.keyboard('123{ArrowDown}');
    await waitFor(() => expect(screen.getByTestId('paper-save')).toHaveTextContent('№ 1 сақталмады:'));
    expect(screen.getByTestId('paper-save')).toHaveTextContent('диск толы');
    const list = screen.getByRole('listbox', { name: 'Қазының жұмыстары' });
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('⚠');
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(heading()).toContain('№ 1 жұмыс'));
    expect(boxes().slice(0, 3)).toEqual(['1', '2', '3']);
    expect(screen.getByText('Бұл жұмыс сақталмады: түзетіп, жұмыстан қайта шығыңыз.')).toBeInTheDocument();
  });

  it('browses the list with the arrows (the focus stays there, the entry left is saved); Enter goes into the boxes', async () => {
    const { bridge, user } = setup();
    await chooseJuror(user, 'j4');
    await user.tab();
    await user.tab();
    await user.keyboard('12');
    const list = screen.getByRole('listbox', { name: 'Қазының жұмыстары' });
    // Tab on through the form and its buttons to the list.
    while (document.activeElement !== list) await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(heading()).toContain('№ 3 жұмыс'));
    expect(document.activeElement).toBe(list);
    await waitFor(() => expect(bridge.inputsOf('paper:setEntry')).toHaveLength(1));
    expect(bridge.lastInput('paper:setEntry')).toMatchObject({ entryId: '1', scores: { relevance: '1', creativity: '2' } });
    expect(within(list).getAllByRole('option')[0].querySelector('.paper-row-scores')).toHaveTextContent('1 2 · · · ·');
    await user.keyboard('{Enter}');
    expect(label()).toContain('1. Челлендж');
    expect(heading()).toContain('№ 3 жұмыс');
  });

  it('saves the entry being typed when the secretary leaves the screen or changes the juror', async () => {
    const { bridge, user, unmount } = setup();
    await chooseJuror(user, 'j4');
    await user.tab();
    await user.tab();
    await user.keyboard('4');
    await user.selectOptions(screen.getByLabelText('Қазы'), 'j5');
    await waitFor(() => expect(bridge.inputsOf('paper:setEntry')).toHaveLength(1));
    expect(bridge.lastInput('paper:setEntry')).toMatchObject({ jurorId: 'j4', entryId: '1', scores: { relevance: '4' } });
    await screen.findByTestId('paper-progress');
    await user.tab();
    await user.tab();
    await user.keyboard('3');
    await user.tab();
    unmount();
    await waitFor(() => expect(bridge.inputsOf('paper:setEntry')).toHaveLength(2));
    expect(bridge.lastInput('paper:setEntry')).toMatchObject({ jurorId: 'j5', entryId: '1', scores: { relevance: '3' } });
  });

  it('goes to an entry by its number', async () => {
    const { user } = setup();
    await chooseJuror(user, 'j4');
    await user.tab();
    await user.keyboard('99{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('№ 99 бағаланатын жұмыстардың арасында жоқ');
    await user.clear(focused());
    await user.keyboard('4{Enter}');
    await waitFor(() => expect(heading()).toContain('№ 4 жұмыс'));
    expect(label()).toContain('1. Челлендж');
  });

  it('warns that typing over a juror with a signed file replaces that file’s marks', async () => {
    const { user } = setup();
    await chooseJuror(user, 'j1');
    expect(screen.getByText(/Бұл қазының қол қойылған файлы біріктірілген \(2-нұсқа\)/)).toBeInTheDocument();
  });
});

describe('PaperScreen: importing a sheet', () => {
  it('shows what a sheet changed', async () => {
    const { user } = setup({
      'paper:import': () => ({ fileName: 'j4-парақ.csv', jurors: ['j4'], scoresSet: 120, scoresCleared: 2, recusalsSet: 1, recusalsLifted: 0, commentsSet: 3, unchanged: 0, replacedSigned: 0 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Кестені таңдау…' }));
    const done = await screen.findByText('j4-парақ.csv: бағалар енгізілді (қазылар: Бочарова Ирина Викторовна)');
    expect(done.parentElement).toHaveTextContent('қойылған баға: 120 · алынған баға: 2 · бас тарту: 1');
  });

  it('shows every problem of a refused sheet by row and column', async () => {
    const { user } = setup({
      'paper:import': () => {
        throw refuse({ code: 'scoreOutOfRange', file: 'j4.csv', row: 3, column: 'score', params: { value: '7', max: 5 } }, { code: 'unknownEntry', file: 'j4.csv', row: 9, column: 'entry', params: { id: '999' } });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Кестені таңдау…' }));
    await screen.findByText('Кесте қабылданбады, ештеңе өзгерген жоқ. Мына жолдар мен бағандарды түзетіңіз:');
    expect(screen.getByText('j4.csv, жол 3, баған «score»: 7 қоюға болмайды: баға 0 мен 5 аралығында болады')).toBeInTheDocument();
    expect(screen.getByText(/j4\.csv, жол 9, баған «entry»/)).toBeInTheDocument();
  });
});
