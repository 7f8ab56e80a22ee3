import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import { protocolWords } from '../../../shared/protocol/i18n';
import type { ProtocolModel } from '../../../shared/protocol/model';
import type { ProtocolSource } from '../../../shared/protocol/types';
import { localize } from '../../../shared/contest/localized';
import { isScored } from '../../../shared/contest/model';
import type { JurorSheets } from './jurorSheets';

type FileContent = Parameters<typeof writeXlsxFile>[0] extends (infer S)[] ? (S extends Sheet<infer F> ? F : never) : never;

/**
 * The protocol as a workbook: a sheet with the protocol's particulars (status, hashes, signer),
 * the decision table (every ranked entry of every nomination, each juror's total, the score and
 * the award), the disqualified entries, and one sheet per juror with their own scores. Numbers
 * are number cells; text is always a text cell (never a formula, whatever it starts with).
 */
export async function protocolXlsx(m: ProtocolModel, source: ProtocolSource, jurors: JurorSheets): Promise<Uint8Array> {
  const w = protocolWords(m.lang);
  const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
  const text = (value: string | null | undefined): Cell => (value ? { value, type: String } : null);
  const num = (value: number | null, format = '0.00'): Cell => (value === null || Number.isNaN(value) ? null : { value, type: Number, format });

  const v = m.verification;
  const info: Row[] = [
    [bold(w('col_field')), bold(w('col_value'))],
    [text(w('contest')), text(m.title)],
    [text(w('col_no')), text(m.number)],
    [text(w('date')), text(m.date)],
    [text(w('venue')), text(m.venue)],
    [text(w('stage').replace(/:$/, '')), text(m.stage)],
    [text(w('status')), m.preliminary ? { value: `${w('preliminary')}. ${m.preliminary}`, type: String, fontWeight: 'bold', textColor: '#9B1C1C' } : text(w('final'))],
    [text(w('recordHash')), text(v.recordSha256)],
    [text(w('signedBy')), text(v.signer?.name ?? w('unsigned'))],
    [text(w('fingerprint')), text(v.signer?.fingerprint)],
    [text(w('signedAt')), text(v.signer?.signedAt)],
    ...m.jurorLegend.map((j): Row => [text(`${w('col_juror')} ${j.code}`), text(j.name)]),
  ];

  const legend = m.jurorLegend;
  const decision: Row[] = [[bold(w('col_nomination')), bold(w('col_rank')), bold(w('col_entry')), bold(w('col_participant')), bold(w('col_organisation')), ...legend.map((j) => bold(j.code)), bold(w('col_score')), bold(w('col_award'))]];
  const disqualified: Row[] = [[bold(w('col_nomination')), bold(w('col_entry')), bold(w('col_participant')), bold(w('col_organisation')), bold(w('col_reason'))]];
  source.definition.nominations.forEach((n, i) => {
    const r = source.results.nominations[i];
    if (!r) return;
    const name = localize(n.name, m.lang);
    const t = r.totals;
    const rowOf = new Map(t?.entries.map((e, k) => [e, k]) ?? []);
    const awardName = (id: string | null) => (id === null ? null : isScored(n) ? localize(n.awards.places.find((p) => p.id === id)?.name, m.lang) || id : name);
    for (const x of r.results) {
      const e = source.names.get(x.entry);
      const row = rowOf.get(x.entry);
      const totals = legend.map((_, j) => (t && row !== undefined ? num(t.totals[row * t.jurors.length + j]) : null));
      decision.push([text(name), num(x.rank, '0'), text(x.entry), text(e?.participant), text(e?.organisation), ...totals, num(x.score.toNumber(), isScored(n) ? '0.00' : '0'), text(awardName(x.award))]);
    }
    for (const d of r.disqualified) {
      const e = source.names.get(d.entry);
      disqualified.push([text(name), text(d.entry), text(e?.participant), text(e?.organisation), text(d.reason)]);
    }
  });

  const sheets: Sheet<FileContent>[] = [
    { data: info, sheet: sheetName(w('sheetInfo'), new Set()), columns: [{ width: 34 }, { width: 90 }] },
    { data: decision, sheet: sheetName(w('sheetDecision'), new Set()), stickyRowsCount: 1, columns: [{ width: 24 }, { width: 7 }, { width: 9 }, { width: 32 }, { width: 48 }, ...legend.map(() => ({ width: 8 })), { width: 9 }, { width: 14 }] },
  ];
  if (disqualified.length > 1) sheets.push({ data: disqualified, sheet: w('sheetDisqualified'), stickyRowsCount: 1, columns: [{ width: 24 }, { width: 9 }, { width: 32 }, { width: 48 }, { width: 48 }] });
  const used = new Set(sheets.map((s) => s.sheet!.toLowerCase()));
  for (const j of jurors.jurors) {
    const head: Row = [bold(w('col_entry')), bold(w('col_nomination')), bold(w('col_participant')), ...jurors.criteria.map((c) => bold(c.name)), bold(w('col_total')), bold(w('col_recused')), bold(w('col_comment'))];
    const rows: Row[] = j.rows.map((r) => [text(r.entry), text(r.nomination), text(r.participant), ...r.scores.map((s) => num(s, 'General')), num(r.total, 'General'), text(r.recused), text(r.comment)]);
    sheets.push({ data: [head, ...rows], sheet: sheetName(`${j.code} ${j.name}`, used), stickyRowsCount: 1, columns: [{ width: 9 }, { width: 20 }, { width: 32 }, ...jurors.criteria.map(() => ({ width: 12 })), { width: 9 }, { width: 16 }, { width: 40 }] });
  }
  const buffer = await writeXlsxFile(sheets, { fontFamily: 'Arial', fontSize: 10 }).toBuffer();
  return new Uint8Array(buffer);
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, and not used twice. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}
