import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MergeScreen } from '../../../renderer/screens/merge/MergeScreen';
import type { MergeOutcome, MergeReport } from '../../../shared/ipc/mergeTypes';
import type { Completeness } from '../../../shared/merge/completeness';
import { installBridge, type Handlers } from '../fakeBridge';
import { CONTEST, completenessOf, FP_J1, FP_J1_NEW, mainEntries, mergeStatus, thanksDetails } from './mergeFixture';

const report = (outcomes: MergeOutcome[]): MergeReport => {
  const count = (k: MergeOutcome['kind']) => outcomes.filter((o) => o.kind === k).length;
  return { outcomes, merged: count('merged'), alreadyMerged: count('alreadyMerged'), olderIgnored: count('olderIgnored'), refused: count('refused') };
};
const merged = (file: string, juror: string, over: Partial<Extract<MergeOutcome, { kind: 'merged' }>> = {}): MergeOutcome => ({
  kind: 'merged', file, juror, revision: 2, scores: 750, missing: 0, sha256: 'c'.repeat(64), fingerprint: FP_J1, replacedRevision: 1, replacedPaper: [], newKey: null, ...over,
});

const ENTRIES = mainEntries(6);
/** j1 scored everything, j2 entries 1–3 (entry 3 in part), j3 recused from 1; j4, j5 nothing. */
const SOME: Completeness = completenessOf(ENTRIES, { j1: Object.fromEntries(ENTRIES.map((e) => [e.id, 6])), j2: { 1: 6, 2: 6, 3: 2 } }, { j3: ['1'] });

function setup(more: Handlers = {}, data: Completeness = SOME) {
  const bridge = installBridge({
    'contests:get': () => thanksDetails(),
    'merge:status': () => mergeStatus(),
    'merge:completeness': () => data,
    'entries:list': () => ENTRIES,
    ...more,
  });
  const user = userEvent.setup();
  render(<MergeScreen contestId={CONTEST} />);
  return { bridge, user };
}

