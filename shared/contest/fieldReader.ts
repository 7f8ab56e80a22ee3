import type { Problem } from '../problem';

type Json = unknown;

/**
 * Walks an untrusted JSON value, collecting a problem for each field that breaks a rule
 * instead of stopping at the first, so the organiser can fix a file in one pass.
 */
export class FieldReader {
  readonly problems: Problem[] = [];
  constructor(private readonly file?: string) {}

  report(field: string, code: Problem['code'], params?: Problem['params']): void {
    this.problems.push({ code, field, ...(this.file ? { file: this.file } : {}), ...(params ? { params } : {}) });
  }

  object(value: Json, field: string): Record<string, Json> | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, Json>;
    this.report(field, value === undefined ? 'required' : 'type', { expected: 'object' });
    return undefined;
  }

  array(value: Json, field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): Json[] | undefined {
    if (value === undefined && opts.optional) return undefined;
    if (!Array.isArray(value)) {
      this.report(field, value === undefined ? 'required' : 'type', { expected: 'array' });
      return undefined;
    }
    if (opts.nonEmpty && value.length === 0) this.report(field, 'empty');
    return value;
  }

  string(value: Json, field: string, opts: { optional?: boolean } = {}): string | undefined {
    if (value === undefined || value === null) {
      if (!opts.optional) this.report(field, 'required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(field, 'type', { expected: 'string' });
      return undefined;
    }
    if (!opts.optional && value.trim() === '') this.report(field, 'required');
    // Ids travel inside joined strings and file names (results read a juror's scores of an entry
    // as one string split on control characters): an id may not hold any.
    // eslint-disable-next-line no-control-regex
    if (field.endsWith('.id') && /[\u0000-\u001f\u007f]/.test(value)) this.report(field, 'controlCharacters');
    return value;
  }

  /** A value the file may give as a JSON number; numeric text is refused so mistakes show. */
  number(value: Json, field: string, opts: { optional?: boolean; positive?: boolean; nonNegativeInteger?: boolean } = {}): number | undefined {
    if (value === undefined || value === null) {
      if (!opts.optional) this.report(field, 'required');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(field, 'type', { expected: 'number' });
      return undefined;
    }
    if (opts.positive && !(value > 0)) {
      this.report(field, 'positive', { value });
      return undefined;
    }
    if (opts.nonNegativeInteger && !(Number.isInteger(value) && value >= 0)) {
      this.report(field, 'nonNegativeInteger', { value });
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(value: Json, field: string, allowed: readonly T[], opts: { optional?: boolean } = {}): T | undefined {
    if (value === undefined && opts.optional) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.report(field, value === undefined ? 'required' : 'oneOf', { value: String(value), allowed: allowed.join(', ') });
    return undefined;
  }

  /** Ids must be non-empty and unique within their list. */
  uniqueIds(items: { id?: string }[], field: string, seen = new Set<string>()): void {
    items.forEach((item, i) => {
      if (!item.id) return;
      if (seen.has(item.id)) this.report(`${field}[${i}].id`, 'duplicateId', { id: item.id });
      seen.add(item.id);
    });
  }
}
