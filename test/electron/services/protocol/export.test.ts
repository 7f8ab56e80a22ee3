import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contestResults } from '../../../../electron/services/results';
import { exportProtocol } from '../../../../electron/services/protocol/exportProtocol';
import { verifyProtocolFile } from '../../../../electron/services/protocol/verifyFile';
import { localize } from '../../../../shared/contest/localized';
import { isScored } from '../../../../shared/contest/model';
import { problemsOfAsync, randomKeys, flipByte } from '../../helpers';
import { execFileSync } from 'node:child_process';
import { chromiumPrinter, closePrinter, docxText, hasChromium, hasPdftotext, hasSoffice, pdfText, scoredContest, zipEntries, zipText } from './protocolFixture';
import type { ContestWorkspace } from '../../../../electron/services/contestWorkspace';

afterAll(closePrinter);

const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

/** Every awarded entry's name as the protocol prints it (the organisation when no participant). */
function winners(ws: ContestWorkspace): string[] {
  const { definition, results } = contestResults(ws);
  const names = new Map(ws.entries().map((e) => [e.id, e.participant || e.organisation || '']));
  return definition.nominations.flatMap((n, i) => (isScored(n) ? results.nominations[i].results.filter((r) => r.award).map((r) => names.get(r.entry)!) : []));
}

describe.skipIf(!hasChromium || !hasPdftotext)('the protocol as PDF (Chromium)', () => {
  it('carries the Kazakh title, every member of the jury, every winner, the preliminary warning and the verification block', async () => {
    const { dir, ws } = await scoredContest();
    const keys = randomKeys();
    const out = join(dir, 'хаттама.pdf');
    const r = await exportProtocol(ws, { format: 'pdf', lang: 'kk', out, keys, printer: chromiumPrinter });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(pdfText(out));
    const def = ws.definition();
    expect(text).toContain(squash(localize(def.title, 'kk')));
    expect(text).toContain(squash('жұмыстарын бағалау бойынша қазылар алқасының отырысы'));
    expect(text).toContain(squash('Хаттама № 1'));
    for (const j of def.jury) expect(text).toContain(squash(j.name));
    const won = winners(ws);
    expect(won.length).toBeGreaterThanOrEqual(10);
    for (const w of won) expect(text).toContain(squash(w));
    // scoring is not complete in the sheet: said in the body and on every page
    expect(r.preliminary).toBe(true);
    const pages = pdfText(out).split('\f').filter((p) => p.trim());
    for (const p of pages) expect(p).toContain('АЛДЫН АЛА НӘТИЖЕ');
    expect(text).toContain(squash(r.recordSha256));
    expect(text).toContain(squash(r.fingerprint!));
    expect(verifyProtocolFile(out).recordSha256).toBe(r.recordSha256);
    ws.close();
  });

  it('a complete contest is exported final, with no warning, in Russian on request', async () => {
    const { dir, ws } = await scoredContest({ complete: true });
    const out = join(dir, 'protocol-ru.pdf');
    const r = await exportProtocol(ws, { format: 'pdf', lang: 'ru', out, printer: chromiumPrinter });
    expect(r.preliminary).toBe(false);
    const text = pdfText(out);
    expect(text).toContain('Протокол № 1');
    expect(text).toContain('Присутствовали');
    expect(text).not.toContain('ПРЕДВАРИТЕЛЬНЫЕ');
    expect(text).toContain('Цифровая подпись ещё не поставлена');
    expect(existsSync(`${out}.sig`)).toBe(false);
    ws.close();
  });
});

