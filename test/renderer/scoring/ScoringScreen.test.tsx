import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useScoringUi } from '../../../renderer/state/scoringUi';
import { useUi } from '../../../renderer/state/ui';
import { refuse } from '../fakeBridge';
import {
  alerts,
  entrySection,
  halfDefinition,
  halfEntries,
  JUROR_FINGERPRINT,
  listed,
  ORGANISER_FINGERPRINT,
  progress,
  renderScoring,
  row,
  scoreInput,
  scoringState,
  values,
  WORKSPACE,
} from './scoringFixture';

/*
 * The juror's desk is driven from the keyboard: every test below types, tabs and presses keys
 * into the focused element (user-event's keyboard), never clicks a score. Clicks are used only
 * where a juror would reach for the mouse anyway, each marked «mouse:».
 */

const score = (entry: string, criterion: string, value: string | null) => ({ workspaceId: WORKSPACE, kind: 'score', entry, criterion, value });
const halfState = () => scoringState({ definition: halfDefinition(), entries: halfEntries(), packageSha256: 'ef'.repeat(32) });

describe('ScoringScreen: typing scores', () => {
  it('opens on the first entry with its first criterion focused, and the progress at 0', async () => {
    const { bridge } = await renderScoring();
    expect(bridge.inputsOf('scores:state')).toEqual([{ workspaceId: WORKSPACE }]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('«Барлығына рақмет» челленджі');
    expect(screen.getByText('Қазы: Жұмаділдаева Нұргүл Васильевна')).toBeInTheDocument();
    expect(progress()).toBe('Бағаланды: 0 / 4');
    expect(listed()).toEqual(['№ 1 · Өмірбеков Ұлан', '№ 2 · Ғаниева Ғалым', '№ 3 · Бекқожа Іңкәр', '№ 5 · Абдрахманова Әсел']);
    // What the helpers find by markup is what a screen reader finds by role and name.
    expect(within(screen.getByRole('listbox', { name: 'Бағалау' })).getAllByRole('option')).toHaveLength(4);
    expect(screen.getByRole('option', { name: /№ 1/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('region', { name: '№ 1' })).toBe(entrySection('1'));
    expect(entrySection('1')).toHaveTextContent('Өмірбеков Ұлан');
    expect(within(entrySection('1')).getAllByRole('textbox', { name: /ең көбі 5/ })).toEqual([1, 2, 3, 4, 5, 6].map(scoreInput));
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    expect(scoreInput(1)).toHaveAccessibleName(/^1\. Челлендж тақырыбына сәйкестігі\s*ең көбі 5$/);
  });

  it('saves a digit that cannot grow and moves on; after the last criterion, the next entry', async () => {
    const { user, bridge } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());

    await user.keyboard('3');
    expect(bridge.inputsOf('scores:set')).toEqual([score('1', 'relevance', '3')]);
    expect(scoreInput(2)).toHaveFocus();

    await user.keyboard('45432');
    expect(bridge.inputsOf('scores:set').map((i) => [i.criterion, i.value])).toEqual([
      ['relevance', '3'],
      ['creativity', '4'],
      ['originality', '5'],
      ['expressiveness', '4'],
      ['sound', '3'],
      ['effects', '2'],
    ]);
    // Entry 1 is complete: the focus is on the first criterion of entry 2.
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    expect(row('2')).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(progress()).toBe('Бағаланды: 1 / 4'));
    // The finished row shows its total, 3+4+5+4+3+2.
    expect(within(row('1')).getByLabelText('бағаланды')).toBeInTheDocument();
    expect(row('1')).toHaveTextContent('21');
    expect(screen.getByRole('status')).toHaveTextContent('Сақталды');
  });

  it('Enter and Tab move on (and save what is typed); Shift+Tab goes back', async () => {
    const { user, bridge } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(scoreInput(2)).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(scoreInput(3)).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(scoreInput(2)).toHaveFocus();
    // Nothing was typed: nothing was saved.
    expect(bridge.inputsOf('scores:set')).toEqual([]);

    // Tab keeps the page's order, so from the last criterion the keyboard reaches the comment;
    // Enter on the last criterion goes on to the next entry, as a typed score would.
    await user.keyboard('{Tab}{Tab}{Tab}{Tab}');
    expect(scoreInput(6)).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.getByLabelText('Пікір')).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(scoreInput(6)).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
  });

  it('ArrowDown and ArrowUp go to the next and previous entry, keeping the criterion', async () => {
    const { user } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{Enter}{Enter}');
    expect(scoreInput(3)).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(3)).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('3')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(3)).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(3)).toHaveFocus());
    expect(useScoringUi.getState().selectedEntryId).toBe('2');
  });

  it('refuses a score above the maximum at once, does not send it, and Escape restores the stored one', async () => {
    const { user, bridge } = await renderScoring(scoringState({ scores: [['1', 'relevance', '2']] }));
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    expect(scoreInput(1)).toHaveValue('2');

    await user.keyboard('{Backspace}7');
    expect(scoreInput(1)).toHaveValue('7');
    expect(scoreInput(1)).toHaveAttribute('aria-invalid', 'true');
    expect(alerts()).toEqual(['7 қоюға болмайды: баға 0 мен 5 аралығында болады']);
    expect(scoreInput(1)).toHaveAccessibleDescription('7 қоюға болмайды: баға 0 мен 5 аралығында болады');
    // Neither typing nor Enter sends it, and the focus stays on the refused value.
    await user.keyboard('{Enter}');
    expect(scoreInput(1)).toHaveFocus();
    expect(bridge.inputsOf('scores:set')).toEqual([]);

    await user.keyboard('{Escape}');
    expect(scoreInput(1)).toHaveValue('2');
    expect(scoreInput(1)).not.toHaveAttribute('aria-invalid');
    expect(alerts()).toEqual([]);
    expect(bridge.inputsOf('scores:set')).toEqual([]);
  });

  it('Ctrl+Z with nothing typed undoes the last saved mark; with a draft it only drops the draft', async () => {
    const { user, bridge } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('4');
    await waitFor(() => expect(progress()).toBe('Бағаланды: 0 / 4'));
    expect(scoreInput(2)).toHaveFocus();

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(scoreInput(1)).toHaveValue(''));
    expect(bridge.inputsOf('scores:undo')).toEqual([{ workspaceId: WORKSPACE }]);
    expect(screen.getByText('Соңғы өзгеріс кері қайтарылды')).toBeInTheDocument();
    expect(useUi.getState().notice).toEqual({ kind: 'success', text: 'Соңғы өзгеріс кері қайтарылды' });

    // The cursor went back to what was undone. A draft in the box: Ctrl+Z takes it back and asks
    // nothing of the main process.
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('9');
    expect(scoreInput(1)).toHaveValue('9');
    await user.keyboard('{Control>}z{/Control}');
    expect(scoreInput(1)).toHaveValue('');
    expect(alerts()).toEqual([]);
    expect(bridge.inputsOf('scores:undo')).toHaveLength(1);
  });

  it('Ctrl+Z brings back the entry of the undone mark, and works outside the score boxes too', async () => {
    const { user, bridge } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('555555');
    await waitFor(() => expect(progress()).toBe('Бағаланды: 1 / 4'));
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());

    // On entry 2, Ctrl+Z takes back entry 1's last score and shows entry 1 again.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(entrySection('1')).toBeInTheDocument());
    await waitFor(() => expect(values()).toEqual(['5', '5', '5', '5', '5', '']));
    expect(progress()).toBe('Бағаланды: 0 / 4');
    expect(row('1')).toHaveClass('status-partial');

    // From the list (not a text box) the screen-wide Ctrl+Z answers. (Tab and Shift+Tab never
    // leave the score boxes, so the list is focused directly.)
    act(() => screen.getByTestId('entry-list').focus());
    const before = bridge.inputsOf('scores:undo').length;
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(bridge.inputsOf('scores:undo')).toHaveLength(before + 1));
    await waitFor(() => expect(values()).toEqual(['5', '5', '5', '5', '', '']));
  });

  it('shows why nothing can be undone', async () => {
    const { user, bridge } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{Control>}z{/Control}');
    expect(bridge.inputsOf('scores:undo')).toHaveLength(1);
    await waitFor(() => expect(alerts()).toHaveLength(1));
    expect(useUi.getState().notice).toBeNull();
  });

  it('shows the problem when the main process refuses to save a score', async () => {
    const { user, bridge } = await renderScoring(undefined, {
      'scores:set': () => {
        throw refuse({ code: 'io', params: { detail: 'дискіде орын жоқ' } });
      },
    });
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('5');
    expect(bridge.inputsOf('scores:set')).toEqual([score('1', 'relevance', '5')]);
    const problem = await screen.findByText('оқу не жазу мүмкін емес (дискіде орын жоқ)');
    expect(problem.closest('[role="alert"]')).toHaveTextContent('оқу не жазу мүмкін емес');
    expect(progress()).toBe('Бағаланды: 0 / 4');
    expect(screen.queryByText(/^✓ Сақталды/)).not.toBeInTheDocument();
  });

  it('counts an entry as scored once all six criteria are, and shows its total', async () => {
    const scores: [string, string, string][] = ['relevance', 'creativity', 'originality', 'expressiveness', 'sound'].map((c) => ['2', c, '5']);
    const { user } = await renderScoring(scoringState({ scores, comments: [], recusals: [] }));
    expect(progress()).toBe('Бағаланды: 0 / 4');
    // ↓ works from the first criterion, where the desk puts the cursor once it is up.
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    await waitFor(() => expect(values()).toEqual(['5', '5', '5', '5', '5', '']));
    expect(screen.queryByLabelText('Жиыны')).not.toBeInTheDocument();
    expect(row('2')).toHaveClass('status-partial');
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}1');
    await waitFor(() => expect(progress()).toBe('Бағаланды: 1 / 4'));
    // The focus went on to entry 3; entry 2's row shows the total 5×5+1.
    expect(row('2')).toHaveClass('status-done');
    expect(row('2')).toHaveTextContent('26');
  });
});

