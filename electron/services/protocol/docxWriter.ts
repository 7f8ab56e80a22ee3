import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { protocolWords, type ProtocolWords } from '../../../shared/protocol/i18n';
import type { ProtocolModel } from '../../../shared/protocol/model';
import { trueTypeFont } from './fonts';

/**
 * The protocol as a Word document with the same content as the PDF, in real tables (the
 * decision tables repeat their header row on each page) so that it stays editable. Noto Sans is
 * embedded in the file, so Kazakh letters show where the font is not installed.
 */
const FONT = 'Noto Sans';
const MM = 56.7; // twips per millimetre
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(16 * MM), bottom: Math.round(18 * MM), left: Math.round(22 * MM), right: Math.round(14 * MM) };
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const WIDE_MARGIN = Math.round(12 * MM);
const LANDSCAPE_WIDTH = A4.height - 2 * WIDE_MARGIN;

type Run = { text: string; bold?: boolean; size?: number; color?: string };
const run = (r: Run | string) => (typeof r === 'string' ? new TextRun({ text: r }) : new TextRun({ text: r.text, bold: r.bold, size: r.size, color: r.color }));
const para = (children: (Run | string)[], opts: { align?: 'center' | 'right'; spacingAfter?: number; indent?: number } = {}) =>
  new Paragraph({
    children: children.map(run),
    alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : undefined,
    spacing: { after: opts.spacingAfter ?? 60 },
    indent: opts.indent ? { left: opts.indent, hanging: 280 } : undefined,
  });
const heading = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 200, after: 80 }, keepNext: true });
const numbered = (items: string[]) => items.map((t, i) => para([`${i + 1}. ${t}`], { indent: 360 }));
const bullets = (items: string[]) => items.map((t) => para([`• ${t}`], { indent: 360 }));

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '444444' };
/** Borders drawn by the table, not by each of its (perhaps 60,000) cells. */
const BORDERS = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder };

/** A table with a repeated bold header row; widths in millimetres (0: share what is left). */
/** A table with fixed column widths (0: a share of what is left); `right` lists the columns of numbers, aligned right as in the PDF. */
function table(headers: string[], rows: (string | Run)[][][], widthsMm: number[], total: number, size = 18, right: readonly number[] = []): Table {
  const fixed = widthsMm.reduce((s, w) => s + (w ? w * MM : 0), 0);
  const free = widthsMm.filter((w) => !w).length;
  const widths = widthsMm.map((w) => Math.round(w ? w * MM : Math.max(400, (total - fixed) / Math.max(1, free))));
  const cell = (parts: (string | Run)[], i: number, header = false) => {
    // An entry that names no participant has only its number under the empty name: no blank line above it.
    const content = parts.filter((c) => (typeof c === 'string' ? c : c.text) !== '');
    const alignment = right.includes(i) ? AlignmentType.RIGHT : undefined;
    return new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      shading: header ? { fill: 'EEF0F3' } : undefined,
      children: content.length ? content.map((c) => new Paragraph({ alignment, children: [run(typeof c === 'string' ? { text: c, bold: header, size } : { size, ...c })] })) : [new Paragraph('')],
    });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell([h], i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

function pageParts(m: ProtocolModel, w: ProtocolWords) {
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 15, color: '555555' })] })] });
  const header = m.preliminary ? new Header({ children: [para([{ text: w('preliminary'), bold: true, color: '9B1C1C', size: 18 }], { align: 'center' })] }) : undefined;
  return { footers: { default: footer }, headers: header ? { default: header } : undefined };
}

