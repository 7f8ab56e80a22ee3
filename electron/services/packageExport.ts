import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fingerprint, sha256Hex } from '../../shared/crypto/signing';
import { scoredNominations } from '../../shared/contest/model';
import { definitionSha256, writePackageHead, type PackageEntry, type PackageMedia, type PackagePayload } from '../../shared/package/packageFile';
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
  const def = ws.definition();
  const juror = def.jury.find((j) => j.id === opts.jurorId);
  if (!juror) throw new ProblemError([{ code: 'jurorNotOnPanel', field: 'juror', params: { id: opts.jurorId, allowed: def.jury.map((j) => j.id).join(', ') } }]);
  const scored = new Set(scoredNominations(def).map((n) => n.id));
  const all = ws.entries();
  const known = new Set(all.map((e) => e.id));
  const unknown = (opts.entryIds ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new ProblemError(unknown.slice(0, 20).map((id): Problem => ({ code: 'unknownEntry', field: 'entries', params: { id } })));
  const wantedNominations = opts.nominations?.length ? new Set(opts.nominations) : null;
  const wantedEntries = opts.entryIds?.length ? new Set(opts.entryIds) : null;
  const chosen = all.filter(
    (e) => e.eligible && e.nomination !== null && scored.has(e.nomination) && (!wantedNominations || wantedNominations.has(e.nomination)) && (!wantedEntries || wantedEntries.has(e.id)),
  );
  if (!chosen.length) throw new ProblemError([{ code: 'noEntriesAssigned' }]);

  const media: (PackageMedia & { path: string })[] = [];
  const problems: Problem[] = [];
  const names = new Set<string>();
  let offset = 0;
  const entries: PackageEntry[] = chosen.map((e) => {
    const base = { id: e.id, nomination: e.nomination, participant: e.participant, organisation: e.organisation, region: e.region, age_group: e.age_group, link: e.link };
    if (!opts.includeMedia || !e.media?.trim()) return { ...base, media: null };
    const path = localMediaPath(ws.path, e.media);
    if (!path || !isMediaFile(path)) {
      problems.push({ code: path ? 'notMedia' : 'mediaMissing', file: path ? basename(path) : undefined, params: { entry: e.id, path: e.media } });
      return { ...base, media: null };
    }
    const name = uniqueName(e.id, extname(path).toLowerCase(), names);
    const size = statSync(path).size;
    media.push({ entry: e.id, name, offset, size, sha256: sha256OfRange(path, 0, size), path });
    offset += size;
    return { ...base, media: name };
  });
  if (problems.length) throw new ProblemError(problems.slice(0, 50));

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
    });
    ws.audit('packageExported', null, null, { juror: juror.id, file: label, entries: entries.length, media: media.length, sha256: receipt.sha256 });
  })();
  return receipt;
}

/** "17.mp4": the entry id made safe as a file name, unique within the package. */
function uniqueName(id: string, ext: string, taken: Set<string>): string {
  const stem = id.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^\.+/, '_').slice(0, 100) || 'entry';
  for (let n = 1; ; n++) {
    const name = `${stem}${n > 1 ? `-${n}` : ''}${ext}`;
    if (!taken.has(name)) return taken.add(name), name;
  }
}
