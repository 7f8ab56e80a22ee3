import type { EligibilityRules } from '../contest/model';
import { foldForSearch } from '../text/fold';
import type { EligibilityFlag, EntryData } from './model';

/**
 * Screens entries against the contest's rules (seed 000): too long, too few followers,
 * hashtag missing, a second entry by the same participant. Entries come in import order:
 * the first of duplicates stays eligible and the later ones are flagged with its id.
 * A value the file did not have (null) is not checked.
 */
export function screenEntries(entries: readonly EntryData[], rules: EligibilityRules | undefined): Map<string, EligibilityFlag[]> {
  const flags = new Map<string, EligibilityFlag[]>();
  if (!rules) return flags;
  const add = (id: string, flag: EligibilityFlag) => {
    const list = flags.get(id);
    if (list) list.push(flag);
    else flags.set(id, [flag]);
  };
  const tag = rules.hashtag ? normalizeHashtag(rules.hashtag) : '';
  const byLink = new Map<string, string>();
  const byPerson = new Map<string, string>();

  for (const e of entries) {
    if (rules.maxDurationSec !== undefined && e.duration !== null && e.duration > rules.maxDurationSec) {
      add(e.id, { code: 'tooLong', params: { value: e.duration, max: rules.maxDurationSec } });
    }
    if (rules.minFollowers !== undefined && e.followers !== null && e.followers < rules.minFollowers) {
      add(e.id, { code: 'fewFollowers', params: { value: e.followers, min: rules.minFollowers } });
    }
    if (tag && e.hashtag !== null && !normalizeHashtag(e.hashtag).includes(tag)) {
      add(e.id, { code: 'noHashtag', params: { value: e.hashtag, tag: rules.hashtag ?? '' } });
    }
    if (rules.onePerParticipant) {
      const link = e.link ? normalizeLink(e.link) : '';
      if (link) {
        const first = byLink.get(link);
        if (first !== undefined) add(e.id, { code: 'duplicateLink', params: { of: first } });
        else byLink.set(link, e.id);
      }
      const person = personKey(e);
      if (person) {
        const first = byPerson.get(person);
        if (first !== undefined) add(e.id, { code: 'duplicateParticipant', params: { of: first } });
        else byPerson.set(person, e.id);
      }
    }
  }
  return flags;
}

/**
 * Case and spacing do not matter ("#барлығына  Рақмет" passes), letters do: a Russian г
 * typed for the Kazakh ғ is a different hashtag, as the seed's organisers ruled.
 */
export function normalizeHashtag(text: string): string {
  return foldForSearch(text).replace(/[\s#_]+/gu, '');
}

const TRACKING = /^(utm_.*|igsh|igshid|si|fbclid|feature|ref|t|s)$/i;

/**
 * The same video linked twice: scheme, www., trailing slash and sharing parameters (igsh,
 * utm_…) are ignored; the path keeps its case, and a query that names the video
 * (YouTube's ?v=) is kept.
 */
export function normalizeLink(link: string): string {
  const t = link.trim();
  const m = /^(?:[a-z]+:\/\/)?(?:www\.|m\.)?([^/?#]+)([^?#]*)(?:\?([^#]*))?/i.exec(t);
  if (!m) return t;
  const query = (m[3] ?? '')
    .split('&')
    .filter((p) => p && !TRACKING.test(p.split('=')[0]))
    .sort()
    .join('&');
  return `${m[1].toLowerCase()}${m[2].replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
}

function personKey(e: EntryData): string {
  const participant = foldForSearch(e.participant ?? '');
  const organisation = foldForSearch(e.organisation ?? '');
  return participant || organisation ? `${participant}|${organisation}` : '';
}
