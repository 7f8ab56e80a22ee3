import { basename } from 'node:path';
import { localize } from '../../../shared/contest/localized';
import type { KeyPair } from '../../../shared/crypto/signing';
import type { Language } from '../../../shared/i18n/languages';
import { ProblemError } from '../../../shared/problem';
import { batchHtml, batchTemplate, recipients, type BatchKind } from '../../../shared/protocol/diplomas';
import type { ContestWorkspace } from '../contestWorkspace';
import { checkTarget, writeSigned, type ProtocolReceipt } from './exportProtocol';
import { documentFonts } from './fonts';
import { gatherProtocol } from './gather';
import type { PdfPrinter } from './pdfPrinter';

export interface BatchRequest {
  kind: BatchKind;
  lang: Language;
  out: string;
  keys?: KeyPair | null;
  printer: () => PdfPrinter;
}

/**
 * Diplomas (every awarded entry) or letters of thanks (every entry registered) as one PDF, a
 * page each, from the template the secretary edited (or the language's default); signed like
 * the protocol when a key is given.
 */
export async function exportBatch(ws: ContestWorkspace, req: BatchRequest): Promise<ProtocolReceipt & { pages: number }> {
  checkTarget(req.out, basename(req.out));
  const g = gatherProtocol(ws);
  const def = g.source.definition;
  const secretary = def.jury.find((j) => j.role === 'secretary');
  if (req.keys && !secretary) throw new ProblemError([{ code: 'noSecretary', field: 'jury' }]);
  // A diploma names an award: while scoring is unfinished the award may still change.
  if (req.kind === 'diplomas' && g.record.preliminary) throw new ProblemError([{ code: 'preliminaryDiplomas' }]);
  const people = recipients(g.source, req.kind, req.lang);
  if (!people.length) throw new ProblemError([{ code: 'nothingToPrint' }]);
  const date = g.source.texts.date.trim() || def.date || null;
  const html = batchHtml(people, batchTemplate(g.source.texts, req.kind, req.lang), { lang: req.lang, contest: localize(def.title, req.lang), date, venue: def.venue ?? null, chair: def.jury.find((j) => j.role === 'chair')?.name ?? null }, documentFonts());
  const bytes = await req.printer().print(html);
  const receipt = writeSigned(ws, { kind: req.kind, format: 'pdf', lang: req.lang, out: req.out, bytes, g, keys: req.keys ?? null, signerName: secretary?.name ?? '', now: ws.ctx.now() });
  return { ...receipt, pages: people.length };
}
