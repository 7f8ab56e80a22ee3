import { scoredNominations, type ContestDefinition, type Criterion } from '../../shared/contest/model';
import type { Entry } from '../../shared/entries/model';
import type { JurorPayload, ScoreRecord } from '../../shared/juror/jurorFile';
import { fail, ok, type Problem, type Result } from '../../shared/problem';
import { checkScore, scoreText, type ScoreCheck } from '../../shared/scores/scoreValue';
import type { ContestWorkspace } from './contestWorkspace';

const MAX_PROBLEMS = 50;

/** What a mark is checked against in the organiser's file: the contest's entries and the criteria of their nominations. */
export interface ContestRules {
  definition: ContestDefinition;
  entries: readonly Entry[];
  /** entry id → its nomination (null: in no scored nomination). */
  nominationOf: ReadonlyMap<string, string | null>;
  criteria: ReadonlyMap<string, ReadonlyMap<string, Criterion>>;
  /** checkScore, remembered per criterion and text: 100,000 scores hold a few dozen distinct values. */
  check(criterion: Criterion, value: string): CheckedValue;
}

type CheckedValue = ScoreCheck & { text?: string };

export function contestRules(ws: ContestWorkspace): ContestRules {
  const definition = ws.definition();
  const entries = ws.entries();
  // Keyed by the criterion object itself: no key string is built per score.
  const checked = new Map<Criterion, Map<string, CheckedValue>>();
  return {
    definition,
    entries,
    nominationOf: new Map(entries.map((e) => [e.id, e.nomination])),
    criteria: new Map(scoredNominations(definition).map((n) => [n.id, new Map(n.criteria.map((c) => [c.id, c]))])),
    check(criterion, value) {
      let values = checked.get(criterion);
      if (!values) checked.set(criterion, (values = new Map()));
      let r = values.get(value);
      if (!r) {
        const c = checkScore(value, criterion);
        // Stored in its exact canonical form ("7.5"), whatever spelling a hand-made file used.
        r = c.ok ? { ...c, text: scoreText(c.value) } : c;
        values.set(value, r);
      }
      return r;
    },
  };
}

export type CellProblem = Omit<Problem, 'file'>;

/**
 * One score against the contest: the entry exists and is in a scored nomination, the criterion
 * is one of that nomination's, the value is in range and on the step. The canonical text, or the problem.
 */
export function checkCell(rules: ContestRules, entry: string, criterion: string, value: string): { ok: true; text: string } | { ok: false; problem: CellProblem } {
  const nomination = rules.nominationOf.get(entry);
  const criteria = nomination ? rules.criteria.get(nomination) : undefined;
  const c = criteria?.get(criterion);
  if (c) {
    const r = rules.check(c, value);
    if (r.ok) return { ok: true, text: r.text! };
  }
  // The field is named only for a problem: 100,000 good scores build no strings.
  const field = `entries[${entry}].${criterion}`;
  if (nomination === undefined) return { ok: false, problem: { code: 'unknownEntry', field, params: { id: entry } } };
  if (!criteria) return { ok: false, problem: { code: 'entryWithoutNomination', field, params: { id: entry } } };
  if (!c) return { ok: false, problem: { code: 'criterionNotInNomination', field, params: { id: criterion, entry, allowed: [...criteria.keys()].join(', ') } } };
  const r = rules.check(c, value) as Extract<CheckedValue, { ok: false }>;
  return { ok: false, problem: { code: r.code, field, params: r.params } };
}

export interface CheckedMarks {
  /** How many scores the file gives. */
  scores: number;
  /** The scores whose text is not in canonical form ("07", "7,5"), with the canonical text: stored as such. */
  respelled: ScoreRecord[];
  /** entry → how many of its criteria are scored. */
  scored: Map<string, number>;
}

/**
 * Every mark of a signed juror file against the contest. Anyone can make a key and sign a file,
 * so nothing is taken on trust: unknown entries or criteria, values out of range or off the
 * step, a recusal or comment given twice, and scores for an entry the juror recused from are
 * all refused. A score given twice is refused by the scores table's key when it is stored
 * (see duplicateScores): checking it here would cost a string per score of every good file.
 */
export function checkMarks(rules: ContestRules, payload: JurorPayload, file: string): Result<CheckedMarks> {
  const problems: Problem[] = [];
  let more = 0;
  // Every problem is counted; the first fifty are told, which is what a person can act on.
  const report = (p: Problem) => void (problems.length < MAX_PROBLEMS ? problems.push(p) : more++);
  const respelled: ScoreRecord[] = [];
  const scored = new Map<string, number>();
  const recused = new Set<string>();
  const known = (entry: string, field: string) => {
    if (rules.nominationOf.has(entry)) return true;
    report({ code: 'unknownEntry', file, field, params: { id: entry } });
    return false;
  };
  for (const r of payload.recusals) {
    if (!known(r.entry, `recusals[${r.entry}]`)) continue;
    if (recused.has(r.entry)) report({ code: 'duplicateMark', file, field: `recusals[${r.entry}]` });
    recused.add(r.entry);
  }
  const commented = new Set<string>();
  for (const x of payload.comments) {
    if (!known(x.entry, `comments[${x.entry}]`)) continue;
    if (commented.has(x.entry)) report({ code: 'duplicateMark', file, field: `comments[${x.entry}]` });
    commented.add(x.entry);
  }
  // A file lists an entry's scores together: they are counted per run of the same entry.
  let run = '';
  let runLength = 0;
  const endRun = () => void (runLength && scored.set(run, (scored.get(run) ?? 0) + runLength));
  for (const s of payload.scores) {
    const cell = checkCell(rules, s.entry, s.criterion, s.value);
    if (!cell.ok) {
      report({ ...cell.problem, file });
      continue;
    }
    if (recused.has(s.entry)) report({ code: 'recusedScored', file, field: `entries[${s.entry}].${s.criterion}`, params: { entry: s.entry } });
    if (cell.text !== s.value) respelled.push({ entry: s.entry, criterion: s.criterion, value: cell.text });
    if (s.entry !== run) (endRun(), (run = s.entry), (runLength = 0));
    runLength++;
  }
  endRun();
  if (!problems.length) return ok({ scores: payload.scores.length, respelled, scored });
  if (more) problems.push({ code: 'moreProblems', file, params: { count: more } });
  return fail(...problems);
}

/** The scores a file gives twice, named: met only when the scores table refused the file's second one. */
export function duplicateScores(payload: JurorPayload, file: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const s of payload.scores) {
    const key = `${s.entry}\u0000${s.criterion}`;
    if (seen.has(key) && problems.length < MAX_PROBLEMS) problems.push({ code: 'duplicateMark', file, field: `entries[${s.entry}].${s.criterion}` });
    seen.add(key);
  }
  return problems;
}
