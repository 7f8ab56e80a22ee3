import { localize } from '../contest/localized';
import { isAudience, isScored, scoringJurors, type AudienceNomination, type JuryMember, type ScoredNomination } from '../contest/model';
import type { Language } from '../i18n/languages';
import type { NominationResults } from '../results/types';
import { awardsText, chainText, fixed2, lines, localNumber, methodText, tieLines } from './describe';
import { protocolDate, protocolWords, type ProtocolWords } from './i18n';
import type { ProtocolOptions, ProtocolSource, VerificationBlock } from './types';

export interface PersonRow {
  no: number;
  name: string;
  workplace: string;
  chair: boolean;
}

export interface DecisionRow {
  no: number;
  entry: string;
  participant: string;
  organisation: string;
  /** Shown with 2 decimals in the document's language; `value` is the exact aggregate as a number. */
  score: string;
  value: number;
  place: string;
  shared: boolean;
  /** Why the jury changed the computed award, when it did. */
  note: string | null;
}

export interface ScoreTableRow {
  entry: string;
  participant: string;
  /** Every juror's total, in the legend's order ('—' where none). */
  totals: string[];
  score: string;
  rank: number | null;
  award: string;
}

export interface ScoredBlock {
  id: string;
  name: string;
  criteria: { name: string; detail: string }[];
  method: string;
  chain: string;
  awards: string;
  decisions: DecisionRow[];
  ties: string[];
  disqualified: { entry: string; participant: string; organisation: string; reason: string }[];
  unscored: number;
  scoreTable: ScoreTableRow[];
}

export interface AudienceBlock {
  id: string;
  name: string;
  metric: string;
  rows: { no: number; entry: string; participant: string; organisation: string; value: number; rank: number }[];
}

/** The protocol laid out as data, every text in one language: what the HTML, DOCX, XLSX and CSV writers print. */
export interface ProtocolModel {
  lang: Language;
  title: string;
  subtitle: string;
  number: string | null;
  date: string | null;
  venue: string | null;
  stage: string | null;
  /** Why the results are not final; null when they are. */
  preliminary: string | null;
  present: PersonRow[];
  secretary: { name: string; workplace: string } | null;
  agenda: string[];
  aim: string[];
  tasks: string[];
  scored: ScoredBlock[];
  audience: AudienceBlock[];
  recommendations: string[];
  signatures: { chair: string | null; members: string[]; secretary: string | null };
  jurorLegend: { code: string; name: string }[];
  jurorFiles: { juror: string; fingerprint: string; revision: number; sha256: string; current: boolean }[];
  paperMarks: number;
  verification: VerificationBlock;
  /** What the jury panel lacks for a protocol to be signed: a chair, a secretary. */
  issues: ('noChair' | 'noSecretary')[];
}

const workplaceOf = (j: JuryMember) => [j.workplace, j.position].filter((x) => x && x.trim()).join(', ');

/** The protocol model: pure, from the results and what the secretary typed. */
export function buildProtocolModel(source: ProtocolSource, options: ProtocolOptions): ProtocolModel {
  const { definition: def, texts } = source;
  const lang = options.lang;
  const w = protocolWords(lang);
  const title = localize(def.title, lang);
  const chair = def.jury.find((j) => j.role === 'chair') ?? null;
  const members = def.jury.filter((j) => j.role === 'member');
  const secretary = def.jury.find((j) => j.role === 'secretary') ?? null;
  const scoring = scoringJurors(def);
  const legend = scoring.map((j, i) => ({ code: String(i + 1), name: j.name }));
  const names = (id: string) => ({ participant: source.names.get(id)?.participant ?? '', organisation: source.names.get(id)?.organisation ?? '' });
  const c = source.completion;
  const preliminary = c.incompletePairs + c.unscored + c.missingPairs > 0 ? w('preliminaryDetail', { incomplete: c.incompletePairs, unscored: c.unscored, missing: c.missingPairs }) : null;
  const scored: ScoredBlock[] = [];
  const audience: AudienceBlock[] = [];
  def.nominations.forEach((n, i) => {
    const r = source.results.nominations[i];
    if (!r) return;
    if (isScored(n)) scored.push(scoredBlock(n, r, source, w, lang, names));
    else if (isAudience(n)) audience.push(audienceBlock(n, r, w, lang, names));
  });
  const jurorName = new Map(def.jury.map((j) => [j.id, j.name]));
  const present = [...(chair ? [chair] : []), ...members].map((j, i) => ({ no: i + 1, name: j.name, workplace: workplaceOf(j), chair: j.role === 'chair' }));
  const issues: ProtocolModel['issues'] = [];
  if (!chair) issues.push('noChair');
  if (!secretary) issues.push('noSecretary');
  const agenda = lines(texts.agenda);
  const date = texts.date.trim() || def.date || null;
  return {
    lang,
    title,
    subtitle: w('subtitle'),
    number: texts.number.trim() || def.protocolNumber || null,
    date: date ? protocolDate(date, lang) : null,
    venue: def.venue?.trim() || null,
    stage: def.stage?.trim() || null,
    preliminary,
    present,
    secretary: secretary ? { name: secretary.name, workplace: workplaceOf(secretary) } : null,
    agenda: agenda.length ? agenda : [w('defaultAgenda', { title })],
    aim: lines(texts.aim),
    tasks: lines(texts.tasks),
    scored,
    audience,
    recommendations: lines(texts.recommendations),
    signatures: { chair: chair?.name ?? null, members: members.map((m) => m.name), secretary: secretary?.name ?? null },
    jurorLegend: legend,
    jurorFiles: [...source.jurorFiles]
      .sort((a, b) => a.juror.localeCompare(b.juror) || a.revision - b.revision)
      .map((f) => ({ juror: jurorName.get(f.juror) ?? f.juror, fingerprint: f.fingerprint, revision: f.revision, sha256: f.sha256, current: f.current })),
    paperMarks: source.paperMarks.count,
    verification: options.verification,
    issues,
  };
}

