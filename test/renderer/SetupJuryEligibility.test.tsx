import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContestDefinition } from '../../shared/contest/model';
import { videoDefinition } from './data';
import { renderSetup } from './renderSetup';

const withoutRules = (): ContestDefinition => {
  const def = videoDefinition();
  delete def.eligibility;
  return def;
};

describe('SetupScreen: jury tab', () => {
  it('adds a juror with a name, workplace and the chair role, and saves the jury', async () => {
    const { user, openTab, save, saved } = await renderSetup();
    await openTab('Қазылар алқасы');
    expect(screen.getByText('Қазылар әлі қосылмаған.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Қазы қосу' }));
    expect(screen.getByLabelText('Идентификатор 1')).toHaveValue('j1');
    expect(screen.getByLabelText('Рөлі 1')).toHaveValue('member');
    await user.type(screen.getByLabelText('Аты-жөні 1'), 'Оспанова Нұрсұлу Бекқызы');
    await user.type(screen.getByLabelText('Жұмыс орны 1'), '№56 «Балдырған» бөбекжай-бақшасы');
    await user.selectOptions(screen.getByLabelText('Рөлі 1'), 'Төраға');
    expect(screen.getByText('Сақталмаған өзгерістер бар')).toBeInTheDocument();
    await save();

    expect(saved().jury).toEqual([{ id: 'j1', name: 'Оспанова Нұрсұлу Бекқызы', workplace: '№56 «Балдырған» бөбекжай-бақшасы', role: 'chair' }]);
    expect(await screen.findByRole('status')).toHaveTextContent('Сақталды');
  });

  it('gives each new juror a fresh id, and removes one', async () => {
    const def = videoDefinition();
    def.jury = [
      { id: 'j2', name: 'Сәрсенбаев Ерлан', role: 'chair' },
      { id: 'j3', name: 'Құдайбергенова Әйгерім', role: 'secretary' },
    ];
    const { user, openTab, save, saved } = await renderSetup(def);
    await openTab('Қазылар алқасы');
    expect(screen.getByLabelText('Рөлі 2')).toHaveValue('secretary');

    await user.click(screen.getByRole('button', { name: 'Қазы қосу' }));
    expect(screen.getByLabelText('Идентификатор 3')).toHaveValue('j4');
    // The new row's name has the cursor: typing goes straight into it.
    expect(screen.getByLabelText('Аты-жөні 3')).toHaveFocus();
    await user.keyboard('Ілиясов Нұрлан');
    await user.click(screen.getAllByRole('button', { name: 'Жою' })[0]);
    // The row that took its place has the focus, on its id: not its own Remove.
    expect(screen.getByLabelText('Идентификатор 1')).toHaveFocus();
    expect(screen.getByLabelText('Идентификатор 1')).toHaveValue('j3');
    // Removing every juror leaves the keyboard on «Қазы қосу».
    await user.click(screen.getAllByRole('button', { name: 'Жою' })[1]);
    await user.click(screen.getAllByRole('button', { name: 'Жою' })[0]);
    expect(screen.getByRole('button', { name: 'Қазы қосу' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Қазы қосу' }));
    await user.keyboard('Құдайбергенова Әйгерім');
    await user.selectOptions(screen.getByLabelText('Рөлі 1'), 'secretary');
    await user.click(screen.getByRole('button', { name: 'Қазы қосу' }));
    await user.keyboard('Ілиясов Нұрлан');
    await save();
    expect(saved().jury).toEqual([
      { id: 'j1', name: 'Құдайбергенова Әйгерім', role: 'secretary' },
      { id: 'j2', name: 'Ілиясов Нұрлан', role: 'member' },
    ]);
  });
});

describe('SetupScreen: eligibility tab', () => {
  it('sets the duration limit, the hashtag and one entry per participant', async () => {
    const { user, openTab, save, saved } = await renderSetup(withoutRules());
    await openTab('Іріктеу ережелері');
    expect(screen.getByLabelText('Бейнероликтің ең ұзақ уақыты (секунд)')).toHaveValue(null);
    expect(screen.getByLabelText('Міндетті хэштег')).toHaveAttribute('placeholder', 'тексерілмейді');

    await user.type(screen.getByLabelText('Бейнероликтің ең ұзақ уақыты (секунд)'), '60');
    await user.type(screen.getByLabelText('Міндетті хэштег'), '#Барлығына рақмет');
    await user.click(screen.getByRole('checkbox', { name: 'Бір қатысушыға бір жұмыс' }));
    await save();

    expect(saved().eligibility).toEqual({ maxDurationSec: 60, hashtag: '#Барлығына рақмет', onePerParticipant: true });
  });

  it('switches a rule off by emptying it or unticking it', async () => {
    const { user, openTab, save, saved } = await renderSetup();
    await openTab('Іріктеу ережелері');
    expect(screen.getByLabelText('Жазылушылардың ең аз саны')).toHaveValue(5);
    expect(screen.getByRole('checkbox', { name: 'Бір қатысушыға бір жұмыс' })).toBeChecked();

    await user.clear(screen.getByLabelText('Жазылушылардың ең аз саны'));
    await user.clear(screen.getByLabelText('Міндетті хэштег'));
    await user.click(screen.getByRole('checkbox', { name: 'Бір қатысушыға бір жұмыс' }));
    await save();

    expect(saved().eligibility).toEqual({ maxDurationSec: 60 });
  });

  it('keeps the draft when moving between tabs', async () => {
    const { user, openTab, save, saved } = await renderSetup(withoutRules());
    await openTab('Іріктеу ережелері');
    await user.type(screen.getByLabelText('Жазылушылардың ең аз саны'), '10');
    await openTab('Жалпы');
    await user.type(screen.getByLabelText('Өтетін орны'), 'Алматы');
    await openTab('Іріктеу ережелері');
    expect(screen.getByLabelText('Жазылушылардың ең аз саны')).toHaveValue(10);
    await save();
    expect(saved()).toMatchObject({ venue: 'Алматы', eligibility: { minFollowers: 10 } });
  });
});