describe('ScoringScreen: half points and longer numbers', () => {
  it('saves «4,5» on a 0.5-step criterion as typed, waiting through «4» and «4,»', async () => {
    const { user, bridge } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    expect(scoreInput(1)).toHaveAccessibleName(/^1\. Дауыс\s*ең көбі 10 · қадам 0,5$/);

    await user.keyboard('4');
    await user.keyboard(',');
    expect(scoreInput(1)).toHaveFocus();
    expect(alerts()).toEqual([]);
    expect(bridge.inputsOf('scores:set')).toEqual([]);
    await user.keyboard('5');
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '4,5')]);
    expect(scoreInput(2)).toHaveFocus();
    // The main process stores the exact decimal, and the box shows it.
    await waitFor(() => expect(scoreInput(1)).toHaveValue('4.5'));

    // A dot works as well as a comma, on the next entry.
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('12')).toBeInTheDocument());
    await user.keyboard('{Shift>}{Tab}{/Shift}7.5');
    expect(bridge.lastInput('scores:set')).toEqual(score('12', 'voice', '7.5'));
  });

  it('refuses «4.3» off the 0.5 step, and Enter neither sends it nor moves on', async () => {
    const { user, bridge } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('4.3');
    expect(alerts()).toEqual(['4.3 қоюға болмайды: баға 0,5 қадаммен қойылады']);
    await user.keyboard('{Enter}');
    expect(scoreInput(1)).toHaveFocus();
    expect(scoreInput(1)).toHaveValue('4.3');
    expect(bridge.inputsOf('scores:set')).toEqual([]);
    // Corrected, it goes.
    await user.keyboard('{Backspace}5{Enter}');
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '4.5')]);
  });

  it('waits after «1» on a 0…10 criterion until Enter, and saves «10» at once', async () => {
    const { user, bridge } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('1');
    expect(scoreInput(1)).toHaveFocus();
    expect(bridge.inputsOf('scores:set')).toEqual([]);
    await user.keyboard('{Enter}');
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '1')]);
    expect(scoreInput(2)).toHaveFocus();
    // The blur that followed Enter did not save it a second time.
    await waitFor(() => expect(scoreInput(1)).toHaveValue('1'));
    expect(bridge.inputsOf('scores:set')).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('12')).toBeInTheDocument());
    await user.keyboard('{Shift>}{Tab}{/Shift}10');
    expect(bridge.lastInput('scores:set')).toEqual(score('12', 'voice', '10'));
    expect(scoreInput(2)).toHaveFocus();
  });

  it('Tab saves a number still waiting for more digits', async () => {
    const { user, bridge } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('7{Tab}');
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '7')]);
    expect(scoreInput(2)).toHaveFocus();
  });

  it('a score left as «4,» is saved as 4, not sent with its comma to be refused', async () => {
    const { user, bridge } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('4,{Enter}');
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '4')]);
    await waitFor(() => expect(scoreInput(1)).toHaveValue('4'));
    expect(alerts()).toEqual([]);
  });

  it('ArrowDown saves what is typed before going to the next entry', async () => {
    const { user, bridge } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('7{ArrowDown}');
    expect(bridge.inputsOf('scores:set')).toEqual([score('11', 'voice', '7')]);
    await waitFor(() => expect(entrySection('12')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    // A 0 may still become 0.5: it waits too.
    await user.keyboard('0');
    expect(bridge.inputsOf('scores:set')).toHaveLength(1);
    await user.keyboard('.5');
    expect(bridge.lastInput('scores:set')).toEqual(score('12', 'voice', '0.5'));
  });

  it('totals with the weights: 4.5 + 3 × 2', async () => {
    const { user } = await renderScoring(halfState());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    expect(scoreInput(2)).toHaveAccessibleName(/^2\. Сахна\s*ең көбі 5 · ×2$/);
    await user.keyboard('4,5');
    await user.keyboard('3');
    await waitFor(() => expect(row('11')).toHaveTextContent('10.5'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(entrySection('11')).toBeInTheDocument());
    expect(screen.getByLabelText('Жиыны')).toHaveTextContent('10.5');
  });

  it('shows per-nomination progress and filters by nomination', async () => {
    const { user } = await renderScoring(halfState());
    expect(screen.getByText('Ән: 0/2')).toBeInTheDocument();
    expect(screen.getByText('Би: 0/1')).toBeInTheDocument();
    // mouse: the nomination menu.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Барлық номинация' }), 'Би');
    expect(listed()).toEqual(['№ 21 · Қасымова Аружан']);
    expect(entrySection('21')).toHaveTextContent('Қимыл');
  });
});

describe('ScoringScreen: filters and search', () => {
  const marked = () =>
    scoringState({
      scores: ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'].map((c): [string, string, string] => ['1', c, '4']).concat([['2', 'relevance', '3']]),
      comments: [['3', 'Дыбысы нашар']],
      recusals: [['5', 'Өз тәрбиеленушім']],
    });

  it('narrows the list to the unscored, recused or commented entries', async () => {
    const { user } = await renderScoring(marked());
    expect(progress()).toBe('Бағаланды: 2 / 4');
    expect(screen.getByText('Бас тарту: 1')).toBeInTheDocument();
    const filter = screen.getByRole('combobox', { name: 'Көрсету' });
    // mouse: the filter menu.
    await user.selectOptions(filter, 'Бағаланбаған');
    await waitFor(() => expect(listed()).toEqual(['№ 2 · Ғаниева Ғалым', '№ 3 · Бекқожа Іңкәр']));
    await user.selectOptions(filter, 'Бас тартылған');
    await waitFor(() => expect(listed()).toEqual(['№ 5 · Абдрахманова Әсел']));
    await user.selectOptions(filter, 'Пікірі бар');
    await waitFor(() => expect(listed()).toEqual(['№ 3 · Бекқожа Іңкәр']));
    await user.selectOptions(filter, 'Барлығы');
    expect(listed()).toHaveLength(4);
  });

  it('keeps a scored entry in the «unscored» list while it is being scored', async () => {
    const { user } = await renderScoring(marked());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Көрсету' }), 'Бағаланбаған');
    expect(entrySection('2')).toBeInTheDocument();
    // From the filter, Tab goes to the list; arrows there browse the entries (the focus stays in
    // the list), and Enter goes into the shown entry's first criterion.
    await user.tab();
    expect(screen.getByRole('listbox')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('3')).toBeInTheDocument());
    expect(screen.getByRole('listbox')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    expect(screen.getByRole('listbox')).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{Tab}5555');
    // Five of six scored: the entry being scored stays in the list under the juror's hands.
    await waitFor(() => expect(row('2')).toHaveClass('status-partial'));
    await waitFor(() => expect(listed()).toEqual(['№ 2 · Ғаниева Ғалым', '№ 3 · Бекқожа Іңкәр']));
    expect(scoreInput(6)).toHaveFocus();
    await user.keyboard('5');
    await waitFor(() => expect(progress()).toBe('Бағаланды: 3 / 4'));
    await waitFor(() => expect(entrySection('3')).toBeInTheDocument());
    expect(listed()).toContain('№ 3 · Бекқожа Іңкәр');
  });

  it('finds entries by a lower-case Kazakh search, and the typing stays in the search box', async () => {
    const { user } = await renderScoring(marked());
    const search = screen.getByRole('searchbox', { name: 'Іздеу: нөмір, аты-жөні, ұйым' });
    // The desk puts the cursor on the first criterion first; then, mouse: into the search box.
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.click(search);
    await user.keyboard('ғаниева');
    expect(search).toHaveValue('ғаниева');
    expect(search).toHaveFocus();
    await waitFor(() => expect(listed()).toEqual(['№ 2 · Ғаниева Ғалым']));
    expect(entrySection('2')).toBeInTheDocument();
    expect(values()).toEqual(['3', '', '', '', '', '']);

    await user.clear(search);
    await user.keyboard('алматы');
    await waitFor(() => expect(listed()).toEqual(['№ 5 · Абдрахманова Әсел']));
    await user.clear(search);
    await user.keyboard('жоқ адам');
    expect(screen.getAllByText('Сүзгіге сай жұмыс жоқ').length).toBeGreaterThan(0);
  });
});

// Comments and recusals: ScoringText.test.tsx (saved as typed) and ScoringKeyboard.test.tsx.

describe('ScoringScreen: the key and the submission', () => {
  it('asks for a key first when the juror has none, and creates it', async () => {
    const { user, bridge } = await renderScoring(scoringState({ keyFingerprint: null }));
    // In the key step and under the title: the organiser's fingerprint, to compare.
    expect(screen.getAllByText(ORGANISER_FINGERPRINT)).toHaveLength(2);
    expect(screen.getByText(/Пакет тұтас, қолтаңбасы дұрыс/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Қолтаңба кілті' })).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Кілт жасау' });
    expect(create).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(bridge.inputsOf('keys:create')).toEqual([undefined]);
    await screen.findByTestId('progress');
    expect(bridge.inputsOf('scores:state')).toHaveLength(2);
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
  });

  it('shows a key that cannot be made, and stays on the key step', async () => {
    const { user } = await renderScoring(scoringState({ keyFingerprint: null }), {
      'keys:create': () => {
        throw refuse({ code: 'io', params: { detail: 'кілт қалтасы жабық' } });
      },
    });
    await user.keyboard('{Enter}');
    expect(await screen.findByText('оқу не жазу мүмкін емес (кілт қалтасы жабық)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Кілт жасау' })).toBeEnabled();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it('lists the missing entries before saving, then submits and shows the receipt', async () => {
    const full = ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'].map((c): [string, string, string] => ['1', c, '4']);
    const { user, bridge } = await renderScoring(
      scoringState({ scores: [...full, ['2', 'relevance', '3'], ['2', 'creativity', '3']], recusals: [['5', 'Өз тәрбиеленушім']] }),
    );
    // mouse: the submit button.
    await user.click(screen.getByRole('button', { name: 'Бағаларды жіберу…' }));
    const dialog = screen.getByRole('dialog', { name: 'Қол қойылған бағалар файлы' });
    expect(within(dialog).getByText(JUROR_FINGERPRINT)).toBeInTheDocument();
    expect(within(dialog).getByText(/^2 жұмыс толық бағаланбаған/)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '№ 2: Өзіндік ерекшелігі, Орындаушылардың мәнерлілігі мен эмоционалдылығы, Дыбыстық сүйемелдеу, Бейне эффектілер',
      '№ 3: бағаланбаған',
    ]);
    const save = within(dialog).getByRole('button', { name: 'Толық емес болса да сақтау…' });
    expect(save).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(bridge.inputsOf('scores:submit')).toEqual([{ workspaceId: WORKSPACE }]);
    expect(await screen.findByText('scores-j2-r1.jury-scores: 1-нұсқа, 8 баға сақталды')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(bridge.inputsOf('scores:state')).toHaveLength(2));

    // The history lists the new revision.
    await user.click(screen.getByRole('button', { name: 'Бағаларды жіберу…' }));
    expect(within(screen.getByRole('dialog')).getByText(/1-нұсқа · scores-j2-r1\.jury-scores/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Бағалауға оралу' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says all is scored when nothing is missing, and shows a refused submission', async () => {
    const { user } = await renderScoring(
      scoringState({
        entries: [scoringState().entries[0]],
        scores: ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'].map((c): [string, string, string] => ['1', c, '5']),
      }),
      {
        'scores:submit': () => {
          throw refuse({ code: 'io', params: { detail: 'флешка суырылды' } });
        },
      },
    );
    expect(progress()).toBe('Бағаланды: 1 / 1');
    await user.click(screen.getByRole('button', { name: 'Бағаларды жіберу…' }));
    expect(screen.getByText('✓ Барлық жұмыс бағаланды.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('оқу не жазу мүмкін емес (флешка суырылды)')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Қол қойып сақтау…' })).toBeEnabled();
  });

  it('leaves the key step alone when choosing a key file is cancelled', async () => {
    const { user, bridge } = await renderScoring(scoringState({ keyFingerprint: null }));
    // mouse: the second button.
    await user.click(screen.getByRole('button', { name: 'Кілт файлын таңдау…' }));
    expect(bridge.inputsOf('keys:choose')).toEqual([undefined]);
    expect(bridge.inputsOf('scores:state')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Кілт жасау' })).toBeEnabled();
  });

  it('shows a package that cannot be read instead of the desk', async () => {
    await renderScoring(
      scoringState(),
      {
        'scores:state': () => {
          throw refuse({ code: 'notContestDb', file: 'w-thanks-j2.jury-desk' });
        },
      },
      { wait: false },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('w-thanks-j2.jury-desk');
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });
});

describe('ScoringScreen: media and links', () => {
  it('plays the entry video from the package, Alt+P pausing and playing it', async () => {
    const entries = scoringState().entries.map((e) => (e.id === '1' ? { ...e, media: 'видео 1.mp4' } : e.id === '2' ? { ...e, media: 'сурет.jpg' } : e));
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const { user } = await renderScoring(scoringState({ hasMedia: true, entries }));
    const video = screen.getByTestId('media');
    expect(video.tagName).toBe('VIDEO');
    expect(video).toHaveAttribute('src', `/media/${WORKSPACE}/${encodeURIComponent('видео 1.mp4')}`);
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('{Alt>}p{/Alt}');
    expect(play).toHaveBeenCalledTimes(1);
    expect(scoreInput(1)).toHaveValue('');

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    expect(screen.getByTestId('media').tagName).toBe('IMG');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('3')).toBeInTheDocument());
    expect(screen.getByText('Бұл жұмыстың медиафайлы пакетте жоқ')).toBeInTheDocument();
  });

  it('opens the link through the main process, and tells when it cannot', async () => {
    const { user, bridge } = await renderScoring();
    expect(within(entrySection('1')).getByText('https://www.instagram.com/reel/C1a/')).toBeInTheDocument();
    // mouse: the link button.
    await user.click(screen.getByRole('button', { name: 'Браузерде ашу' }));
    expect(bridge.inputsOf('scores:openLink')).toEqual([{ workspaceId: WORKSPACE, entry: '1' }]);

    bridge.set({
      'scores:openLink': () => {
        throw refuse({ code: 'io', params: { detail: 'браузер жоқ' } });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Браузерде ашу' }));
    await waitFor(() => expect(useUi.getState().notice).toEqual({ kind: 'error', text: 'оқу не жазу мүмкін емес (браузер жоқ)' }));
    expect(screen.getByText('оқу не жазу мүмкін емес (браузер жоқ)')).toBeInTheDocument();
  });
});
