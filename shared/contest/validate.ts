import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import { fail, ok, type Result } from '../problem';
import { FieldReader } from './fieldReader';
import {
  AGGREGATION_METHODS,
  AUDIENCE_METRICS,
  CONTEST_FORMAT,
  DEFAULT_TIE_BREAK,
  FIXED_TIE_BREAK_RULES,
  JURY_ROLES,
  type AgeGroup,
  type AwardPlace,
  type AwardScheme,
  type ContestDefinition,
  type Criterion,
  type EligibilityRules,
  type JuryMember,
  type LocalizedText,
  type Nomination,
  type TieBreakRule,
} from './model';

/**
 * Checks an untrusted value against SCORING.md §5 and returns the contest with defaults
 * filled in (step 1, weight 1, trim 1, the default tie-break chain), or every problem found.
 * Unknown fields are ignored so that files from newer versions still open.
 */
export function validateContest(value: unknown, file?: string): Result<ContestDefinition> {
  const r = new FieldReader(file);
  const root = r.object(value, '$');
  if (!root) return fail(...r.problems);
  if (root.format !== CONTEST_FORMAT) r.report('format', root.format === undefined ? 'required' : 'format', { expected: CONTEST_FORMAT });

  const language: Language = root.language === undefined ? 'kk' : (r.oneOf(root.language, 'language', LANGUAGES) ?? 'kk');
  const def: ContestDefinition = {
    format: CONTEST_FORMAT,
    title: localized(r, root.title, 'title') ?? '',
    language,
    jury: (r.array(root.jury, 'jury', { optional: true }) ?? []).map((m, i) => juryMember(r, m, `jury[${i}]`)),
    nominations: (r.array(root.nominations, 'nominations', { nonEmpty: true }) ?? []).map((n, i) => nomination(r, n, `nominations[${i}]`)),
  };
  for (const key of ['stage', 'protocolNumber', 'venue'] as const) {
    const v = root[key];
    const s = typeof v === 'number' ? String(v) : r.string(v, key, { optional: true });
    if (s !== undefined) def[key] = s;
  }
  const date = r.string(root.date, 'date', { optional: true });
  if (date !== undefined && date !== '') {
    if (isIsoDate(date)) def.date = date;
    else r.report('date', 'invalidDate', { value: date });
  }
  const ageGroups = r.array(root.ageGroups, 'ageGroups', { optional: true });
  if (ageGroups) {
    def.ageGroups = ageGroups.map((g, i) => ageGroup(r, g, `ageGroups[${i}]`));
    r.uniqueIds(def.ageGroups, 'ageGroups');
  }
  if (root.eligibility !== undefined) def.eligibility = eligibility(r, root.eligibility, 'eligibility');

  r.uniqueIds(def.jury, 'jury');
  const chairs = def.jury.filter((m) => m.role === 'chair');
  if (chairs.length > 1) r.report('jury', 'oneChair', { count: chairs.length });
  r.uniqueIds(def.nominations, 'nominations');

  return r.problems.length ? fail(...r.problems) : ok(def);
}

function localized(r: FieldReader, v: unknown, field: string, optional = false): LocalizedText | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v === 'string') {
    if (!optional && !v.trim()) r.report(field, 'required');
    return v;
  }
  const o = r.object(v, field);
  if (!o) return undefined;
  const out: Partial<Record<Language, string>> = {};
  for (const [k, text] of Object.entries(o)) {
    if (!isLanguage(k)) continue;
    const s = r.string(text, `${field}.${k}`, { optional: true });
    if (s !== undefined) out[k] = s;
  }
  if (!optional && !Object.values(out).some((s) => s && s.trim())) r.report(field, 'required');
  return out;
}

function juryMember(r: FieldReader, v: unknown, field: string): JuryMember {
  const o = r.object(v, field) ?? {};
  const m: JuryMember = {
    id: r.string(o.id, `${field}.id`) ?? '',
    name: r.string(o.name, `${field}.name`) ?? '',
    role: r.oneOf(o.role, `${field}.role`, JURY_ROLES) ?? 'member',
  };
  const workplace = r.string(o.workplace, `${field}.workplace`, { optional: true });
  const position = r.string(o.position, `${field}.position`, { optional: true });
  if (workplace !== undefined) m.workplace = workplace;
  if (position !== undefined) m.position = position;
  return m;
}

