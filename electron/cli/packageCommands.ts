import { existsSync } from 'node:fs';
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
import { checkMedia, readPackageFile } from '../services/packageReader';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './commands';

/** A comma-separated option; given but empty is a mistake, not "everything". */
function list(flags: Map<string, string>, name: string): string[] | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UsageError(`--${name} is empty; give ${name === 'entries' ? 'entry ids' : 'nomination ids'} separated by commas, or leave the option out`);
  return items;
}

/** Names the first missing option instead of only repeating the synopsis. */
function need(flags: Map<string, string>, names: string[], synopsis: string): void {
  const missing = names.find((n) => !flags.get(n));
  if (missing) throw new UsageError(`missing --${missing}\n  ${synopsis}`);
}

/** jury export-package DB --juror ID --out FILE [--nominations a,b] [--entries 1,2] [--media] */
export function cmdExportPackage({ positional, flags }: ParsedArgs, io: Io): void {
  const synopsis = 'jury export-package DB --juror ID --out FILE [--nominations a,b] [--entries 1,2,…] [--media]';
  const [db] = positional;
  if (!db || positional.length !== 1) throw new UsageError(synopsis);
  need(flags, ['juror', 'out'], synopsis);
  const [juror, out] = [flags.get('juror')!, flags.get('out')!];
  const nominations = list(flags, 'nominations');
  const entryIds = list(flags, 'entries');
  const ws = ContestWorkspace.open(resolve(db), systemContext());
  try {
    const r = exportPackage(ws, { jurorId: juror, nominations, entryIds, includeMedia: flags.has('media') }, out);
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
  const synopsis = 'jury score PACKAGE --scores scores.csv --key FILE --out FILE [--previous FILE]';
  const [pkgPath] = positional;
  if (!pkgPath || positional.length !== 1) throw new UsageError(synopsis);
  need(flags, ['scores', 'key', 'out'], synopsis);
  const [sheet, keyPath, out] = [flags.get('scores')!, flags.get('key')!, flags.get('out')!];
  // --out is written by renaming over it: the key, the package or the previous revision would be lost.
  const prevPath = flags.get('previous');
  for (const input of [pkgPath, sheet, keyPath, prevPath]) {
    if (input && sameFile(out, input)) throw new ProblemError([{ code: 'io', file: basename(out), params: { detail: `--out names an input file (${basename(input)}); choose another name` } }]);
  }
  // A juror file is never overwritten: an earlier revision may be what a later one chains to.
  if (existsSync(out)) throw new ProblemError([{ code: 'io', file: basename(out), params: { detail: 'the file already exists; a juror file is never overwritten, choose a new name' } }]);
  const pkg = readPackageFile(pkgPath);
  // The media are part of what the organiser signed: a package with an altered video is refused here as in the window.
  checkMedia(pkgPath, pkg);
  const keys = decodeKeyFile(readFileOrProblem(keyPath).toString('utf8'), basename(keyPath));
  if (!keys.ok) throw new ProblemError(keys.problems);
  const table = await readTable(basename(sheet), new Uint8Array(readFileOrProblem(sheet)));
  if (!table.ok) throw new ProblemError(table.problems);
  const { definition, juror, entries, contest } = pkg.payload;
  const parsed = parseScoreSheet(table.value, { file: basename(sheet), definition, entries: new Map(entries.map((e) => [e.id, e.nomination])), jurors: [juror.id], scope: 'package' });
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
  io.out(
    `Juror file for ${juror.id} written to ${out}: revision ${revision}, ${payload.scores.length} scores, ${payload.recusals.length} recusals\n` +
      `Package signed by the organiser key ${pkg.fingerprint}: compare it with the fingerprint the organiser gave you\n` +
      `Your key fingerprint: ${payload.juror.fingerprint}\nFile SHA-256: ${sha256Hex(bytes)}\n`,
  );
  if (missing.length) {
    const shown = missing.slice(0, 20).map((m) => `${m.entry} (${m.criteria.join(', ')})`).join('; ');
    io.err(`Warning: ${missing.length} of ${entries.length} entries are not fully scored: ${shown}${missing.length > 20 ? '; …' : ''}\n`);
  }
}
