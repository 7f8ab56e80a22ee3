import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { encodeKeyFile } from '../../shared/crypto/keyFile';
import { fingerprint, keyPairFromSeed } from '../../shared/crypto/signing';
import { readJurorFile } from '../../shared/juror/jurorFile';
import { PACKAGE_MAGIC } from '../../shared/package/packageFile';
import { checkMedia, readPackageFile } from '../services/packageReader';
import { ProblemError } from '../../shared/problem';
import { writeFileDurably } from '../services/durableFile';
import { readFileOrProblem } from '../services/fileInput';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './commands';
import { verifyProtocolCli } from './protocolCommands';
import { looksLikeProtocol } from '../services/protocol/verifyFile';

/** jury keygen --out FILE: a new Ed25519 key, readable by its owner only; prints the fingerprint. */
export function cmdKeygen({ positional, flags }: ParsedArgs, io: Io): void {
  const out = flags.get('out');
  if (!out || positional.length) throw new UsageError('jury keygen --out FILE');
  if (existsSync(out)) throw new ProblemError([{ code: 'io', file: basename(out), params: { detail: 'the file already exists; a key is never overwritten' } }]);
  const keys = keyPairFromSeed(new Uint8Array(randomBytes(32)));
  writeFileDurably(out, encodeKeyFile(keys, new Date().toISOString()), basename(out), 0o600);
  io.out(`Key written to ${out}\nFingerprint: ${fingerprint(keys.publicKey)}\n`);
}

/** jury verify FILE: who signed it, for which contest, which revision (or which results), and whether it is intact. */
export function cmdVerify({ positional }: ParsedArgs, io: Io): void {
  const [file] = positional;
  if (!file || positional.length !== 1) throw new UsageError('jury verify FILE');
  // A protocol (PDF, DOCX, XLSX, CSV) is checked against the .sig beside it.
  if (looksLikeProtocol(file)) return verifyProtocolCli(file, io);
  // A package may carry gigabytes of video: it is recognised by its first bytes, never read whole.
  if (startsLikePackage(file)) return verifyPackage(file, io);
  const bytes = new Uint8Array(readFileOrProblem(file));
  const r = readJurorFile(bytes, basename(file));
  // verify takes either kind of signed file: a file of neither kind is named as such.
  if (!r.ok) throw new ProblemError(r.problems.map((p) => (p.code === 'notJurorFile' ? { ...p, code: 'notSignedFile' as const } : p)));
  const p = r.value.payload;
  io.out(
    [
      `${basename(file)}: intact, signature valid`,
      `Juror score file, revision ${p.revision}${p.previous ? ` (follows ${p.previous.slice(0, 12)}…)` : ''}`,
      `Signed by juror ${shown(p.juror.id)}, key fingerprint ${r.value.fingerprint}`,
      `Contest ${shown(p.contest.uid)}, definition SHA-256 ${shown(p.contest.definitionSha256)}`,
      `${p.scores.length} scores, ${p.comments.length} comments, ${p.recusals.length} recusals, made ${shown(p.createdAt)}`,
      `File SHA-256 ${r.value.sha256}`,
    ].join('\n') + '\n',
  );
}

/** The file begins with the package magic (or with as much of it as a file cut short still has). */
function startsLikePackage(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false; // reported when read as a juror file
  }
  try {
    const head = Buffer.alloc(PACKAGE_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('latin1');
    return text === PACKAGE_MAGIC || (n > 'JURY-'.length && PACKAGE_MAGIC.startsWith(text));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** A package: the organiser's signature over the contents, and every media file against its hash. */
function verifyPackage(file: string, io: Io): void {
  const pkg = readPackageFile(file);
  const p = pkg.payload;
  // Hashed where they lie: verifying a package needs no room on the disk for its videos.
  checkMedia(file, pkg);
  io.out(
    [
      `${basename(file)}: intact, signature valid`,
      `Juror package for ${shown(p.juror.id)} (${shown(p.juror.name)}): ${p.entries.length} entries, ${p.media.length} media files checked`,
      `Signed by the organiser, key fingerprint ${pkg.fingerprint}`,
      `Contest ${shown(p.contest.uid)}, definition SHA-256 ${shown(p.contest.definitionSha256)}, made ${shown(p.createdAt)}`,
      `Package SHA-256 ${pkg.sha256}`,
    ].join('\n') + '\n',
  );
}

/**
 * Text from a signed file, made safe to print: anyone can sign a file, and a line break or a
 * terminal control sequence in a juror id could fake a line of this report.
 */
function shown(text: unknown): string {
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
