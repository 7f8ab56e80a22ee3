import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useUi } from '../../../renderer/state/ui';
import { entrySection, halfDefinition, halfEntries, listed, progress, renderScoring, row, scoreInput, scoringState, values, WORKSPACE } from './scoringFixture';

/*
 * A juror who never touches the mouse: every test below starts on the first criterion, where the
 * desk puts the cursor, and only types, tabs and presses Enter, Space, Escape and arrows. No
 * click, no focus() from the test.
 */

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus; fails if it is never reached. */
async function tabTo(user: UserEvent, target: () => HTMLElement, back = false, most = 30): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (document.activeElement === target()) return;
    await user.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
  throw new Error(`${target().outerHTML.slice(0, 80)} is not reached by ${back ? 'Shift+Tab' : 'Tab'}`);
}

const sets = (bridge: { inputsOf(c: 'scores:set'): { kind: string; entry: string; value: string | null }[] }, kind: string) =>
  bridge.inputsOf('scores:set').filter((i) => i.kind === kind).map((i) => [i.entry, i.value]);

async function atFirstCriterion() {
  const rendered = await renderScoring(marked());
  await waitFor(() => expect(scoreInput(1)).toHaveFocus());
  return rendered;
}

/** Entry 1 fully scored, entry 2 partly, a comment on entry 3, entry 5 recused. */
const marked = () =>
  scoringState({
    scores: ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'].map((c): [string, string, string] => ['1', c, '4']).concat([['2', 'relevance', '3']]),
    comments: [['3', 'Дыбысы нашар']],
    recusals: [['5', 'Өз тәрбиеленушім']],
  });

const commentBox = () => within(entrySection('1')).getByRole('textbox', { name: 'Пікір' });

