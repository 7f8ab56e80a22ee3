import type { AwardScheme } from '../contest/model';
import { Rational } from '../exact/rational';

/**
 * SCORING.md §4. Count mode: with B(k) the sum of the first k counts, rank r gets award k when
 * B(k-1) < r ≤ B(k); tied entries share a rank, so a tie across a boundary gives all of them
 * the better award. Threshold mode: the first award whose minScore ≤ A(e).
 */
export function awardFor(scheme: AwardScheme, rank: number, score: Rational): string | null {
  if (scheme.mode === 'count') {
    let boundary = 0;
    for (const place of scheme.places) {
      const before = boundary;
      boundary += place.count ?? 0;
      if (before < rank && rank <= boundary) return place.id;
    }
    return null;
  }
  for (const place of scheme.places) {
    if (place.minScore !== undefined && Rational.fromNumber(place.minScore).cmp(score) <= 0) return place.id;
  }
  return null;
}
