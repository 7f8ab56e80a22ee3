import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../shared/ipc/types';
import { CONTEST_ID } from './data';
import { refuse } from './fakeBridge';
import { grid, renderRegistry } from './renderRegistry';

/** Opens entry `id` from the keyboard: focus the table, then ArrowDown until it is selected. */
async function openWithKeyboard(setup: Awaited<ReturnType<typeof renderRegistry>>, presses: number) {
  act(() => screen.getByTestId('registry-scroll').focus());
  await setup.user.keyboard('{ArrowDown}'.repeat(presses));
  return screen.getByRole('complementary');
}

describe('EntryPanel (in the registry)', () => {
  it('shows the entry: who, where, its link and status', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    expect(panel).toHaveAccessibleName('№ 1 жұмыс');
    expect(within(panel).getByText('Өмірбеков Ұлан')).toBeInTheDocument();
    expect(within(panel).getByText('№12 мектеп-гимназия')).toBeInTheDocument();
    expect(within(panel).getByText('https://www.instagram.com/reel/C1a/')).toBeInTheDocument();
    expect(within(panel).getByText('Қабылданды')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Медиафайлды ашу' })).toBeDisabled();
    expect(within(panel).queryByRole('button', { name: 'Қайта қабылдау' })).not.toBeInTheDocument();
  });

  it('disqualifies with a reason, sends the decision and shows the new status', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    await setup.user.type(within(panel).getByLabelText('Себебі'), 'Бейне басқа байқауға жіберілген');
    await setup.user.click(within(panel).getByRole('button', { name: 'Қатысуға қабылдамау' }));

    expect(setup.bridge.inputsOf('entries:decide')).toEqual([
      { contestId: CONTEST_ID, ids: ['1'], decision: 'disqualified', reason: 'Бейне басқа байқауға жіберілген' },
    ]);
    await waitFor(() => expect(within(panel).getByText('Қатысуға қабылданбады')).toBeInTheDocument());
    expect(within(panel).getByText('«Бейне басқа байқауға жіберілген»')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Себебі')).toHaveValue('');
    // The pressed button gave way to its opposite, which has the keyboard now.
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Қайта қабылдау' })).toHaveFocus());
    expect(within(panel).queryByRole('button', { name: 'Қатысуға қабылдамау' })).not.toBeInTheDocument();
    // The list was reloaded and the history asked again.
    expect(setup.bridge.inputsOf('entries:list').length).toBeGreaterThanOrEqual(2);
    expect(setup.bridge.inputsOf('audit:list')).toContainEqual({ contestId: CONTEST_ID, entryId: '1' });
    expect(screen.getByText('6 / 6 жұмыс')).toBeInTheDocument();
  });

  it('explains that a reason is needed when it is left empty', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    await setup.user.click(within(panel).getByRole('button', { name: 'Қатысуға қабылдамау' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('себебін көрсетіңіз');
    expect(within(panel).getByText('Қабылданды')).toBeInTheDocument();
    expect(setup.rows[0].decision).toBeNull();

    // A reason given afterwards clears the message.
    await setup.user.type(within(panel).getByLabelText('Себебі'), 'Көшірме');
    await setup.user.click(within(panel).getByRole('button', { name: 'Қатысуға қабылдамау' }));
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('reinstates a flagged entry and clears a decision', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 2);
    expect(panel).toHaveAccessibleName('№ 2 жұмыс');
    await setup.user.type(within(panel).getByLabelText('Себебі'), 'Ұзақтығы титрмен бірге есептелген');
    await setup.user.click(within(panel).getByRole('button', { name: 'Қайта қабылдау' }));
    await waitFor(() => expect(within(panel).getByText('Қайта қабылданды')).toBeInTheDocument());

    await setup.user.type(within(panel).getByLabelText('Себебі'), 'Қате шешім');
    await setup.user.click(within(panel).getByRole('button', { name: 'Шешімді алып тастау' }));
    expect(setup.bridge.lastInput('entries:decide')).toEqual({ contestId: CONTEST_ID, ids: ['2'], decision: null, reason: 'Қате шешім' });
    await waitFor(() => expect(within(panel).getByText('Тексеру қажет')).toBeInTheDocument());
  });

  it('opens the link in the browser', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    await setup.user.click(within(panel).getByRole('button', { name: 'Сілтемені браузерде ашу' }));
    expect(setup.bridge.inputsOf('entries:openLink')).toEqual([{ contestId: CONTEST_ID, id: '1' }]);
  });

  it('names an unsafe link that the main process refuses to open', async () => {
    const setup = await renderRegistry({ 'entries:openLink': () => { throw refuse({ code: 'unsafeLink', params: { value: 'javascript:alert(1)' } }); } });
    const panel = await openWithKeyboard(setup, 1);
    await setup.user.click(within(panel).getByRole('button', { name: 'Сілтемені браузерде ашу' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('«javascript:alert(1)» — веб-сілтеме емес (http не https)');
  });

  it('cannot open a link the entry does not have', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 3);
    expect(panel).toHaveAccessibleName('№ 3 жұмыс');
    expect(within(panel).getByRole('button', { name: 'Сілтемені браузерде ашу' })).toBeDisabled();
  });

  it('corrects the participant in the data form and saves the patch', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    const participant = within(panel).getByLabelText('Қатысушы');
    expect(participant).toHaveValue('Өмірбеков Ұлан');
    await setup.user.clear(participant);
    await setup.user.type(participant, 'Өмірбеков Ұлан Серікұлы');
    await setup.user.click(within(panel).getByRole('button', { name: 'Сақтау' }));

    const sent = setup.bridge.lastInput('entries:update');
    expect(sent).toMatchObject({ contestId: CONTEST_ID, id: '1' });
    expect(sent?.patch).toEqual({
      nomination: 'main',
      participant: 'Өмірбеков Ұлан Серікұлы',
      organisation: '№12 мектеп-гимназия',
      region: 'Түркістан облысы',
      age_group: null,
      link: 'https://www.instagram.com/reel/C1a/',
      media: null,
      hashtag: '#Барлығына рақмет',
      email: null,
      likes: 214,
      comments: null,
      views: 8869,
      followers: 300,
      duration: 40,
    });
    await waitFor(() => expect(within(grid()).getByText('Өмірбеков Ұлан Серікұлы')).toBeInTheDocument());
  });

  it('saves the data form with Enter, numbers as numbers and emptied fields as null', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    await setup.user.clear(within(panel).getByLabelText('Өңір'));
    const likes = within(panel).getByLabelText('Лайктар');
    await setup.user.clear(likes);
    await setup.user.type(likes, '250{Enter}');
    expect(setup.bridge.lastInput('entries:update')?.patch).toMatchObject({ region: null, likes: 250 });
  });

  // Regression (fixed): EntryEditor saves an emptied hashtag as null ("the file had no hashtag column", never
  // screened) unless it was already ''. Import stores an empty hashtag cell as '', which the
  // hashtag rule flags; clearing it by hand should do the same, not switch the rule off.
  it('keeps an emptied hashtag as "" so the hashtag rule still flags the entry', async () => {
    const setup = await renderRegistry();
    const panel = await openWithKeyboard(setup, 1);
    await setup.user.clear(within(panel).getByLabelText('Хэштег'));
    await setup.user.click(within(panel).getByRole('button', { name: 'Сақтау' }));
    await waitFor(() => expect(setup.bridge.inputsOf('entries:update')).toHaveLength(1));
    expect(setup.bridge.lastInput('entries:update')?.patch.hashtag).toBe('');
    await waitFor(() => expect(within(panel).getByText('#Барлығына рақмет хэштегі жоқ')).toBeInTheDocument());
  });

  it('shows the history of the entry, newest first', async () => {
    const history: AuditRecord[] = [
      { id: 2, at: '2024-03-02T09:30:00.000Z', actor: 'Ұйымдастырушы', action: 'disqualify', entryId: '4', reason: 'Аккаунт жабық', details: { previous: null } },
      { id: 1, at: '2024-03-01T08:00:00.000Z', actor: 'Ұйымдастырушы', action: 'import', entryId: '4', reason: null, details: null },
    ];
    const setup = await renderRegistry({ 'audit:list': ({ entryId }) => (entryId === '4' ? history : []) });
    const panel = await openWithKeyboard(setup, 4);
    const section = (await within(panel).findByRole('heading', { name: 'Өзгерістер тарихы' })).closest('section') as HTMLElement;
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    const [latest, first] = within(section).getAllByRole('listitem');
    expect(latest).toHaveTextContent('Қабылданбады');
    expect(latest).toHaveTextContent('«Аккаунт жабық»');
    expect(first).toHaveTextContent('Импорт');
  });
});
