import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AudienceNomination, ScoredNomination } from '../../shared/contest/model';
import { videoDefinition } from './data';
import { renderSetup } from './renderSetup';

/** The card (section) under a heading, e.g. 'Өлшемшарттар'. */
const card = (title: string) => screen.getByRole('heading', { level: 2, name: title }).closest('section') as HTMLElement;
const criteriaIds = () => within(card('Өлшемшарттар')).getAllByLabelText(/^Идентификатор \d+$/).map((i) => (i as HTMLInputElement).value);
const chain = () => within(card('Қорытынды балл')).getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent);

async function openNominations() {
  const setup = await renderSetup();
  await setup.openTab('Номинациялар');
  const main = () => setup.saved().nominations[0] as ScoredNomination;
  return { ...setup, main };
}

describe('SetupScreen: nominations tab', () => {
  it('lists the nominations and shows the six video criteria, each out of 5', async () => {
    await openNominations();
    const nav = screen.getByRole('navigation', { name: 'Номинациялар' });
    expect(within(nav).getByRole('button', { name: /Бейнеролик/ })).toHaveTextContent('Бағаланатын');
    expect(within(nav).getByRole('button', { name: /Ең көп лайк жинаған аккаунт/ })).toHaveTextContent('Лайктар');
    expect(criteriaIds()).toEqual(['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects']);
    const max = within(card('Өлшемшарттар')).getAllByLabelText(/^Ең жоғары балл \d+$/);
    expect(max).toHaveLength(6);
    for (const input of max) expect(input).toHaveValue(5);
    expect(screen.getByLabelText('Атауы 1 kk')).toHaveValue('Челлендж тақырыбына сәйкестігі');
  });

  it('adds a criterion as a new row and saves it', async () => {
    const { user, save, main } = await openNominations();
    await user.click(screen.getByRole('button', { name: 'Өлшемшарт қосу' }));
    expect(criteriaIds()).toHaveLength(7);
    expect(screen.getByLabelText('Идентификатор 7', { selector: 'input' })).toHaveValue('c7');
    expect(screen.getByLabelText('Ең жоғары балл 7')).toHaveValue(10);
    await user.type(screen.getByLabelText('Атауы 7 kk'), 'Тақырыпты ашуы');
    await save();
    expect(main().criteria[6]).toEqual({ id: 'c7', name: { kk: 'Тақырыпты ашуы' }, max: 10, step: 1, weight: 1 });
  });

  it('moves a criterion down and up', async () => {
    const { user, save, main } = await openNominations();
    const criteria = card('Өлшемшарттар');
    await user.click(within(criteria).getAllByRole('button', { name: 'Төмен' })[0]);
    expect(criteriaIds().slice(0, 3)).toEqual(['creativity', 'relevance', 'originality']);
    await user.click(within(criteria).getAllByRole('button', { name: 'Жоғары' })[2]);
    expect(criteriaIds().slice(0, 3)).toEqual(['creativity', 'originality', 'relevance']);
    // The last one cannot go further down.
    await user.click(within(criteria).getAllByRole('button', { name: 'Төмен' })[5]);
    expect(criteriaIds().at(-1)).toBe('effects');
    await save();
    expect(main().criteria.map((c) => c.id)).toEqual(['creativity', 'originality', 'relevance', 'expressiveness', 'sound', 'effects']);
  });

  it('by keyboard: the moved criterion keeps the focus, a removal hands it to the next row’s first field, an addition to the new name', async () => {
    const { user } = await openNominations();
    const criteria = card('Өлшемшарттар');
    const up3 = within(criteria).getAllByRole('button', { name: 'Жоғары' })[2];
    up3.focus();
    await user.keyboard('{Enter}');
    expect(criteriaIds().slice(0, 3)).toEqual(['relevance', 'originality', 'creativity']);
    // The same arrow of the moved row, now second: Enter again moves it again, never back.
    expect(document.activeElement).toBe(within(criteria).getAllByRole('button', { name: 'Жоғары' })[1]);
    await user.keyboard('{Enter}');
    expect(criteriaIds().slice(0, 3)).toEqual(['originality', 'relevance', 'creativity']);
    await user.keyboard('{Enter}');
    expect(criteriaIds().slice(0, 2)).toEqual(['originality', 'relevance']);
    within(criteria).getAllByRole('button', { name: 'Төмен' })[0].focus();
    await user.keyboard('{Enter}');
    expect(criteriaIds().slice(0, 2)).toEqual(['relevance', 'originality']);
    expect(document.activeElement).toBe(within(criteria).getAllByRole('button', { name: 'Төмен' })[1]);

    // Remove the first: the focus is on the id of the row that took its place, so a second Enter removes nothing.
    within(criteria).getAllByRole('button', { name: 'Жою' })[0].focus();
    await user.keyboard('{Enter}');
    expect(criteriaIds()[0]).toBe('originality');
    expect(document.activeElement).toBe(within(criteria).getByLabelText('Идентификатор 1'));
    await user.keyboard('{Enter}');
    expect(criteriaIds()).toHaveLength(5);

    screen.getByRole('button', { name: 'Өлшемшарт қосу' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Атауы 6 kk'));
  });

  it('removing a criterion that a tie-break rule names takes the rule too, and the keyboard stays in the criteria', async () => {
    const def = videoDefinition();
    (def.nominations[0] as ScoredNomination).tieBreak = ['criterion:relevance', 'chair'];
    const setup = await renderSetup(def);
    await setup.openTab('Номинациялар');
    const criteria = card('Өлшемшарттар');
    within(criteria).getAllByRole('button', { name: 'Жою' })[0].focus();
    await setup.user.keyboard('{Enter}');
    expect(chain()).toHaveLength(1);
    expect(document.activeElement).toBe(within(criteria).getByLabelText('Идентификатор 1'));
  });

  it('removing a nomination puts the keyboard on the nomination now shown, not on another Remove', async () => {
    const { user, save } = await openNominations();
    const nav = screen.getByRole('navigation', { name: 'Номинациялар' });
    await user.click(within(nav).getByRole('button', { name: /Ең көп лайк жинаған аккаунт/ }));
    const before = within(nav).getAllByRole('button').length;
    const remove = screen.getAllByRole('button', { name: 'Жою' }).find((b) => b.classList.contains('link-button'))!;
    remove.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toHaveClass('split-item', 'active'));
    await user.keyboard('{Enter}');
    expect(within(nav).getAllByRole('button')).toHaveLength(before - 1);
    await save();
  });

  it('changes a maximum and removes a criterion', async () => {
    const { user, save, main } = await openNominations();
    const max = screen.getByLabelText('Ең жоғары балл 2');
    await user.clear(max);
    await user.type(max, '10');
    await user.click(within(card('Өлшемшарттар')).getAllByRole('button', { name: 'Жою' })[5]);
    await save();
    expect(main().criteria).toHaveLength(5);
    expect(main().criteria[1]).toMatchObject({ id: 'creativity', max: 10 });
  });

  it('reveals the trim field for the trimmed mean', async () => {
    const { user, save, main } = await openNominations();
    const method = screen.getByLabelText('Қорытынды балл');
    expect(method).toHaveValue('mean');
    expect(screen.queryByLabelText('Әр шетінен алынатын баға саны')).not.toBeInTheDocument();

    await user.selectOptions(method, 'Шеткі бағаларсыз орташа');
    const trim = screen.getByLabelText('Әр шетінен алынатын баға саны');
    expect(trim).toHaveValue(1);
    await user.tripleClick(trim);
    await user.keyboard('2');
    await save();
    expect(main().aggregation).toEqual({ method: 'trimmed-mean', trim: 2 });

    await user.selectOptions(method, 'Медиана');
    expect(screen.queryByLabelText('Әр шетінен алынатын баға саны')).not.toBeInTheDocument();
    await save();
    expect(main().aggregation).toEqual({ method: 'median' });
  });

  // Regression (fixed): ScoredNominationEditor's trim NumberField maps an empty value to `trim ?? 1`, so the
  // field can never be emptied: Backspace puts 1 back, and typing 2 then gives 12.
  it('lets the trim field be cleared and retyped (Backspace, then 2)', async () => {
    const { user, save, main } = await openNominations();
    await user.selectOptions(screen.getByLabelText('Қорытынды балл'), 'Шеткі бағаларсыз орташа');
    const trim = screen.getByLabelText('Әр шетінен алынатын баға саны');
    await user.click(trim);
    await user.keyboard('{End}{Backspace}2');
    expect(trim).toHaveValue(2);
    await save();
    expect(main().aggregation).toEqual({ method: 'trimmed-mean', trim: 2 });
  });

  it('lists the tie-break rules and adds one, which leaves the menu', async () => {
    const { user, save, main } = await openNominations();
    expect(chain()).toEqual(['Өлшемшарттар ретімен', 'Төраға бағасы']);
    const addRule = screen.getByRole('combobox', { name: 'Ереже қосу' });
    expect(within(addRule).queryByRole('option', { name: 'Төраға бағасы' })).not.toBeInTheDocument();

    await user.selectOptions(addRule, 'Өлшемшарт: Дыбыстық сүйемелдеу');
    // choosing alone adds nothing: the button adds it
    expect(chain()).toEqual(['Өлшемшарттар ретімен', 'Төраға бағасы']);
    await user.click(within(addRule.parentElement!).getByRole('button', { name: 'Қосу' }));
    expect(chain()).toEqual(['Өлшемшарттар ретімен', 'Төраға бағасы', 'Өлшемшарт: Дыбыстық сүйемелдеу']);
    expect(within(addRule).queryByRole('option', { name: 'Өлшемшарт: Дыбыстық сүйемелдеу' })).not.toBeInTheDocument();
    expect(addRule).toHaveValue('');

    await user.click(within(card('Қорытынды балл')).getAllByRole('button', { name: 'Жоғары' })[2]);
    await save();
    expect(main().tieBreak).toEqual(['criteria-order', 'criterion:sound', 'chair']);
  });

  it('switches the awards to thresholds', async () => {
    const { user, save, main } = await openNominations();
    const awards = card('Марапаттар');
    expect(within(awards).getByRole('columnheader', { name: 'Саны' })).toBeInTheDocument();
    expect(within(awards).getByLabelText('Саны 1')).toHaveValue(3);

    await user.selectOptions(within(awards).getByLabelText('Тәртібі'), 'Ең төменгі балл бойынша');

    expect(within(awards).getByRole('columnheader', { name: 'Ең төменгі балл' })).toBeInTheDocument();
    const min = within(awards).getByLabelText('Ең төменгі балл 1');
    expect(min).toHaveValue(0);
    await user.clear(min);
    await user.type(min, '4.5');
    await save();
    expect(main().awards.mode).toBe('threshold');
    // The draft keeps each place's count so switching back loses nothing; the main process keeps only minScore.
    expect(main().awards.places[0]).toMatchObject({ id: 'I', name: { kk: 'I орын', ru: 'I место', en: '1st place' }, minScore: 4.5 });
  });

  it('edits an audience nomination: metric and number of winners', async () => {
    const { user, save, saved } = await openNominations();
    const nav = screen.getByRole('navigation', { name: 'Номинациялар' });
    await user.click(within(nav).getByRole('button', { name: /Ең көп лайк жинаған аккаунт/ }));

    expect(screen.queryByRole('heading', { name: 'Өлшемшарттар' })).not.toBeInTheDocument();
    const metric = screen.getByLabelText('Көрсеткіш');
    expect(metric).toHaveValue('likes');
    const count = screen.getByLabelText('Жеңімпаздар саны');
    expect(count).toHaveValue(8);

    await user.selectOptions(metric, 'Қаралымдар');
    await user.tripleClick(count);
    await user.keyboard('10');
    await save();
    const likes = saved().nominations[2] as AudienceNomination;
    expect(likes).toEqual({ id: 'likes', name: { kk: 'Ең көп лайк жинаған аккаунт', ru: 'Больше всего лайков', en: 'Most likes' }, metric: 'views', count: 10 });
    expect(within(nav).getByRole('button', { name: /Ең көп лайк жинаған аккаунт/ })).toHaveTextContent('Қаралымдар');
  });

  it('adds an audience nomination and a scored one', async () => {
    const { user, save, saved } = await openNominations();
    await user.click(screen.getByRole('button', { name: '+ Көрермен номинациясы' }));
    expect(screen.getByLabelText('Идентификатор')).toHaveValue('audience5');
    expect(screen.getByLabelText('Көрсеткіш')).toHaveValue('likes');
    await user.click(screen.getByRole('button', { name: '+ Номинация қосу' }));
    expect(screen.getByLabelText('Идентификатор')).toHaveValue('nom6');
    expect(criteriaIds()).toEqual(['c1']);
    await save();
    expect(saved().nominations.map((n) => n.id)).toEqual(['main', 'comments', 'likes', 'views', 'audience5', 'nom6']);
  });
});
