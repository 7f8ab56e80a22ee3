import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportScreen } from '../../renderer/screens/import/ImportScreen';
import { useUi } from '../../renderer/state/ui';
import type { ColumnMapping } from '../../shared/entries/mapping';
import type { ImportPreview } from '../../shared/ipc/types';
import type { Problem } from '../../shared/problem';
import { CONTEST_ID, FORM_HEADERS, preview } from './data';
import { installBridge, refuse, type Handlers } from './fakeBridge';

const LIKES_PROBLEM: Problem = { code: 'notWholeNumber', file: 'entries.csv', row: 7, column: 'Лайктар саны', params: { value: '12a', field: 'likes' } };
const refused = (): ImportPreview['outcome'] => ({ ok: false, problems: [LIKES_PROBLEM], more: 0 });

/** import:preview answers with the mapping it was given (or the suggestion), and `outcome`. */
async function renderImport(outcome: (mapping: ColumnMapping) => ImportPreview['outcome'] = () => preview().outcome, more: Handlers = {}) {
  const user = userEvent.setup();
  const bridge = installBridge({
    'import:choose': () => ({ fileToken: 't1', fileName: 'entries.csv' }),
    'import:preview': ({ mapping }) => {
      const m = mapping ?? preview().mapping;
      return preview({ mapping: m, mappingOrigin: mapping ? 'given' : 'suggested', outcome: outcome(m) });
    },
    'import:commit': () => ({ fileName: 'entries.csv', added: 125, updated: 0, unchanged: 0 }),
    ...more,
  });
  render(<ImportScreen contestId={CONTEST_ID} />);
  const choose = async () => {
    await user.click(screen.getByRole('button', { name: 'Файлды таңдау…' }));
    await screen.findByRole('heading', { name: 'Бағандарды сәйкестендіру' });
  };
  return { user, bridge, choose };
}
const select = (header: string) => screen.getByRole('combobox', { name: header });

