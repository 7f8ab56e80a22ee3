import { parseContestFile, serializeContest } from '../../shared/contest/file';
import { validateContest } from '../../shared/contest/validate';
import { isAudience, scoredNominations, type ContestDefinition, type ScoredNomination } from '../../shared/contest/model';
import { describeProblem } from '../../shared/i18n/problemMessages';
import type { Problem } from '../../shared/problem';
import { fixtureText } from './helpers/common';

/** A small valid contest as plain JSON, edited per test. */
function base(): any {
  return {
    format: 'jury.contest/1',
    title: 'Байқау',
    jury: [
      { id: 'j1', name: 'Төраға', role: 'chair' },
      { id: 'j2', name: 'Мүше', role: 'member' },
    ],
    nominations: [
      { id: 'main', name: 'Негізгі', criteria: [{ id: 'a', name: 'A', max: 10 }, { id: 'b', name: 'B', max: 5 }] },
      { id: 'likes', name: 'Лайк', metric: 'likes', count: 8 },
    ],
  };
}

function problemsOf(value: unknown): Problem[] {
  const res = validateContest(value, 'contest.json');
  if (res.ok) throw new Error('expected the contest to be refused');
  return res.problems;
}

/** Edits a fresh base contest and returns its single problem. */
function refuse(edit: (c: any) => void): Problem {
  const c = base();
  edit(c);
  const problems = problemsOf(c);
  expect(problems).toHaveLength(1);
  return problems[0];
}

const scored = (def: ContestDefinition, i = 0): ScoredNomination => scoredNominations(def)[i];

