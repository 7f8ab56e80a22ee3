import type { ContestDefinition } from '../contest/model';
import { scoredNominations } from '../contest/model';

/** One juror's marks: scores keyed by scoreKey(entry, criterion), comments and recusals by entry. */
export interface JurorScores {
  /** Exact decimal text, e.g. "7.5". */
  scores: Map<string, string>;
  comments: Map<string, string>;
  /** Entry → the juror's reason (may be empty when typed from paper). */
  recusals: Map<string, string>;
}

export interface EntryRef {
  id: string;
  nomination: string | null;
}

export interface NominationProgress {
  nomination: string;
  total: number;
  /** Entries with every criterion scored, or recused. */
  done: number;
}

export interface Progress {
  total: number;
  done: number;
  recused: number;
  commented: number;
  nominations: NominationProgress[];
  /** Entries still missing a score, with the criteria left, in entry order. */
  missing: { entry: string; criteria: string[] }[];
}

/** How far a juror has got: what the progress bar shows and what a submission warns about. */
export function jurorProgress(def: ContestDefinition, entries: readonly EntryRef[], marks: JurorScores): Progress {
  const criteria = new Map(scoredNominations(def).map((n) => [n.id, n.criteria.map((c) => c.id)]));
  const perNomination = new Map<string, NominationProgress>();
  const missing: Progress['missing'] = [];
  let done = 0;
  for (const e of entries) {
    const nom = e.nomination ?? '';
    const bucket = perNomination.get(nom) ?? { nomination: nom, total: 0, done: 0 };
    perNomination.set(nom, bucket);
    bucket.total++;
    const left = marks.recusals.has(e.id) ? [] : (criteria.get(nom) ?? []).filter((c) => !marks.scores.has(`${e.id}\u0000${c}`));
    if (left.length) missing.push({ entry: e.id, criteria: left });
    else {
      done++;
      bucket.done++;
    }
  }
  const ids = new Set(entries.map((e) => e.id));
  // In the contest's order (as the filters list them), not in the order the entries happen to come.
  const order = [...criteria.keys()];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return {
    total: entries.length,
    done,
    recused: [...marks.recusals.keys()].filter((id) => ids.has(id)).length,
    commented: [...marks.comments.keys()].filter((id) => ids.has(id)).length,
    nominations: [...perNomination.values()].sort((a, b) => rank(a.nomination) - rank(b.nomination)),
    missing,
  };
}
