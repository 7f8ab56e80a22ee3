import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MarkChange } from '../../../shared/ipc/scoringTypes';
import { refuse } from '../fakeBridge';
import { alerts, entrySection, renderScoring, scoreInput, scoringState } from './scoringFixture';

/*
 * The comment and a recusal's reason are saved keystroke by keystroke (useTextMark): each change
 * goes to the main process as it is typed, so killing the app loses at most the keystroke in flight.
 */

const commentBox = () => within(entrySection('1')).getByRole('textbox', { name: 'Пікір' });
const reasonBox = () => screen.getByRole('textbox', { name: 'Бас тарту себебі' });

describe('ScoringScreen: text saved as it is typed', () => {
  it('sends every change in order, and the slow echo of one keystroke never overwrites those typed since', async () => {
    const { user, bridge, desk } = await renderScoring();
    // The main process answers only when the test says: the echoes arrive while typing goes on.
    const held: (() => void)[] = [];
    bridge.set({ 'scores:set': (i) => new Promise<MarkChange>((resolve) => held.push(() => resolve(desk.set(i.kind, i.entry, i.criterion, i.value)))) });
    // The desk puts the cursor on the first criterion first; then, mouse: into the comment box.
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.click(commentBox());
    await user.keyboard('Әуені');
    expect(bridge.inputsOf('scores:set').map((i) => i.value)).toEqual(['Ә', 'Әу', 'Әуе', 'Әуен', 'Әуені']);
    for (const [n, more] of [[2, ' әд'], [3, 'емі']] as const) {
      // some answers come back, with older text than the box holds; the juror types on
      await act(async () => held.splice(0, n).forEach((answer) => answer()));
      expect(commentBox()).toHaveValue(`Әуені${n === 2 ? '' : ' әд'}`);
      await user.keyboard(more);
    }
    await act(async () => held.splice(0).forEach((answer) => answer()));
    await act(async () => held.splice(0).forEach((answer) => answer()));
    expect(commentBox()).toHaveValue('Әуені әдемі');
    expect(desk.comments.get('1')).toBe('Әуені әдемі');
    expect(bridge.inputsOf('scores:set').at(-1)).toMatchObject({ kind: 'comment', entry: '1', value: 'Әуені әдемі' });
  });

  it('follows a change made elsewhere (undo) once nothing typed is on its way', async () => {
    const { user, bridge, desk } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.click(commentBox());
    await user.keyboard('ok');
    await waitFor(() => expect(desk.comments.get('1')).toBe('ok'));
    // mouse: the toolbar's undo.
    await user.click(screen.getByRole('button', { name: '↶ Болдырмау (Ctrl+Z)' }));
    await waitFor(() => expect(commentBox()).toHaveValue('o'));
    expect(bridge.inputsOf('scores:undo')).toHaveLength(1);
  });

  it('says so when a keystroke could not be saved, and keeps what was typed', async () => {
    const { user } = await renderScoring(undefined, {
      'scores:set': () => {
        throw refuse({ code: 'io', params: { detail: 'дискіде орын жоқ' } });
      },
    });
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.click(commentBox());
    await user.keyboard('Жақсы');
    await screen.findByText('оқу не жазу мүмкін емес (дискіде орын жоқ)');
    expect(alerts()).toContain('Сақталмады: жоғарыдағы хабарды қараңыз');
    expect(commentBox()).toHaveValue('Жақсы');
  });

  it('edits the reason of a recusal as it is typed; a reason erased to nothing is not sent and comes back', async () => {
    const { user, bridge } = await renderScoring(scoringState({ recusals: [['1', 'Туысым']] }));
    expect(screen.getByText('Сіз бұл жұмысты бағалаудан бас тарттыңыз: Туысым')).toBeInTheDocument();
    expect(scoreInput(1)).toBeDisabled();
    expect(reasonBox()).toHaveValue('Туысым');
    // mouse: into the reason.
    await user.click(reasonBox());
    await user.keyboard('{End} емес');
    expect(bridge.inputsOf('scores:set').map((i) => [i.kind, i.value])).toEqual([
      ['recusal', 'Туысым е'],
      ['recusal', 'Туысым ем'],
      ['recusal', 'Туысым еме'],
      ['recusal', 'Туысым емес'],
    ]);
    await screen.findByText('Сіз бұл жұмысты бағалаудан бас тарттыңыз: Туысым емес');

    const before = bridge.inputsOf('scores:set').length;
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    expect(reasonBox()).toHaveValue('');
    expect(reasonBox()).toHaveAttribute('aria-invalid', 'true');
    expect(alerts()).toEqual(['себебін көрсетіңіз']);
    // Escape does not withdraw a recusal this form did not make; leaving the box brings the reason back.
    await user.keyboard('{Escape}{Tab}');
    expect(bridge.inputsOf('scores:set')).toHaveLength(before);
    expect(reasonBox()).toHaveValue('Туысым емес');
    expect(alerts()).toEqual([]);
    expect(scoreInput(1)).toBeDisabled();
  });

  it('a recusal form left before any letter is typed records nothing', async () => {
    const { user, bridge } = await renderScoring();
    await waitFor(() => expect(scoreInput(1)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Мүдделер қақтығысы: бағалаудан бас тарту' }));
    expect(screen.getByText('Себебін жазыңыз: бас тарту жазған сәтте сақталады')).toBeInTheDocument();
    await user.keyboard('   {Enter}{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Бас тарту себебі' })).not.toBeInTheDocument();
    expect(bridge.inputsOf('scores:set')).toEqual([]);
    expect(scoreInput(1)).toBeEnabled();
  });
});
