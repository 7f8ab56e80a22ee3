import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { fingerprint, sha256Hex } from '../../shared/crypto/signing';
import { scoredNominations, scoringJurors } from '../../shared/contest/model';
import { definitionSha256, safeMediaName, writePackageHead, type PackageEntry, type PackageMedia, type PackagePayload } from '../../shared/package/packageFile';
import type { PackageReceipt } from '../../shared/ipc/scoringTypes';
import { ProblemError, type Problem } from '../../shared/problem';
import type { ContestWorkspace } from './contestWorkspace';
import { writeFileDurablyWith } from './durableFile';
import { forEachChunk, isMediaFile, localMediaPath, sha256OfRange } from './mediaFiles';

export interface PackageOptions {
  jurorId: string;
  /** Only entries of these nominations (all when absent or empty). */
  nominations?: string[];
  /** Only these entries (all when absent or empty). */
  entryIds?: string[];
  /** Carry each entry's local media file, so the juror can watch it offline. */
  includeMedia: boolean;
}

/**
 * Writes the file a juror opens on their laptop: the contest definition, the eligible entries
 * assigned to them and, if asked, their media, signed with the contest's organiser key. A
 * disqualified entry is never sent. Nothing is written when any part is refused.
 */
export function exportPackage(ws: ContestWorkspace, opts: PackageOptions, outPath: string): PackageReceipt {
  // Written by renaming over the target: aimed at the contest file itself, it would destroy the contest.
  if (sameFile(outPath, ws.path)) throw new ProblemError([{ code: 'io', file: basename(outPath), params: { detail: 'this is the contest file itself; choose another name for the package' } }]);
  const { def, juror, chosen, found } = choosePackageEntries(ws, opts);

  const media: (PackageMedia & { path: string })[] = [];
  const names = new Set<string>();
  let offset = 0;
  const entries: PackageEntry[] = chosen.map((e) => {
    const base = { id: e.id, nomination: e.nomination, participant: e.participant, organisation: e.organisation, region: e.region, age_group: e.age_group, link: e.link };
    const path = found.get(e.id);
    if (!path) return { ...base, media: null };
    const name = uniqueName(e.id, extname(path).toLowerCase(), names);
    const size = statSync(path).size;
    media.push({ entry: e.id, name, offset, size, sha256: sha256OfRange(path, 0, size), path });
    offset += size;
    return { ...base, media: name };
  });

  const keys = ws.organiserKeys();
  const payload: PackagePayload = {
    format: 'jury.package/1',
    contest: { uid: ws.uid, definitionSha256: definitionSha256(def) },
    definition: def,
    juror: { id: juror.id, name: juror.name },
    createdAt: ws.ctx.now().toISOString(),
    entries,
    media: media.map(({ path: _path, ...m }) => m),
  };
  const head = writePackageHead(payload, keys);
  const label = basename(outPath);
  writeFileDurablyWith(outPath, label, 0o666, (write) => {
    write(head);
    for (const m of media) {
      // Hashed again while copied: a video changed since it was hashed would make a package that lies.
      const hash = createHash('sha256');
      forEachChunk(m.path, 0, m.size, (chunk) => (hash.update(chunk), write(chunk)));
      if (hash.digest('hex') !== m.sha256) throw new ProblemError([{ code: 'mediaAltered', file: basename(m.path), params: { entry: m.entry } }]);
    }
  });
  const receipt: PackageReceipt = { fileName: label, jurorId: juror.id, entries: entries.length, media: media.length, sha256: sha256Hex(head), fingerprint: fingerprint(keys.publicKey) };
  ws.db.transaction(() => {
    ws.signing.recordIssued({
      juror_id: juror.id,
      file_name: label,
      sha256: receipt.sha256,
      definition_sha256: payload.contest.definitionSha256,
      entries: entries.length,
      media: media.length,
      created_at: payload.createdAt,
      actor: ws.ctx.actor(),
      entry_ids: JSON.stringify(entries.map((e) => e.id)),
    });
    ws.audit('packageExported', null, null, { juror: juror.id, file: label, entries: entries.length, media: media.length, sha256: receipt.sha256 });
  })();
  return receipt;
}

