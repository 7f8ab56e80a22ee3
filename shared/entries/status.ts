import type { EligibilityRules } from '../contest/model';
import { describeFlag } from '../i18n/problemMessages';
import type { Language } from '../i18n/languages';
import { screenEntries } from './eligibility';
import type { Entry, EntryData, EntryDecision } from './model';

export interface StoredEntry extends EntryData {
  seq: number;
  decision: EntryDecision | null;
  decisionReason: string | null;
}

/**
 * The registry's verdict per entry: the organiser's decision wins (disqualified, or
 * reinstated despite the screening flags); otherwise an entry is eligible when no rule flags it.
 */
export function withEligibility(stored: readonly StoredEntry[], rules: EligibilityRules | undefined): Entry[] {
  const flags = screenEntries(stored, rules);
  return stored.map((e) => {
    const f = flags.get(e.id) ?? [];
    const eligible = e.decision === 'reinstated' ? true : e.decision === 'disqualified' ? false : f.length === 0;
    return { ...e, flags: f, eligible };
  });
}

/** Why an entry is not eligible, in one line, or null when it is. */
export function ineligibilityReason(e: Entry, lang: Language): string | null {
  if (e.eligible) return null;
  if (e.decision === 'disqualified') return e.decisionReason ?? '';
  return e.flags.map((f) => describeFlag(f, lang)).join('; ');
}
