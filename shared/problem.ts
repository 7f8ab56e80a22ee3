import type { MergeCode } from './i18n/mergeMessages';
import type { ProtocolCode } from './i18n/protocolMessages';
import type { SigningCode } from './i18n/signingMessages';

/**
 * A refused input, as data. Every bad file, row, field or value becomes one of these so
 * that the window can show it in the user's language and the command line in English,
 * always naming where the problem is (file, row, column or field).
 */
export type ProblemCode =
  | 'json'
  | 'format'
  | 'required'
  | 'type'
  | 'positive'
  | 'nonNegativeInteger'
  | 'oneOf'
  | 'duplicateId'
  | 'unknownCriterion'
  | 'unknownRule'
  | 'empty'
  | 'oneChair'
  | 'invalidDate'
  | 'invalidUtf8'
  | 'emptyFile'
  | 'duplicateHeader'
  | 'tooManyCells'
  | 'notWholeNumber'
  | 'notDuration'
  | 'requiredValue'
  | 'unknownNomination'
  | 'duplicateEntryId'
  | 'unsupportedFile'
  | 'unreadableXlsx'
  | 'badQuotes'
  | 'noRows'
  | 'mappingTwice'
  | 'fileNotFound'
  | 'io'
  | 'notContestDb'
  | 'newerDb'
  | 'unknownContest'
  | 'unknownEntry'
  | 'reasonRequired'
  | 'invalidInput'
  | 'unsafeLink'
  | 'noMedia'
  | 'nominationInUse'
  | 'notMedia'
  | 'notANumber'
  | 'scoreOutOfRange'
  | 'scoreOffStep'
  | 'notJurorFile'
  | 'truncatedFile'
  | 'badSignature'
  | 'keyMismatch'
  | 'notAKey'
  | 'lostLetters'
  | 'scoreNoLongerFits'
  | 'packageNotIssued'
  | 'controlCharacters'
  | 'preliminaryDiplomas'
  | 'importConflict'
  | 'unknownAgeGroup'
  | SigningCode
  | MergeCode
  | ProtocolCode
  | 'internal';

export interface Problem {
  code: ProblemCode;
  /** The file the problem is in, as the user named it. */
  file?: string;
  /** A dotted path into a structured file, e.g. nominations[0].criteria[2].max. */
  field?: string;
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row?: number;
  /** The column's header as it stands in the file. */
  column?: string;
  /** Values the message needs: an allowed list, a count, the offending value. */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Thrown inside services to abort a transaction with problems the caller will report. */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'ProblemError';
  }
}
