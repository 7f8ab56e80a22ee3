import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { sha256Hex } from '../../../shared/crypto/signing';
import type { Language } from '../../../shared/i18n/languages';
import { buildProtocolModel, type ProtocolModel } from '../../../shared/protocol/model';
import { recordSha256, resultsRecord, type ResultsRecord } from '../../../shared/protocol/record';
import type { Completion, JurorFileRecord, ProtocolSource, VerificationBlock } from '../../../shared/protocol/types';
import type { ContestResults } from '../../../shared/results/types';
import { decisionsQueries } from '../../db/tables/decisionsTable';
import { protocolQueries } from '../../db/tables/protocolTable';
import type { ContestWorkspace } from '../contestWorkspace';
import { contestResults } from '../results';

export interface GatheredProtocol {
  source: ProtocolSource;
  record: ResultsRecord;
  recordSha256: string;
}

/**
 * Everything the protocol is made from, read from the contest file in one transaction: the
 * results, the entries' names, the jury's tie votes, the juror files merged, the marks typed
 * from paper and what the secretary wrote.
 */
export function gatherProtocol(ws: ContestWorkspace): GatheredProtocol {
  const source = ws.db.transaction((): ProtocolSource => {
    const { definition, results } = contestResults(ws);
    const names = new Map(ws.entries().map((e) => [e.id, { participant: e.participant, organisation: e.organisation }]));
    const jurorFiles = ws.db
      .prepare<[], Omit<JurorFileRecord, 'current'> & { current: number }>(
        // The file in effect is the newest revision under the juror's current key: an accepted new
        // key (a new laptop) starts its revisions again at 1.
        `SELECT f.juror_id AS juror, f.revision, f.sha256, f.fingerprint, f.file_name AS fileName,
           f.id = (SELECT g.id FROM juror_files AS g JOIN juror_keys AS k ON k.juror_id = g.juror_id AND k.fingerprint = g.fingerprint
                   WHERE g.juror_id = f.juror_id ORDER BY g.revision DESC LIMIT 1) AS current
         FROM juror_files AS f ORDER BY f.juror_id, f.fingerprint, f.revision`,
      )
      .all()
      .map((f) => ({ ...f, current: f.current === 1 }));
    return {
      contestUid: ws.uid,
      definition,
      results,
      names,
      decisions: decisionsQueries(ws.db).decisions().map((d) => ({ nomination: d.nomination, ordering: d.ordering, reason: d.reason })),
      jurorFiles,
      paperMarks: paperMarks(ws),
      completion: completion(results),
      texts: protocolQueries(ws.db).texts(),
    };
  })();
  const record = resultsRecord(source);
  return { source, record, recordSha256: recordSha256(record) };
}

/** The model in one language, with the verification block as it will be printed. */
export function protocolModel(g: GatheredProtocol, lang: Language, verification: Omit<VerificationBlock, 'recordSha256'> = { signer: null, fileName: null }): ProtocolModel {
  return buildProtocolModel(g.source, { lang, verification: { ...verification, recordSha256: g.recordSha256 } });
}

/**
 * Scores and recusals typed from paper (entered_by set): they come from no signed file, so the
 * record carries a digest of them, in a fixed order, to tie the results to them too.
 */
function paperMarks(ws: ContestWorkspace): { count: number; sha256: string } {
  const scores = ws.db.prepare<[], [string, string, string, string]>('SELECT juror_id, entry_id, criterion_id, value FROM scores WHERE entered_by IS NOT NULL ORDER BY juror_id, entry_id, criterion_id').raw(true).all();
  const recusals = ws.db.prepare<[], [string, string]>('SELECT juror_id, entry_id FROM recusals WHERE entered_by IS NOT NULL ORDER BY juror_id, entry_id').raw(true).all();
  return { count: scores.length + recusals.length, sha256: sha256Hex(new TextEncoder().encode(canonicalJson({ scores, recusals }))) };
}

/**
 * How far scoring is from done, over every scored nomination. `missingPairs` are juror × entry
 * pairs with no mark at all among the entries each juror was given (as in the completeness
 * matrix): a juror given one nomination is not missing the others.
 */
export function completion(results: ContestResults): Completion {
  let incompletePairs = 0;
  let unscored = 0;
  let missingPairs = 0;
  for (const n of results.nominations) {
    if (n.kind !== 'scored') continue;
    incompletePairs += n.incompletePairs;
    unscored += n.unscored.length;
    missingPairs += n.missingPairs;
  }
  return { incompletePairs, unscored, missingPairs };
}
