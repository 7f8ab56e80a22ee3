import type { Criterion } from '../contest/model';
import { Rational } from '../exact/rational';

export type ScoreCheck =
  | { ok: true; value: Rational }
  | { ok: false; code: 'notANumber' | 'scoreOutOfRange' | 'scoreOffStep'; params: Record<string, string | number> };

/**
 * A juror's score for one criterion (SCORING.md §1): a decimal (7, 7.5, or 7,5 as typed on a
 * Kazakh or Russian keyboard), 0 ≤ score ≤ max, a whole multiple of the step. Refused, never
 * clamped or rounded.
 */
export function checkScore(input: string | number, criterion: Pick<Criterion, 'max' | 'step'>): ScoreCheck {
  const text = typeof input === 'number' ? String(input) : input.trim();
  const value = typeof input === 'number' && Number.isFinite(input) ? Rational.fromNumber(input) : Rational.parse(text);
  if (!value) return { ok: false, code: 'notANumber', params: { value: text } };
  const max = Rational.fromNumber(criterion.max);
  const step = Rational.fromNumber(criterion.step);
  if (value.cmp(Rational.ZERO) < 0 || value.cmp(max) > 0) return { ok: false, code: 'scoreOutOfRange', params: { value: text, max: criterion.max } };
  if (!value.isMultipleOf(step)) return { ok: false, code: 'scoreOffStep', params: { value: text, step: criterion.step } };
  return { ok: true, value };
}

/** The exact decimal text of a checked score, as it is stored and signed ("7.5", never 7.499999). */
export function scoreText(value: Rational): string {
  for (let digits = 0; digits <= 12; digits++) {
    const text = value.toFixed(digits);
    if (Rational.parse(text)!.eq(value)) return text;
  }
  return value.toFixed(12);
}
