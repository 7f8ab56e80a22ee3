import { protocolWords, type ProtocolWords } from './i18n';
import type { ProtocolModel, ScoredBlock } from './model';
import { PROTOCOL_CSS } from './styles';

/** One embedded font file (a woff2 subset), as @font-face takes it. */
export interface EmbeddedFont {
  family: string;
  weight: number;
  unicodeRange: string;
  /** The woff2 file, base64. */
  base64: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML: every value that comes from the contest file passes through here. */
export const esc = (s: string | number | null | undefined): string => (s === null || s === undefined ? '' : String(s).replace(/[&<>"']/g, (c) => ESC[c]));

/** The @font-face rules: the fonts travel inside the document, so no machine's fonts matter. */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(data:font/woff2;base64,${f.base64}) format('woff2');unicode-range:${f.unicodeRange};}`)
    .join('\n');
}

/** A self-contained HTML page: inline CSS, fonts as data URLs, no script, nothing fetched. */
export function htmlPage(lang: string, title: string, css: string, fonts: readonly EmbeddedFont[], body: string): string {
  const fontStyle = fonts.length ? `<style>${fontFaceCss(fonts)}</style>` : '';
  return `<!DOCTYPE html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(title)}</title>${fontStyle}<style>${css}</style></head><body>${body}</body></html>`;
}

/** The protocol as one HTML document: what the preview shows and what Chromium prints to PDF. */
export function protocolHtml(m: ProtocolModel, fonts: readonly EmbeddedFont[] = []): string {
  const w = protocolWords(m.lang);
  const out: string[] = [];
  // A preliminary protocol says so in the top margin of every printed page (styles.ts).
  const pages = m.preliminary ? ` prelim-${m.lang}` : '';
  out.push(`<div class="doc${pages}">`);
  out.push(`<header class="head"><h1>${esc(m.title)}</h1><p class="sub">${esc(m.subtitle)}</p>`);
  if (m.number) out.push(`<p class="number">${esc(w('number', { n: m.number }))}</p>`);
  out.push(`<div class="place-date"><span>${esc(m.venue)}</span><span>${esc(m.date)}</span></div></header>`);
  if (m.preliminary) out.push(`<div class="preliminary"><strong>${esc(w('preliminary'))}</strong>${esc(m.preliminary)}</div>`);
  present(m, w, out);
  out.push(`<h2>${esc(w('agenda'))}</h2><ol>${m.agenda.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`);
  if (m.aim.length) out.push(`<p><strong>${esc(w('aim'))}</strong> ${m.aim.map(esc).join(' ')}</p>`);
  if (m.tasks.length) out.push(`<p><strong>${esc(w('tasks'))}</strong></p><ul>${m.tasks.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
  if (m.stage) out.push(`<p><strong>${esc(w('stage'))}</strong> ${esc(m.stage)}</p>`);
  out.push(`<h2>${esc(w('criteria'))}</h2>`);
  for (const n of m.scored) {
    if (m.scored.length > 1) out.push(`<h3>${esc(w('nomination', { name: n.name }))}</h3>`);
    out.push(`<ol>${n.criteria.map((c) => `<li>${esc(c.name)} <span class="muted">(${esc(c.detail)})</span></li>`).join('')}</ol>`);
  }
  out.push(`<h2>${esc(w('decision'))}</h2>`);
  for (const n of m.scored) decisionTable(n, m.scored.length > 1, w, out);
  audience(m, w, out);
  disqualified(m, w, out);
  ties(m, w, out);
  if (m.recommendations.length) out.push(`<h2>${esc(w('recommendations'))}</h2><ol>${m.recommendations.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>`);
  signatures(m, w, out);
  verification(m, w, out);
  out.push('</div>');
  appendix(m, w, pages, out);
  return htmlPage(m.lang, `${m.title} — ${m.number ? w('number', { n: m.number }) : ''}`, PROTOCOL_CSS, fonts, out.join(''));
}

function present(m: ProtocolModel, w: ProtocolWords, out: string[]): void {
  out.push(`<h2>${esc(w('present'))}</h2><table><colgroup><col class="c-no"><col class="c-name"><col></colgroup>`);
  out.push(`<thead><tr><th>${esc(w('col_no'))}</th><th>${esc(w('col_name'))}</th><th>${esc(w('col_workplace'))}</th></tr></thead><tbody>`);
  for (const p of m.present) out.push(`<tr><td>${p.no}</td><td>${esc(p.name)}${p.chair ? `<span class="note">${esc(w('chairRole'))}</span>` : ''}</td><td>${esc(p.workplace)}</td></tr>`);
  out.push('</tbody></table>');
  if (m.secretary) out.push(`<p>${esc(w('secretaryLine', { name: [m.secretary.name, m.secretary.workplace].filter(Boolean).join(', ') }))}</p>`);
}

function decisionTable(n: ScoredBlock, named: boolean, w: ProtocolWords, out: string[]): void {
  if (named) out.push(`<h3>${esc(w('nomination', { name: n.name }))}</h3>`);
  if (n.decisions.length === 0) {
    out.push(`<p class="muted">${esc(w('noAwards'))}</p>`);
    return;
  }
  out.push(`<table><colgroup><col class="c-no"><col class="c-name"><col><col class="c-score"><col class="c-place"></colgroup>`);
  out.push(`<thead><tr><th>${esc(w('col_no'))}</th><th>${esc(w('col_participant'))}</th><th>${esc(w('col_organisation'))}</th><th class="num">${esc(w('col_score'))}</th><th>${esc(w('col_place'))}</th></tr></thead><tbody>`);
  for (const d of n.decisions) {
    const notes = [d.shared ? w('sharedPlace') : '', d.note ?? ''].filter(Boolean).map((x) => `<span class="note">${esc(x)}</span>`).join('');
    out.push(`<tr><td>${d.no}</td><td>${esc(d.participant)}<span class="note">№ ${esc(d.entry)}</span></td><td>${esc(d.organisation)}</td><td class="num">${esc(d.score)}</td><td class="place">${esc(d.place)}${notes}</td></tr>`);
  }
  out.push('</tbody></table>');
}

function audience(m: ProtocolModel, w: ProtocolWords, out: string[]): void {
  if (!m.audience.length) return;
  out.push(`<h2>${esc(w('audience'))}</h2>`);
  for (const a of m.audience) {
    out.push(`<h3>${esc(a.name)}</h3><table><colgroup><col class="c-no"><col class="c-name"><col><col class="c-value"></colgroup>`);
    out.push(`<thead><tr><th>${esc(w('col_no'))}</th><th>${esc(w('col_participant'))}</th><th>${esc(w('col_organisation'))}</th><th class="num">${esc(a.metric)}</th></tr></thead><tbody>`);
    for (const r of a.rows) out.push(`<tr><td>${r.rank}</td><td>${esc(r.participant)}<span class="note">№ ${esc(r.entry)}</span></td><td>${esc(r.organisation)}</td><td class="num">${r.value}</td></tr>`);
    out.push('</tbody></table>');
  }
}

function disqualified(m: ProtocolModel, w: ProtocolWords, out: string[]): void {
  const rows = m.scored.flatMap((n) => n.disqualified);
  const unscored = m.scored.reduce((s, n) => s + n.unscored, 0);
  if (rows.length) {
    out.push(`<h2>${esc(w('disqualified'))}</h2><table><colgroup><col class="c-entry"><col class="c-name"><col><col class="c-part"></colgroup>`);
    out.push(`<thead><tr><th>${esc(w('col_entry'))}</th><th>${esc(w('col_participant'))}</th><th>${esc(w('col_organisation'))}</th><th>${esc(w('col_reason'))}</th></tr></thead><tbody>`);
    for (const d of rows) out.push(`<tr><td>${esc(d.entry)}</td><td>${esc(d.participant)}</td><td>${esc(d.organisation)}</td><td>${esc(d.reason)}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (unscored) out.push(`<p>${esc(w('unscored', { count: unscored }))}</p>`);
}

function ties(m: ProtocolModel, w: ProtocolWords, out: string[]): void {
  out.push(`<h2>${esc(w('ties'))}</h2>`);
  const any = m.scored.some((n) => n.ties.length);
  if (!any) out.push(`<p>${esc(w('noTies'))}</p>`);
  for (const n of m.scored) {
    if (!n.ties.length) continue;
    if (m.scored.length > 1) out.push(`<h3>${esc(w('nomination', { name: n.name }))}</h3>`);
    out.push(`<ul>${n.ties.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
  }
}

function signatures(m: ProtocolModel, w: ProtocolWords, out: string[]): void {
  const s = m.signatures;
  const row = (role: string, name: string) => `<tr><td>${esc(role)}</td><td class="line"></td><td>${esc(name)}</td></tr>`;
  const rows: string[] = [];
  if (s.chair) rows.push(row(w('signChair'), s.chair));
  s.members.forEach((name, i) => rows.push(row(i === 0 ? w('signMembers') : '', name)));
  if (s.secretary) rows.push(row(w('signSecretary'), s.secretary));
  out.push(`<section class="signatures"><table><colgroup><col class="s-role"><col class="s-line"><col></colgroup><tbody>${rows.join('')}</tbody></table></section>`);
}

function verification(m: ProtocolModel, w: ProtocolWords, out: string[]): void {
  const v = m.verification;
  const item = (k: string, val: string) => `<dt>${esc(k)}</dt><dd>${esc(val)}</dd>`;
  const items = [v.signer ? item(w('signedBy'), v.signer.name) : '', v.signer ? item(w('fingerprint'), v.signer.fingerprint) : '', item(w('recordHash'), v.recordSha256), v.signer ? item(w('signedAt'), v.signer.signedAt) : ''];
  const how = v.signer ? w('howToVerify', { file: v.fileName ?? '…' }) : w('unsigned');
  out.push(`<section class="verification"><h2>${esc(w('signature'))}</h2><dl>${items.join('')}</dl><p class="small">${esc(how)}</p></section>`);
}

function appendix(m: ProtocolModel, w: ProtocolWords, pages: string, out: string[]): void {
  const wide = m.jurorLegend.length > 8;
  out.push(`<section class="appendix${wide ? ' wide' : ''}${pages}"><h2>${esc(w('appendix'))}</h2>`);
  out.push(`<h2>${esc(w('methodTitle'))}</h2>`);
  for (const n of m.scored) {
    if (m.scored.length > 1) out.push(`<h3>${esc(n.name)}</h3>`);
    out.push(`<p>${esc(w('method', { method: n.method, chain: n.chain }))}</p>`);
    if (n.awards) out.push(`<p>${esc(n.awards)}</p>`);
  }
  out.push(`<p class="small">${esc(w('jurorTotal'))}</p>`);
  out.push(`<h2>${esc(w('scoreTables'))}</h2>`);
  out.push(`<p class="small">${esc(w('jurorLegend', { legend: m.jurorLegend.map((j) => `${j.code} — ${j.name}`).join('; ') }))}</p>`);
  const jurorHeads = m.jurorLegend.map((j) => `<th class="num">${esc(j.code)}</th>`).join('');
  const jurorCols = m.jurorLegend.map(() => '<col>').join('');
  for (const n of m.scored) {
    if (m.scored.length > 1) out.push(`<h3>${esc(n.name)}</h3>`);
    out.push(`<table><colgroup><col class="c-rank"><col class="c-entry"><col class="c-part">${jurorCols}<col class="c-score"><col class="c-award"></colgroup>`);
    out.push(`<thead><tr><th>${esc(w('col_rank'))}</th><th>${esc(w('col_entry'))}</th><th>${esc(w('col_participant'))}</th>${jurorHeads}<th class="num">${esc(w('col_score'))}</th><th>${esc(w('col_award'))}</th></tr></thead><tbody>`);
    for (const r of n.scoreTable) {
      out.push(`<tr><td>${r.rank ?? '—'}</td><td>${esc(r.entry)}</td><td>${esc(r.participant)}</td>${r.totals.map((t) => `<td class="num">${t}</td>`).join('')}<td class="num">${esc(r.score)}</td><td>${esc(r.award)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push(`<h2>${esc(w('jurorFiles'))}</h2>`);
  if (!m.jurorFiles.length) out.push(`<p>${esc(w('noJurorFiles'))}</p>`);
  else {
    out.push(`<table><colgroup><col class="c-part"><col class="c-fp"><col class="c-rev"><col><col class="c-yes"></colgroup>`);
    out.push(`<thead><tr><th>${esc(w('col_juror'))}</th><th>${esc(w('fingerprint'))}</th><th>${esc(w('col_revision'))}</th><th>${esc(w('col_sha'))}</th><th>${esc(w('col_current'))}</th></tr></thead><tbody>`);
    for (const f of m.jurorFiles) out.push(`<tr><td>${esc(f.juror)}</td><td>${esc(f.fingerprint)}</td><td>${f.revision}</td><td>${esc(f.sha256)}</td><td>${esc(f.current ? w('yes') : w('no'))}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (m.paperMarks) out.push(`<p>${esc(w('paperMarks', { count: m.paperMarks }))}</p>`);
  out.push('</section>');
}
