import type { ScoredNomination } from '../contest/model';
import { decimalString } from '../exact/rational';

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

  constructor(
    readonly nomination: ScoredNomination,
    readonly entryCount: number,
    readonly jurorCount: number,
  ) {
    this.criteria = nomination.criteria.map((c) => c.id);
    this.criterionIndex = new Map(this.criteria.map((id, i) => [id, i]));
    this.scoreDecimals = Math.max(0, ...nomination.criteria.map((c) => decimals(c.step)));
    const weightDecimals = Math.max(0, ...nomination.criteria.map((c) => decimals(c.weight)));
    this.scaledWeights = nomination.criteria.map((c) => scaleDecimal(decimalString(c.weight), weightDecimals));
    this.totalScale = 10n ** BigInt(this.scoreDecimals + weightDecimals);
    const maxTotal = nomination.criteria.reduce((sum, c, i) => sum + Math.ceil(c.max * 10 ** this.scoreDecimals) * this.scaledWeights[i], 0);
    this.fitsInNumbers = maxTotal * Math.max(1, jurorCount) * 2 < Number.MAX_SAFE_INTEGER;
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
