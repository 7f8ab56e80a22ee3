import { describe, expect, it } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { contestResults, overrideAward, recordTieDecision } from '../../../electron/services/results';
import { resultsCsv, resultsJson } from '../../../shared/results/resultsTable';
import { contestWithEntries, fixedContext, loadPaperSheet, problemsOf, runCli, tempDir } from '../helpers';

async function scoredContest() {
  const dir = tempDir();
  const path = await contestWithEntries(dir);
  const ws = ContestWorkspace.open(path, fixedContext());
  loadPaperSheet(ws);
  return { dir, path, ws };
}

describe('contest results from the database', () => {
  it('ranks the scored entries of the fixture with the contest’s method, chain and awards', async () => {
    const { ws } = await scoredContest();
    const { results } = contestResults(ws);
    const main = results.nominations.find((n) => n.id === 'main')!;
    expect(main.results.length).toBeGreaterThan(10);
    // ranks are competition ranks, scores never increase down the table
    main.results.forEach((r, i) => {
      expect(r.rank).toBe(main.results.findIndex((x) => x.rank === r.rank) + 1);
      if (i) expect(r.score.cmp(main.results[i - 1].score)).toBeLessThanOrEqual(0);
    });
    // I ×3, II ×3, III ×4 in count mode: at least 10 awarded
    expect(main.results.filter((r) => r.award).length).toBeGreaterThanOrEqual(10);
    expect(main.results[0].award).toBe('I');
    // a recusal in the sheet is counted apart
    expect(main.recusedPairs).toBe(1);
    // every eligible entry of main is ranked or unscored, every ineligible one is listed apart
    const entries = ws.entries().filter((e) => e.nomination === 'main');
    expect(main.results.length + main.unscored.length).toBe(entries.filter((e) => e.eligible).length);
    expect(main.disqualified.map((d) => d.entry)).toEqual(entries.filter((e) => !e.eligible).map((e) => e.id));
    expect(main.disqualified.every((d) => d.reason.length > 0)).toBe(true);
    ws.close();
  });

  it('audience nominations list the winners by metric with the nomination as award', async () => {
    const { ws } = await scoredContest();
    const likes = contestResults(ws).results.nominations.find((n) => n.id === 'likes')!;
    expect(likes.kind).toBe('audience');
    expect(likes.results.length).toBeGreaterThanOrEqual(8);
    expect(likes.results.every((r) => r.award === 'likes' && r.rank <= 8)).toBe(true);
    const eligible = new Map(ws.entries().map((e) => [e.id, e]));
    expect(likes.results.every((r) => eligible.get(r.entry)!.eligible && eligible.get(r.entry)!.likes === r.score.toNumber())).toBe(true);
    ws.close();
  });

  it('JSON and CSV follow SCORING.md §6', async () => {
    const { ws } = await scoredContest();
    const { results } = contestResults(ws);
    const json = JSON.parse(resultsJson(results));
    expect(Object.keys(json)).toEqual(['nominations']);
    expect(json.nominations.map((n: { id: string }) => n.id)).toEqual(['main', 'comments', 'likes', 'views']);
    for (const n of json.nominations) {
      expect(Object.keys(n)).toEqual(['id', 'results', 'unscored', 'disqualified']);
      for (const r of n.results) {
        expect(Object.keys(r)).toEqual(['entry', 'rank', 'score', 'award', 'tiebreak']);
        expect(typeof r.score).toBe('number');
      }
    }
    const names = new Map(ws.entries().map((e) => [e.id, { participant: e.participant, organisation: e.organisation }]));
    const csv = resultsCsv(results, names);
    expect(csv.startsWith('\uFEFFnomination,rank,entry,participant,organisation,score,award,tiebreak\r\n')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines.length - 1).toBe(results.nominations.reduce((s, n) => s + n.results.length, 0));
    expect(lines[1]).toMatch(/^main,1,[^,]+,.*,\d+\.\d\d,I,/);
    ws.close();
  });

  it('a recorded jury vote breaks a surviving tie, an override changes an award; both go to the audit log', async () => {
    const { ws } = await scoredContest();
    // With the chain ending in `decision`, two entries given identical scores stay tied until a vote.
    const def = ws.definition();
    const main = def.nominations.find((n) => n.id === 'main')!;
    if (!('metric' in main)) main.tieBreak = ['decision'];
    ws.saveDefinition(def);
    const top = contestResults(ws).results.nominations[0];
    const tie = top.unresolvedTies[0];
    expect(tie?.length).toBeGreaterThanOrEqual(2);
    const ordering = [...tie].reverse();
    recordTieDecision(ws, { nomination: 'main', ordering, reason: 'Қазылар дауыс берді: 4 — 1' });
    const after = contestResults(ws).results.nominations[0].results.filter((r) => tie.includes(r.entry));
    expect(after.map((r) => r.entry)).toEqual(ordering);
    expect(after.every((r) => r.tiebreak?.rule === 'decision')).toBe(true);

    const last = contestResults(ws).results.nominations[0].results.at(-1)!;
    overrideAward(ws, { nomination: 'main', entry: last.entry, award: 'III', reason: 'Ұйымдастыру комитетінің шешімі' });
    const overridden = contestResults(ws).results.nominations[0].results.at(-1)!;
    expect(overridden).toMatchObject({ award: 'III', override: { computed: last.award } });
    expect(ws.auditTrail().map((a) => a.action).slice(0, 2)).toEqual(['awardOverride', 'tieDecision']);
    ws.close();
  });

  it('gives the same results when an entry id holds the separators the scores are packed with', async () => {
    const { ws } = await scoredContest();
    const scoresOf = () => new Map(contestResults(ws).results.nominations.flatMap((n) => n.results.map((r) => [r.entry, `${n.id} ${r.score.toString()} ${r.jurors}`])));
    const before = scoresOf();
    const [id] = [...before.keys()];
    // An id imported before such ids were refused: the scores are then read pair by pair.
    const odd = `${id}\u001e\u001d\u001f`;
    ws.db.transaction(() => {
      for (const table of ['entries', 'scores', 'recusals']) ws.db.prepare(`UPDATE ${table} SET ${table === 'entries' ? 'id' : 'entry_id'} = ? WHERE ${table === 'entries' ? 'id' : 'entry_id'} = ?`).run(odd, id);
    })();
    ws.invalidate();
    const after = scoresOf();
    expect(after.get(odd)).toBe(before.get(id));
    before.delete(id);
    after.delete(odd);
    expect(after).toEqual(before);
    ws.close();
  });

  it('says which stored score no longer fits when the criteria changed after the merge', async () => {
    const { ws } = await scoredContest();
    const def = ws.definition();
    const main = def.nominations[0];
    if ('criteria' in main) main.criteria[0].max = 1;
    ws.saveDefinition(def);
    const problems = problemsOf(() => contestResults(ws));
    expect(problems[0]).toMatchObject({ code: 'scoreNoLongerFits', file: 'contest.jury', params: { criterion: 'relevance', max: 1, step: 1 } });
    ws.close();
  });

  it('refuses a decision or an override without a reason, for an unknown nomination or award', async () => {
    const { ws } = await scoredContest();
    expect(problemsOf(() => recordTieDecision(ws, { nomination: 'main', ordering: ['1', '2'], reason: ' ' }))[0].code).toBe('reasonRequired');
    expect(problemsOf(() => recordTieDecision(ws, { nomination: 'likes', ordering: ['1', '2'], reason: 'x' }))[0]).toMatchObject({ code: 'unknownNomination', params: { allowed: 'main' } });
    expect(problemsOf(() => overrideAward(ws, { nomination: 'main', entry: '1', award: 'GP', reason: 'x' }))[0]).toMatchObject({ code: 'oneOf', params: { allowed: 'I, II, III' } });
    expect(problemsOf(() => overrideAward(ws, { nomination: 'main', entry: 'nope', award: 'I', reason: 'x' }))[0].code).toBe('unknownEntry');
    ws.close();
  });
});

describe('jury results', () => {
  it('prints JSON by default and CSV on request; same input, same bytes', async () => {
    const { path, ws } = await scoredContest();
    ws.close();
    const json = await runCli('results', path);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).nominations[0].results[0].rank).toBe(1);
    const csv = await runCli('results', path, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out.startsWith('\uFEFFnomination,rank,')).toBe(true);
    expect((await runCli('results', path, '--format', 'csv')).out).toBe(csv.out);
  });

  it('wrong usage exits 2, a missing database 1', async () => {
    expect((await runCli('results')).code).toBe(2);
    expect((await runCli('results', 'x.jury', '--format', 'pdf')).code).toBe(2);
    const missing = await runCli('results', `${tempDir()}/none.jury`);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('none.jury');
  });
});
