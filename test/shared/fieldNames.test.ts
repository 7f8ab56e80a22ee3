import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../shared/i18n/problemMessages';
import { fieldLabel } from '../../shared/i18n/fieldNames';

describe('contest field paths named as the setup screen names them', () => {
  it('numbers list items the way each language does', () => {
    expect(fieldLabel('nominations[0].criteria[5].name.kk', 'kk')).toBe('1-номинация, 6-өлшемшарт, атауы, қазақша');
    expect(fieldLabel('nominations[0].criteria[5].max', 'ru')).toBe('номинация 1, критерий 6, максимальный балл');
    expect(fieldLabel('jury[2].name', 'en')).toBe('juror 3, name');
    expect(fieldLabel('jury', 'kk')).toBe('қазылар алқасы');
    expect(fieldLabel('nominations[1].tieBreak[0]', 'kk')).toBe('2-номинация, 1-ереже');
    expect(fieldLabel('nominations[0].awards.places[2].count', 'kk')).toBe('1-номинация, марапаттар, 3-марапат, саны');
    expect(fieldLabel('nominations[3].count', 'kk')).toBe('4-номинация, жеңімпаздар саны');
  });

  it('leaves a path it does not know as it is', () => {
    expect(fieldLabel('entries[999].sound', 'kk')).toBeNull();
    expect(fieldLabel('juror.id', 'en')).toBeNull();
    expect(fieldLabel('$', 'en')).toBeNull();
    // A criterion whose id is a word known here, named alone (a paper sheet's column), stays an id.
    expect(fieldLabel('step', 'kk')).toBeNull();
  });

  it('the window names the field (with its path when it is in a file); the command line keeps the path', () => {
    const p = { code: 'positive' as const, field: 'nominations[0].criteria[0].max', params: { value: 0 } };
    expect(describeProblem(p, 'kk', { fieldNames: true })).toMatch(/^1-номинация, 1-өлшемшарт, ең жоғары балл: /);
    const inFile = { ...p, file: 'contest.json' };
    expect(describeProblem(inFile, 'kk', { fieldNames: true })).toMatch(/^contest\.json, 1-номинация, 1-өлшемшарт, ең жоғары балл \(nominations\[0\]\.criteria\[0\]\.max\): /);
    expect(describeProblem(inFile, 'en')).toMatch(/^contest\.json, field nominations\[0\]\.criteria\[0\]\.max: /);
  });
});
