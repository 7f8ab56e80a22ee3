import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ProblemError } from '../../../shared/problem';
import { PROTOCOL_FORMATS, SIGNATURE_MAGIC, SIGNATURE_SUFFIX, verifyProtocol, type VerifiedProtocol } from '../../../shared/protocol/signature';
import { readFileOrProblem } from '../fileInput';

/** The protocol file and its signature, whichever of the two was named. */
export function protocolPair(path: string): { file: string; sig: string } {
  return path.endsWith(SIGNATURE_SUFFIX) ? { file: path.slice(0, -SIGNATURE_SUFFIX.length), sig: path } : { file: path, sig: `${path}${SIGNATURE_SUFFIX}` };
}

/** Whether `jury verify` should read this as a protocol: a .sig, a file with one beside it, or a PDF/DOCX/XLSX/CSV. */
export function looksLikeProtocol(path: string): boolean {
  if (path.endsWith(SIGNATURE_SUFFIX) || existsSync(`${path}${SIGNATURE_SUFFIX}`)) return true;
  return (PROTOCOL_FORMATS as readonly string[]).includes(extname(path).slice(1).toLowerCase()) || startsWith(path, SIGNATURE_MAGIC);
}

/** Checks a protocol against the .sig beside it; throws the reason it is not valid. */
export function verifyProtocolFile(path: string): VerifiedProtocol & { file: { path: string }; sigPath: string } {
  const pair = protocolPair(path);
  const bytes = new Uint8Array(readFileOrProblem(pair.file));
  if (!existsSync(pair.sig)) throw new ProblemError([{ code: 'noSignature', file: basename(pair.file), params: { sig: basename(pair.sig) } }]);
  const sig = new Uint8Array(readFileOrProblem(pair.sig));
  const r = verifyProtocol(bytes, basename(pair.file), sig, basename(pair.sig));
  if (!r.ok) throw new ProblemError(r.problems);
  return { ...r.value, file: { ...r.value.file, path: pair.file }, sigPath: pair.sig };
}

function startsWith(path: string, magic: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(magic.length);
      const n = readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString('latin1') === magic;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
