import type { Language } from '../i18n/languages';
import { protocolEn } from './i18n/en';
import { protocolKk } from './i18n/kk';
import { protocolRu } from './i18n/ru';

/**
 * The protocol's stylesheet. It never changes with the data (no style attributes either), so
 * that the window's Content-Security-Policy can allow exactly this text by its SHA-256 and the
 * preview in a sandboxed srcdoc frame is styled with nothing else allowed
 * (electron/window/security.ts, renderer/index.html). The fonts come in a second style element.
 *
 * Pages: A4 portrait, the appendix landscape when the jury is large; the page number in the
 * bottom margin and, for preliminary results, a warning in the top margin of every page, drawn
 * by CSS margin boxes so that they use the embedded fonts. A page's name says which: `prelim-kk`,
 * `wide`, `wide-prelim-kk` …
 */
const FONT = "font-family: 'Noto Sans', Arial, sans-serif;";
const PAGE = 'size: A4; margin: 16mm 14mm 18mm 22mm;';
const WIDE = 'size: A4 landscape; margin: 14mm 12mm 16mm 14mm;';
const NUMBER = `@bottom-right { content: counter(page) " / " counter(pages); ${FONT} font-size: 7.5pt; color: #555; }`;
const WARNINGS: Record<Language, string> = { kk: protocolKk.preliminary, ru: protocolRu.preliminary, en: protocolEn.preliminary };
const warning = (lang: Language) => `@top-center { content: ${JSON.stringify(WARNINGS[lang])}; ${FONT} color: #9b1c1c; font-weight: 700; font-size: 9pt; }`;

const PAGES = [
  `@page { ${PAGE} ${NUMBER} }`,
  `@page wide { ${WIDE} ${NUMBER} }`,
  '.appendix.wide { page: wide; }',
  ...(Object.keys(WARNINGS) as Language[]).flatMap((l) => [
    `@page prelim-${l} { ${PAGE} ${NUMBER} ${warning(l)} }`,
    `@page wide-prelim-${l} { ${WIDE} ${NUMBER} ${warning(l)} }`,
    `.prelim-${l} { page: prelim-${l}; }`,
    `.appendix.wide.prelim-${l} { page: wide-prelim-${l}; }`,
  ]),
].join('\n');

const SCREEN = `@media screen {
body { background: #e9ebef; padding: 6mm 0; }
.doc, .appendix { background: #fff; max-width: 182mm; margin: 0 auto 6mm; padding: 14mm 14mm 14mm 20mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
.appendix.wide { max-width: 262mm; }
}`;

export const PROTOCOL_CSS = `${PAGES}
html { font-family: 'Noto Sans', 'Arial', sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
body { margin: 0; }
.preliminary { border: 1.5pt solid #9b1c1c; color: #9b1c1c; padding: 4pt 8pt; margin: 10pt 0; }
.preliminary strong { display: block; }
header.head { text-align: center; margin: 0 0 10pt; }
header.head h1 { font-size: 13pt; margin: 0; font-weight: 700; }
header.head .sub { font-weight: 700; margin: 2pt 0 8pt; }
header.head .number { font-weight: 700; font-size: 12pt; margin: 6pt 0; }
.place-date { display: flex; justify-content: space-between; font-weight: 700; margin: 6pt 0 10pt; }
h2 { font-size: 10.5pt; margin: 12pt 0 4pt; font-weight: 700; break-after: avoid; }
h3 { font-size: 10pt; margin: 8pt 0 3pt; font-weight: 700; break-after: avoid; }
p { margin: 3pt 0; }
ol, ul { margin: 2pt 0 4pt; padding-left: 18pt; }
li { margin: 1pt 0; }
.muted { color: #555; }
.small { font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 8pt; font-size: 9pt; }
th, td { border: 0.6pt solid #444; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; }
th { background: #eef0f3; font-weight: 700; }
thead { display: table-header-group; }
.doc tr { break-inside: avoid; }
td.num, th.num { text-align: right; }
td.place { font-weight: 700; }
col.c-no { width: 9mm; }
col.c-entry { width: 15mm; }
col.c-score { width: 16mm; }
col.c-place { width: 26mm; }
col.c-name { width: 50mm; }
col.c-value { width: 30mm; }
col.c-rank { width: 11mm; }
col.c-rev { width: 14mm; }
col.c-fp { width: 44mm; }
col.c-yes { width: 15mm; }
col.c-award { width: 20mm; }
col.c-part { width: 40mm; }
.note { display: block; font-weight: 400; font-size: 8pt; color: #444; }
.signatures { margin-top: 14pt; break-inside: avoid; }
.signatures table, .signatures td { border: none; font-size: 10pt; }
.signatures td { padding: 9pt 4pt 0; vertical-align: bottom; }
.signatures td.line { border-bottom: 0.6pt solid #111; }
.signatures col.s-role { width: 58mm; }
.signatures col.s-line { width: 40mm; }
.verification { margin-top: 14pt; border: 1pt solid #1f4e79; padding: 6pt 8pt; break-inside: avoid; font-size: 8.5pt; }
.verification h2 { margin-top: 0; color: #1f4e79; }
.verification dl { margin: 0; display: grid; grid-template-columns: 48mm 1fr; gap: 1pt 6pt; }
.verification dt { font-weight: 700; }
.verification dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.appendix { break-before: page; }
.appendix table { font-size: 7.5pt; }
.appendix th, .appendix td { padding: 1pt 2pt; }
${SCREEN}
`;
