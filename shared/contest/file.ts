import { fail, type Result } from '../problem';
import type { ContestDefinition } from './model';
import { validateContest } from './validate';

/** Reads contest.json text (a BOM is tolerated) into a validated contest. */
export function parseContestFile(text: string, file = 'contest.json'): Result<ContestDefinition> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail({ code: 'json', file, params: { detail: (e as Error).message } });
  }
  return validateContest(value, file);
}

/** Writes a contest as contest.json: the defaults made explicit, two-space indent, final newline. */
export function serializeContest(def: ContestDefinition): string {
  return `${JSON.stringify(def, null, 2)}\n`;
}