/**
 * "17.mp4": the entry id made safe as a file name, unique within the package even where case is
 * ignored (Windows, macOS), and one the juror's app accepts (safeMediaName: no device name such
 * as CON, nothing hidden), or the whole package would be refused when opened.
 */
function uniqueName(id: string, ext: string, taken: Set<string>): string {
  const stem = id.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^[.\s]+/, '_').slice(0, 100) || 'entry';
  for (let n = 1; ; n++) {
    let name = `${stem}${n > 1 ? `-${n}` : ''}${ext}`;
    if (!safeMediaName(name)) name = `entry-${name}`;
    const key = name.normalize('NFC').toLowerCase();
    if (safeMediaName(name) && !taken.has(key)) return taken.add(key), name;
    if (n > 10_000) throw new ProblemError([{ code: 'internal', params: { detail: `no media file name for entry ${id}` } }]);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether two paths name one file (the same path, or the same file reached another way). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino && x.ino !== 0;
  } catch {
    return false;
  }
}

/**
 * What a package request would carry, checked without writing anything: the juror (a scoring
 * member), the eligible entries chosen, and each one's media file when asked. The window runs
 * it before asking where to save, so a refusal comes before the dialog.
 */
export function choosePackageEntries(ws: ContestWorkspace, opts: PackageOptions) {
  const def = ws.definition();
  const juror = scoringJurors(def).find((j) => j.id === opts.jurorId);
  if (!juror) throw new ProblemError([{ code: 'jurorNotOnPanel', field: 'juror', params: { id: opts.jurorId, allowed: scoringJurors(def).map((j) => j.id).join(', ') } }]);
  const scored = new Set(scoredNominations(def).map((n) => n.id));
  const all = ws.entries();
  const known = new Set(all.map((e) => e.id));
  const unknown = (opts.entryIds ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new ProblemError(unknown.slice(0, 20).map((id): Problem => ({ code: 'unknownEntry', field: 'entries', params: { id } })));
  // A mistyped nomination would silently leave the juror without its entries.
  const strange = (opts.nominations ?? []).filter((id) => !scored.has(id));
  if (strange.length) {
    const audience = new Set(def.nominations.map((n) => n.id));
    throw new ProblemError(
      strange
        .slice(0, 20)
        .map((value): Problem => (audience.has(value) ? { code: 'audienceNomination', field: 'nominations', params: { value } } : { code: 'unknownNomination', field: 'nominations', params: { value, allowed: [...scored].join(', ') } })),
    );
  }
  const wantedNominations = opts.nominations?.length ? new Set(opts.nominations) : null;
  const wantedEntries = opts.entryIds?.length ? new Set(opts.entryIds) : null;
  const chosen = all.filter(
    (e) => e.eligible && e.nomination !== null && scored.has(e.nomination) && (!wantedNominations || wantedNominations.has(e.nomination)) && (!wantedEntries || wantedEntries.has(e.id)),
  );
  if (!chosen.length) throw new ProblemError([{ code: 'noEntriesAssigned' }]);

  // Every media file is found before any is hashed: a missing one is reported at once, not
  // after gigabytes of the others have been read.
  const problems: Problem[] = [];
  const found = new Map<string, string>();
  if (opts.includeMedia) {
    for (const e of chosen) {
      if (!e.media?.trim()) continue;
      const path = localMediaPath(ws.path, e.media);
      if (!path || !isMediaFile(path) || !isFile(path)) {
        problems.push(path ? { code: 'notMedia', file: basename(path), field: `entries[${e.id}].media`, params: { entry: e.id, path: e.media } } : { code: 'mediaMissing', params: { entry: e.id, path: e.media } });
      } else found.set(e.id, path);
    }
  }
  if (problems.length) throw new ProblemError(problems.slice(0, 50));
  return { def, juror, chosen, found };
}