function nomination(r: FieldReader, v: unknown, field: string): Nomination {
  const o = r.object(v, field) ?? {};
  const id = r.string(o.id, `${field}.id`) ?? '';
  const name = localized(r, o.name, `${field}.name`) ?? '';
  if (o.metric !== undefined) {
    return {
      id,
      name,
      metric: r.oneOf(o.metric, `${field}.metric`, AUDIENCE_METRICS) ?? 'likes',
      count: r.number(o.count, `${field}.count`, { nonNegativeInteger: true }) ?? 0,
    };
  }
  const criteria = (r.array(o.criteria, `${field}.criteria`, { nonEmpty: true }) ?? []).map((c, i) => criterion(r, c, `${field}.criteria[${i}]`));
  r.uniqueIds(criteria, `${field}.criteria`);
  const agg = o.aggregation === undefined ? { method: 'mean' } : (r.object(o.aggregation, `${field}.aggregation`) ?? {});
  const method = r.oneOf(agg.method, `${field}.aggregation.method`, AGGREGATION_METHODS) ?? 'mean';
  const aggregation: ScoredAggregation = { method };
  if (method === 'trimmed-mean') aggregation.trim = r.number(agg.trim ?? 1, `${field}.aggregation.trim`, { nonNegativeInteger: true }) ?? 1;
  return {
    id,
    name,
    criteria,
    aggregation,
    tieBreak: tieBreak(r, o.tieBreak, `${field}.tieBreak`, new Set(criteria.map((c) => c.id))),
    awards: awards(r, o.awards, `${field}.awards`),
  };
}
type ScoredAggregation = { method: (typeof AGGREGATION_METHODS)[number]; trim?: number };

function criterion(r: FieldReader, v: unknown, field: string): Criterion {
  const o = r.object(v, field) ?? {};
  const c: Criterion = {
    id: r.string(o.id, `${field}.id`) ?? '',
    name: localized(r, o.name, `${field}.name`) ?? '',
    max: r.number(o.max, `${field}.max`, { positive: true }) ?? 1,
    step: r.number(o.step ?? 1, `${field}.step`, { positive: true }) ?? 1,
    weight: r.number(o.weight ?? 1, `${field}.weight`, { positive: true }) ?? 1,
  };
  const description = localized(r, o.description, `${field}.description`, true);
  if (description !== undefined) c.description = description;
  return c;
}

function tieBreak(r: FieldReader, v: unknown, field: string, criteria: Set<string>): TieBreakRule[] {
  const list = r.array(v, field, { optional: true });
  if (!list) return [...DEFAULT_TIE_BREAK];
  return list.flatMap((rule, i): TieBreakRule[] => {
    const f = `${field}[${i}]`;
    if (typeof rule !== 'string') return r.report(f, 'type', { expected: 'string' }), [];
    if (rule.startsWith('criterion:')) {
      const id = rule.slice('criterion:'.length);
      if (!criteria.has(id)) return r.report(f, 'unknownCriterion', { id }), [];
      return [rule as TieBreakRule];
    }
    if ((FIXED_TIE_BREAK_RULES as readonly string[]).includes(rule)) return [rule as TieBreakRule];
    r.report(f, 'unknownRule', { value: rule, allowed: [...FIXED_TIE_BREAK_RULES, 'criterion:ID'].join(', ') });
    return [];
  });
}

function awards(r: FieldReader, v: unknown, field: string): AwardScheme {
  if (v === undefined) return { mode: 'count', places: [] };
  const o = r.object(v, field) ?? {};
  const mode = r.oneOf(o.mode, `${field}.mode`, ['count', 'threshold'] as const) ?? 'count';
  const places = (r.array(o.places, `${field}.places`) ?? []).map((p, i): AwardPlace => {
    const f = `${field}.places[${i}]`;
    const po = r.object(p, f) ?? {};
    const place: AwardPlace = { id: r.string(po.id, `${f}.id`) ?? '', name: localized(r, po.name, `${f}.name`) ?? '' };
    if (mode === 'count') place.count = r.number(po.count, `${f}.count`, { nonNegativeInteger: true }) ?? 0;
    else place.minScore = r.number(po.minScore, `${f}.minScore`) ?? 0;
    return place;
  });
  r.uniqueIds(places, `${field}.places`);
  return { mode, places };
}

function ageGroup(r: FieldReader, v: unknown, field: string): AgeGroup {
  const o = r.object(v, field) ?? {};
  return { id: r.string(o.id, `${field}.id`) ?? '', name: localized(r, o.name, `${field}.name`) ?? '' };
}

function eligibility(r: FieldReader, v: unknown, field: string): EligibilityRules {
  const o = r.object(v, field) ?? {};
  const rules: EligibilityRules = {};
  const maxDurationSec = r.number(o.maxDurationSec, `${field}.maxDurationSec`, { optional: true, positive: true });
  const minFollowers = r.number(o.minFollowers, `${field}.minFollowers`, { optional: true, nonNegativeInteger: true });
  const hashtag = r.string(o.hashtag, `${field}.hashtag`, { optional: true });
  if (maxDurationSec !== undefined) rules.maxDurationSec = maxDurationSec;
  if (minFollowers !== undefined) rules.minFollowers = minFollowers;
  if (hashtag !== undefined && hashtag.trim()) rules.hashtag = hashtag;
  if (o.onePerParticipant !== undefined) {
    if (typeof o.onePerParticipant === 'boolean') rules.onePerParticipant = o.onePerParticipant;
    else r.report(`${field}.onePerParticipant`, 'type', { expected: 'boolean' });
  }
  return rules;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
