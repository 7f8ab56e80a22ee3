import { canonicalJson } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/signing';
import { isScored } from '../contest/model';
import type { ProtocolSource } from './types';

export const RESULTS_RECORD_FORMAT = 'jury.results-record/1';

/**
 * The canonical record of the results that a protocol's signature covers: every ranked entry
 * with its exact score, award and how its tie was broken, the unscored and disqualified
 * entries, each nomination's method, chain and awards, the jury's tie votes, the juror files
 * in effect (by SHA-256) and a digest of the scores typed from paper. Nothing in it depends
 * on when or where it is made or on the order the files were merged in: the same juror files
 * give the same record, byte for byte, and so the same SHA-256.
 */
export function resultsRecord(source: ProtocolSource) {
  const { definition: def, results } = source;
  const name = (id: string) => ({ participant: source.names.get(id)?.participant ?? null, organisation: source.names.get(id)?.organisation ?? null });
  const nominations = def.nominations.map((n, i) => {
    const r = results.nominations[i];
    const rows = r.results.map((x) => ({
      entry: x.entry,
      ...name(x.entry),
      rank: x.rank,
      score: x.score.toString(),
      award: x.award,
      tiebreak: x.tiebreak ? { rule: x.tiebreak.rule, criterion: x.tiebreak.criterion ?? null } : null,
      sharedPlace: x.sharedPlace,
      jurors: x.jurors,
      override: x.override ? { computed: x.override.computed, reason: x.override.reason } : null,
    }));
    if (!isScored(n)) return { id: n.id, kind: 'audience', metric: n.metric, count: n.count, results: rows };
    return {
      id: n.id,
      kind: 'scored',
      criteria: n.criteria.map((c) => ({ id: c.id, max: c.max, step: c.step, weight: c.weight })),
      aggregation: { method: n.aggregation.method, trim: n.aggregation.method === 'trimmed-mean' ? (n.aggregation.trim ?? 1) : null },
      tieBreak: n.tieBreak,
      awards: { mode: n.awards.mode, places: n.awards.places.map((p) => ({ id: p.id, count: p.count ?? null, minScore: p.minScore ?? null })) },
      results: rows,
      unscored: r.unscored,
      disqualified: r.disqualified.map((d) => ({ entry: d.entry, reason: d.reason })),
    };
  });
  // Only the file in effect for each juror counts (its marks replace the earlier ones), and the
  // files are listed by juror: merging them in another order gives the same record.
  const jurorFiles = source.jurorFiles
    .filter((f) => f.current)
    .sort((a, b) => (a.juror < b.juror ? -1 : a.juror > b.juror ? 1 : 0))
    .map((f) => ({ juror: f.juror, revision: f.revision, sha256: f.sha256, fingerprint: f.fingerprint }));
  return {
    format: RESULTS_RECORD_FORMAT,
    contest: source.contestUid,
    preliminary: source.completion.incompletePairs + source.completion.unscored + source.completion.missingPairs > 0,
    completion: { ...source.completion },
    nominations,
    decisions: source.decisions
      .map((d) => ({ nomination: d.nomination, ordering: [...d.ordering], reason: d.reason, key: `${d.nomination}\u0000${[...d.ordering].sort().join('\u0000')}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ key: _key, ...d }) => d),
    jurorFiles,
    paperMarks: { ...source.paperMarks },
  };
}

export type ResultsRecord = ReturnType<typeof resultsRecord>;

/** The record's bytes: canonical JSON in UTF-8. */
export const recordBytes = (record: ResultsRecord | unknown): Uint8Array => new TextEncoder().encode(canonicalJson(record));

/** The SHA-256 printed in the protocol and signed with it. */
export const recordSha256 = (record: ResultsRecord | unknown): string => sha256Hex(recordBytes(record));
