import type { TotalsTable } from './types';

/**
 * Advisory statistics beside the official result: how each juror scores, how far they sit
 * from the rest of the panel, which entries split the panel, and a bias-normalised ranking.
 * None of this changes a rank or an award; it is plain floating point because it only informs.
 */
export interface JurorStat {
  juror: string;
  /** Entries this juror gave a total. */
  count: number;
  mean: number;
  /** Standard deviation of the juror's totals. */
  spread: number;
  /** Mean of (juror's total − the other jurors' mean for the same entry): + generous, − strict. */
  offset: number;
  /** |offset| is large against the panel's scale (over 10% of the highest possible total). */
  farFromPanel: boolean;
}

export interface DisputedEntry {
  entry: string;
  /** Highest minus lowest juror total. */
  range: number;
}

export interface NormalisedRow {
  entry: string;
  /** Mean of the juror totals after each juror's z-scores are rescaled to the panel's mean and spread. */
  score: number;
  rank: number;
}

export interface PanelStatistics {
  jurors: JurorStat[];
  /** Entries whose juror totals differ by more than a quarter of the highest possible total. */
  disputed: DisputedEntry[];
  normalised: NormalisedRow[];
}

export const FAR_FROM_PANEL = 0.1;
export const DISPUTED_RANGE = 0.25;

export function panelStatistics(t: TotalsTable): PanelStatistics {
  const J = t.jurors.length;
  const at = (e: number, j: number) => t.totals[e * J + j];
  const all: number[] = [];
  const perJuror = t.jurors.map(() => [] as number[]);
  const offsets = t.jurors.map(() => [] as number[]);
  const disputed: DisputedEntry[] = [];
  for (let e = 0; e < t.entries.length; e++) {
    let sum = 0;
    let n = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < J; j++) {
      const v = at(e, j);
      if (Number.isNaN(v)) continue;
      sum += v;
      n++;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      perJuror[j].push(v);
      all.push(v);
    }
    if (n >= 2 && hi - lo > DISPUTED_RANGE * t.maxTotal) disputed.push({ entry: t.entries[e], range: hi - lo });
    if (n < 2) continue;
    for (let j = 0; j < J; j++) {
      const v = at(e, j);
      if (!Number.isNaN(v)) offsets[j].push(v - (sum - v) / (n - 1));
    }
  }
  const jurors = t.jurors.map((juror, j): JurorStat => {
    const offset = meanOf(offsets[j]);
    return { juror, count: perJuror[j].length, mean: meanOf(perJuror[j]), spread: sdOf(perJuror[j]), offset, farFromPanel: Math.abs(offset) > FAR_FROM_PANEL * t.maxTotal };
  });
  disputed.sort((a, b) => b.range - a.range);
  return { jurors, disputed, normalised: normalise(t, jurors, meanOf(all), sdOf(all)) };
}

/** Each juror's totals as z-scores, rescaled to the whole panel's mean and spread, then averaged per entry. */
function normalise(t: TotalsTable, stats: JurorStat[], panelMean: number, panelSd: number): NormalisedRow[] {
  const J = t.jurors.length;
  const rows: { entry: string; score: number }[] = [];
  for (let e = 0; e < t.entries.length; e++) {
    let sum = 0;
    let n = 0;
    for (let j = 0; j < J; j++) {
      const v = t.totals[e * J + j];
      if (Number.isNaN(v)) continue;
      const z = stats[j].spread > 0 ? (v - stats[j].mean) / stats[j].spread : 0;
      sum += panelMean + z * panelSd;
      n++;
    }
    if (n) rows.push({ entry: t.entries[e], score: sum / n });
  }
  rows.sort((a, b) => b.score - a.score);
  let rank = 0;
  return rows.map((r, i) => {
    // Equal to 9 significant digits counts as equal: these are floating-point, advisory figures.
    if (i === 0 || Math.abs(rows[i - 1].score - r.score) > 1e-9 * Math.max(1, Math.abs(r.score))) rank = i + 1;
    return { ...r, rank };
  });
}

const meanOf = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);
function sdOf(v: number[]): number {
  if (v.length < 2) return 0;
  const m = meanOf(v);
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
}
