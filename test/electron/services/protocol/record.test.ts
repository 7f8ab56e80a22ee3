import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContestWorkspace } from '../../../../electron/services/contestWorkspace';
import { gatherProtocol } from '../../../../electron/services/protocol/gather';
import { contestWithEntries, fixedContext, paperScores, runCli, tempDir, writeKeyFile } from '../../helpers';

const JURORS = ['j1', 'j2', 'j3', 'j4', 'j5'];

/** Each juror's signed score file, made as a juror's laptop would (package, then score), from the fixture's sheet. */
async function jurorFiles(dir: string, template: string): Promise<string[]> {
  const files: string[] = [];
  for (const j of JURORS) {
    const pkg = join(dir, `${j}.jurypkg`);
    expect((await runCli('export-package', template, '--juror', j, '--out', pkg)).code).toBe(0);
    const key = join(dir, `${j}.key`);
    writeKeyFile(key);
    const sheet = join(dir, `${j}.csv`);
    writeFileSync(sheet, paperScores(j));
    const out = join(dir, `${j}.juryscores`);
    const scored = await runCli('score', pkg, '--scores', sheet, '--key', key, '--out', out);
    expect(scored.code, scored.err).toBe(0);
    files.push(out);
  }
  return files;
}

describe('the canonical results record', () => {
  it('the same juror files give the same SHA-256, whatever order they are merged in, and a changed score another', async () => {
    const dir = tempDir();
    const a = await contestWithEntries(dir, 'thanks-challenge', 'a.jury');
    const b = await contestWithEntries(dir, 'thanks-challenge', 'b.jury');
    const files = await jurorFiles(dir, a);
    // b is another copy of the same contest: it knows the packages a issued (as a backup taken after would).
    const issued = ContestWorkspace.open(a, fixedContext());
    const rows = issued.signing.issued();
    issued.close();
    const copy = ContestWorkspace.open(b, fixedContext());
    for (const r of rows) copy.signing.recordIssued({ ...r });
    copy.close();
    expect((await runCli('merge', a, ...files)).code).toBe(0);
    for (const f of [...files].reverse()) expect((await runCli('merge', b, f)).code).toBe(0);

    const hash = (path: string) => {
      const ws = ContestWorkspace.open(path, fixedContext());
      try {
        return gatherProtocol(ws);
      } finally {
        ws.close();
      }
    };
    const ga = hash(a);
    const gb = hash(b);
    expect(ga.record.jurorFiles.map((f) => f.juror)).toEqual(JURORS);
    expect(ga.recordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(gb.recordSha256).toBe(ga.recordSha256);
    // recomputed from the same file later: the same again
    expect(hash(a).recordSha256).toBe(ga.recordSha256);
    // one score typed differently from paper: another record
    const ws = ContestWorkspace.open(b, fixedContext());
    ws.db.prepare("UPDATE scores SET value = '0', entered_by = 'secretary' WHERE juror_id = 'j1' AND entry_id = '27' AND criterion_id = 'relevance'").run();
    const changed = gatherProtocol(ws);
    ws.close();
    expect(changed.recordSha256).not.toBe(ga.recordSha256);
    expect(changed.record.paperMarks.count).toBe(1);
  });
});
