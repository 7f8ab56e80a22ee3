import type { ContestWorkspace } from './contestWorkspace';

/**
 * The entries each juror was given to score: the union of the packages issued to them. A juror
 * with no package (one who scores on paper), or with a package issued before packages recorded
 * their entries, is taken to score every entry: such a juror is absent from the map.
 */
export function assignedEntries(ws: ContestWorkspace): Map<string, Set<string>> {
  const byJuror = new Map<string, Set<string> | 'all'>();
  for (const p of ws.signing.issued()) {
    if (byJuror.get(p.juror_id) === 'all') continue;
    if (p.entry_ids == null) {
      byJuror.set(p.juror_id, 'all');
      continue;
    }
    const mine = (byJuror.get(p.juror_id) as Set<string> | undefined) ?? new Set<string>();
    for (const id of JSON.parse(p.entry_ids) as string[]) mine.add(id);
    byJuror.set(p.juror_id, mine);
  }
  const out = new Map<string, Set<string>>();
  for (const [juror, set] of byJuror) if (set !== 'all') out.set(juror, set);
  return out;
}