describe('ImportScreen', () => {
  it('starts with the intro and a choose button', () => {
    installBridge({});
    render(<ImportScreen contestId={CONTEST_ID} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Жұмыстарды импорттау' })).toBeInTheDocument();
    expect(screen.getByText(/Google Forms жауаптарын CSV немесе XLSX/)).toBeInTheDocument();
  });

  it('previews the chosen file: facts, one select per header with the suggested field', async () => {
    const { bridge, choose } = await renderImport();
    await choose();
    expect(bridge.inputsOf('import:choose')).toEqual([{ contestId: CONTEST_ID }]);
    expect(bridge.inputsOf('import:preview')).toEqual([{ contestId: CONTEST_ID, fileToken: 't1' }]);

    expect(screen.getByText('entries.csv')).toBeInTheDocument();
    expect(screen.getByText('125 жол')).toBeInTheDocument();
    expect(screen.getByText('Кодтау: UTF-8')).toBeInTheDocument();
    expect(screen.getByText('Бөлгіш: «,»')).toBeInTheDocument();
    expect(screen.getByText('Ұсынылған сәйкестік — тексеріңіз')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Басқа файл…' })).toBeInTheDocument();

    const table = screen.getByRole('table');
    const firstCells = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0].textContent);
    expect(firstCells).toEqual(FORM_HEADERS);
    expect(within(table).getAllByRole('combobox')).toHaveLength(FORM_HEADERS.length);
    expect(select('Қатысушының аты-жөні')).toHaveValue('participant');
    expect(select('Өңір')).toHaveValue('region');
    expect(select('Лайктар саны')).toHaveValue('likes');
    expect(within(select('Лайктар саны')).getByRole('option', { selected: true })).toHaveTextContent('Лайктар');
    // A few values of each column help recognise it.
    expect(within(table).getByText('Ғаниева Ғалым')).toBeInTheDocument();
  });

  it('re-checks the file with the new mapping when a column is changed', async () => {
    const { user, bridge, choose } = await renderImport();
    await choose();
    await user.selectOptions(select('Электрондық пошта мекенжайы'), '— елемеу —');

    await waitFor(() => expect(bridge.inputsOf('import:preview')).toHaveLength(2));
    const expected = [...preview().mapping];
    expected[1] = null;
    expect(bridge.lastInput('import:preview')).toEqual({ contestId: CONTEST_ID, fileToken: 't1', mapping: expected });
    expect(await screen.findByText('Сіздің сәйкестігіңіз')).toBeInTheDocument();
    expect(select('Электрондық пошта мекенжайы')).toHaveValue('');
  });

  it('releases a field from the column that had it when another column takes it', async () => {
    const { user, bridge, choose } = await renderImport();
    await choose();
    // The organisation column is chosen as the participant: the name column is released.
    await user.selectOptions(select('Мектепке дейінгі ұйымның атауы'), 'Қатысушы');

    await waitFor(() => expect(bridge.inputsOf('import:preview')).toHaveLength(2));
    const sent = bridge.lastInput('import:preview')?.mapping ?? [];
    expect(sent[2]).toBeNull();
    expect(sent[3]).toBe('participant');
    expect(sent.filter((f) => f === 'participant')).toHaveLength(1);
    await waitFor(() => expect(select('Қатысушының аты-жөні')).toHaveValue(''));
    expect(select('Мектепке дейінгі ұйымның атауы')).toHaveValue('participant');
  });

  it('imports when every row is valid, then offers the registry', async () => {
    const { user, bridge, choose } = await renderImport();
    await choose();
    expect(screen.getByText('Импортқа дайын: 125 жаңа, 0 өзгерген, 0 өзгеріссіз')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Импорттау' }));

    expect(await screen.findByText('entries.csv: 125 жаңа, 0 жаңартылды, 0 өзгеріссіз')).toBeInTheDocument();
    expect(bridge.inputsOf('import:commit')).toEqual([{ contestId: CONTEST_ID, fileToken: 't1', mapping: preview().mapping }]);
    expect(screen.queryByRole('heading', { name: 'Бағандарды сәйкестендіру' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Тізілімге өту' }));
    expect(useUi.getState().route).toEqual({ name: 'registry', contestId: CONTEST_ID });
  });

  it('commits the mapping the organiser chose, not the suggested one', async () => {
    const { user, bridge, choose } = await renderImport();
    await choose();
    await user.selectOptions(select('Уақыт белгісі'), '— елемеу —');
    await waitFor(() => expect(select('Уақыт белгісі')).toHaveValue(''));
    await user.click(screen.getByRole('button', { name: 'Импорттау' }));
    await screen.findByText(/125 жаңа, 0 жаңартылды/);
    expect(bridge.lastInput('import:commit')?.mapping[0]).toBeNull();
  });

  it('refuses a file with a bad row, naming the row and the column, with no Import button', async () => {
    const { choose } = await renderImport(refused);
    await choose();
    expect(screen.getByText('Файл импортталмайды: қателерді түзетіп, қайта сақтаңыз. Ештеңе өзгерген жоқ.')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    const item = within(alert).getByRole('listitem');
    expect(item).toHaveTextContent('жол 7');
    expect(item).toHaveTextContent('Лайктар саны');
    expect(item).toHaveTextContent('entries.csv, жол 7, баған «Лайктар саны»: «12a» — 0-ден кем емес бүтін сан емес');
    expect(screen.queryByRole('button', { name: 'Импорттау' })).not.toBeInTheDocument();
  });

  it('counts the problems that are not listed', async () => {
    const { choose } = await renderImport(() => ({ ok: false, problems: [LIKES_PROBLEM], more: 12 }));
    await choose();
    expect(screen.getByText('Тағы 12 қате көрсетілмеді')).toBeInTheDocument();
  });

  it('becomes importable once the bad column is ignored', async () => {
    const { user, choose } = await renderImport((m) => (m[9] === 'likes' ? refused() : { ok: true, counts: { added: 125, updated: 0, unchanged: 0 } }));
    await choose();
    expect(screen.queryByRole('button', { name: 'Импорттау' })).not.toBeInTheDocument();
    await user.selectOptions(select('Лайктар саны'), '— елемеу —');
    expect(await screen.findByRole('button', { name: 'Импорттау' })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does nothing when the dialog is cancelled', async () => {
    const user = userEvent.setup();
    const bridge = installBridge({ 'import:choose': () => null });
    render(<ImportScreen contestId={CONTEST_ID} />);
    await user.click(screen.getByRole('button', { name: 'Файлды таңдау…' }));
    await waitFor(() => expect(bridge.inputsOf('import:choose')).toHaveLength(1));
    expect(bridge.inputsOf('import:preview')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Файлды таңдау…' })).toBeEnabled();
  });

  it('names the file when it cannot be read at all', async () => {
    const { user } = await renderImport(undefined, {
      'import:preview': () => {
        throw refuse({ code: 'invalidUtf8', file: 'entries.csv', params: { offset: 1042 } });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Файлды таңдау…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('entries.csv: UTF-8 мәтіні емес (1042-байт)');
  });

  it('shows the sheet for an XLSX file', async () => {
    const { choose } = await renderImport(undefined, {
      'import:preview': () => preview({ fileName: 'entries.xlsx', source: { kind: 'xlsx', sheet: 'Form Responses 1' }, mappingOrigin: 'remembered' }),
    });
    await choose();
    expect(screen.getByText('XLSX, бірінші парақ')).toBeInTheDocument();
    expect(screen.getByText('Алдыңғы импорттан есте сақталған')).toBeInTheDocument();
  });
});
