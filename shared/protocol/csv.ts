import { localize } from '../contest/localized';
import { isScored } from '../contest/model';
import type { Language } from '../i18n/languages';
import { csvCell } from '../table/csvWrite';
import type { ProtocolSource } from './types';

export const PROTOCOL_CSV_HEADER = ['nomination', 'nomination_name', 'rank', 'entry', 'participant', 'organisation', 'score', 'award', 'award_name', 'shared_place', 'tiebreak', 'disqualified_reason', 'preliminary'] as const;

/**
 * The protocol's decision table as CSV (UTF-8 with BOM, as `jury results`): every ranked entry
 * of every nomination in rank order, then the disqualified ones with their reason. Scores have 2
 * decimals with a point; names are in the protocol's language; `preliminary` is on every row so
 * that a sheet cut from the file still says it. No cell can be read as a formula.
 */
export function protocolCsv(source: ProtocolSource, lang: Language, preliminary: boolean): string {
  const lines = [PROTOCOL_CSV_HEADER.join(',')];
  const flag = preliminary ? 'yes' : 'no';
  source.definition.nominations.forEach((n, i) => {
    const r = source.results.nominations[i];
    if (!r) return;
    const name = localize(n.name, lang);
    const awardName = (id: string | null) => (id === null ? null : isScored(n) ? localize(n.awards.places.find((p) => p.id === id)?.name, lang) || id : name);
    const names = (id: string) => source.names.get(id) ?? { participant: null, organisation: null };
    for (const x of r.results) {
      const e = names(x.entry);
      const tiebreak = x.tiebreak ? (x.tiebreak.criterion ? `${x.tiebreak.rule}:${x.tiebreak.criterion}` : x.tiebreak.rule) : null;
      lines.push(row([n.id, name, x.rank, x.entry, e.participant, e.organisation, isScored(n) ? x.score.toFixed(2) : x.score.toFixed(0), x.award, awardName(x.award), x.sharedPlace ? 'yes' : 'no', tiebreak, null, flag]));
    }
    for (const d of r.disqualified) {
      const e = names(d.entry);
      lines.push(row([n.id, name, null, d.entry, e.participant, e.organisation, null, null, null, null, null, d.reason, flag]));
    }
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const row = (cells: (string | number | null)[]) => cells.map((v) => (typeof v === 'number' ? String(v) : csvCell(v))).join(',');
