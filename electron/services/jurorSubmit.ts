import { closeSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { scoredNominations, type ContestDefinition } from '../../shared/contest/model';
import { sha256Hex, type KeyPair } from '../../shared/crypto/signing';
import type { SubmissionReceipt } from '../../shared/ipc/scoringTypes';
import { buildJurorPayload, readJurorFile, writeJurorFile } from '../../shared/juror/jurorFile';
import type { PackageEntry } from '../../shared/package/packageFile';
import { ProblemError, type Problem } from '../../shared/problem';
import { jurorProgress, type JurorScores } from '../../shared/scores/jurorScores';
import { checkScore } from '../../shared/scores/scoreValue';
import { moveDurably, writeFileDurably } from './durableFile';
import type { JurorWorkspace } from './jurorWorkspace';

/** The first bytes of any juror file, of this format version or another. */
const JUROR_FILE_PREFIX = 'JURY-SCORES/';

/**
 * Writes a workspace's signed juror file: the next revision, chained to the previous one by its
 * hash. The file and the workspace's record of it go together, as far as the user can tell:
 *
 * 1. the whole signed file is written beside its target (`<name>.staged`);
 * 2. the revision is recorded: from now on no other file can get this number;
 * 3. the file is moved into place. If that fails, the record is taken back, so the next
 *    submission does not chain to a hash that exists nowhere, and gets this number again.
 *
 * A crash between 2 and 3 leaves the recorded revision complete at `<name>.staged`.
 */
export function submitJurorFile(ws: JurorWorkspace, outPath: string, keys: KeyPair): SubmissionReceipt {
  const def = ws.definition();
  const entries = ws.entries();
  const marks = ws.marksNow();
  refuseStaleScores(def, entries, marks);
  refuseJurorFileInPlace(outPath);
  const last = ws.lastSubmission();
  const p = ws.packageInfo;
  const payload = buildJurorPayload({
    definition: def,
    contest: { uid: ws.contestUid, definitionSha256: p.definition_sha256 },
    packageSha256: p.sha256,
    jurorId: p.juror_id,
    publicKey: keys.publicKey,
    entries,
    marks,
    revision: (last?.revision ?? 0) + 1,
    previous: last?.sha256 ?? null,
    createdAt: ws.now().toISOString(),
  });
  const missing = jurorProgress(def, entries, marks).missing.length;
  const bytes = writeJurorFile(payload, keys.secretKey);
  const receipt: SubmissionReceipt = { revision: payload.revision, sha256: sha256Hex(bytes), fileName: basename(outPath), scores: payload.scores.length, missing };
  const staged = `${outPath}.staged`;
  writeFileDurably(staged, bytes, receipt.fileName);
  try {
    ws.recordSubmission({ revision: receipt.revision, juror_id: p.juror_id, sha256: receipt.sha256, file_name: receipt.fileName, created_at: payload.createdAt, scores: receipt.scores, missing });
  } catch (e) {
    rmSync(staged, { force: true });
    throw e;
  }
  try {
    moveDurably(staged, outPath, receipt.fileName);
  } catch (e) {
    // The staged file goes only after the record: if taking the record back failed as well, the
    // recorded revision would still exist, complete, at `<name>.staged`.
    ws.forgetSubmission(receipt.revision, receipt.sha256);
    rmSync(staged, { force: true });
    throw e;
  }
  return receipt;
}

/**
 * The save dialog asks before replacing a file, but a juror file must never be replaced: an
 * earlier revision may be the one the organiser has, or the one a later revision chains to.
 * (The CLI refuses any existing --out the same way.) Other files are the user's to replace.
 */
function refuseJurorFileInPlace(outPath: string): void {
  try {
    if (!statSync(outPath).isFile()) return; // a folder: the move below reports it
  } catch {
    return; // nothing there
  }
  if (readHead(outPath, JUROR_FILE_PREFIX.length) !== JUROR_FILE_PREFIX) return;
  const file = readJurorFile(new Uint8Array(readFileSync(outPath)), basename(outPath));
  const revision = file.ok ? file.value.payload.revision : '?';
  throw new ProblemError([{ code: 'jurorFileExists', file: basename(outPath), params: { revision } }]);
}

function readHead(path: string, size: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const n = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Marks are checked when they are made, against the package of that moment. A newer package may
 * have made a criterion stricter (a lower max, a coarser step): such a mark is kept for the
 * juror to see and change, but it is never signed and sent.
 */
function refuseStaleScores(def: ContestDefinition, entries: readonly PackageEntry[], marks: JurorScores): void {
  const criteria = new Map(scoredNominations(def).map((n) => [n.id, n.criteria]));
  const problems: Problem[] = [];
  for (const e of entries) {
    if (marks.recusals.has(e.id)) continue;
    for (const c of criteria.get(e.nomination ?? '') ?? []) {
      const value = marks.scores.get(`${e.id}\u0000${c.id}`);
      if (value === undefined) continue;
      const checked = checkScore(value, c);
      if (!checked.ok) problems.push({ code: checked.code, field: `entries[${e.id}].${c.id}`, params: checked.params });
    }
  }
  if (problems.length) throw new ProblemError(problems.slice(0, 50));
}