function mainSection(m: ProtocolModel, w: ProtocolWords): ISectionOptions {
  const c: (Paragraph | Table)[] = [];
  const T = PORTRAIT_WIDTH;
  c.push(para([{ text: m.title, bold: true, size: 26 }], { align: 'center', spacingAfter: 20 }), para([{ text: m.subtitle, bold: true }], { align: 'center', spacingAfter: 160 }));
  if (m.number) c.push(para([{ text: w('number', { n: m.number }), bold: true, size: 24 }], { align: 'center', spacingAfter: 120 }));
  c.push(new Paragraph({ children: [new TextRun({ text: m.venue ?? '', bold: true }), new TextRun({ text: `\t${m.date ?? ''}`, bold: true })], tabStops: [{ type: 'right', position: T }], spacing: { after: 160 } }));
  if (m.preliminary) c.push(para([{ text: w('preliminary'), bold: true, color: '9B1C1C' }], { spacingAfter: 0 }), para([{ text: m.preliminary, color: '9B1C1C' }]));
  c.push(heading(w('present')));
  c.push(table([w('col_no'), w('col_name'), w('col_workplace')], m.present.map((p) => [[String(p.no)], [p.name, ...(p.chair ? [{ text: w('chairRole'), size: 16, color: '444444' }] : [])], [p.workplace]]), [9, 55, 0], T));
  if (m.secretary) c.push(para([w('secretaryLine', { name: [m.secretary.name, m.secretary.workplace].filter(Boolean).join(', ') })]));
  c.push(heading(w('agenda')), ...numbered(m.agenda));
  if (m.aim.length) c.push(para([{ text: `${w('aim')} `, bold: true }, m.aim.join(' ')]));
  if (m.tasks.length) c.push(para([{ text: w('tasks'), bold: true }]), ...bullets(m.tasks));
  if (m.stage) c.push(para([{ text: `${w('stage')} `, bold: true }, m.stage]));
  c.push(heading(w('criteria')));
  for (const n of m.scored) {
    if (m.scored.length > 1) c.push(para([{ text: w('nomination', { name: n.name }), bold: true }]));
    c.push(...numbered(n.criteria.map((x) => `${x.name} (${x.detail})`)));
  }
  c.push(heading(w('decision')));
  for (const n of m.scored) {
    if (m.scored.length > 1) c.push(para([{ text: w('nomination', { name: n.name }), bold: true }]));
    if (!n.decisions.length) c.push(para([w('noAwards')]));
    else {
      const rows = n.decisions.map((d) => [[String(d.no)], [d.participant, { text: `№ ${d.entry}`, size: 15, color: '444444' }], [d.organisation], [d.score], [{ text: d.place, bold: true }, ...[d.shared ? w('sharedPlace') : '', d.note ?? ''].filter(Boolean).map((t) => ({ text: t, size: 15 }))]]);
      c.push(table([w('col_no'), w('col_participant'), w('col_organisation'), w('col_score'), w('col_place')], rows, [9, 50, 0, 16, 26], T, 18, [3]));
    }
  }
  if (m.audience.length) c.push(heading(w('audience')));
  for (const a of m.audience) {
    c.push(para([{ text: a.name, bold: true }]));
    c.push(table([w('col_no'), w('col_participant'), w('col_organisation'), a.metric], a.rows.map((r) => [[String(r.rank)], [r.participant, { text: `№ ${r.entry}`, size: 15, color: '444444' }], [r.organisation], [String(r.value)]]), [9, 50, 0, 30], T, 18, [3]));
  }
  const dq = m.scored.flatMap((n) => n.disqualified);
  if (dq.length) c.push(heading(w('disqualified')), table([w('col_entry'), w('col_participant'), w('col_organisation'), w('col_reason')], dq.map((d) => [[d.entry], [d.participant], [d.organisation], [d.reason]]), [15, 50, 0, 40], T));
  const unscored = m.scored.reduce((s, n) => s + n.unscored, 0);
  if (unscored) c.push(para([w('unscored', { count: unscored })]));
  c.push(heading(w('ties')));
  if (!m.scored.some((n) => n.ties.length)) c.push(para([w('noTies')]));
  for (const n of m.scored) if (n.ties.length) c.push(...(m.scored.length > 1 ? [para([{ text: n.name, bold: true }])] : []), ...bullets(n.ties));
  if (m.recommendations.length) c.push(heading(w('recommendations')), ...numbered(m.recommendations));
  c.push(...signatures(m, w), ...verification(m, w));
  return { properties: { page: { size: A4, margin: MARGIN } }, ...pageParts(m, w), children: c };
}

