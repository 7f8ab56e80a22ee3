import { validateContest } from '../../shared/contest/validate';
import { contestFromTemplate, TEMPLATE_IDS } from '../../shared/contest/templates';
import { isAudience, scoredNominations, type ScoredNomination } from '../../shared/contest/model';
import { localize } from '../../shared/contest/localized';
import { parseContestFile, serializeContest } from '../../shared/contest/file';

describe('shared/contest/templates', () => {
  it.each(TEMPLATE_IDS)('%s validates and keeps its defaults explicit', (id) => {
    const def = contestFromTemplate(id);
    const res = validateContest(JSON.parse(JSON.stringify(def)));
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    expect(res.value).toEqual(def);
    expect(parseContestFile(serializeContest(def))).toEqual({ ok: true, value: def });
  });

  it.each(TEMPLATE_IDS)('%s names everything in kk, ru and en', (id) => {
    const def = contestFromTemplate(id);
    const names = [def.title, ...def.nominations.map((n) => n.name), ...scoredNominations(def).flatMap((n) => n.criteria.map((c) => c.name))];
    for (const name of names) {
      expect(typeof name).toBe('object');
      for (const lang of ['kk', 'ru', 'en'] as const) expect((name as Record<string, string>)[lang]?.trim()).toBeTruthy();
    }
  });

  describe('video-challenge (seed 000)', () => {
    const def = contestFromTemplate('video-challenge');
    const main = scoredNominations(def)[0];

    it('has the six criteria in the seed order', () => {
      expect(scoredNominations(def)).toHaveLength(1);
      expect(main.criteria.map((c) => c.id)).toEqual(['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects']);
      expect(localize(main.criteria[0].name, 'kk')).toBe('Челлендж тақырыбына сәйкестігі');
      expect(localize(main.criteria[5].name, 'ru')).toBe('Видеоэффекты');
    });

    it('awards I 3, II 3, III 4', () => {
      expect(main.awards.mode).toBe('count');
      expect(main.awards.places.map((p) => [p.id, p.count])).toEqual([['I', 3], ['II', 3], ['III', 4]]);
    });

    it('has audience nominations comments 3, likes 8, views 15', () => {
      expect(def.nominations.filter(isAudience).map((n) => [n.id, n.metric, n.count])).toEqual([
        ['comments', 'comments', 3],
        ['likes', 'likes', 8],
        ['views', 'views', 15],
      ]);
    });

    it('carries the screening rules of seed 000', () => {
      expect(def.eligibility).toEqual({ maxDurationSec: 60, minFollowers: 5, hashtag: '#Барлығына рақмет', onePerParticipant: true });
    });
  });

  describe('projects (seed 002)', () => {
    const def = contestFromTemplate('projects');
    const [social, innovative] = scoredNominations(def) as [ScoredNomination, ScoredNomination];

    it('has a social and an innovative nomination with 10 criteria each', () => {
      expect(def.nominations.map((n) => n.id)).toEqual(['social', 'innovative']);
      expect(social.criteria.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => `s${i + 1}`));
      expect(innovative.criteria.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => `i${i + 1}`));
      for (const c of [...social.criteria, ...innovative.criteria]) expect([c.max, c.step, c.weight]).toEqual([10, 1, 1]);
    });

    it('awards Grand Prix 1, I 1, II 2, III 2 (seed 002 decision table)', () => {
      for (const n of [social, innovative]) expect(n.awards.places.map((p) => [p.id, p.count])).toEqual([['GP', 1], ['I', 1], ['II', 2], ['III', 2]]);
    });
  });

  it('the blank template has one nomination with one criterion', () => {
    const def = contestFromTemplate('blank');
    expect(def.nominations).toHaveLength(1);
    expect(scoredNominations(def)[0].criteria).toHaveLength(1);
  });

  it('returns a fresh copy each time', () => {
    const a = contestFromTemplate('video-challenge');
    scoredNominations(a)[0].criteria[0].max = 99;
    scoredNominations(a)[0].criteria.pop();
    a.eligibility!.minFollowers = 0;
    const b = contestFromTemplate('video-challenge');
    expect(scoredNominations(b)[0].criteria).toHaveLength(6);
    expect(scoredNominations(b)[0].criteria[0].max).toBe(5);
    expect(b.eligibility!.minFollowers).toBe(5);
  });
});
