import { basename, resolve } from 'node:path';
import { decodeKeyFile } from '../../shared/crypto/keyFile';
import { fingerprint, sha256Hex } from '../../shared/crypto/signing';
import { buildJurorPayload, readJurorFile, writeJurorFile } from '../../shared/juror/jurorFile';
import { ProblemError } from '../../shared/problem';
import { jurorProgress } from '../../shared/scores/jurorScores';
import { emptyScores, parseScoreSheet } from '../../shared/scores/scoreSheet';
import { readTable } from '../../shared/table/readTable';
import { systemContext } from '../services/context';
import { ContestWorkspace } from '../services/contestWorkspace';
import { writeFileDurably } from '../services/durableFile';
import { readFileOrProblem } from '../services/fileInput';
import { exportPackage, sameFile } from '../services/packageExport';
import { readPackageFile } from '../services/packageReader';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './commands';

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** jury export-package DB --juror ID --out FILE [--nominations a,b] [--entries 1,2] [--media] */
export function cmdExportPackage({ positional, flags }: ParsedArgs, io: Io): void {
  const [db] = positional;
  const juror = flags.get('juror');
  const out = flags.get('out');
  if (!db || !juror || !out || positional.length !== 1) throw new UsageError('jury export-package DB --juror ID --out FILE [--nominations a,b] [--entries 1,2,…] [--media]');
  const ws = ContestWorkspace.open(resolve(db), systemContext());
  try {
    const r = exportPackage(ws, { jurorId: juror, nominations: list(flags.get('nominations')), entryIds: list(flags.get('entries')), includeMedia: flags.has('media') }, out);
    io.out(`Package for juror ${r.jurorId} written to ${out}: ${r.entries} entries, ${r.media} media files\nOrganiser key fingerprint: ${r.fingerprint}\nPackage SHA-256: ${r.sha256}\n`);
  } finally {
    ws.close();
  }
}

/**
 * jury score PACKAGE --scores scores.csv --key FILE --out FILE [--previous FILE]: the juror's
 * signed file made from a score sheet, byte-for-byte the format the window makes. With
 * --previous (the juror's last file) it is the next revision, chained to that one.
 */
export async function cmdScore({ positional, flags }: ParsedArgs, io: Io): Promise<void> {
  const [pkgPath] = positional;
  const [sheet, keyPath, out] = [flags.get('scores'), flags.get('key'), flags.get('out')];
  if (!pkgPath || !sheet || !keyPath || !out || positional.length !== 1) throw new UsageError('jury score PACKAGE --scores scores.csv --key FILE --out FILE [--previous FILE]');
  // --out is written by renaming over it: the key, the package or the previous revision would be lost.
  const prevPath = flags.get('previous');
  for (const input of [pkgPath, sheet, keyPath, prevPath]) {
    if (input && sameFile(out, input)) throw new ProblemError([{ code: 'io', file: basename(out), params: { detail: `--out names an input file (${basename(input)}); choose another name` } }]);
  }
  const pkg = readPackageFile(pkgPath);
  const keys = decodeKeyFile(readFileOrProblem(keyPath).toString('utf8'), basename(keyPath));
  if (!keys.ok) throw new ProblemError(keys.problems);
  const table = await readTable(basename(sheet), new Uint8Array(readFileOrProblem(sheet)));
  if (!table.ok) throw new ProblemError(table.problems);
  const { definition, juror, entries, contest } = pkg.payload;
  const parsed = parseScoreSheet(table.value, { file: basename(sheet), definition, entries: new Map(entries.map((e) => [e.id, e.nomination])), jurors: [juror.id] });
  if (!parsed.ok) throw new ProblemError(parsed.problems);
  const marks = parsed.value.get(juror.id) ?? emptyScores();
  let revision = 1;
  let previous: string | null = null;
  if (prevPath) {
    const prev = readJurorFile(new Uint8Array(readFileOrProblem(prevPath)), basename(prevPath));
    if (!prev.ok) throw new ProblemError(prev.problems);
    if (prev.value.payload.contest.uid !== contest.uid) throw new ProblemError([{ code: 'foreignContest', file: basename(prevPath) }]);
    if (prev.value.payload.juror.id !== juror.id) throw new ProblemError([{ code: 'wrongJuror', file: basename(prevPath), params: { value: prev.value.payload.juror.id, expected: juror.id } }]);
    const given = fingerprint(keys.value.publicKey);
    if (prev.value.fingerprint !== given) throw new ProblemError([{ code: 'otherKey', file: basename(prevPath), params: { fingerprint: prev.value.fingerprint, expected: given } }]);
    revision = prev.value.payload.revision + 1;
    previous = prev.value.sha256;
  }
  const payload = buildJurorPayload({
    definition,
    contest,
    packageSha256: pkg.sha256,
    jurorId: juror.id,
    publicKey: keys.value.publicKey,
    entries,
    marks,
    revision,
    previous,
    createdAt: new Date().toISOString(),
  });
  const bytes = writeJurorFile(payload, keys.value.secretKey);
  writeFileDurably(out, bytes, basename(out));
  const missing = jurorProgress(definition, entries, marks).missing;
  io.out(`Juror file for ${juror.id} written to ${out}: revision ${revision}, ${payload.scores.length} scores, ${payload.recusals.length} recusals\nFile SHA-256: ${sha256Hex(bytes)}\n`);
  if (missing.length) {
    const shown = missing.slice(0, 20).map((m) => `${m.entry} (${m.criteria.join(', ')})`).join('; ');
    io.err(`Warning: ${missing.length} of ${entries.length} entries are not fully scored: ${shown}${missing.length > 20 ? '; …' : ''}\n`);
  }
}