describe('the protocol as DOCX, XLSX and CSV', () => {
  it('DOCX: real tables, the same content, Noto Sans embedded', async () => {
    const { dir, ws } = await scoredContest();
    const out = join(dir, 'p.docx');
    await exportProtocol(ws, { format: 'docx', lang: 'kk', out, keys: randomKeys() });
    const xml = zipText(out, 'word/document.xml');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(xml).toContain('<w:tblHeader/>');
    const text = squash(docxText(out));
    expect(text).toContain(squash(localize(ws.definition().title, 'kk')));
    for (const j of ws.definition().jury) expect(text).toContain(squash(j.name));
    for (const w of winners(ws)) expect(text).toContain(squash(w));
    expect(text).toContain(squash('АЛДЫН АЛА НӘТИЖЕ'));
    const files = Object.keys(zipEntries(out));
    expect(files.some((f) => /^word\/fonts\/.+\.odttf$/.test(f))).toBe(true);
    expect(zipText(out, 'word/fontTable.xml')).toContain('w:embedRegular');
    ws.close();
  });

  it.skipIf(!hasSoffice || !hasPdftotext)('DOCX opens in LibreOffice, Kazakh letters and tables intact', async () => {
    const { dir, ws } = await scoredContest();
    const out = join(dir, 'p.docx');
    await exportProtocol(ws, { format: 'docx', lang: 'kk', out });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 120_000 });
    const text = squash(pdfText(join(dir, 'p.pdf')));
    expect(text).toContain(squash(localize(ws.definition().title, 'kk')));
    for (const j of ws.definition().jury) expect(text).toContain(squash(j.name));
    ws.close();
  }, 150_000);

  it('XLSX: the decision table and one sheet per juror, numbers as numbers, no formula anywhere', async () => {
    const { dir, ws } = await scoredContest();
    // a participant's name that a spreadsheet would take for a formula
    ws.db.prepare("UPDATE entries SET participant = '=HYPERLINK(\"http://x\",\"y\")' WHERE id = '1'").run();
    const out = join(dir, 'p.xlsx');
    await exportProtocol(ws, { format: 'xlsx', lang: 'kk', out });
    const files = zipEntries(out);
    const workbook = zipText(out, 'xl/workbook.xml');
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets.slice(0, 2)).toEqual(['Хаттама', 'Шешім']);
    expect(sheets.filter((s) => /^\d /.test(s))).toHaveLength(5);
    const all = Object.entries(files).filter(([n]) => n.startsWith('xl/worksheets/sheet')).map(([, b]) => new TextDecoder().decode(b));
    for (const x of all) expect(x).not.toMatch(/<f[ >]/);
    expect(zipText(out, 'xl/sharedStrings.xml')).toContain('<t>=HYPERLINK("http://x","y")</t>');
    // the decision sheet: the score column holds numbers
    const decision = all[1];
    expect(decision).toMatch(/<c r="K2"[^>]*><v>\d+(\.\d+)?<\/v><\/c>/);
    expect(decision).not.toMatch(/<c r="K2"[^>]*t="s"/);
    // a juror sheet: the criteria scores are numbers
    expect(all[2]).toMatch(/<c r="D2"[^>]*><v>\d<\/v><\/c>/);
    ws.close();
  });

  it('CSV: every ranked entry, formula-safe, preliminary on every row', async () => {
    const { dir, ws } = await scoredContest();
    ws.db.prepare("UPDATE entries SET participant = '=1+1' WHERE id = '27'").run();
    const out = join(dir, 'p.csv');
    await exportProtocol(ws, { format: 'csv', lang: 'kk', out });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFnomination,nomination_name,rank,entry,participant,organisation,score,award,award_name,shared_place,tiebreak,disqualified_reason,preliminary\r\n')).toBe(true);
    const lines = text.trim().split('\r\n').slice(1);
    expect(lines.every((l) => l.endsWith(',yes'))).toBe(true);
    expect(text).toContain(",'=1+1,");
    expect(lines[0]).toMatch(/^main,Бейнеролик,1,27,/);
    ws.close();
  });
});