function signatures(m: ProtocolModel, w: ProtocolWords): Paragraph[] {
  const line = (role: string, name: string) => new Paragraph({ children: [new TextRun(role), new TextRun(`\t________________\t${name}`)], tabStops: [{ type: 'left', position: 3300 }, { type: 'left', position: 5800 }], spacing: { before: 200 } });
  const out = [new Paragraph({ text: '', spacing: { before: 200 } })];
  if (m.signatures.chair) out.push(line(w('signChair'), m.signatures.chair));
  m.signatures.members.forEach((name, i) => out.push(line(i === 0 ? w('signMembers') : '', name)));
  if (m.signatures.secretary) out.push(line(w('signSecretary'), m.signatures.secretary));
  return out;
}

function verification(m: ProtocolModel, w: ProtocolWords): Paragraph[] {
  const v = m.verification;
  const item = (k: string, val: string) => para([{ text: `${k}: `, bold: true, size: 17 }, { text: val, size: 17 }], { spacingAfter: 20 });
  const out = [new Paragraph({ children: [new TextRun({ text: w('signature'), bold: true, color: '1F4E79' })], spacing: { before: 280, after: 60 }, keepNext: true })];
  if (v.signer) out.push(item(w('signedBy'), v.signer.name), item(w('fingerprint'), v.signer.fingerprint));
  out.push(item(w('recordHash'), v.recordSha256));
  if (v.signer) out.push(item(w('signedAt'), v.signer.signedAt));
  out.push(para([{ text: v.signer ? w('howToVerify', { file: v.fileName ?? '…' }) : w('unsigned'), size: 16 }]));
  return out;
}

function appendixSection(m: ProtocolModel, w: ProtocolWords): ISectionOptions {
  const wide = m.jurorLegend.length > 8;
  const T = wide ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  const c: (Paragraph | Table)[] = [heading(w('appendix')), heading(w('methodTitle'))];
  for (const n of m.scored) {
    if (m.scored.length > 1) c.push(para([{ text: n.name, bold: true }]));
    c.push(para([w('method', { method: n.method, chain: n.chain })]));
    if (n.awards) c.push(para([n.awards]));
  }
  c.push(para([{ text: w('jurorTotal'), size: 17 }]), heading(w('scoreTables')), para([{ text: w('jurorLegend', { legend: m.jurorLegend.map((j) => `${j.code} — ${j.name}`).join('; ') }), size: 17 }]));
  const headers = [w('col_rank'), w('col_entry'), w('col_participant'), ...m.jurorLegend.map((j) => j.code), w('col_score'), w('col_award')];
  // «Орын» fits its column on one line.
  const widths = [14, 15, 40, ...m.jurorLegend.map(() => 0), 16, 22];
  const numbers = [...m.jurorLegend.map((_, i) => 3 + i), 3 + m.jurorLegend.length];
  for (const n of m.scored) {
    if (m.scored.length > 1) c.push(para([{ text: n.name, bold: true }]));
    const rows = n.scoreTable.map((r) => [[r.rank === null ? '—' : String(r.rank)], [r.entry], [r.participant], ...r.totals.map((t) => [t]), [r.score], [r.award]]);
    c.push(table(headers, rows, widths, T, 14, numbers));
  }
  c.push(heading(w('jurorFiles')));
  if (!m.jurorFiles.length) c.push(para([w('noJurorFiles')]));
  else c.push(table([w('col_juror'), w('fingerprint'), w('col_revision'), w('col_sha'), w('col_current')], m.jurorFiles.map((f) => [[f.juror], [f.fingerprint], [String(f.revision)], [f.sha256], [f.current ? w('yes') : w('no')]]), [40, 44, 14, 0, 15], T, 14));
  if (m.paperMarks) c.push(para([w('paperMarks', { count: m.paperMarks })]));
  const page = wide ? { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: WIDE_MARGIN, bottom: WIDE_MARGIN, left: WIDE_MARGIN, right: WIDE_MARGIN } } : { size: A4, margin: MARGIN };
  return { properties: { page }, ...pageParts(m, w), children: c };
}

export async function protocolDocx(m: ProtocolModel): Promise<Uint8Array> {
  const w = protocolWords(m.lang);
  const doc = new Document({
    creator: 'Jury',
    title: m.title,
    fonts: [{ name: FONT, data: trueTypeFont() }],
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [mainSection(m, w), appendixSection(m, w)],
  } as ConstructorParameters<typeof Document>[0]);
  return new Uint8Array(await Packer.toBuffer(doc));
}