describe('MergeScreen: juror files', () => {
  it('says what became of each chosen file in plain words, naming every problem and the file', async () => {
    const { bridge, user } = setup({
      'merge:choose': () =>
        report([
          merged('j1.juryscores', 'j1', { replacedPaper: [{ by: 'Хатшы Сәуле', marks: 12 }] }),
          { kind: 'alreadyMerged', file: 'j2.juryscores', juror: 'j2', revision: 1 },
          { kind: 'olderIgnored', file: 'j3-old.juryscores', juror: 'j3', revision: 1, current: 2 },
          { kind: 'refused', file: 'фото.jpg', problems: [{ code: 'notJurorFile', file: 'фото.jpg' }] },
        ]),
    });
    await user.click(await screen.findByRole('button', { name: 'Файлдарды таңдау…' }));
    expect(bridge.lastInput('merge:choose')).toEqual({ contestId: CONTEST, folder: false });
    const lines = await screen.findAllByRole('listitem');
    const text = lines.map((l) => l.textContent);
    expect(text[0]).toContain('j1.juryscores');
    expect(text[0]).toContain('Оспанова Нұрсұлу Бекқызы — 2-нұсқа біріктірілді: 750 баға, толық бағаланбаған жұмыс: 0');
    expect(text[0]).toContain('1-нұсқаның орнын басты');
    expect(text[0]).toContain('Хатшы Сәуле қағаздан енгізген 12 белгінің орнына қазының өз файлы алынды');
    expect(text[1]).toContain('бұрын біріктірілген (Жұмаділдаева Нұргүл Васильевна, 1-нұсқа): ештеңе өзгерген жоқ');
    expect(text[2]).toContain('ескерілмеді: бұл Мамбетова Нұрзада Үсенқызы қазысының 1-нұсқасы, ал 2-нұсқасы біріктіріліп қойған');
    expect(text[3]).toContain('қабылданбады, одан ештеңе алынған жоқ');
    expect(screen.getByText('фото.jpg: Jury бағалау файлы емес')).toBeInTheDocument();
    expect(screen.getByText('біріктірілді: 1 · бұрын біріктірілген: 1 · ескі нұсқа: 1 · қабылданбады: 1')).toBeInTheDocument();
    // The table and completeness are read again after the merge.
    expect(bridge.inputsOf('merge:status')).toHaveLength(2);
    expect(bridge.inputsOf('merge:completeness')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Қалтаны таңдау…' }));
    expect(bridge.lastInput('merge:choose')).toEqual({ contestId: CONTEST, folder: true });
  });

  it('sends the bytes of dropped files, never a path', async () => {
    const { bridge } = setup({ 'merge:dropped': (input) => report(input.files.map((f) => merged(f.name, 'j1'))) });
    const zone = await screen.findByTestId('drop-zone');
    const j1 = new File([new Uint8Array([74, 85, 82, 89, 1, 2, 3])], 'j1 — 2.juryscores');
    const j2 = new File(['JURY-SCORES/1 …'], 'j2.juryscores');
    fireEvent.dragOver(zone, { dataTransfer: { files: [j1, j2], dropEffect: 'none' } });
    expect(zone).toHaveClass('over');
    fireEvent.drop(zone, { dataTransfer: { files: [j1, j2] } });
    await waitFor(() => expect(bridge.inputsOf('merge:dropped')).toHaveLength(1));
    const sent = bridge.lastInput('merge:dropped')!;
    expect(sent.contestId).toBe(CONTEST);
    expect(sent.files.map((f) => f.name)).toEqual(['j1 — 2.juryscores', 'j2.juryscores']);
    expect(Object.prototype.toString.call(sent.files[0].bytes)).toBe('[object Uint8Array]');
    expect([...sent.files[0].bytes]).toEqual([74, 85, 82, 89, 1, 2, 3]);
    expect(new TextDecoder().decode(sent.files[1].bytes)).toBe('JURY-SCORES/1 …');
    expect(Object.keys(sent.files[0]).sort()).toEqual(['bytes', 'name']);
    await screen.findByText('j1 — 2.juryscores');
    expect(zone).not.toHaveClass('over');
  });

  it('takes a dropped folder (a USB stick) as the juror files directly inside it, hidden files skipped', async () => {
    const { bridge } = setup({ 'merge:dropped': (input) => report(input.files.map((f) => merged(f.name, 'j1'))) });
    const zone = await screen.findByTestId('drop-zone');
    const fileEntry = (name: string, text = name) => ({ name, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => ok(new File([text], name)) });
    const folder = (name: string, children: unknown[]) => {
      let given = false;
      return { name, isFile: false, isDirectory: true, createReader: () => ({ readEntries: (ok: (e: unknown[]) => void) => ok(given ? [] : ((given = true), children)) }) };
    };
    const item = (entry: unknown) => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => null });
    const usb = folder('JURY', [fileEntry('j2.juryscores'), fileEntry('._j1.juryscores'), fileEntry('notes.txt'), fileEntry('j1.juryscores')]);
    fireEvent.drop(zone, { dataTransfer: { files: [], items: [item(usb), item(folder('Бос қалта', []))] } });
    await waitFor(() => expect(bridge.inputsOf('merge:dropped')).toHaveLength(1));
    expect(bridge.lastInput('merge:dropped')!.files.map((f) => f.name)).toEqual(['j1.juryscores', 'j2.juryscores']);
    // A folder with no juror file is said so, by its name, without asking the main process.
    await screen.findByText('Бос қалта: .juryscores файлдары жоқ');
    expect(screen.getByText('біріктірілді: 2 · бұрын біріктірілген: 0 · ескі нұсқа: 0 · қабылданбады: 1')).toBeInTheDocument();
  });

  it('is usable by keyboard: the drop zone takes the focus and opens the file dialog on Enter or Space', async () => {
    const { bridge, user } = setup({ 'merge:choose': () => null });
    await screen.findByTestId('drop-zone');
    await user.tab(); // the button to the paper sheets
    await user.tab(); // the tabs
    while (document.activeElement !== screen.getByTestId('drop-zone')) await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bridge.inputsOf('merge:choose')).toEqual([{ contestId: CONTEST, folder: false }]));
    await user.keyboard(' ');
    await waitFor(() => expect(bridge.inputsOf('merge:choose')).toHaveLength(2));
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Файлдарды таңдау…');
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Қалтаны таңдау…');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bridge.lastInput('merge:choose')).toEqual({ contestId: CONTEST, folder: true }));
  });

  it('shows both fingerprints of a second key and accepts it only once the organiser says they checked with the juror', async () => {
    const conflict: MergeOutcome = {
      kind: 'refused',
      file: 'j1-new.juryscores',
      problems: [{ code: 'secondJurorKey', file: 'j1-new.juryscores', params: { juror: 'j1', fingerprint: FP_J1_NEW, expected: FP_J1 } }],
      keyConflict: { juror: 'j1', fingerprint: FP_J1_NEW, expected: FP_J1 },
      retryToken: 'retry-1',
    };
    const { bridge, user } = setup({
      'merge:choose': () => report([conflict]),
      'merge:acceptKey': () => report([merged('j1-new.juryscores', 'j1', { revision: 3, fingerprint: FP_J1_NEW, newKey: { fingerprint: FP_J1_NEW, previous: FP_J1 } })]),
    });
    await user.click(await screen.findByRole('button', { name: 'Файлдарды таңдау…' }));
    const box = await screen.findByRole('group', { name: /файлға басқа кілтпен қол қойылған/ });
    expect(within(box).getByTestId('known-fingerprint')).toHaveTextContent(FP_J1);
    expect(within(box).getByTestId('new-fingerprint')).toHaveTextContent(FP_J1_NEW);
    expect(box).toHaveTextContent('Қазыға телефон соғып');
    const accept = within(box).getByRole('button', { name: 'Жаңа кілтті қабылдау' });
    expect(accept).toBeDisabled();
    await user.click(within(box).getByRole('checkbox', { name: /Саусақ ізін қазымен \(Оспанова Нұрсұлу Бекқызы\) телефон арқылы салыстырдым/ }));
    await user.click(accept);
    expect(bridge.lastInput('merge:acceptKey')).toEqual({ contestId: CONTEST, retryToken: 'retry-1', jurorId: 'j1' });
    await screen.findByText(`Жаңа кілт қабылданды: ${FP_J1_NEW} (бұрынғысы: ${FP_J1})`);
    expect(screen.queryByRole('group', { name: /басқа кілтпен/ })).not.toBeInTheDocument();
  });

  it('a key conflict of an earlier merge asks for the file again: the main process only keeps the newest merge’s files', async () => {
    let n = 0;
    const conflict = (token: string): MergeOutcome => ({ kind: 'refused', file: 'j1-new.juryscores', problems: [], keyConflict: { juror: 'j1', fingerprint: FP_J1_NEW, expected: FP_J1 }, retryToken: token });
    const { user } = setup({ 'merge:choose': () => report([conflict(`t${++n}`)]) });
    await user.click(await screen.findByRole('button', { name: 'Файлдарды таңдау…' }));
    await screen.findByRole('button', { name: 'Жаңа кілтті қабылдау' });
    await user.click(screen.getByRole('button', { name: 'Файлдарды таңдау…' }));
    await waitFor(() => expect(screen.getAllByRole('group', { name: /басқа кілтпен/ })).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: 'Жаңа кілтті қабылдау' })).toHaveLength(1);
    expect(screen.getByText('Бұл кілтті қабылдау үшін файлды қайта таңдаңыз немесе сүйреп әкеліңіз.')).toBeInTheDocument();
  });

  it('lists each juror: revision, key fingerprint, scores, when, from a file or from paper', async () => {
    setup();
    const table = await screen.findByRole('table');
    const row = (id: string) => table.querySelector(`tr[data-juror="${id}"]`) as HTMLElement;
    await waitFor(() => expect(row('j1')).toBeTruthy());
    expect(row('j1')).toHaveTextContent('Қол қойылған файл');
    expect(row('j1')).toHaveTextContent('2-нұсқа');
    // The fingerprint in two lines of four groups, to read out over the phone.
    expect(row('j1').querySelector('code')).toHaveAttribute('title', FP_J1);
    expect([...row('j1').querySelectorAll('code > span')].map((l) => l.textContent)).toEqual(['3F2A 91C0 77BE 0D41', '5A6C E812 09FF 1B2C']);
    expect(row('j1')).toHaveTextContent('750');
    expect(row('j1')).toHaveTextContent('біріктірілді:');
    expect(row('j1')).toHaveTextContent('Әбдікәрімова Әсемгүл');
    expect(row('j1')).toHaveTextContent('6 / 6');
    // j2 has marks but no file: typed from paper. j4 has nothing yet. The secretary does not score.
    expect(row('j2')).toHaveTextContent('Қағаздан');
    expect(row('j2')).toHaveTextContent('2 / 6');
    expect(row('j4')).toHaveTextContent('Әлі жоқ');
    expect(table.querySelector('tr[data-juror="s1"]')).toBeNull();
    expect(screen.getByText('Бұрынғы нұсқалар (1)')).toBeInTheDocument();
  });

  it('says the results would be preliminary while something is missing', async () => {
    setup();
    const summary = await screen.findByTestId('completeness-summary');
    expect(summary).toHaveTextContent('Нәтижені қазір де есептеуге болады, бірақ ол алдын ала деп белгіленеді');
    expect(summary).toHaveTextContent('Бағалау әлі аяқталмаған.');
    expect(summary).not.toHaveTextContent('Ешбір қазы толық бағаламаған жұмыс');
    expect(summary).toHaveTextContent('бағасы жоқ: 20');
  });
});

