import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { localize } from '../../../shared/contest/localized';
import { fingerprint, sha256Hex, type KeyPair } from '../../../shared/crypto/signing';
import type { Language } from '../../../shared/i18n/languages';
import { ProblemError, type Problem } from '../../../shared/problem';
import { protocolCsv } from '../../../shared/protocol/csv';
import { protocolHtml } from '../../../shared/protocol/html';
import { SIGNATURE_SUFFIX, signProtocol, type DocumentKind, type ProtocolFormat } from '../../../shared/protocol/signature';
import { protocolQueries } from '../../db/tables/protocolTable';
import type { ContestWorkspace } from '../contestWorkspace';
import type { ExportReceipt } from '../../../shared/ipc/protocolTypes';
import { writeFileDurably } from '../durableFile';
import { protocolDocx } from './docxWriter';
import { documentFonts } from './fonts';
import { gatherProtocol, protocolModel, type GatheredProtocol } from './gather';
import { jurorSheets } from './jurorSheets';
import type { PdfPrinter } from './pdfPrinter';
import { protocolXlsx } from './xlsxWriter';

export interface ExportRequest {
  format: ProtocolFormat;
  lang: Language;
  /** The file to write; its signature goes beside it as `<out>.sig`. */
  out: string;
  /** The secretary's key: the protocol is signed when given. */
  keys?: KeyPair | null;
  /** Needed for PDF only, asked for only then (the CLI finds a Chromium, the app uses its own). */
  printer?: () => PdfPrinter;
}

/** What an export answers: the same as the window's receipt, without a batch's page count. */
export type ProtocolReceipt = Omit<ExportReceipt, 'pages'>;

/** What stops a protocol from being made: a jury panel without a chair or a secretary. */
export function panelProblems(g: GatheredProtocol): Problem[] {
  const jury = g.source.definition.jury;
  const out: Problem[] = [];
  if (!jury.some((j) => j.role === 'chair')) out.push({ code: 'noChair', field: 'jury' });
  if (!jury.some((j) => j.role === 'secretary')) out.push({ code: 'noSecretary', field: 'jury' });
  return out;
}

/** "2026-03-04 10:00 UTC": the moment of signing as the verification block prints it. */
export const signingTime = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Makes the protocol in one format and language, signs it when a key is given, and writes it
 * (and its .sig) so that a failure leaves no file behind: each is written to a temporary file
 * and renamed, and a signature that cannot be written takes the protocol with it. Results that
 * are not complete are exported marked preliminary, never silently as final.
 */
export async function exportProtocol(ws: ContestWorkspace, req: ExportRequest): Promise<ProtocolReceipt> {
  const fileName = basename(req.out);
  checkTarget(req.out, fileName);
  const g = gatherProtocol(ws);
  const problems = panelProblems(g);
  if (problems.length) throw new ProblemError(problems);
  const def = g.source.definition;
  const secretary = def.jury.find((j) => j.role === 'secretary')!;
  const now = ws.ctx.now();
  const keys = req.keys ?? null;
  const signer = keys ? { name: secretary.name, fingerprint: fingerprint(keys.publicKey), signedAt: signingTime(now) } : null;
  const model = protocolModel(g, req.lang, { signer, fileName });
  let bytes: Uint8Array;
  if (req.format === 'pdf') {
    if (!req.printer) throw new ProblemError([{ code: 'noChromium' }]);
    bytes = await req.printer().print(protocolHtml(model, documentFonts()));
  } else if (req.format === 'docx') bytes = await protocolDocx(model);
  else if (req.format === 'xlsx') bytes = await protocolXlsx(model, g.source, jurorSheets(ws, g.source, req.lang));
  else bytes = new TextEncoder().encode(protocolCsv(g.source, req.lang, g.record.preliminary));
  return writeSigned(ws, { kind: 'protocol', format: req.format, lang: req.lang, out: req.out, bytes, g, keys, signerName: secretary.name, now });
}

export interface SignedWrite {
  kind: DocumentKind;
  format: ProtocolFormat;
  lang: Language;
  out: string;
  bytes: Uint8Array;
  g: GatheredProtocol;
  keys: KeyPair | null;
  signerName: string;
  now: Date;
}

/** Writes a document and, when signed, its .sig; records the export in the contest file and its audit log. */
export function writeSigned(ws: ContestWorkspace, s: SignedWrite): ProtocolReceipt {
  const fileName = basename(s.out);
  const sigPath = `${s.out}${SIGNATURE_SUFFIX}`;
  const contest = { uid: s.g.source.contestUid, title: localize(s.g.source.definition.title, s.g.source.definition.language) };
  const sig = s.keys ? signProtocol(s.bytes, { name: fileName, format: s.format, kind: s.kind, language: s.lang }, contest, s.g.record, s.signerName, s.now.toISOString(), s.keys) : null;
  const existed = existsSync(s.out);
  writeFileDurably(s.out, s.bytes, fileName);
  try {
    if (sig) writeFileDurably(sigPath, sig, basename(sigPath));
    // A signature left from an earlier export would call this new file altered.
    else rmSync(sigPath, { force: true });
  } catch (e) {
    // No pair that disagrees is left behind: a new file without its signature goes (when it is
    // new), and a signature of the file it replaced goes too (so verify says "no signature",
    // never "altered").
    if (!existed) rmSync(s.out, { force: true });
    if (!existsSync(sigPath) || statSync(sigPath).isFile()) rmSync(sigPath, { force: true });
    throw e;
  }
  const sha256 = sha256Hex(s.bytes);
  const fp = s.keys ? fingerprint(s.keys.publicKey) : null;
  const preliminary = s.g.record.preliminary;
  ws.db.transaction(() => {
    protocolQueries(ws.db).addExported({ kind: s.kind, fileName, format: s.format, language: s.lang, sha256, resultsSha256: s.g.recordSha256, signerFingerprint: fp, preliminary, exportedAt: s.now.toISOString(), actor: ws.ctx.actor() });
    ws.audit('protocolExported', null, null, { kind: s.kind, file: fileName, format: s.format, language: s.lang, sha256, resultsSha256: s.g.recordSha256, signer: fp, preliminary });
  })();
  return { path: s.out, fileName, format: s.format, bytes: s.bytes.length, sha256, recordSha256: s.g.recordSha256, preliminary, signaturePath: sig ? sigPath : null, fingerprint: fp };
}

/** Refuses at once, before any work, a target that cannot be written: no folder, a folder of that name, no permission. */
export function checkTarget(out: string, label: string): void {
  const detail = (() => {
    const dir = dirname(out);
    if (!existsSync(dir)) return 'the folder does not exist';
    if (existsSync(out) && statSync(out).isDirectory()) return 'a folder has that name';
    try {
      accessSync(dir, constants.W_OK);
      if (existsSync(out)) accessSync(out, constants.W_OK);
    } catch {
      return 'the folder cannot be written (read-only or no permission)';
    }
    return null;
  })();
  if (detail) throw new ProblemError([{ code: 'io', file: label, params: { detail } }]);
}
