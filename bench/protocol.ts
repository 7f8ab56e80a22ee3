/**
 * The protocol of a 6,000-entry contest (seed 000's video challenge: 5 jurors × 6 criteria, three
 * audience nominations) as PDF, DOCX and XLSX, signed. The PDF is printed by the machine's
 * Chromium (already started: the app's printer is always ready), as the CLI does.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseContestFile } from '../shared/contest/file';
import { scoredNominations, scoringJurors } from '../shared/contest/model';
import { keyPairFromSeed, type KeyPair } from '../shared/crypto/signing';
import { ContestWorkspace } from '../electron/services/contestWorkspace';
import { commitImport } from '../electron/services/entryImport';
import { exportProtocol } from '../electron/services/protocol/exportProtocol';
import { ChromiumPdfPrinter, findChromium } from '../electron/services/protocol/pdfPrinter';
import thanksChallenge from '../test/fixtures/thanks-challenge/contest.json';
import { entriesCsv } from './generate';
import type { Report } from './scoring';
import { installNativeCrypto } from '../electron/services/nativeCrypto';

const ENTRIES = 6_000;

async function contest(dir: string): Promise<ContestWorkspace> {
  const parsed = parseContestFile(JSON.stringify(thanksChallenge));
  if (!parsed.ok) throw new Error('fixture contest.json is invalid');
  const ctx = { now: () => new Date(), newId: () => 'bench', actor: () => 'bench' };
  const ws = ContestWorkspace.create(join(dir, 'protocol.jury'), parsed.value, ctx);
  await commitImport(ws, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(ENTRIES)) });
  const put = ws.db.prepare("INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, 'bench')");
  let seed = 11;
  ws.db.transaction(() => {
    for (const n of scoredNominations(ws.definition()))
      for (const j of scoringJurors(ws.definition()))
        for (let e = 1; e <= ENTRIES; e++) for (const c of n.criteria) put.run(j.id, String(e), c.id, String(((seed = (seed * 1103515245 + 12345) % 2147483648), seed % 6)));
  })();
  return ws;
}

export async function protocolBench(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jury-bench-protocol-'));
  const keys = keyPairFromSeed(new Uint8Array(randomBytes(32)));
  const ws = await contest(dir);
  try {
    await pdfBench(ws, dir, keys, report);
    for (const format of ['docx', 'xlsx'] as const) {
      const t0 = performance.now();
      const r = await exportProtocol(ws, { format, lang: 'kk', out: join(dir, `p.${format}`), keys });
      report(`protocol of ${ENTRIES} entries as ${format.toUpperCase()}, signed (${(r.bytes / 1e6).toFixed(1)} MB)`, performance.now() - t0, 5000);
    }
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pdfBench(ws: ContestWorkspace, dir: string, keys: KeyPair, report: Report): Promise<void> {
  const chromium = findChromium();
  if (!chromium || !existsSync(chromium)) {
    console.log('skip protocol PDF: no Chromium on this machine');
    return;
  }
  const printer = new ChromiumPdfPrinter(chromium);
  try {
    let t0 = performance.now();
    await printer.print('<!DOCTYPE html><p>warm-up</p>');
    console.log(`     Chromium started in ${(performance.now() - t0).toFixed(0)} ms (once per session)`);
    t0 = performance.now();
    const r = await exportProtocol(ws, { format: 'pdf', lang: 'kk', out: join(dir, 'p.pdf'), keys, printer: () => printer });
    report(`protocol of ${ENTRIES} entries as PDF (Chromium), signed (${(r.bytes / 1e6).toFixed(1)} MB)`, performance.now() - t0, 10000);
  } finally {
    await printer.close();
  }
}

if (require.main === module && /protocol\.[tj]s$/.test(require.main.filename)) {
  // As in the app and the CLI: Node's native crypto signs (the pure-JS fallback is far slower on a 2 MB record).
  installNativeCrypto();
  void protocolBench((name, ms, target) => console.log(`${ms <= target ? 'ok  ' : 'SLOW'} ${name}: ${ms.toFixed(1)} ms (target < ${target} ms)`));
}
