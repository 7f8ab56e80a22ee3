import { basename } from 'node:path';
import { decodeKeyFile } from '../../shared/crypto/keyFile';
import { isLanguage } from '../../shared/i18n/languages';
import { ProblemError } from '../../shared/problem';
import { PROTOCOL_FORMATS, type ProtocolFormat } from '../../shared/protocol/signature';
import { systemContext } from '../services/context';
import { ContestWorkspace } from '../services/contestWorkspace';
import { readFileOrProblem } from '../services/fileInput';
import { exportProtocol } from '../services/protocol/exportProtocol';
import { ChromiumPdfPrinter, type PdfPrinter } from '../services/protocol/pdfPrinter';
import { verifyProtocolFile } from '../services/protocol/verifyFile';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './commands';

const USAGE = 'jury protocol DB --format pdf|docx|xlsx|csv [--lang kk|ru|en] [--key FILE] --out FILE';

/**
 * jury protocol DB --format pdf|docx|xlsx|csv [--lang kk|ru|en] [--key FILE] --out FILE
 * (SCORING.md §7): the protocol in the contest's language unless --lang, signed with the
 * secretary's key when --key is given (the signature goes beside it, FILE.sig). A PDF is
 * printed by a Chromium found on the machine; without one the command says so and writes nothing.
 */
export async function cmdProtocol({ positional, flags }: ParsedArgs, io: Io): Promise<void> {
  const [db] = positional;
  const format = flags.get('format') as ProtocolFormat | undefined;
  const out = flags.get('out');
  const lang = flags.get('lang');
  if (!db || positional.length !== 1 || !out || !format || !PROTOCOL_FORMATS.includes(format) || (lang !== undefined && !isLanguage(lang))) throw new UsageError(USAGE);
  // The key is read before anything else, so that a wrong file is refused at once.
  const keyPath = flags.get('key');
  let keys = null;
  if (keyPath !== undefined) {
    const decoded = decodeKeyFile(readFileOrProblem(keyPath).toString('utf8'), basename(keyPath));
    if (!decoded.ok) throw new ProblemError(decoded.problems);
    keys = decoded.value;
  }
  let printer: PdfPrinter | null = null;
  // Found before the contest is read: no Chromium, no work done.
  if (format === 'pdf') printer = ChromiumPdfPrinter.find();
  const ws = ContestWorkspace.open(db, systemContext());
  try {
    const r = await exportProtocol(ws, { format, lang: isLanguage(lang) ? lang : ws.definition().language, out, keys, printer: () => printer! });
    io.out(
      [
        `Protocol written to ${out} (${format.toUpperCase()}, ${r.bytes} bytes, SHA-256 ${r.sha256})`,
        `Results record SHA-256 ${r.recordSha256}`,
        r.preliminary ? 'PRELIMINARY: scoring is not complete; the protocol says so on every page' : 'Results complete: final protocol',
        r.signaturePath ? `Signed with key ${r.fingerprint}; signature written to ${r.signaturePath}` : 'Not signed (give --key FILE to sign)',
      ].join('\n') + '\n',
    );
  } finally {
    ws.close();
    await printer?.close?.();
  }
}

/** jury verify PROTOCOL (or PROTOCOL.sig): valid or not, who signed, which results. */
export function verifyProtocolCli(file: string, io: Io): void {
  const v = verifyProtocolFile(file);
  const name = basename(v.file.path);
  io.out(
    [
      `${name}: intact, signature valid (${basename(v.sigPath)})`,
      `Jury ${v.file.kind === 'protocol' ? 'protocol' : v.file.kind === 'diplomas' ? 'diplomas' : 'letters of thanks'} (${shown(v.file.format).toUpperCase()}, ${shown(v.file.language)}), ${v.preliminary ? 'PRELIMINARY results: scoring was not complete' : 'final results'}`,
      `Contest ${shown(v.contest.title)} (${shown(v.contest.uid)})`,
      // Anyone can make a key: the fingerprint is what proves who signed, so it is what to compare.
      `Signed with the key ${shown(v.signer.fingerprint)} at ${shown(v.signedAt)}, as the secretary ${shown(v.signer.name)}: compare this fingerprint with the one the secretary gave you`,
      `Results record SHA-256 ${shown(v.recordSha256)}: ${v.nominations} nominations, ${v.rankedEntries} ranked entries, ${v.jurorFiles} juror files`,
      `File SHA-256 ${shown(v.file.sha256)}${v.file.name !== name ? ` (signed as ${shown(v.file.name)})` : ''}`,
    ].join('\n') + '\n',
  );
}

/** Text from a signed file, safe to print (no line breaks or terminal controls). */
function shown(text: unknown): string {
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
