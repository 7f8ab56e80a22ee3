import type { ScoredNomination } from '../contest/model';
import { decimalString } from '../exact/rational';
import { SCORE_SEPARATOR, VALUE_SEPARATOR } from './types';

/**
 * One nomination's scores as scaled integers, so that 1.5 million scores are summed exactly
 * without a fraction object each: a score s of a criterion whose step has d decimals is a
 * multiple of 10^-d, so s × 10^D (D = the most decimals any step has) is a whole number; a
 * weight w likewise becomes w × 10^W. A juror's total Σ w × s is then Σ (w×10^W)(s×10^D),
 * a whole number in units of 10^-(D+W). JavaScript numbers hold whole numbers exactly up to
 * 2^53; `fitsInNumbers` says whether every possible total and every sum of totals stays below
 * that, and when it does not the totals are summed as BigInt instead.
 */
export class ScoreMatrix {
  readonly criteria: string[];
  readonly criterionIndex: Map<string, number>;
  /** 10^D: a score's scale. */
  readonly scoreDecimals: number;
  /** Each weight × 10^W. */
  readonly scaledWeights: number[];
  /** Totals are whole numbers in units of 1 / totalScale. */
  readonly totalScale: bigint;
  /** scores[(e × jurors + j) × criteria + c] = score × 10^D, NaN when not given. */
  readonly scores: Float64Array;
  /** recused[e × jurors + j] = 1 when juror j recused themself from entry e. */
  readonly recused: Uint8Array;
  readonly fitsInNumbers: boolean;
  private readonly parsed = new Map<string, number>();
  /** Each criterion's max and step at the score scale: a stored score is checked against them again. */
  private readonly maxScaled: number[];
  private readonly stepScaled: number[];
  /** The criteria in id order (as SQLite lists them), with their index in the nomination. */
  private readonly sortedCriteria: { id: string; index: number }[];
  private readonly sortedPosition: number[];

