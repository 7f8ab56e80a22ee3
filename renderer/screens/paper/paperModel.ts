import type { Criterion } from '../../../shared/contest/model';
import { Rational } from '../../../shared/exact/rational';
import type { JurorMarks, PaperEntryMarks } from '../../../shared/ipc/mergeTypes';
import { scoreText } from '../../../shared/scores/scoreValue';

/** One entry of the sheet as the secretary is typing it. */
export interface PaperDraft {
  /** criterion → score text; empty or absent: not scored. */
  scores: Record<string, string>;
  comment: string;
  recused: boolean;
  reason: string;
}

/** Who put a mark in the contest file: null for the juror's own signed file, else the name of who typed it. */
export type EnteredBy = string | null;

interface StoredEntry {
  scores: Map<string, { value: string; by: EnteredBy }>;
  comment?: { text: string; by: EnteredBy };
  recusal?: { reason: string; by: EnteredBy };
}

export type EntryState = 'done' | 'partial' | 'none' | 'recused';

export const emptyDraft = (): PaperDraft => ({ scores: {}, comment: '', recused: false, reason: '' });

/** One juror's marks in the contest file, by entry, as loaded with paper:jurorMarks and changed by each save. */
export class PaperMarks {
  private byEntry = new Map<string, StoredEntry>();

  static from(m: JurorMarks): PaperMarks {
    const marks = new PaperMarks();
    for (const [entry, criterion, value, by] of m.scores) marks.at(entry).scores.set(criterion, { value, by });
    for (const [entry, text, by] of m.comments) marks.at(entry).comment = { text, by };
    for (const [entry, reason, by] of m.recusals) marks.at(entry).recusal = { reason, by };
    return marks;
  }

  private at(entry: string): StoredEntry {
    let e = this.byEntry.get(entry);
    if (!e) this.byEntry.set(entry, (e = { scores: new Map() }));
    return e;
  }

  draftOf(entry: string): PaperDraft {
    const e = this.byEntry.get(entry);
    if (!e) return emptyDraft();
    return {
      scores: Object.fromEntries([...e.scores].map(([c, s]) => [c, s.value])),
      comment: e.comment?.text ?? '',
      recused: e.recusal !== undefined,
      reason: e.recusal?.reason ?? '',
    };
  }

  /** Who the entry's marks came from: the juror's signed file, typed by someone, or nothing yet. */
  originOf(entry: string): { signed: boolean; typedBy: string[] } {
    const e = this.byEntry.get(entry);
    const all: EnteredBy[] = e ? [...[...e.scores.values()].map((s) => s.by), e.comment?.by ?? undefined, e.recusal?.by ?? undefined].filter((b) => b !== undefined) : [];
    return { signed: all.includes(null), typedBy: [...new Set(all.filter((b): b is string => b !== null))] };
  }

  /** What the main process answered for one saved entry, typed by `by`. */
  apply(saved: PaperEntryMarks, by: string): void {
    const e: StoredEntry = { scores: new Map(Object.entries(saved.scores).map(([c, value]) => [c, { value, by }])) };
    if (saved.comment !== null) e.comment = { text: saved.comment, by };
    if (saved.recusal !== null) e.recusal = { reason: saved.recusal, by };
    if (!e.scores.size && !e.comment && !e.recusal) this.byEntry.delete(saved.entryId);
    else this.byEntry.set(saved.entryId, e);
  }
}

/** What paper:setEntry is sent for a draft: a recusal takes the place of every score. */
export function toInput(d: PaperDraft): Pick<PaperEntryMarks, 'scores' | 'comment' | 'recusal'> {
  const scores = d.recused ? {} : Object.fromEntries(Object.entries(d.scores).filter(([, v]) => v.trim() !== '').map(([c, v]) => [c, v.trim()]));
  return { scores, comment: d.comment.trim() ? d.comment.trim() : null, recusal: d.recused ? d.reason.trim() : null };
}

/** Whether two drafts would store the same marks. */
export function sameMarks(a: PaperDraft, b: PaperDraft): boolean {
  const x = toInput(a);
  const y = toInput(b);
  const keys = new Set([...Object.keys(x.scores), ...Object.keys(y.scores)]);
  for (const k of keys) if (!sameScore(x.scores[k], y.scores[k])) return false;
  return x.comment === y.comment && x.recusal === y.recusal;
}

/** "4,5" typed and "4.5" stored are the same score. */
function sameScore(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const ra = Rational.parse(a.replace(',', '.'));
  const rb = Rational.parse(b.replace(',', '.'));
  return ra && rb ? ra.eq(rb) : a === b;
}

export function draftState(d: PaperDraft, criteria: readonly Criterion[]): EntryState {
  if (d.recused) return 'recused';
  const n = criteria.filter((c) => (d.scores[c.id] ?? '').trim() !== '').length;
  return n === 0 ? 'none' : n === criteria.length ? 'done' : 'partial';
}

/** The juror's total, Σ weight × score, once every criterion is scored (as on the juror's own screen). */
export function draftTotal(d: PaperDraft, criteria: readonly Criterion[]): string | null {
  if (d.recused || !criteria.length) return null;
  let total = Rational.ZERO;
  for (const c of criteria) {
    const v = Rational.parse((d.scores[c.id] ?? '').trim().replace(',', '.'));
    if (!v) return null;
    total = total.add(v.mul(Rational.fromNumber(c.weight)));
  }
  const exact = scoreText(total);
  return exact.split('.')[1]?.length > 2 ? total.toFixed(2) : exact;
}
