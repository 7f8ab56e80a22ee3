import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeJurorFiles } from '../../../electron/services/merge';
import { exportPackage } from '../../../electron/services/packageExport';
import { MERGE_CODES } from '../../../shared/i18n/mergeMessages';
import { describeProblem } from '../../../shared/i18n/problemMessages';
import type { JurorPayload } from '../../../shared/juror/jurorFile';
import type { Problem } from '../../../shared/problem';
import { organiser, sheet, signedFile, snapshot, type Organiser } from './mergeFixture';

/** Merges one file into a contest that already holds j2's file, and checks that nothing changed. */
async function refusedWith(name: string, make: (o: Organiser) => Uint8Array | Promise<Uint8Array>): Promise<Problem[]> {
  const o = await organiser();
  mergeJurorFiles(o.ws, [{ name: 'j2.juryscores', bytes: signedFile(o, { juror: 'j2' }) }]);
  const bytes = await make(o);
  const before = snapshot(o);
  const { outcomes } = mergeJurorFiles(o.ws, [{ name, bytes }]);
  expect(outcomes[0].kind).toBe('refused');
  expect(snapshot(o)).toEqual(before);
  const problems = outcomes[0].kind === 'refused' ? outcomes[0].problems : [];
  for (const p of problems) expect(describeProblem(p)).toMatch(new RegExp(`^${name.replace('.', '\\.')}[:,]`));
  return problems;
}

const edited = (edit: (p: JurorPayload) => void, csv?: string) => (o: Organiser) => signedFile(o, { juror: 'j1', csv, edit });
const cut = (bytes: Uint8Array, n: number) => bytes.subarray(0, n);
const flipped = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at < 0 ? copy.length + at : at] ^= 1;
  return copy;
};
const text = (t: string) => new TextEncoder().encode(t);

describe('mergeJurorFiles refuses, naming the file and changing nothing', () => {
  it.each<[string, (o: Organiser) => Uint8Array | Promise<Uint8Array>, string]>([
    ['a file changed after signing', (o) => flipped(signedFile(o, { juror: 'j1' }), -20), 'x.juryscores: has a signature that does not match its content: it was changed after signing'],
    ['a file cut short', (o) => cut(signedFile(o, { juror: 'j1' }), 900), 'x.juryscores: is damaged or cut short'],
    ['a file cut in its first line', (o) => cut(signedFile(o, { juror: 'j1' }), 6), 'x.juryscores: is damaged or cut short'],
    ['a PDF', () => text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'x.juryscores: is not a Jury score file'],
    ['a PNG picture', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'x.juryscores: is not a Jury score file'],
    ['an empty file', () => new Uint8Array(), 'x.juryscores: is empty'],
    ['a juror package', (o) => (exportPackage(o.ws, { jurorId: 'j1', entryIds: ['1'], includeMedia: false }, join(o.dir, 'p.jurypkg')), new Uint8Array(readFileSync(join(o.dir, 'p.jurypkg')))), 'x.juryscores: is a juror package (what the organiser sends to a juror), not a juror’s score file'],
    ['a file of another contest', edited((p) => (p.contest.uid = 'another-contest')), 'x.juryscores: belongs to another contest'],
    ['a file scored under another version of the rules', edited((p) => (p.contest.definitionSha256 = 'c'.repeat(64))), 'x.juryscores: was scored under another version of this contest’s rules'],
    ['a juror not on the panel', (o) => signedFile(o, { juror: 'j9', edit: (p) => (p.juror.id = 'j9') }), 'x.juryscores, field juror.id: "j9" is not a scoring member of the jury panel (the chair and members: j1, j2, j3, j4, j5)'],
    ['a package the contest never issued to that juror (someone signing as j1)', edited((p) => (p.package = 'f'.repeat(64))), 'x.juryscores, field package: was scored from a package this contest never issued to juror j1'],
    ['the secretary, who does not score', (o) => signedFile(o, { juror: 's1', edit: (p) => (p.juror.id = 's1') }), '"s1" is not a scoring member'],
    ['an unknown entry', edited((p) => p.scores.push({ entry: '999', criterion: 'sound', value: '3' })), 'x.juryscores, field entries[999].sound: there is no entry "999"'],
    ['a comment on an unknown entry', edited((p) => p.comments.push({ entry: '999', text: 'x' })), 'x.juryscores, field comments[999]: there is no entry "999"'],
    ['an unknown criterion', edited((p) => p.scores.push({ entry: '100', criterion: 'beauty', value: '3' })), `field entries[100].beauty: "beauty" is not a criterion of entry 100's nomination (relevance, creativity`],
    ['a score out of range', edited((p) => (p.scores[0].value = '6')), 'x.juryscores, field entries[1].relevance: 6 is not allowed: a score is from 0 to 5'],
    ['a negative score', edited((p) => (p.scores[0].value = '-1')), '-1 is not allowed: a score is from 0 to 5'],
    ['a score off the step', edited((p) => (p.scores[0].value = '2.5')), 'x.juryscores, field entries[1].relevance: 2.5 is not allowed: scores go in steps of 1'],
    ['a score that is not a number', edited((p) => (p.scores[0].value = 'жақсы')), '"жақсы" is not a number'],
    ['a score given twice', edited((p) => p.scores.push({ ...p.scores[0] })), 'x.juryscores, field entries[1].relevance: is given twice in the file'],
    ['scores for an entry the juror recused from', edited((p) => p.recusals.push({ entry: '1', reason: 'туысы' })), 'x.juryscores, field entries[1].relevance: entry 1 is scored by a juror who recused themself from it'],
    ['a replayed older revision of another content', (o) => signedFile(o, { juror: 'j2', csv: sheet('j2', '1,relevance,0,') }), 'x.juryscores: is revision 1 of juror j2, but another file with the same revision is already merged'],
  ])('%s', async (_, make, message) => {
    const problems = await refusedWith('x.juryscores', make);
    expect(problems.map((p) => describeProblem(p)).join('\n')).toContain(message);
  });

  it('refuses a file made before the contest’s rules were changed', async () => {
    const problems = await refusedWith('old-rules.juryscores', (o) => {
      const bytes = signedFile(o, { juror: 'j1' });
      o.ws.saveDefinition({ ...o.def, venue: 'Алматы қаласы' });
      return bytes;
    });
    expect(problems).toEqual([{ code: 'otherDefinition', file: 'old-rules.juryscores' }]);
  });

  it('lists at most fifty problems of a file, and says how many more there are', async () => {
    const problems = await refusedWith('many.juryscores', edited((p) => p.scores.forEach((s) => (s.value = '9'))));
    expect(problems).toHaveLength(51);
    expect(describeProblem(problems[50])).toBe('many.juryscores: and 190 more problems like these');
  });

  it('has a message in Kazakh, Russian and English for every new problem', () => {
    for (const code of MERGE_CODES) {
      const p: Problem = { code, file: 'f', params: { juror: 'j1', fingerprint: 'A', expected: 'B', revision: 2, id: '7' } };
      const [kk, ru, en] = (['kk', 'ru', 'en'] as const).map((lang) => describeProblem(p, lang));
      expect(new Set([kk, ru, en]).size, code).toBe(3);
      expect(kk, code).toMatch(/[әғқңөұүһі]/i);
    }
  });
});
