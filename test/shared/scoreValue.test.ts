import { describe, expect, it } from 'vitest';
import { Rational } from '../../shared/exact/rational';
import { checkScore, scoreText } from '../../shared/scores/scoreValue';

const c = (max: number, step = 1) => ({ max, step });

describe('checkScore (SCORING.md §1)', () => {
  it('accepts 0 … max on the step, with a dot or a comma', () => {
    for (const v of ['0', '5', '4.5', '4,5', ' 3 ']) expect(checkScore(v, c(5, 0.5)).ok).toBe(true);
    expect(checkScore(0.25, c(1, 0.25)).ok).toBe(true);
    expect(checkScore('0.3', c(1, 0.1)).ok).toBe(true); // exact: 0.3 is 3 × 0.1
  });
  it('refuses out of range, off step and non-numbers with what was typed', () => {
    expect(checkScore('6', c(5))).toMatchObject({ ok: false, code: 'scoreOutOfRange', params: { value: '6', max: 5 } });
    expect(checkScore('-1', c(5))).toMatchObject({ ok: false, code: 'scoreOutOfRange' });
    expect(checkScore('4.5', c(5))).toMatchObject({ ok: false, code: 'scoreOffStep', params: { step: 1 } });
    expect(checkScore('4.25', c(5, 0.5))).toMatchObject({ ok: false, code: 'scoreOffStep' });
    expect(checkScore('бес', c(5))).toMatchObject({ ok: false, code: 'notANumber', params: { value: 'бес' } });
    expect(checkScore('', c(5))).toMatchObject({ ok: false, code: 'notANumber' });
    expect(checkScore('1e1', c(50))).toMatchObject({ ok: false, code: 'notANumber' });
  });
  it('writes exact decimal text', () => {
    expect(scoreText(Rational.parse('7.50')!)).toBe('7.5');
    expect(scoreText(Rational.parse('0.25')!)).toBe('0.25');
    expect(scoreText(Rational.parse('10')!)).toBe('10');
  });
});