describe('what the protocol refuses', () => {
  it('a jury panel without a secretary or a chair: refused, nothing written', async () => {
    const { dir, ws } = await scoredContest();
    const def = ws.definition();
    ws.saveDefinition({ ...def, jury: def.jury.filter((j) => j.role !== 'secretary').map((j) => (j.role === 'chair' ? { ...j, role: 'member' } : j)) });
    const out = join(dir, 'p.docx');
    const problems = await problemsOfAsync(() => exportProtocol(ws, { format: 'docx', lang: 'kk', out }));
    expect(problems.map((p) => p.code)).toEqual(['noChair', 'noSecretary']);
    expect(existsSync(out)).toBe(false);
    ws.close();
  });

  it('a target that cannot be written: a clear message, and no file or half-file left', async () => {
    const { dir, ws } = await scoredContest();
    const missing = join(dir, 'no-such-folder', 'p.docx');
    expect(await problemsOfAsync(() => exportProtocol(ws, { format: 'docx', lang: 'kk', out: missing }))).toEqual([{ code: 'io', file: 'p.docx', params: { detail: 'the folder does not exist' } }]);
    // the protocol can be written but its signature cannot: the protocol does not stay behind
    const out = join(dir, 'p.csv');
    mkdirSync(`${out}.sig`);
    const problems = await problemsOfAsync(() => exportProtocol(ws, { format: 'csv', lang: 'kk', out, keys: randomKeys() }));
    expect(problems[0]).toMatchObject({ code: 'io', file: 'p.csv.sig' });
    expect(existsSync(out)).toBe(false);
    expect(require('node:fs').readdirSync(dir).filter((f: string) => f.includes('.tmp'))).toEqual([]);
    ws.close();
  });
});

describe('signature', () => {
  it('verifies, and refuses a one-byte change to the file or to its signature, and a missing signature', async () => {
    const { dir, ws } = await scoredContest();
    const out = join(dir, 'p.docx');
    const keys = randomKeys();
    const r = await exportProtocol(ws, { format: 'docx', lang: 'kk', out, keys });
    const v = verifyProtocolFile(out);
    expect(v.signer).toEqual({ name: 'Әбдікәрімова Әсемгүл', role: 'secretary', fingerprint: r.fingerprint });
    expect(v.file).toMatchObject({ name: 'p.docx', format: 'docx', kind: 'protocol', language: 'kk', sha256: r.sha256 });
    expect(verifyProtocolFile(`${out}.sig`).recordSha256).toBe(r.recordSha256);

    writeFileSync(join(dir, 'copy.docx'), readFileSync(out));
    writeFileSync(join(dir, 'copy.docx.sig'), readFileSync(`${out}.sig`));
    flipByte(join(dir, 'copy.docx'), 1000);
    expect(await problemsOfAsync(async () => verifyProtocolFile(join(dir, 'copy.docx')))).toEqual([expect.objectContaining({ code: 'protocolAltered', file: 'copy.docx' })]);

    flipByte(`${out}.sig`, -10);
    expect((await problemsOfAsync(async () => verifyProtocolFile(out)))[0].code).toBe('badSignature');

    writeFileSync(join(dir, 'alone.docx'), readFileSync(out));
    expect(await problemsOfAsync(async () => verifyProtocolFile(join(dir, 'alone.docx')))).toEqual([{ code: 'noSignature', file: 'alone.docx', params: { sig: 'alone.docx.sig' } }]);
    ws.close();
  });

  it('an unsigned export over a signed one removes the old signature, which would call the new file altered', async () => {
    const { dir, ws } = await scoredContest();
    const out = join(dir, 'p.csv');
    await exportProtocol(ws, { format: 'csv', lang: 'kk', out, keys: randomKeys() });
    expect(existsSync(`${out}.sig`)).toBe(true);
    await exportProtocol(ws, { format: 'csv', lang: 'kk', out });
    expect(existsSync(`${out}.sig`)).toBe(false);
    const exported = ws.db.prepare<[], { kind: string; signer_fingerprint: string | null }>('SELECT kind, signer_fingerprint FROM protocols_exported ORDER BY id').all();
    expect(exported.map((e) => [e.kind, e.signer_fingerprint === null])).toEqual([
      ['protocol', false],
      ['protocol', true],
    ]);
    expect(ws.auditTrail().filter((a) => a.action === 'protocolExported')).toHaveLength(2);
    ws.close();
  });
});