describe('ScoringScreen by keyboard alone', () => {
  it('writes a comment: Tab from the scores into the box, every keystroke saved as it is typed', async () => {
    const { user, bridge } = await atFirstCriterion();
    await tabTo(user, commentBox);
    await user.keyboard('Жарық аз');
    expect(commentBox()).toHaveValue('Жарық аз');
    // The space alone changes nothing stored (the text is kept trimmed), so it is not sent.
    expect(sets(bridge, 'comment')).toEqual(['Ж', 'Жа', 'Жар', 'Жары', 'Жарық', 'Жарық а', 'Жарық аз'].map((v) => ['1', v]));
    await waitFor(() => expect(screen.getByText(/^✓ Сақталды/)).toBeInTheDocument());
    // Shift+Tab goes back to the last criterion; the text stays as typed.
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(scoreInput(6)).toHaveFocus();
    expect(commentBox()).toHaveValue('Жарық аз');
  });

  it('recuses with a reason, then withdraws the recusal, and Escape takes back one begun', async () => {
    const { user, bridge } = await atFirstCriterion();
    await tabTo(user, () => screen.getByRole('button', { name: 'Мүдделер қақтығысы: бағалаудан бас тарту' }));
    await user.keyboard('{Enter}');
    const reason = screen.getByRole('textbox', { name: 'Бас тарту себебі' });
    expect(reason).toHaveFocus();
    expect(sets(bridge, 'recusal')).toEqual([]);

    await user.keyboard('Туыс');
    // The first letter made the recusal; each further one saved the reason so far.
    expect(sets(bridge, 'recusal')).toEqual(['Т', 'Ту', 'Туы', 'Туыс'].map((v) => ['1', v]));
    await screen.findByText('Сіз бұл жұмысты бағалаудан бас тарттыңыз: Туыс');
    expect(reason).toHaveFocus();
    for (const n of [1, 2, 3, 4, 5, 6]) expect(scoreInput(n)).toBeDisabled();
    await user.keyboard('қаным{Enter}');
    expect(bridge.lastInput('scores:set')).toMatchObject({ kind: 'recusal', value: 'Туысқаным' });
    // Enter ends the form on the button that undoes it: Space there withdraws the recusal.
    const withdraw = screen.getByRole('button', { name: 'Бас тартуды қайтару' });
    expect(withdraw).toHaveFocus();
    await user.keyboard(' ');
    expect(bridge.lastInput('scores:set')).toEqual({ workspaceId: WORKSPACE, kind: 'recusal', entry: '1', criterion: '', value: null });
    await waitFor(() => expect(scoreInput(1)).toBeEnabled());
    const recuse = screen.getByRole('button', { name: 'Мүдделер қақтығысы: бағалаудан бас тарту' });
    expect(recuse).toHaveFocus();

    // Begun again, then Escape: the recusal made by the first letter is taken back.
    await user.keyboard('{Enter}Ә{Escape}');
    expect(sets(bridge, 'recusal').slice(-2)).toEqual([
      ['1', 'Ә'],
      ['1', null],
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Мүдделер қақтығысы: бағалаудан бас тарту' })).toHaveFocus());
    expect(screen.queryByRole('textbox', { name: 'Бас тарту себебі' })).not.toBeInTheDocument();
    expect(scoreInput(1)).toBeEnabled();
    expect(progress()).toBe('Бағаланды: 2 / 4');

    // Opened and left empty: Escape, or its Cancel, closes it and the keyboard stays on the recuse button.
    await user.keyboard('{Enter}{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Мүдделер қақтығысы: бағалаудан бас тарту' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await tabTo(user, () => screen.getByRole('button', { name: 'Болдырмау' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Мүдделер қақтығысы: бағалаудан бас тарту' })).toHaveFocus());
  });

  it('searches and filters: Shift+Tab to the search box, Tab to the filter, arrows through it, Enter into an entry', async () => {
    const { user } = await atFirstCriterion();
    const search = screen.getByRole('searchbox', { name: 'Іздеу: нөмір, аты-жөні, ұйым' });
    await tabTo(user, () => search, true);
    await user.keyboard('ғаниева');
    await waitFor(() => expect(listed()).toEqual(['№ 2 · Ғаниева Ғалым']));
    expect(search).toHaveFocus();
    expect(entrySection('2')).toBeInTheDocument();
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    await waitFor(() => expect(listed()).toHaveLength(4));

    const filter = screen.getByRole('combobox', { name: 'Көрсету' });
    await user.keyboard('{Tab}');
    expect(filter).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(filter).toHaveValue('unscored');
    await waitFor(() => expect(listed()).toEqual(['№ 2 · Ғаниева Ғалым', '№ 3 · Бекқожа Іңкәр']));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(listed()).toEqual(['№ 5 · Абдрахманова Әсел']));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(listed()).toEqual(['№ 3 · Бекқожа Іңкәр']));
    // The last choice stays the last; Home goes back to all.
    await user.keyboard('{ArrowDown}');
    expect(filter).toHaveValue('commented');
    await user.keyboard('{Home}');
    await waitFor(() => expect(listed()).toHaveLength(4));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(listed()).toHaveLength(2));

    // On to the list: arrows browse, Enter goes into the shown entry's first criterion.
    await user.keyboard('{Tab}');
    expect(screen.getByRole('listbox')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(row('3')).toHaveAttribute('aria-selected', 'true'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(entrySection('3')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.keyboard('5');
    expect(values()[0]).toBe('5');
  });

  it('filters by nomination: Tab past the state filter to the nomination menu, arrows through it', async () => {
    const { user } = await renderScoring(scoringState({ definition: halfDefinition(), entries: halfEntries(), packageSha256: 'ef'.repeat(32) }));
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    const nominations = screen.getByRole('combobox', { name: 'Барлық номинация' });
    await tabTo(user, () => nominations, true);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(listed()).toEqual(['№ 11 · Серікова Дана', '№ 12 · Нұрланов Арман']));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(listed()).toEqual(['№ 21 · Қасымова Аружан']));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(() => expect(listed()).toHaveLength(3));
    expect(nominations).toHaveFocus();
  });

  it('submits through the submit panel: Shift+Tab to its button, Enter, and Enter again to sign and save', async () => {
    const { user, bridge } = await atFirstCriterion();
    const submit = () => screen.getByRole('button', { name: 'Бағаларды жіберу…' });
    await tabTo(user, submit, true);
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Қол қойылған бағалар файлы' });
    expect(within(dialog).getByRole('button', { name: 'Толық емес болса да сақтау…' })).toHaveFocus();
    // Back to scoring without saving: Tab to the button, Space; the cursor returns to the scores.
    await user.keyboard('{Tab}');
    expect(within(dialog).getByRole('button', { name: 'Бағалауға оралу' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bridge.inputsOf('scores:submit')).toEqual([]);
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());

    await tabTo(user, submit, true);
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(bridge.inputsOf('scores:submit')).toEqual([{ workspaceId: WORKSPACE }]);
    await waitFor(() => expect(useUi.getState().notice).toEqual({ kind: 'success', text: 'scores-j2-r1.jury-scores: 1-нұсқа, 7 баға сақталды' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