describe('shared/contest/validate + file', () => {
  describe('fixtures', () => {
    it.each(['thanks-challenge/contest.json', 'best-work/contest.json'])('%s validates', (path) => {
      const res = parseContestFile(fixtureText(path), path);
      expect(res.ok).toBe(true);
    });

    it('reads the thanks-challenge contest as written', () => {
      const res = parseContestFile(fixtureText('thanks-challenge/contest.json'));
      if (!res.ok) throw new Error('refused');
      const def = res.value;
      expect(def.language).toBe('kk');
      expect(def.date).toBe('2024-03-04');
      expect(def.jury.filter((m) => m.role === 'chair').map((m) => m.id)).toEqual(['j1']);
      expect(scored(def).criteria.map((c) => c.id)).toEqual(['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects']);
      expect(def.nominations.filter(isAudience).map((n) => [n.metric, n.count])).toEqual([['comments', 3], ['likes', 8], ['views', 15]]);
    });

    it('fills defaults in the best-work contest (criteria give only max)', () => {
      const res = parseContestFile(fixtureText('best-work/contest.json'));
      if (!res.ok) throw new Error('refused');
      for (const n of scoredNominations(res.value)) {
        expect(n.criteria).toHaveLength(10);
        for (const c of n.criteria) expect([c.step, c.weight, c.max]).toEqual([1, 1, 10]);
        expect(n.tieBreak).toEqual(['chair']);
        expect(n.aggregation).toEqual({ method: 'trimmed-mean', trim: 1 });
      }
    });

    it.each(['thanks-challenge/contest.json', 'best-work/contest.json'])('%s survives serialize → parse unchanged', (path) => {
      const first = parseContestFile(fixtureText(path));
      if (!first.ok) throw new Error('refused');
      const text = serializeContest(first.value);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toContain('\n  "format": "jury.contest/1"');
      const second = parseContestFile(text);
      expect(second).toEqual({ ok: true, value: first.value });
      if (second.ok) expect(serializeContest(second.value)).toBe(text);
    });
  });

  describe('defaults', () => {
    it('fills step 1, weight 1, the default tie-break chain, mean and count awards', () => {
      const res = validateContest(base());
      if (!res.ok) throw new Error(JSON.stringify(res.problems));
      const n = scored(res.value);
      expect(n.criteria[0]).toEqual({ id: 'a', name: 'A', max: 10, step: 1, weight: 1 });
      expect(n.tieBreak).toEqual(['criteria-order', 'chair']);
      expect(n.aggregation).toEqual({ method: 'mean' });
      expect(n.awards).toEqual({ mode: 'count', places: [] });
      expect(res.value.language).toBe('kk');
    });

    it('gives trimmed-mean trim 1 when left out', () => {
      const c = base();
      c.nominations[0].aggregation = { method: 'trimmed-mean' };
      const res = validateContest(c);
      expect(res.ok && scored(res.value).aggregation).toEqual({ method: 'trimmed-mean', trim: 1 });
    });

    it('keeps explicit step, weight and trim; numeric stage and protocol number become text', () => {
      const c = base();
      Object.assign(c.nominations[0].criteria[0], { step: 0.5, weight: 2 });
      c.nominations[0].aggregation = { method: 'trimmed-mean', trim: 2 };
      c.protocolNumber = 2;
      c.stage = 3;
      const res = validateContest(c);
      if (!res.ok) throw new Error('refused');
      expect(scored(res.value).criteria[0]).toMatchObject({ step: 0.5, weight: 2 });
      expect(scored(res.value).aggregation.trim).toBe(2);
      expect([res.value.protocolNumber, res.value.stage]).toEqual(['2', '3']);
    });

    it('ignores unknown fields so newer files still open', () => {
      const c = base();
      c.futureField = { x: 1 };
      c.nominations[0].criteria[0].colour = 'red';
      expect(validateContest(c).ok).toBe(true);
    });

    it('accepts threshold awards with minScore', () => {
      const c = base();
      c.nominations[0].awards = { mode: 'threshold', places: [{ id: 'D1', name: 'I дәрежелі диплом', minScore: 54 }, { id: 'D2', name: 'II', minScore: 40.5 }] };
      const res = validateContest(c);
      if (!res.ok) throw new Error(JSON.stringify(res.problems));
      expect(scored(res.value).awards).toEqual({ mode: 'threshold', places: [{ id: 'D1', name: 'I дәрежелі диплом', minScore: 54 }, { id: 'D2', name: 'II', minScore: 40.5 }] });
    });

    it('accepts localized names and a criterion tie-break rule', () => {
      const c = base();
      c.title = { kk: 'Байқау', ru: 'Конкурс', de: 'ignored' };
      c.nominations[0].tieBreak = ['criterion:b', 'head-to-head', 'median', 'decision'];
      const res = validateContest(c);
      if (!res.ok) throw new Error('refused');
      expect(res.value.title).toEqual({ kk: 'Байқау', ru: 'Конкурс' });
      expect(scored(res.value).tieBreak).toEqual(['criterion:b', 'head-to-head', 'median', 'decision']);
    });
  });

  describe('refusals name the field', () => {
    it.each<[string, (c: any) => void, string, Problem['code']]>([
      ['unknown aggregation method', (c) => (c.nominations[0].aggregation = { method: 'average' }), 'nominations[0].aggregation.method', 'oneOf'],
      ['duplicate nomination ids', (c) => (c.nominations[1].id = 'main'), 'nominations[1].id', 'duplicateId'],
      ['duplicate criterion ids', (c) => (c.nominations[0].criteria[1].id = 'a'), 'nominations[0].criteria[1].id', 'duplicateId'],
      ['duplicate jury ids', (c) => (c.jury[1].id = 'j1'), 'jury[1].id', 'duplicateId'],
      ['tie-break naming an unknown criterion', (c) => (c.nominations[0].tieBreak = ['chair', 'criterion:nope']), 'nominations[0].tieBreak[1]', 'unknownCriterion'],
      ['unknown tie-break rule', (c) => (c.nominations[0].tieBreak = ['coin-toss']), 'nominations[0].tieBreak[0]', 'unknownRule'],
      ['tie-break rule that is not a string', (c) => (c.nominations[0].tieBreak = [1]), 'nominations[0].tieBreak[0]', 'type'],
      ['audience count < 0', (c) => (c.nominations[1].count = -1), 'nominations[1].count', 'nonNegativeInteger'],
      ['audience count not whole', (c) => (c.nominations[1].count = 2.5), 'nominations[1].count', 'nonNegativeInteger'],
      ['audience count missing', (c) => delete c.nominations[1].count, 'nominations[1].count', 'required'],
      ['unknown audience metric', (c) => (c.nominations[1].metric = 'shares'), 'nominations[1].metric', 'oneOf'],
      ['max = 0', (c) => (c.nominations[0].criteria[0].max = 0), 'nominations[0].criteria[0].max', 'positive'],
      ['max < 0', (c) => (c.nominations[0].criteria[1].max = -5), 'nominations[0].criteria[1].max', 'positive'],
      ['max as text', (c) => (c.nominations[0].criteria[0].max = '10'), 'nominations[0].criteria[0].max', 'type'],
      ['max missing', (c) => delete c.nominations[0].criteria[0].max, 'nominations[0].criteria[0].max', 'required'],
      ['step = 0', (c) => (c.nominations[0].criteria[0].step = 0), 'nominations[0].criteria[0].step', 'positive'],
      ['step < 0', (c) => (c.nominations[0].criteria[0].step = -0.5), 'nominations[0].criteria[0].step', 'positive'],
      ['weight = 0', (c) => (c.nominations[0].criteria[1].weight = 0), 'nominations[0].criteria[1].weight', 'positive'],
      ['wrong format string', (c) => (c.format = 'jury.contest/2'), 'format', 'format'],
      ['missing format', (c) => delete c.format, 'format', 'required'],
      ['missing title', (c) => delete c.title, 'title', 'required'],
      ['blank title', (c) => (c.title = '   '), 'title', 'required'],
      ['title object without any language', (c) => (c.title = { de: 'Wettbewerb' }), 'title', 'required'],
      ['two chairs', (c) => (c.jury[1].role = 'chair'), 'jury', 'oneChair'],
      ['unknown jury role', (c) => (c.jury[1].role = 'boss'), 'jury[1].role', 'oneOf'],
      ['bad date', (c) => (c.date = '2024-02-30'), 'date', 'invalidDate'],
      ['date not ISO', (c) => (c.date = '04.03.2024'), 'date', 'invalidDate'],
      ['unknown language', (c) => (c.language = 'de'), 'language', 'oneOf'],
      ['no nominations', (c) => (c.nominations = []), 'nominations', 'empty'],
      ['nominations not a list', (c) => (c.nominations = {}), 'nominations', 'type'],
      ['scored nomination without criteria', (c) => (c.nominations[0].criteria = []), 'nominations[0].criteria', 'empty'],
      ['trim not whole', (c) => (c.nominations[0].aggregation = { method: 'trimmed-mean', trim: 1.5 }), 'nominations[0].aggregation.trim', 'nonNegativeInteger'],
      ['count award < 0', (c) => (c.nominations[0].awards = { mode: 'count', places: [{ id: 'I', name: 'I', count: -1 }] }), 'nominations[0].awards.places[0].count', 'nonNegativeInteger'],
      ['threshold award without minScore', (c) => (c.nominations[0].awards = { mode: 'threshold', places: [{ id: 'D1', name: 'D' }] }), 'nominations[0].awards.places[0].minScore', 'required'],
      ['unknown award mode', (c) => (c.nominations[0].awards = { mode: 'lottery', places: [] }), 'nominations[0].awards.mode', 'oneOf'],
      ['duplicate award ids', (c) => (c.nominations[0].awards = { mode: 'count', places: [{ id: 'I', name: 'I', count: 1 }, { id: 'I', name: 'I2', count: 1 }] }), 'nominations[0].awards.places[1].id', 'duplicateId'],
      ['eligibility onePerParticipant not boolean', (c) => (c.eligibility = { onePerParticipant: 'yes' }), 'eligibility.onePerParticipant', 'type'],
      ['eligibility minFollowers < 0', (c) => (c.eligibility = { minFollowers: -1 }), 'eligibility.minFollowers', 'nonNegativeInteger'],
    ])('%s', (_label, edit, field, code) => {
      const p = refuse(edit);
      expect(p).toMatchObject({ field, code, file: 'contest.json' });
    });

    it('a tie-break may not name a criterion of another nomination', () => {
      const c = base();
      c.nominations.push({ id: 'other', name: 'Other', criteria: [{ id: 'z', name: 'Z', max: 3 }] });
      c.nominations[0].tieBreak = ['criterion:z'];
      expect(problemsOf(c)).toEqual([expect.objectContaining({ field: 'nominations[0].tieBreak[0]', code: 'unknownCriterion', params: { id: 'z' } })]);
    });

    it('reports every problem in one pass', () => {
      const c = base();
      c.format = 'x';
      c.nominations[0].criteria[0].max = 0;
      c.nominations[1].count = -3;
      expect(problemsOf(c).map((p) => p.field)).toEqual(['format', 'nominations[0].criteria[0].max', 'nominations[1].count']);
    });

    it.each([null, [], 'text', 42])('refuses a root that is not an object (%j)', (value) => {
      expect(problemsOf(value)).toEqual([expect.objectContaining({ field: '$', code: 'type' })]);
    });
  });

  describe('parseContestFile', () => {
    it('refuses text that is not JSON with code json and the file name', () => {
      const res = parseContestFile('{ "format": ', 'my.json');
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.problems).toEqual([expect.objectContaining({ code: 'json', file: 'my.json' })]);
    });

    it('tolerates a BOM', () => {
      expect(parseContestFile(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
      expect(parseContestFile(`\uFEFF${fixtureText('best-work/contest.json')}`).ok).toBe(true);
    });
  });

  describe('describeProblem', () => {
    const problem: Problem = { code: 'positive', file: 'contest.json', field: 'nominations[0].criteria[0].max', params: { value: 0 } };

    it.each([
      ['en', 'field', 'greater than 0'],
      ['kk', 'өріс', '0-ден үлкен'],
      ['ru', 'поле', 'больше 0'],
    ] as const)('in %s names the file and the field', (lang, word, text) => {
      const msg = describeProblem(problem, lang);
      expect(msg).toContain('contest.json');
      expect(msg).toContain(`${word} nominations[0].criteria[0].max`);
      expect(msg).toContain(text);
    });

    it('names row and column for table problems, and omits the root field "$"', () => {
      expect(describeProblem({ code: 'notWholeNumber', file: 'e.csv', row: 7, column: 'Лайктар саны', params: { value: '12a' } }, 'en')).toBe(
        'e.csv, row 7, column «Лайктар саны»: "12a" is not a whole number 0 or more',
      );
      const root = describeProblem({ code: 'type', field: '$', params: { expected: 'object' } }, 'en');
      expect(root).toMatch(/^must be an? object$/);
    });

    it('describes every refusal of a real validation in all three languages', () => {
      const c = base();
      c.nominations[0].aggregation = { method: 'average' };
      c.nominations[0].tieBreak = ['criterion:nope'];
      for (const p of problemsOf(c)) {
        for (const lang of ['en', 'kk', 'ru'] as const) {
          const msg = describeProblem(p, lang);
          expect(msg).toContain(p.field!);
          expect(msg).not.toMatch(/undefined/);
        }
      }
    });
  });
  it('refuses an id with a control character (ids travel inside joined strings)', () => {
    const def = JSON.parse(fixtureText('thanks-challenge/contest.json'));
    def.nominations[0].criteria[0].id = 'rel\u001fevance';
    const r = validateContest(def);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual({ code: 'controlCharacters', field: 'nominations[0].criteria[0].id' });
  });
});