  constructor(
    readonly nomination: ScoredNomination,
    readonly entryCount: number,
    readonly jurorCount: number,
  ) {
    this.criteria = nomination.criteria.map((c) => c.id);
    this.criterionIndex = new Map(this.criteria.map((id, i) => [id, i]));
    this.sortedCriteria = this.criteria.map((id, index) => ({ id, index })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.sortedPosition = [];
    this.sortedCriteria.forEach((c, i) => (this.sortedPosition[c.index] = i));
    this.scoreDecimals = Math.max(0, ...nomination.criteria.map((c) => decimals(c.step)));
    const weightDecimals = Math.max(0, ...nomination.criteria.map((c) => decimals(c.weight)));
    this.scaledWeights = nomination.criteria.map((c) => scaleDecimal(decimalString(c.weight), weightDecimals));
    this.totalScale = 10n ** BigInt(this.scoreDecimals + weightDecimals);
    const maxTotal = nomination.criteria.reduce((sum, c, i) => sum + Math.ceil(c.max * 10 ** this.scoreDecimals) * this.scaledWeights[i], 0);
    this.fitsInNumbers = maxTotal * Math.max(1, jurorCount) * 2 < Number.MAX_SAFE_INTEGER;
    this.maxScaled = nomination.criteria.map((c) => c.max * 10 ** this.scoreDecimals);
    this.stepScaled = nomination.criteria.map((c) => Math.round(c.step * 10 ** this.scoreDecimals));
    this.scores = new Float64Array(entryCount * jurorCount * this.criteria.length).fill(NaN);
    this.recused = new Uint8Array(entryCount * jurorCount);
  }

  /** Stores one score given as exact decimal text; false when the text is not a score of this scale. */
  set(entry: number, juror: number, criterion: number, value: string): boolean {
    // A contest has few distinct score texts ("7", "7.5"): parse each once.
    let scaled = this.parsed.get(value);
    if (scaled === undefined) this.parsed.set(value, (scaled = scaleDecimal(value, this.scoreDecimals)));
    if (Number.isNaN(scaled)) return false;
    this.scores[(entry * this.jurorCount + juror) * this.criteria.length + criterion] = scaled;
    return true;
  }

  /**
   * Stores one juror's packed scores of one entry (see PairVisitor). The ids usually come in the
   * nomination's sorted order, so each is matched in place; any other order is looked up.
   * Returns the first score that is not on the nomination's scale, or null.
   */
  setPacked(entry: number, juror: number, packed: string): { criterion: string; value: string } | null {
    const base = (entry * this.jurorCount + juror) * this.criteria.length;
    let guess = 0;
    for (let pos = 0; pos < packed.length; ) {
      let end = packed.indexOf(SCORE_SEPARATOR, pos);
      if (end < 0) end = packed.length;
      const mid = packed.indexOf(VALUE_SEPARATOR, pos);
      let c = -1;
      if (mid > pos && mid < end) {
        const expected = this.sortedCriteria[guess];
        if (expected !== undefined && mid - pos === expected.id.length && packed.startsWith(expected.id, pos)) c = expected.index;
        else c = this.criterionIndex.get(packed.slice(pos, mid)) ?? -1;
        guess = (this.sortedPosition[c] ?? -1) + 1;
      }
      if (c >= 0) {
        const scaled = parseScaled(packed, mid + 1, end, this.scoreDecimals);
        // Scores were checked when merged; the contest's criteria may have changed since (a lower
        // max, a coarser step), and a score that no longer fits must not count silently.
        if (!this.fits(c, scaled)) return { criterion: this.criteria[c], value: packed.slice(mid + 1, end) };
        this.scores[base + c] = scaled;
      }
      pos = end + 1;
    }
    return null;
  }

  /** Whether a scaled score is a score of this criterion now: 0 ≤ s ≤ max, a multiple of the step. */
  private fits(c: number, scaled: number): boolean {
    return !Number.isNaN(scaled) && scaled <= this.maxScaled[c] * (1 + 1e-12) && scaled % this.stepScaled[c] === 0;
  }

  score(entry: number, juror: number, criterion: number): number {
    return this.scores[(entry * this.jurorCount + juror) * this.criteria.length + criterion];
  }

  /**
   * T(j,e) in units of 1 / totalScale, or null when the juror recused themself or left a
   * criterion unscored (SCORING.md §1: such a pair takes no part in the aggregate).
   */
  total(entry: number, juror: number): bigint | null {
    if (this.recused[entry * this.jurorCount + juror]) return null;
    const base = (entry * this.jurorCount + juror) * this.criteria.length;
    if (this.fitsInNumbers) {
      let sum = 0;
      for (let c = 0; c < this.criteria.length; c++) {
        const s = this.scores[base + c];
        if (s !== s) return null; // NaN: not scored
        sum += s * this.scaledWeights[c];
      }
      return BigInt(sum);
    }
    let sum = 0n;
    for (let c = 0; c < this.criteria.length; c++) {
      const s = this.scores[base + c];
      if (Number.isNaN(s)) return null;
      sum += BigInt(s) * BigInt(this.scaledWeights[c]);
    }
    return sum;
  }

  /** T(j,e) as a whole number in units of 1 / totalScale, NaN when absent; exact only when fitsInNumbers. */
  totalNumber(entry: number, juror: number): number {
    if (this.recused[entry * this.jurorCount + juror]) return NaN;
    const base = (entry * this.jurorCount + juror) * this.criteria.length;
    let sum = 0;
    for (let c = 0; c < this.criteria.length; c++) sum += this.scores[base + c] * this.scaledWeights[c];
    return sum; // NaN propagates from any unscored criterion
  }

  /** Whether the juror gave at least one score to the entry. */
  touched(entry: number, juror: number): boolean {
    const base = (entry * this.jurorCount + juror) * this.criteria.length;
    for (let c = 0; c < this.criteria.length; c++) if (!Number.isNaN(this.scores[base + c])) return true;
    return false;
  }
}

/** How many decimals a number prints with (0.25 → 2). */
function decimals(n: number): number {
  const text = decimalString(n);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * "7.5" at 2 decimals → 750. NaN when the text is not a plain non-negative decimal or has more
 * significant decimals than the scale (a score off every step of the nomination).
 */
export function scaleDecimal(text: string, scale: number): number {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return NaN;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > scale) return NaN;
  const digits = m[1] + frac.padEnd(scale, '0');
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : NaN;
}

/**
 * The decimal text[start, end) × 10^scale as a whole number, read digit by digit (no string is
 * made for each of 1.5 million scores); NaN when it is not a plain decimal with at most `scale`
 * significant decimals.
 */
export function parseScaled(text: string, start: number, end: number, scale: number): number {
  let n = 0;
  let decimals = -1;
  let digits = 0;
  let trailingZeros = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 46 /* . */ && decimals < 0 && digits > 0) {
      decimals = 0;
      continue;
    }
    if (ch < 48 || ch > 57) return NaN;
    digits++;
    if (decimals >= 0) {
      decimals++;
      trailingZeros = ch === 48 ? trailingZeros + 1 : 0;
    }
    n = n * 10 + (ch - 48);
  }
  if (digits === 0 || decimals === 0) return NaN;
  let d = Math.max(decimals, 0);
  // "7.50" at one decimal is 75: drop zeros the scale does not need.
  while (d > scale && trailingZeros > 0) {
    n /= 10;
    d--;
    trailingZeros--;
  }
  if (d > scale) return NaN;
  const scaled = n * 10 ** (scale - d);
  return Number.isSafeInteger(scaled) ? scaled : NaN;
}
