import { contestCompleteness, mergeStatus } from '../../../electron/services/completeness';
import { mergeJurorFiles } from '../../../electron/services/merge';
import { importPaperScores, setPaperEntry } from '../../../electron/services/paperScores';
import { fingerprint, sha256Hex } from '../../../shared/crypto/signing';
import { cellState } from '../../../shared/merge/completeness';
import { NOW, paperScores } from '../helpers';
import { organiser, sheet, signedFile } from './mergeFixture';
import { gatherProtocol } from '../../../electron/services/protocol/gather';

describe('contestCompleteness with packages of part of the entries', () => {
  it('an entry the juror was not given is unassigned, and the protocol does not count it as missing', async () => {
    const o = await organiser();
    // j1's package holds entries 1–10 only; every other juror's package (the fixture's) holds all
    o.ws.db.prepare("UPDATE packages_issued SET entry_ids = ? WHERE juror_id = 'j1'").run(JSON.stringify(Array.from({ length: 10 }, (_, i) => String(i + 1))));
    o.ws.db.prepare("UPDATE packages_issued SET entry_ids = NULL WHERE juror_id <> 'j1'").run();
    const c = contestCompleteness(o.ws);
    const j1 = c.nominations[0].perJuror[0];
    expect(j1).toMatchObject({ missing: 10, unassigned: c.nominations[0].entries.length - 10 });
    expect(c.nominations[0].perJuror[1].unassigned).toBe(0);
    expect(gatherProtocol(o.ws).source.completion.missingPairs).toBe(c.counts.missing);
  });
});

describe('contestCompleteness', () => {
  it('counts scored, incomplete, missing and recused cells from the marks in the contest file', async () => {
    const o = await organiser();
    const upTo10 = (id: string) => Number(id) <= 10;
    mergeJurorFiles(o.ws, [{ name: 'j1', bytes: signedFile(o, { juror: 'j1', csv: paperScores('j1', upTo10) }) }]);
    // j3 recused from 7 on paper; j2 has one half-scored entry typed by hand
    await importPaperScores(o.ws, { fileName: 'p.csv', bytes: new TextEncoder().encode(paperScores('j3', upTo10)) });
    setPaperEntry(o.ws, { jurorId: 'j2', entryId: '1', scores: { relevance: '3' }, comment: null, recusal: null });
    // a disqualified entry leaves the matrix
    o.ws.decide(['125'], 'disqualified', 'көшірме');

    const c = contestCompleteness(o.ws);
    expect(c.nominations).toHaveLength(1);
    const main = c.nominations[0];
    expect(main.jurors).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
    expect(main.entries).toHaveLength(o.entries.length - 1);
    expect(main.cells).toHaveLength(5 * main.entries.length);
    const n = main.entries.length;
    expect(main.perJuror).toEqual([
      { scored: 10, incomplete: 0, missing: n - 10, recused: 0, unassigned: 0 },
      { scored: 0, incomplete: 1, missing: n - 1, recused: 0, unassigned: 0 },
      { scored: 9, incomplete: 0, missing: n - 10, recused: 1, unassigned: 0 },
      { scored: 0, incomplete: 0, missing: n, recused: 0, unassigned: 0 },
      { scored: 0, incomplete: 0, missing: n, recused: 0, unassigned: 0 },
    ]);
    expect(cellState(main, 2, main.entries.indexOf('7'))).toBe('recused');
    expect(main.unscoredEntries).toBe(n - 10);
    expect(c.complete).toBe(false);
  });

  it('does not count a score for a criterion the nomination no longer has', async () => {
    const o = await organiser();
    mergeJurorFiles(o.ws, [{ name: 'j1', bytes: signedFile(o, { juror: 'j1', csv: paperScores('j1', (id) => id === '1') }) }]);
    expect(contestCompleteness(o.ws).nominations[0].perJuror[0].scored).toBe(1);
    const def = structuredClone(o.def);
    const main = def.nominations.find((x) => x.id === 'main') as { criteria: { id: string }[] };
    // renamed: six scores stand, but only five of them are for this nomination's criteria now
    main.criteria[0].id = 'topic';
    o.ws.saveDefinition(def);
    expect(contestCompleteness(o.ws).nominations[0].perJuror[0]).toMatchObject({ scored: 0, incomplete: 1 });
  });
});

describe('mergeStatus', () => {
  it('lists each juror’s key and every file merged, marking the current revision', async () => {
    const o = await organiser();
    const r1 = signedFile(o, { juror: 'j4', csv: sheet('j4', '1,relevance,1,') });
    const r2 = signedFile(o, { juror: 'j4', revision: 2, previous: r1, csv: sheet('j4', '1,relevance,2,') });
    mergeJurorFiles(o.ws, [{ name: 'r1', bytes: r1 }, { name: 'r2', bytes: r2 }]);
    const fp = fingerprint(o.keyOf('j4').publicKey);
    expect(mergeStatus(o.ws)).toEqual({
      keys: [{ jurorId: 'j4', fingerprint: fp, firstSeenAt: NOW }],
      files: [
        { jurorId: 'j4', revision: 1, fileName: 'r1', sha256: sha256Hex(r1), fingerprint: fp, createdAt: NOW, mergedAt: NOW, actor: 'organiser', scores: 1, current: false },
        { jurorId: 'j4', revision: 2, fileName: 'r2', sha256: sha256Hex(r2), fingerprint: fp, createdAt: NOW, mergedAt: NOW, actor: 'organiser', scores: 1, current: true },
      ],
    });
  });
});
