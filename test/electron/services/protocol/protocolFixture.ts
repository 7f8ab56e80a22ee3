import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { ContestWorkspace } from '../../../../electron/services/contestWorkspace';
import { ChromiumPdfPrinter } from '../../../../electron/services/protocol/pdfPrinter';
import { scoredNominations, scoringJurors } from '../../../../shared/contest/model';
import { contestWithEntries, fixedContext, loadPaperSheet, tempDir } from '../../helpers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
export const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

export { loadPaperSheet };

/** Every juror × eligible entry × criterion the sheet left empty given a score: scoring complete. */
export function completeScores(ws: ContestWorkspace): void {
  const def = ws.definition();
  const put = ws.db.prepare("INSERT OR IGNORE INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, 'now')");
  const recused = new Set(ws.db.prepare<[], { j: string; e: string }>('SELECT juror_id AS j, entry_id AS e FROM recusals').all().map((r) => `${r.j}/${r.e}`));
  ws.db.transaction(() => {
    for (const n of scoredNominations(def))
      for (const e of ws.entries().filter((x) => x.eligible && x.nomination === n.id))
        for (const j of scoringJurors(def)) if (!recused.has(`${j.id}/${e.id}`)) for (const c of n.criteria) put.run(j.id, e.id, c.id, String((Number(e.id) * 7 + c.id.length + j.id.length) % 6));
  })();
}

/** A contest of the thanks-challenge fixture with the paper sheet in it, open. */
export async function scoredContest(opts: { complete?: boolean } = {}) {
  const dir = tempDir('jury-protocol-');
  const path = await contestWithEntries(dir);
  const ws = ContestWorkspace.open(path, fixedContext('Хатшы'));
  loadPaperSheet(ws);
  if (opts.complete) completeScores(ws);
  return { dir, path, ws };
}

let shared: ChromiumPdfPrinter | null = null;
/** One headless Chromium for the whole test file. */
export function chromiumPrinter(): ChromiumPdfPrinter {
  return (shared ??= new ChromiumPdfPrinter(CHROMIUM));
}
export async function closePrinter(): Promise<void> {
  await shared?.close();
  shared = null;
}

export const pdfText = (path: string): string => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The files inside a DOCX or XLSX. */
export function zipEntries(path: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(path)));
}
export const zipText = (path: string, name: string): string => strFromU8(zipEntries(path)[name]);
/** Text of a DOCX's body, tags removed. */
export const docxText = (path: string): string => zipText(path, 'word/document.xml').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
