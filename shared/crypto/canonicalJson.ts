/**
 * Canonical JSON: object keys sorted by code unit, no white space, numbers in their shortest
 * round-trip form, strings escaped as JSON.stringify does. The same value always gives the
 * same bytes, so a signature over them can be checked by any implementation (RFC 8785 style).
 */
export function canonicalJson(value: unknown): string {
  // A juror file holds 100,000 scores: the value is copied with its keys in sorted order and
  // written by the engine's JSON.stringify, which keeps insertion order for such keys. Keys like
  // "7" are ordered numerically by every JavaScript object, so a value with one is written by hand.
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (e) {
    if (e !== INDEX_KEY) throw e;
    return writeByHand(value);
  }
}

const INDEX_LIKE = /^(0|[1-9]\d*)$/;
const INDEX_KEY = Symbol('index-like key');

function checkScalar(v: unknown): void {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('canonical JSON has no NaN or Infinity');
  if (v !== null && typeof v !== 'object' && typeof v !== 'string' && typeof v !== 'boolean' && typeof v !== 'number') {
    throw new TypeError(`canonical JSON cannot hold a ${typeof v}`);
  }
}

function sortedCopy(v: unknown): unknown {
  checkScalar(v);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(sortedCopy);
  const record = v as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  // No prototype: a key named "__proto__" is then a key like any other, not a prototype change.
  const out: Record<string, unknown> = Object.create(null);
  for (const k of keys) {
    if (record[k] === undefined) continue;
    if (INDEX_LIKE.test(k)) throw INDEX_KEY;
    out[k] = sortedCopy(record[k]);
  }
  return out;
}

function writeByHand(v: unknown): string {
  checkScalar(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(writeByHand).join(',')}]`;
  const record = v as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${writeByHand(record[k])}`).join(',')}}`;
}
