import type { EligibilityRules } from '../../shared/contest/model';
import { contestFromTemplate } from '../../shared/contest/templates';
import { normalizeHashtag, normalizeLink, screenEntries } from '../../shared/entries/eligibility';
import { buildEntries } from '../../shared/entries/importRows';
import { suggestMapping } from '../../shared/entries/mapping';
import type { EntryData } from '../../shared/entries/model';
import { ineligibilityReason, withEligibility, type StoredEntry } from '../../shared/entries/status';
import { parseCsv } from '../../shared/table/csv';
import { entryData, fixtureBytes } from './helpers/common';

const SEED_000: EligibilityRules = contestFromTemplate('video-challenge').eligibility!;
const codes = (flags: Map<string, { code: string }[]>, id: string) => (flags.get(id) ?? []).map((f) => f.code);
const screenOne = (fields: Partial<EntryData>) => codes(screenEntries([entryData('1', fields)], SEED_000), '1');

describe('shared/entries/eligibility + status', () => {
  it('uses the seed 000 rules', () => {
    expect(SEED_000).toEqual({ maxDurationSec: 60, minFollowers: 5, hashtag: '#Барлығына рақмет', onePerParticipant: true });
  });

  it('no rules, no flags', () => {
    expect(screenEntries([entryData('1', { duration: 600, followers: 0, hashtag: '' })], undefined).size).toBe(0);
    expect(screenEntries([entryData('1', { duration: 600 }), entryData('2', { duration: 600 })], {}).size).toBe(0);
  });

  describe('duration and followers', () => {
    it('61 s is tooLong, 60 s is fine, no duration is not checked', () => {
      expect(screenEntries([entryData('1', { duration: 61 })], SEED_000).get('1')).toEqual([{ code: 'tooLong', params: { value: 61, max: 60 } }]);
      expect(screenOne({ duration: 60 })).toEqual([]);
      expect(screenOne({ duration: 60.5 })).toEqual(['tooLong']);
      expect(screenOne({ duration: null })).toEqual([]);
    });

    it('4 followers is fewFollowers, 5 is fine, no count is not checked', () => {
      expect(screenEntries([entryData('1', { followers: 4 })], SEED_000).get('1')).toEqual([{ code: 'fewFollowers', params: { value: 4, min: 5 } }]);
      expect(screenOne({ followers: 5 })).toEqual([]);
      expect(screenOne({ followers: 0 })).toEqual(['fewFollowers']);
      expect(screenOne({ followers: null })).toEqual([]);
    });
  });

  describe('hashtag', () => {
    it.each(['#Барлығына рақмет', '#барлығына  Рақмет', '# Барлығына рақмет', '#БарлығынаРақмет', '#БАРЛЫҒЫНА_РАҚМЕТ', 'Барлығына рақмет', 'Видео #Барлығына рақмет #балабақша'])(
      '%j passes',
      (hashtag) => expect(screenOne({ hashtag })).toEqual([]),
    );

    it.each(['#Барлыгына рахмет', '#Барлығына рахмет', '#Барлыгына рақмет', '', '#Всем спасибо', '#рақмет'])('%j is noHashtag', (hashtag) => {
      expect(screenEntries([entryData('1', { hashtag })], SEED_000).get('1')).toEqual([{ code: 'noHashtag', params: { value: hashtag, tag: '#Барлығына рақмет' } }]);
    });

    it('no hashtag column (null) is not checked', () => {
      expect(screenOne({ hashtag: null })).toEqual([]);
    });

    it('normalizeHashtag folds case, spaces, # and _, but not letters', () => {
      expect(normalizeHashtag('  # Барлығына   РАҚМЕТ ')).toBe('барлығынарақмет');
      expect(normalizeHashtag('#Барлыгына рахмет')).not.toBe(normalizeHashtag('#Барлығына рақмет'));
    });
  });

  describe('one entry per participant', () => {
    const link = 'https://www.instagram.com/reel/C384f42b4b/';

    it.each([
      'https://instagram.com/reel/C384f42b4b/',
      'https://www.instagram.com/reel/C384f42b4b',
      'http://www.instagram.com/reel/C384f42b4b/?igsh=MWx2c3Z4',
      'instagram.com/reel/C384f42b4b',
      'https://WWW.Instagram.COM/reel/C384f42b4b//',
      'https://m.instagram.com/reel/C384f42b4b/#comments',
      '  https://www.instagram.com/reel/C384f42b4b/  ',
    ])('the same link as %j flags the later entry as duplicateLink of the first', (other) => {
      const flags = screenEntries([entryData('a1', { link, participant: 'A' }), entryData('b2', { link: other, participant: 'B' })], SEED_000);
      expect(flags.get('a1')).toBeUndefined();
      expect(flags.get('b2')).toEqual([{ code: 'duplicateLink', params: { of: 'a1' } }]);
    });

    it('the instagram path keeps its case (C384f and c384F are different videos)', () => {
      const flags = screenEntries([entryData('1', { link: 'https://instagram.com/reel/C384f/', participant: 'A' }), entryData('2', { link: 'https://instagram.com/reel/c384F/', participant: 'B' })], SEED_000);
      expect(flags.size).toBe(0);
    });

    it('normalizeLink drops scheme, www., query, fragment and trailing slash; lowercases the host only', () => {
      expect(normalizeLink('https://www.Instagram.com/reel/C384f/?igsh=x#y')).toBe('instagram.com/reel/C384f');
      expect(normalizeLink('youtu.be/AbC')).toBe('youtu.be/AbC');
    });

    // Regression (fixed): normalizeLink drops the whole query string, so two different YouTube videos
    // (watch?v=AAA and watch?v=BBB) normalise to "youtube.com/watch" and the second entry is
    // flagged duplicateLink. The query is the video's identity for YouTube (a link host the
    // mapping hints name), so onePerParticipant makes a legitimate entry ineligible.
    it('two different YouTube videos are not the same link', () => {
      const flags = screenEntries(
        [entryData('1', { link: 'https://www.youtube.com/watch?v=AAAAAAAAAAA', participant: 'A' }), entryData('2', { link: 'https://www.youtube.com/watch?v=BBBBBBBBBBB', participant: 'B' })],
        SEED_000,
      );
      expect(flags.size).toBe(0);
    });

    it('the same participant and organisation with other case and spacing is duplicateParticipant', () => {
      const flags = screenEntries(
        [
          entryData('1', { participant: 'Ғаниева Ғалым', organisation: '№56 «Балдырған» бөбекжай-бақшасы', link: 'https://instagram.com/reel/A' }),
          entryData('2', { participant: '  ҒАНИЕВА   ғалым ', organisation: '№56 «балдырған»  Бөбекжай-бақшасы', link: 'https://instagram.com/reel/B' }),
        ],
        SEED_000,
      );
      expect(flags.get('2')).toEqual([{ code: 'duplicateParticipant', params: { of: '1' } }]);
      expect(flags.has('1')).toBe(false);
    });

    it('the same name in another organisation is a different participant', () => {
      const flags = screenEntries([entryData('1', { participant: 'Иванова Анна', organisation: 'A' }), entryData('2', { participant: 'Иванова Анна', organisation: 'B' })], SEED_000);
      expect(flags.size).toBe(0);
    });

    it('every later duplicate points at the first entry; both flags can apply', () => {
      const e = (id: string) => entryData(id, { participant: 'X', organisation: 'Y', link: 'https://instagram.com/reel/Z' });
      const flags = screenEntries([e('1'), e('2'), e('3')], SEED_000);
      expect(flags.get('2')).toEqual([{ code: 'duplicateLink', params: { of: '1' } }, { code: 'duplicateParticipant', params: { of: '1' } }]);
      expect(flags.get('3')?.map((f) => f.params.of)).toEqual(['1', '1']);
    });

    it('is off without onePerParticipant', () => {
      const e = (id: string) => entryData(id, { participant: 'X', link: 'https://instagram.com/reel/Z' });
      expect(screenEntries([e('1'), e('2')], { ...SEED_000, onePerParticipant: false }).size).toBe(0);
    });

    it('entries without link or names are not duplicates of each other', () => {
      expect(screenEntries([entryData('1'), entryData('2')], SEED_000).size).toBe(0);
    });
  });

  it('flags exactly the planted bad rows of the Google Form fixture', () => {
    const t = parseCsv(fixtureBytes('thanks-challenge/entries-google-form.csv'));
    if (!t.ok) throw new Error('unreadable');
    const entries = buildEntries(t.value, suggestMapping(t.value.headers), contestFromTemplate('video-challenge'), 'f.csv');
    if (!entries.ok) throw new Error('refused');
    const flags = screenEntries(entries.value, SEED_000);
    expect(Object.fromEntries([...flags].map(([id, list]) => [id, list.map((f) => f.code)]))).toEqual({
      '121': ['tooLong'],
      '122': ['fewFollowers'],
      '123': ['noHashtag'],
      '124': ['duplicateLink', 'duplicateParticipant'],
    });
    expect(flags.get('124')![0].params.of).toBe('4');
  });

  describe('withEligibility and ineligibilityReason', () => {
    const stored = (id: string, fields: Partial<StoredEntry> = {}): StoredEntry => ({ ...entryData(id), seq: Number(id), decision: null, decisionReason: null, ...fields });

    it('eligible when no rule flags the entry and no decision was taken', () => {
      const [a, b] = withEligibility([stored('1', { duration: 30 }), stored('2', { duration: 61 })], SEED_000);
      expect(a).toMatchObject({ id: '1', flags: [], eligible: true });
      expect(b).toMatchObject({ id: '2', eligible: false, flags: [{ code: 'tooLong' }] });
      expect(ineligibilityReason(a, 'en')).toBeNull();
      expect(ineligibilityReason(b, 'en')).toBe('video is 61 s long, over the 60 s limit');
    });

    it("'disqualified' makes an entry ineligible even without flags; the reason is the decision's", () => {
      const [e] = withEligibility([stored('1', { decision: 'disqualified', decisionReason: 'Жабық аккаунт' })], SEED_000);
      expect(e).toMatchObject({ flags: [], eligible: false });
      expect(ineligibilityReason(e, 'kk')).toBe('Жабық аккаунт');
    });

    it("'reinstated' makes an entry eligible despite its flags", () => {
      const [e] = withEligibility([stored('1', { followers: 2, hashtag: '', decision: 'reinstated', decisionReason: 'checked by hand' })], SEED_000);
      expect(e.flags.map((f) => f.code)).toEqual(['fewFollowers', 'noHashtag']);
      expect(e.eligible).toBe(true);
      expect(ineligibilityReason(e, 'en')).toBeNull();
    });

    it('joins the flag texts in the chosen language', () => {
      const [, e] = withEligibility([stored('1', { link: 'https://instagram.com/reel/X' }), stored('2', { link: 'https://instagram.com/reel/X/', followers: 1 })], SEED_000);
      expect(ineligibilityReason(e, 'en')).toBe('account has 1 followers, fewer than 5; same link as entry 1');
      expect(ineligibilityReason(e, 'ru')).toBe('у аккаунта 1 подписчиков, меньше 5; та же ссылка, что у работы 1');
      expect(ineligibilityReason(e, 'kk')).toContain('сілтемесі 1-жұмыспен бірдей');
    });

    it('a disqualification without a recorded reason gives an empty reason', () => {
      const [e] = withEligibility([stored('1', { decision: 'disqualified' })], undefined);
      expect(ineligibilityReason(e, 'en')).toBe('');
    });
  });
});
