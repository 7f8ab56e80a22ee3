import type { Aggregation } from '../contest/model';
import { Rational } from '../exact/rational';

/**
 * A(e) of SCORING.md §2 over whole numbers in units of 1 / scale (juror totals, or one
 * criterion's scores for a tie-break), exactly. `values` need not be sorted; n = 0 gives null.
 */
export function aggregate(values: readonly bigint[], aggregation: Aggregation, scale: bigint): Rational | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  switch (aggregation.method) {
    case 'sum':
      return Rational.of(sumOf(sorted), scale);
    case 'mean':
      return Rational.of(sumOf(sorted), BigInt(n) * scale);
    case 'trimmed-mean': {
      const k = aggregation.trim ?? 1;
      // Too few totals to drop k at each end: the plain mean.
      const kept = n >= 2 * k + 1 ? sorted.slice(k, n - k) : sorted;
      return Rational.of(sumOf(kept), BigInt(kept.length) * scale);
    }
    case 'median':
      return medianOf(sorted, scale);
  }
}

/** The middle value, or the mean of the two middle values, of sorted whole numbers. */
export function medianOf(sorted: readonly bigint[], scale: bigint): Rational | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? Rational.of(sorted[mid], scale) : Rational.of(sorted[mid - 1] + sorted[mid], 2n * scale);
}

function sumOf(values: readonly bigint[]): bigint {
  let s = 0n;
  for (const v of values) s += v;
  return s;
}

export const sortBigints = (values: bigint[]): bigint[] => values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The same as `aggregate` for whole numbers that, with their sums, stay below 2^53 (the caller
 * guarantees it): sorted and summed as plain numbers, one exact fraction made at the end.
 */
export function aggregateWholeNumbers(values: number[], aggregation: Aggregation, scale: bigint): Rational | null {
  const n = values.length;
  if (n === 0) return null;
  values.sort((a, b) => a - b);
  const sum = (from: number, to: number) => {
    let s = 0;
    for (let i = from; i < to; i++) s += values[i];
    return BigInt(s);
  };
  switch (aggregation.method) {
    case 'sum':
      return Rational.of(sum(0, n), scale);
    case 'mean':
      return Rational.of(sum(0, n), BigInt(n) * scale);
    case 'trimmed-mean': {
      const k = aggregation.trim ?? 1;
      const [from, to] = n >= 2 * k + 1 ? [k, n - k] : [0, n];
      return Rational.of(sum(from, to), BigInt(to - from) * scale);
    }
    case 'median': {
      const mid = n >> 1;
      return n % 2 === 1 ? Rational.of(BigInt(values[mid]), scale) : Rational.of(BigInt(values[mid - 1] + values[mid]), 2n * scale);
    }
  }
}
