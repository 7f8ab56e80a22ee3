import { localize } from '../contest/localized';
import type { ScoredNomination, TieBreakRule } from '../contest/model';
import type { Language } from '../i18n/languages';
import type { NominationResults, TieDecision } from '../results/types';
import type { ProtocolWords } from './i18n';

/** A number as the document's language writes it: 8,50 in Kazakh and Russian, 8.50 in English. */
export function localNumber(text: string, lang: Language): string {
  return lang === 'en' ? text : text.replace('.', ',');
}

/** A juror's total (a display number) to 2 decimals, half away from zero; a dash when absent. */
export function fixed2(x: number): string {
  if (Number.isNaN(x)) return '—';
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-7)) / 100;
  return r.toFixed(2);
}

/** The aggregation method in words. */
export function methodText(n: ScoredNomination, w: ProtocolWords): string {
  const m = n.aggregation.method;
  return w(`method_${m}`, { trim: n.aggregation.trim ?? 1 });
}

const criterionName = (n: ScoredNomination, id: string | undefined, lang: Language) => localize(n.criteria.find((c) => c.id === id)?.name, lang) || (id ?? '');

/** The tie-break chain in words, rule by rule. */
export function chainText(n: ScoredNomination, w: ProtocolWords, lang: Language): string {
  if (n.tieBreak.length === 0) return w('chain_none');
  return n.tieBreak.map((r) => chainRule(r, n, w, lang)).join(' → ');
}

function chainRule(r: TieBreakRule, n: ScoredNomination, w: ProtocolWords, lang: Language): string {
  if (r.startsWith('criterion:')) return w('chain_criterion', { criterion: criterionName(n, r.slice('criterion:'.length), lang) });
  const key = { 'criteria-order': 'chain_criteriaOrder', median: 'chain_median', chair: 'chain_chair', 'head-to-head': 'chain_headToHead', decision: 'chain_decision' } as const;
  return w(key[r as keyof typeof key]);
}

/** The awards scheme in words: «I орын — 3, II орын — 3» or the lowest score of each degree. */
export function awardsText(n: ScoredNomination, w: ProtocolWords, lang: Language): string {
  const places = n.awards.places;
  if (places.length === 0) return '';
  if (n.awards.mode === 'count') return w('awardsCount', { list: places.map((p) => `${localize(p.name, lang)} — ${p.count ?? 0}`).join(', ') });
  return w('awardsThreshold', { list: places.map((p) => `${localize(p.name, lang)} — ${localNumber(String(p.minScore ?? 0), lang)}`).join(', ') });
}

/**
 * How each group of equal aggregates was broken, one line per group: the entries, their score,
 * and the rule (the criterion that decided, the jury's vote with its reason) or a shared place.
 */
export function tieLines(n: ScoredNomination, r: NominationResults, decisions: readonly TieDecision[], w: ProtocolWords, lang: Language): string[] {
  const lines: string[] = [];
  const rows = r.results;
  for (let i = 0; i < rows.length; ) {
    let end = i + 1;
    while (end < rows.length && rows[end].score.eq(rows[i].score)) end++;
    if (end - i > 1) {
      const group = rows.slice(i, end);
      const ids = group.map((g) => g.entry);
      const how: string[] = [];
      const seen = new Set<string>();
      for (const g of group) {
        if (!g.tiebreak) continue;
        const text = ruleText(g.tiebreak.rule, g.tiebreak.criterion, n, g.tiebreak.decided ?? ids, decisions, w, lang);
        if (!seen.has(text)) seen.add(text), how.push(text);
      }
      if (group.some((g) => g.sharedPlace)) how.push(w('rule_shared'));
      lines.push(w('tieGroup', { entries: ids.join(', '), score: localNumber(group[0].score.toFixed(2), lang), how: how.join('; ') }));
    }
    i = end;
  }
  return lines;
}

function ruleText(rule: TieBreakRule, criterion: string | undefined, n: ScoredNomination, group: string[], decisions: readonly TieDecision[], w: ProtocolWords, lang: Language): string {
  if (rule === 'criteria-order') return w('rule_criteriaOrder', { criterion: criterionName(n, criterion, lang) });
  if (rule.startsWith('criterion:')) return w('rule_criterion', { criterion: criterionName(n, criterion ?? rule.slice('criterion:'.length), lang) });
  if (rule === 'decision') {
    // The vote recorded for exactly the entries it ordered (an older vote on a smaller group may remain).
    const key = [...group].sort().join('\u0000');
    const d = decisions.find((x) => x.nomination === n.id && [...x.ordering].sort().join('\u0000') === key);
    return w('rule_decision', { reason: d?.reason ?? '' });
  }
  const key = { median: 'rule_median', chair: 'rule_chair', 'head-to-head': 'rule_headToHead' } as const;
  return w(key[rule as keyof typeof key]);
}

/** Lines of a text the secretary typed: trimmed, empty ones dropped, a typed "1." or "-" taken off (the document numbers them). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^(\d{1,3}[.)]|[-–—•*])\s+/, '').trim())
    .filter(Boolean);
}
