/**
 * The organiser's merge at contest scale: 15 jurors' signed files, each scoring all of 10,000
 * entries × 10 criteria (the best-work fixture's two nominations, s1..s10 and i1..i10), merged
 * into a contest file on disk as `jury merge DB FOLDER` does it: read from the folder, verified
 * (signature, contest, key, revision, every score against the rules), one transaction per file.
 *
 *   (a) merging the 15 files into a contest that has no marks yet (median of 3 fresh copies);
 *   (b) the same 15 files again: each recognised as already merged;
 *   (c) the completeness matrix over the 1,500,000 scores merged (contestCompleteness).
 *
 * Part of `npm run bench` (scripts/bench.mjs bundles it as the app is bundled).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContestFile } from '../shared/contest/file';
import { scoredNominations, scoringJurors, type ContestDefinition, type JuryMember } from '../shared/contest/model';
import { keyPairFromSeed } from '../shared/crypto/signing';
import { buildJurorPayload, writeJurorFile } from '../shared/juror/jurorFile';
import { definitionSha256 } from '../shared/package/packageFile';
import { emptyScores, scoreKey } from '../shared/scores/scoreSheet';
import { contestCompleteness } from '../electron/services/completeness';
import { ContestWorkspace } from '../electron/services/contestWorkspace';
import { commitImport } from '../electron/services/entryImport';
import { collectJurorFiles, mergeCollected } from '../electron/services/jurorFileSource';
import bestWork from '../test/fixtures/best-work/contest.json';
import { entriesCsv } from './generate';
import type { Report } from './scoring';

const ENTRIES = 10_000;
const JURORS = 15;
const RUNS = 3;

const ctx = { now: () => new Date(), newId: () => Math.random().toString(36).slice(2), actor: () => 'bench' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** best-work with a panel of 15 scoring members (and its secretary). */
function definition(): ContestDefinition {
  const raw = structuredClone(bestWork) as unknown as { jury: JuryMember[] };
  for (let i = 1; raw.jury.filter((j) => j.role !== 'secretary').length < JURORS; i++) raw.jury.push({ id: `m${i}`, name: `Қазы ${i}`, role: 'member' });
  const parsed = parseContestFile(JSON.stringify(raw));
  if (!parsed.ok) throw new Error(`bench definition is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export async function mergeBench(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jury-bench-merge-'));
  try {
    const def = definition();
    const template = join(dir, 'template.jury');
    const organiser = ContestWorkspace.create(template, def, ctx);
    await commitImport(organiser, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(ENTRIES, scoredNominations(def).map((n) => n.id))) });
    const contest = { uid: organiser.uid, definitionSha256: definitionSha256(def) };
    // Each juror file names the package it was scored from; the contest must have issued it.
    for (const j of scoringJurors(def)) {
      organiser.signing.recordIssued({ juror_id: j.id, file_name: 'bench.jurypkg', sha256: '0'.repeat(64), definition_sha256: contest.definitionSha256, entries: ENTRIES, media: 0, created_at: new Date().toISOString(), actor: 'bench' });
    }
    const entries = organiser.entries().map((e) => ({ id: e.id, nomination: e.nomination }));
    organiser.close();

    // Every juror scores every entry on every criterion, each with their own key and values.
    const folder = join(dir, 'stick');
    mkdirSync(folder);
    const criteria = new Map(scoredNominations(def).map((n) => [n.id, n.criteria]));
    const jurors = scoringJurors(def);
    let bytes = 0;
    jurors.forEach((juror, j) => {
      const keys = keyPairFromSeed(new Uint8Array(randomBytes(32)));
      const marks = emptyScores();
      entries.forEach((e, i) => criteria.get(e.nomination!)!.forEach((c, k) => marks.scores.set(scoreKey(e.id, c.id), String((i + j + k) % (c.max + 1)))));
      const payload = buildJurorPayload({ definition: def, contest, packageSha256: '0'.repeat(64), jurorId: juror.id, publicKey: keys.publicKey, entries, marks, revision: 1, previous: null, createdAt: new Date().toISOString() });
      const file = writeJurorFile(payload, keys.secretKey);
      bytes += file.length;
      writeFileSync(join(folder, `${juror.id}.juryscores`), file);
    });
    const scores = ENTRIES * 10 * JURORS;

    const merges: number[] = [];
    let last: ContestWorkspace | null = null;
    for (let run = 0; run < RUNS; run++) {
      const path = join(dir, `run-${run}.jury`);
      copyFileSync(template, path);
      const ws = ContestWorkspace.open(path, ctx);
      const t0 = performance.now();
      const r = mergeCollected(ws, await collectJurorFiles([folder]));
      merges.push(performance.now() - t0);
      if (r.merged !== JURORS) throw new Error(`merged ${r.merged} of ${JURORS}: ${JSON.stringify(r.outcomes.find((o) => o.kind === 'refused'))}`);
      last?.close();
      last = ws;
    }
    report(`merge of ${JURORS} signed juror files, ${ENTRIES} entries × 10 criteria each (${scores} scores, ${(bytes / 1024 / 1024).toFixed(0)} MiB), from a folder (median of ${RUNS})`, median(merges), 5000);

    const ws = last!;
    const t1 = performance.now();
    const again = mergeCollected(ws, await collectJurorFiles([folder]));
    const againMs = performance.now() - t1;
    if (again.alreadyMerged !== JURORS) throw new Error(`re-merge: ${again.alreadyMerged} already merged`);
    report(`the same ${JURORS} files again, each verified and found already merged`, againMs, 5000);

    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const c = contestCompleteness(ws);
      times.push(performance.now() - t0);
      if (!c.complete || c.counts.scored !== ENTRIES * JURORS) throw new Error(`completeness: ${JSON.stringify(c.counts)}`);
    }
    report(`completeness matrix, ${JURORS} jurors × ${ENTRIES} entries over ${scores} scores (median of ${RUNS})`, median(times), 1000);
    ws.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
