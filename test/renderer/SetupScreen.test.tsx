import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SetupScreen } from '../../renderer/screens/setup/SetupScreen';
import { useUi } from '../../renderer/state/ui';
import { CONTEST_ID, videoDefinition } from './data';
import { installBridge, refuse } from './fakeBridge';
import { renderSetup } from './renderSetup';

describe('SetupScreen: loading, general tab and saving', () => {
  it('loads the contest and shows its Kazakh title on the General tab', async () => {
    const { bridge } = await renderSetup();
    expect(bridge.inputsOf('contests:get')).toEqual([{ contestId: CONTEST_ID }]);
    expect(screen.getByRole('heading', { level: 1, name: '«Барлығына рақмет» челленджі' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Жалпы' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Байқау атауы (Қазақша)')).toHaveValue('«Барлығына рақмет» челленджі');
    expect(screen.getByLabelText('Байқау атауы (Орысша)')).toHaveValue('Челлендж «Всем спасибо»');
    expect(screen.getByLabelText('Кезең')).toHaveValue('Республикалық кезең');
    expect(screen.getByLabelText('Хаттама тілі')).toHaveValue('kk');
    expect(screen.queryByText('Сақталмаған өзгерістер бар')).not.toBeInTheDocument();
  });

  it('shows why the contest cannot be loaded', async () => {
    installBridge({ 'contests:get': () => { throw refuse({ code: 'unknownContest' }); } });
    render(<SetupScreen contestId="gone" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('бұл байқау ашылмаған');
  });

  it('marks an edited title as unsaved, saves the edited definition and says so', async () => {
    const { user, bridge, save, saved } = await renderSetup();
    const kkTitle = screen.getByLabelText('Байқау атауы (Қазақша)');
    await user.clear(kkTitle);
    await user.type(kkTitle, '«Барлығына рақмет» республикалық челленджі');

    expect(screen.getByText('Сақталмаған өзгерістер бар')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('«Барлығына рақмет» республикалық челленджі');
    expect(bridge.inputsOf('contests:save')).toEqual([]);

    await save();

    const expected = videoDefinition();
    expected.title = { ...(expected.title as object), kk: '«Барлығына рақмет» республикалық челленджі' };
    expect(bridge.lastInput('contests:save')?.contestId).toBe(CONTEST_ID);
    expect(saved()).toEqual(expected);
    expect(await screen.findByRole('status')).toHaveTextContent('Сақталды');
    expect(screen.queryByText('Сақталмаған өзгерістер бар')).not.toBeInTheDocument();
  });

  it('edits the date, venue, protocol number and protocol language', async () => {
    const { user, save, saved } = await renderSetup();
    // Day first, as dates are written here, whatever the system's own order.
    await user.type(screen.getByLabelText('Күні'), '15.03.2024');
    await user.type(screen.getByLabelText('Өтетін орны'), 'Астана қаласы');
    await user.type(screen.getByLabelText('Хаттама №'), '3');
    await user.selectOptions(screen.getByLabelText('Хаттама тілі'), 'Русский');
    await save();
    expect(saved()).toMatchObject({ date: '2024-03-15', venue: 'Астана қаласы', protocolNumber: '3', language: 'ru' });
  });

  it('does not save while the date is not a real date, and says which field', async () => {
    const { user, bridge, openTab } = await renderSetup();
    await user.type(screen.getByLabelText('Күні'), '31.02.2024');
    await openTab('Қазылар алқасы');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    // Back to the tab with the date, the cursor in it.
    await waitFor(() => expect(screen.getByLabelText('Күні')).toHaveFocus());
    expect(useUi.getState().notice?.text).toBe('«Күні»: күн дұрыс жазылмаған, ештеңе сақталмады.');
    expect(bridge.inputsOf('contests:save')).toEqual([]);
    expect(screen.getByText('Мұндай күн жоқ: 31.02.2024')).toHaveAttribute('role', 'alert');
  });

  it('adds an age group with a Kazakh name', async () => {
    const { user, save, saved } = await renderSetup();
    await user.click(screen.getByRole('button', { name: 'Жас санатын қосу' }));
    await user.type(screen.getByLabelText('Атауы (Қазақша)'), '5–6 жас');
    await save();
    expect(saved().ageGroups).toEqual([{ id: 'age1', name: { kk: '5–6 жас' } }]);
  });

  it('names the field of a refused save and keeps the draft unsaved', async () => {
    const { user, save } = await renderSetup(videoDefinition(), {
      'contests:save': () => {
        throw refuse({ code: 'positive', field: 'nominations[0].criteria[0].max', params: { value: 0 } });
      },
    });
    await user.type(screen.getByLabelText('Кезең'), ' (қайта)');
    await save();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Түзетуді қажет ететін жайттар');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('1-номинация, 1-өлшемшарт, ең жоғары балл: 0-ден үлкен болуы керек (қазір 0)');
    expect(screen.getByText('Сақталмаған өзгерістер бар')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // The screen turns to the tab where that field is edited.
    expect(screen.getByRole('tab', { name: 'Номинациялар' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Ең жоғары балл 1')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Жалпы' }));
    expect(screen.getByLabelText('Кезең')).toHaveValue('Республикалық кезең (қайта)');
  });

  it('clears the problems after a later save succeeds', async () => {
    let refuseSave = true;
    const { save } = await renderSetup(videoDefinition(), {
      'contests:save': ({ definition }) => {
        if (refuseSave) throw refuse({ code: 'oneChair', field: 'jury', params: { count: 2 } });
        return definition as ReturnType<typeof videoDefinition>;
      },
    });
    await save();
    expect(await screen.findByRole('alert')).toHaveTextContent('қазылар алқасы: төраға саны 2; төраға біреу болуы керек');
    refuseSave = false;
    await save();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Сақталды');
  });

  it('exports contest.json and reports where it went', async () => {
    const { user, bridge } = await renderSetup(videoDefinition(), { 'contests:exportDefinition': () => '/home/organiser/contest.json' });
    await user.click(screen.getByRole('button', { name: 'contest.json ретінде сақтау…' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Сақталды: /home/organiser/contest.json');
    expect(bridge.inputsOf('contests:exportDefinition')).toEqual([{ contestId: CONTEST_ID }]);
  });
});