describe('MergeScreen: the completeness matrix', () => {
  it('counts per juror and per nomination, the entries nobody has fully scored, and filters to missing or incomplete', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Толықтық кестесі' }));
    const counts = await screen.findByTestId('nomination-counts');
    // 6 entries × 5 jurors = 30 cells: j1 6, j2 2 scored + 1 incomplete, j3 1 recused.
    expect(counts).toHaveTextContent('Бейнеролик: 6 жұмыс × 5 қазы.');
    expect(counts).toHaveTextContent('толық: 8');
    expect(counts).toHaveTextContent('толық емес: 1');
    expect(counts).toHaveTextContent('бағасы жоқ: 20');
    expect(counts).toHaveTextContent('бас тартқан: 1');
    expect(screen.getByTestId('unscored-entries')).toHaveTextContent('Әр жұмысты кемінде бір қазы толық бағалады.');
    const jurors = screen.getAllByRole('table')[0];
    const j2 = jurors.querySelector('tr[data-juror="j2"]')!;
    expect([...j2.querySelectorAll('td')].slice(2, 6).map((c) => c.textContent)).toEqual(['2', '1', '3', '0']);

    const grid = screen.getByRole('grid');
    const shown = () => within(grid).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent);
    expect(shown()).toEqual(['1', '2', '3', '4', '5', '6']);
    await user.click(screen.getByRole('button', { name: 'Толық еместер' }));
    expect(shown()).toEqual(['3']);
    expect(screen.getByTestId('matrix-count')).toHaveTextContent('1 / 6 жұмыс');
    const row3 = within(grid).getAllByRole('row')[1];
    expect(within(row3).getAllByRole('gridcell').map((c) => c.getAttribute('aria-label')).slice(1, 3)).toEqual(['Оспанова Нұрсұлу Бекқызы: толық', 'Жұмаділдаева Нұргүл Васильевна: толық емес']);
    await user.click(screen.getByRole('button', { name: 'Бағасы жоқтар' }));
    expect(shown()).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('lists entries nobody has fully scored', async () => {
    const entries = ENTRIES;
    const { user } = setup({}, completenessOf(entries, { j1: { 1: 6, 2: 3 }, j2: { 1: 6 } }));
    await user.click(await screen.findByRole('tab', { name: 'Толықтық кестесі' }));
    expect(await screen.findByTestId('unscored-entries')).toHaveTextContent('Ешбір қазы толық бағаламаған жұмыс: 5');
    expect(screen.getByTestId('completeness-summary')).toHaveTextContent('Ешбір қазы толық бағаламаған жұмыс: 5.');
    await user.click(screen.getByRole('button', { name: 'Ешкім толық бағаламаған' }));
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2', '3', '4', '5', '6']);
  });

  it('stays fast with 10,000 entries × 15 jurors: counts at once, only the rows in view in the page', async () => {
    const def = thanksDetails().definition;
    def.jury = Array.from({ length: 15 }, (_, i) => ({ id: `j${i + 1}`, name: `Қазы ${i + 1}`, role: i === 0 ? ('chair' as const) : ('member' as const) }));
    const entries = mainEntries(10_000);
    const scored: Record<string, Record<string, number>> = {};
    for (let j = 1; j <= 15; j++) scored[`j${j}`] = Object.fromEntries(entries.filter((_, i) => (i + j) % 7 !== 0).map((e, i) => [e.id, i % 11 === 0 ? 3 : 6]));
    const data = completenessOf(entries, scored, {}, def);
    installBridge({ 'contests:get': () => thanksDetails(def), 'merge:status': () => ({ keys: [], files: [] }), 'merge:completeness': () => data, 'entries:list': () => entries });
    const user = userEvent.setup();
    render(<MergeScreen contestId={CONTEST} />);
    await user.click(await screen.findByRole('tab', { name: 'Толықтық кестесі' }));
    const started = performance.now();
    await screen.findByTestId('nomination-counts');
    expect(screen.getByTestId('nomination-counts')).toHaveTextContent('10000 жұмыс × 15 қазы');
    const grid = screen.getByRole('grid');
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(5));
    expect(within(grid).getAllByRole('row').length).toBeLessThan(60);
    await user.click(screen.getByRole('button', { name: 'Бағасы жоқтар' }));
    expect(Number(screen.getByTestId('matrix-count').textContent!.split(' / ')[0])).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);
    // Each juror's strip stands for all 10,000 entries in at most 120 segments.
    expect(document.querySelectorAll('tr[data-juror="j1"] .strip-seg')).toHaveLength(120);
  });
});
