import { localize } from '../../../shared/contest/localized';
import { scoredNominations, scoringJurors } from '../../../shared/contest/model';
import { Rational } from '../../../shared/exact/rational';
import type { Language } from '../../../shared/i18n/languages';
import type { ProtocolSource } from '../../../shared/protocol/types';
import type { ContestWorkspace } from '../contestWorkspace';

export interface JurorSheetRow {
  entry: string;
  nomination: string;
  participant: string;
  /** One per column of `criteria`; null where not scored (or not a criterion of the entry's nomination). */
  scores: (number | null)[];
  /** Σ weight × score, exact then as a number; null unless every criterion of the nomination is scored. */
  total: number | null;
  recused: string | null;
  comment: string | null;
}

export interface JurorSheets {
  criteria: { nomination: string; id: string; name: string }[];
  jurors: { id: string; name: string; code: string; rows: JurorSheetRow[] }[];
}

/** Every juror's own scores, entry by entry in registry order, for one sheet each in the XLSX. */
export function jurorSheets(ws: ContestWorkspace, source: ProtocolSource, lang: Language): JurorSheets {
  const def = source.definition;
  const nominations = scoredNominations(def);
  const criteria = nominations.flatMap((n) => n.criteria.map((c) => ({ nomination: n.id, id: c.id, name: localize(c.name, lang) })));
  const column = new Map(criteria.map((c, i) => [`${c.nomination}\u0000${c.id}`, i]));
  const nominationOf = new Map(ws.entries().map((e) => [e.id, e.nomination]));
  const nominationName = new Map(nominations.map((n) => [n.id, localize(n.name, lang)]));
  const byId = new Map(nominations.map((n) => [n.id, n]));
  const order = new Map([...source.names.keys()].map((id, i) => [id, i]));
  type Pair = { scores: Map<string, string>; recused: string | null; comment: string | null };
  const pairs = new Map<string, Map<string, Pair>>();
  const pair = (juror: string, entry: string): Pair => {
    let mine = pairs.get(juror);
    if (!mine) pairs.set(juror, (mine = new Map()));
    let p = mine.get(entry);
    if (!p) mine.set(entry, (p = { scores: new Map(), recused: null, comment: null }));
    return p;
  };
  for (const [juror, entry, criterion, value] of ws.db.prepare<[], [string, string, string, string]>('SELECT juror_id, entry_id, criterion_id, value FROM scores').raw(true).iterate()) pair(juror, entry).scores.set(criterion, value);
  for (const [juror, entry, reason] of ws.db.prepare<[], [string, string, string]>('SELECT juror_id, entry_id, reason FROM recusals').raw(true).iterate()) pair(juror, entry).recused = reason || '—';
  for (const [juror, entry, text] of ws.db.prepare<[], [string, string, string]>('SELECT juror_id, entry_id, text FROM comments').raw(true).iterate()) pair(juror, entry).comment = text;

  const jurors = scoringJurors(def).map((j, i) => {
    const mine = pairs.get(j.id) ?? new Map<string, Pair>();
    const entries = [...mine.keys()].filter((e) => order.has(e)).sort((a, b) => order.get(a)! - order.get(b)!);
    const rows = entries.map((entry): JurorSheetRow => {
      const p = mine.get(entry)!;
      const nomination = nominationOf.get(entry) ?? '';
      const n = byId.get(nomination);
      const scores: (number | null)[] = new Array(criteria.length).fill(null);
      let total: Rational | null = n && !p.recused ? Rational.ZERO : null;
      for (const c of n?.criteria ?? []) {
        const text = p.scores.get(c.id);
        const value = text === undefined ? null : Rational.parse(text);
        const col = column.get(`${nomination}\u0000${c.id}`);
        if (value && col !== undefined) scores[col] = value.toNumber();
        total = total && value ? total.add(value.mul(Rational.fromNumber(c.weight))) : null;
      }
      return { entry, nomination: nominationName.get(nomination) ?? nomination, participant: source.names.get(entry)?.participant || source.names.get(entry)?.organisation || '', scores, total: total ? total.toNumber() : null, recused: p.recused, comment: p.comment };
    });
    return { id: j.id, name: j.name, code: String(i + 1), rows };
  });
  return { criteria, jurors };
}
