import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { entrySection, listed, renderScoring, scoreInput, scoringState, values } from './scoringFixture';

/*
 * How a juror actually types scores: a digit that makes a whole score moves on by itself, and
 * habits from other programs (Enter after every score, a comma for a half) must not put a score
 * in the wrong box or skip one. Criteria here are 0–5 in whole steps.
 */
async function atFirstCriterion() {
  const rendered = await renderScoring(scoringState());
  await waitFor(() => expect(scoreInput(1)).toHaveFocus());
  return rendered;
}

describe('typing scores', () => {
  it('Enter right after a score that moved on by itself confirms it: no criterion is skipped', async () => {
    const { user } = await atFirstCriterion();
    await user.keyboard('4{Enter}3{Enter}5');
    expect(values().slice(0, 4)).toEqual(['4', '3', '5', '']);
    expect(scoreInput(4)).toHaveFocus();
    // The first Enter confirmed the 5; a second one leaves this criterion for later and moves on.
    await user.keyboard('{Enter}');
    expect(scoreInput(4)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(scoreInput(5)).toHaveFocus();
  });

  it('a comma after a whole score goes back to it, which is then refused for its step, not split over two boxes', async () => {
    const { user, bridge } = await atFirstCriterion();
    await user.keyboard('4,5');
    expect(values().slice(0, 2)).toEqual(['4,5', '']);
    expect(scoreInput(1)).toHaveFocus();
    expect(scoreInput(1)).toHaveAttribute('aria-invalid', 'true');
    // 4 was saved when it moved on; 5 never reached the second criterion.
    expect(bridge.inputsOf('scores:set').map((i) => [i.criterion, i.value])).toEqual([['relevance', '4']]);
  });

  it('types digits with the Kazakh layout on: the keys of the number row mean their digits', async () => {
    await atFirstCriterion();
    // The Kazakh layout's number row types letters: the key marked 3 gives «і».
    fireEvent.keyDown(scoreInput(1), { key: 'і', code: 'Digit3' });
    await waitFor(() => expect(values()[0]).toBe('3'));
    await waitFor(() => expect(scoreInput(2)).toHaveFocus());
    fireEvent.keyDown(scoreInput(2), { key: 'қ', code: 'Digit0' });
    await waitFor(() => expect(values()[1]).toBe('0'));
  });

  it('Escape brings back the stored score selected, so the next digit replaces it', async () => {
    const { user } = await atFirstCriterion();
    await user.keyboard('4');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(scoreInput(1)).toHaveFocus();
    await user.keyboard('{ArrowRight}2{Escape}');
    expect(values()[0]).toBe('4');
    await waitFor(() => expect(scoreInput(1).selectionStart).toBe(0));
    expect(scoreInput(1).selectionEnd).toBe(1);
  });
});

describe('where the keyboard goes', () => {
  it('after a search, Enter in the list opens the first entry found, not the one shown before', async () => {
    const { user } = await atFirstCriterion();
    // The juror is on №2 when they search.
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(entrySection('2')).toBeInTheDocument());
    const search = screen.getByRole('searchbox', { name: 'Іздеу: нөмір, аты-жөні, ұйым' });
    await user.click(search);
    await user.keyboard('бекқожа');
    await waitFor(() => expect(listed()).toEqual(['№ 3 · Бекқожа Іңкәр']));
    // The entry shown is still №2 (the search must not take the focus from what is typed)…
    expect(entrySection('2')).toBeInTheDocument();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('listbox')).toHaveFocus();
    // …but Enter opens what the list shows.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(entrySection('3')).toBeInTheDocument());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
  });

  it('the submit panel closes with Escape or «Бағалауға оралу», and the cursor is back on the first criterion', async () => {
    const { user } = await atFirstCriterion();
    await user.click(screen.getByRole('button', { name: 'Бағаларды жіберу…' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Бағаларды жіберу…' }));
    await user.click(await screen.findByRole('button', { name: 'Бағалауға оралу' }));
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
  });
});
