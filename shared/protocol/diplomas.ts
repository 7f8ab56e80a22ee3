import { localize } from '../contest/localized';
import { isScored } from '../contest/model';
import type { Language } from '../i18n/languages';
import { esc, htmlPage, type EmbeddedFont } from './html';
import { protocolDate } from './i18n';
import type { ProtocolSource, ProtocolTexts } from './types';

export type BatchKind = 'diplomas' | 'thanks';

/** One page of a batch: who, from where, for what. */
export interface Recipient {
  entry: string;
  participant: string;
  organisation: string;
  award: string;
  nomination: string;
}

/** The default wording, a title and lines with {participant} {organisation} {award} {nomination} {contest} {date} {venue}. */
export const DEFAULT_TEMPLATES: Record<Language, Record<BatchKind, { title: string; body: string }>> = {
  kk: {
    diplomas: { title: 'ДИПЛОМ', body: '{participant}\n{organisation}\n{contest}\n«{nomination}» номинациясы\n{award}' },
    thanks: { title: 'АЛҒЫС ХАТ', body: '{participant}\n{organisation}\n{contest}\nбелсенді қатысқаныңыз үшін алғыс білдіреміз!' },
  },
  ru: {
    diplomas: { title: 'ДИПЛОМ', body: '{participant}\n{organisation}\n{contest}\nноминация «{nomination}»\n{award}' },
    thanks: { title: 'БЛАГОДАРСТВЕННОЕ ПИСЬМО', body: '{participant}\n{organisation}\n{contest}\nБлагодарим за активное участие!' },
  },
  en: {
    diplomas: { title: 'DIPLOMA', body: '{participant}\n{organisation}\n{contest}\nNomination “{nomination}”\n{award}' },
    thanks: { title: 'LETTER OF THANKS', body: '{participant}\n{organisation}\n{contest}\nThank you for taking part!' },
  },
};

const CHAIR: Record<Language, string> = { kk: 'Қазылар алқасының төрағасы', ru: 'Председатель жюри', en: 'Chair of the jury' };

/** The template in force: what the secretary wrote, else the default of the language. */
export function batchTemplate(texts: ProtocolTexts, kind: BatchKind, lang: Language): { title: string; body: string } {
  const d = DEFAULT_TEMPLATES[lang][kind];
  const title = (kind === 'diplomas' ? texts.diplomaTitle : texts.thanksTitle).trim();
  const body = (kind === 'diplomas' ? texts.diplomaBody : texts.thanksBody).trim();
  return { title: title || d.title, body: body || d.body };
}

/**
 * Who gets a page: diplomas go to every awarded entry (each scored nomination's award, and
 * the winners of the audience nominations); letters of thanks to every entry registered.
 */
export function recipients(source: ProtocolSource, kind: BatchKind, lang: Language): Recipient[] {
  const name = (id: string) => ({ participant: source.names.get(id)?.participant ?? '', organisation: source.names.get(id)?.organisation ?? '' });
  if (kind === 'thanks') return [...source.names.keys()].map((id) => ({ entry: id, ...name(id), award: '', nomination: '' }));
  const out: Recipient[] = [];
  source.definition.nominations.forEach((n, i) => {
    const r = source.results.nominations[i];
    const nomination = localize(n.name, lang);
    for (const x of r?.results ?? []) {
      if (!x.award) continue;
      const award = isScored(n) ? localize(n.awards.places.find((p) => p.id === x.award)?.name, lang) || x.award : nomination;
      out.push({ entry: x.entry, ...name(x.entry), award, nomination });
    }
  });
  return out;
}

const DIPLOMA_CSS = `
@page { size: A4 landscape; margin: 0; }
html { font-family: 'Noto Sans', Arial, sans-serif; color: #1b2a3a; }
body { margin: 0; }
.page { box-sizing: border-box; width: 297mm; height: 209mm; padding: 12mm; break-after: page; overflow: hidden; }
.page:last-child { break-after: auto; }
.frame { box-sizing: border-box; height: 100%; border: 3pt double #1f4e79; outline: 1pt solid #b8860b; outline-offset: -7mm; padding: 16mm 24mm 12mm; display: flex; flex-direction: column; text-align: center; }
.title { font-size: 36pt; font-weight: 700; letter-spacing: 0.12em; color: #1f4e79; margin: 0 0 8mm; }
.body { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 3mm; }
.line { font-size: 15pt; margin: 0; overflow-wrap: anywhere; }
.line.first { font-size: 24pt; font-weight: 700; }
.line.last { font-size: 17pt; font-weight: 700; color: #1f4e79; }
.foot { display: flex; justify-content: space-between; align-items: flex-end; gap: 10mm; font-size: 11pt; text-align: left; white-space: nowrap; }
.sign .rule { display: inline-block; width: 45mm; border-bottom: 0.8pt solid #1b2a3a; margin: 0 3mm; }
`;

export interface BatchContext {
  lang: Language;
  contest: string;
  date: string | null;
  venue: string | null;
  chair: string | null;
}

/** The batch as one HTML document, one A4 landscape page per recipient. */
export function batchHtml(people: readonly Recipient[], template: { title: string; body: string }, ctx: BatchContext, fonts: readonly EmbeddedFont[]): string {
  const date = ctx.date ? protocolDate(ctx.date, ctx.lang) : '';
  const templateLines = template.body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const pages = people.map((p) => {
    const values: Record<string, string> = { participant: p.participant, organisation: p.organisation, award: p.award, nomination: p.nomination, contest: ctx.contest, date, venue: ctx.venue ?? '' };
    // A line whose every placeholder is empty (no participant's name, say) is left out.
    const lines = templateLines.flatMap((line) => {
      const names = [...line.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((k) => k in values);
      if (names.length && names.every((k) => !values[k].trim())) return [];
      return [line.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? values[k] : m))];
    });
    const body = lines.map((l, i) => `<p class="line${i === 0 ? ' first' : i === lines.length - 1 && i > 0 ? ' last' : ''}">${esc(l)}</p>`).join('');
    const sign = ctx.chair ? `<div class="sign">${esc(CHAIR[ctx.lang])}<span class="rule"></span>${esc(ctx.chair)}</div>` : '<div></div>';
    return `<section class="page"><div class="frame"><h1 class="title">${esc(template.title)}</h1><div class="body">${body}</div><div class="foot">${sign}<div>${esc([ctx.venue, date].filter(Boolean).join(', '))}</div></div></div></section>`;
  });
  return htmlPage(ctx.lang, template.title, DIPLOMA_CSS, fonts, pages.join(''));
}