type Names = (id: string) => { participant: string; organisation: string };

function scoredBlock(n: ScoredNomination, r: NominationResults, source: ProtocolSource, w: ProtocolWords, lang: Language, names: Names): ScoredBlock {
  const awardName = new Map(n.awards.places.map((p) => [p.id, localize(p.name, lang)]));
  const hasAwards = n.awards.places.length > 0;
  const awarded = r.results.filter((x) => (hasAwards ? x.award !== null : true));
  const decisions = awarded.map((x, i) => ({
    no: i + 1,
    entry: x.entry,
    ...names(x.entry),
    score: localNumber(x.score.toFixed(2), lang),
    value: x.score.toNumber(),
    place: x.award ? (awardName.get(x.award) ?? x.award) : String(x.rank),
    shared: x.sharedPlace,
    note: x.override ? w('overridden', { reason: x.override.reason }) : null,
  }));
  return {
    id: n.id,
    name: localize(n.name, lang),
    criteria: n.criteria.map((c) => ({ name: localize(c.name, lang), detail: [w('maxScore', { max: localNumber(String(c.max), lang) }), c.weight !== 1 ? w('weight', { weight: localNumber(String(c.weight), lang) }) : ''].filter(Boolean).join(', ') })),
    method: methodText(n, w),
    chain: chainText(n, w, lang),
    awards: awardsText(n, w, lang),
    decisions,
    ties: tieLines(n, r, source.decisions, w, lang),
    disqualified: r.disqualified.map((d) => ({ entry: d.entry, ...names(d.entry), reason: d.reason })),
    unscored: r.unscored.length,
    scoreTable: scoreTable(r, awardName, lang, names),
  };
}

/** Every eligible entry of the nomination with each juror's total: the ranked ones in rank order, then the unscored. */
function scoreTable(r: NominationResults, awardName: Map<string, string>, lang: Language, names: Names): ScoreTableRow[] {
  const t = r.totals;
  if (!t) return [];
  const J = t.jurors.length;
  const rowOf = new Map(t.entries.map((e, i) => [e, i]));
  const totalsOf = (entry: string): string[] => {
    const row = rowOf.get(entry);
    const out: string[] = new Array(J);
    for (let j = 0; j < J; j++) out[j] = row === undefined ? '—' : localNumber(fixed2(t.totals[row * J + j]), lang);
    return out;
  };
  const rows: ScoreTableRow[] = r.results.map((x) => ({
    entry: x.entry,
    participant: names(x.entry).participant || names(x.entry).organisation,
    totals: totalsOf(x.entry),
    score: localNumber(x.score.toFixed(2), lang),
    rank: x.rank,
    award: x.award ? (awardName.get(x.award) ?? x.award) : '',
  }));
  for (const e of r.unscored) rows.push({ entry: e, participant: names(e).participant || names(e).organisation, totals: totalsOf(e), score: '—', rank: null, award: '' });
  return rows;
}

function audienceBlock(n: AudienceNomination, r: NominationResults, w: ProtocolWords, lang: Language, names: Names): AudienceBlock {
  return {
    id: n.id,
    name: localize(n.name, lang),
    metric: w(`metric_${n.metric}`),
    rows: r.results.map((x, i) => ({ no: i + 1, entry: x.entry, ...names(x.entry), value: x.score.toNumber(), rank: x.rank })),
  };
}
