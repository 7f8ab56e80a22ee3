import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/crypto/canonicalJson';
import { fingerprint, fromBase64, keyPairFromSeed, sha256Hex, sign, toBase64, verify } from '../../shared/crypto/signing';
import { parseContestFile } from '../../shared/contest/file';
import {
  buildJurorPayload,
  followsRevision,
  JUROR_FILE_FORMAT,
  readJurorFile,
  writeJurorFile,
  type JurorPayload,
  type PayloadSource,
  type VerifiedJurorFile,
} from '../../shared/juror/jurorFile';
import type { JurorScores } from '../../shared/scores/jurorScores';
import { fixtureText } from './helpers/common';

const seed = (n: number) => new Uint8Array(32).map((_, i) => (i * 7 + n) & 0xff);
const juror = keyPairFromSeed(seed(1));
const other = keyPairFromSeed(seed(2));

function payload(keys = juror, patch: Partial<JurorPayload> = {}): JurorPayload {
  return {
    format: JUROR_FILE_FORMAT,
    contest: { uid: 'c-1', definitionSha256: 'ab'.repeat(32) },
    package: 'ef'.repeat(32),
    juror: { id: 'j1', publicKey: toBase64(keys.publicKey), fingerprint: fingerprint(keys.publicKey) },
    revision: 1,
    previous: null,
    createdAt: '2026-03-04T10:00:00.000Z',
    scores: [
      { entry: '1', criterion: 'relevance', value: '4.5' },
      { entry: '2', criterion: 'relevance', value: '3' },
    ],
    comments: [{ entry: '1', text: 'Әдемі бейнеролик' }],
    recusals: [{ entry: '3', reason: 'туысқаны' }],
    ...patch,
  };
}

describe('canonical JSON', () => {
  it('sorts keys, drops undefined, has no white space, and is stable', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'Ә'], c: undefined, d: { z: 0.5, y: -2 } })).toBe('{"a":[true,null,"Ә"],"b":1,"d":{"y":-2,"z":0.5}}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  it('refuses values JSON cannot hold exactly', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
});

describe('signing', () => {
  it('signs and verifies; another key, another message or a damaged signature fail without throwing', () => {
    const msg = new TextEncoder().encode('«Барлығына рақмет»');
    const sig = sign(msg, juror.secretKey);
    expect(verify(sig, msg, juror.publicKey)).toBe(true);
    expect(verify(sig, msg, other.publicKey)).toBe(false);
    expect(verify(sig, new TextEncoder().encode('«Барлығына рахмет»'), juror.publicKey)).toBe(false);
    expect(verify(sig.slice(1), msg, juror.publicKey)).toBe(false);
    expect(verify(new Uint8Array(64), msg, new Uint8Array(3))).toBe(false);
  });
  it('reads fingerprints as 8 groups of 4 hex digits, and hashes with SHA-256', () => {
    expect(fingerprint(juror.publicKey)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(fingerprint(juror.publicKey)).not.toBe(fingerprint(other.publicKey));
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('base64 round-trips and refuses non-canonical or foreign text', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 64]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(fromBase64('TWE=')).toEqual(new TextEncoder().encode('Ma'));
    expect(fromBase64('TWF=')).toBeNull(); // same bytes as TWE= with a padding bit set
    expect(fromBase64('TW E=')).toBeNull();
    expect(fromBase64('TWE')).toBeNull();
  });
});

describe('juror file', () => {
  it('round-trips: who signed it, for which contest and revision, and the file hash', () => {
    const bytes = writeJurorFile(payload(), juror.secretKey);
    const r = readJurorFile(bytes, 'j1.jury-scores');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload).toEqual(payload());
    expect(r.value.fingerprint).toBe(fingerprint(juror.publicKey));
    expect(r.value.sha256).toBe(sha256Hex(bytes));
    expect(new TextDecoder().decode(bytes).split('\n')[0]).toBe('JURY-SCORES/1');
  });

  it('is the same bytes for the same content, whatever the key order in memory', () => {
    const a = writeJurorFile(payload(), juror.secretKey);
    const reordered = Object.fromEntries(Object.entries(payload()).reverse()) as unknown as JurorPayload;
    expect(writeJurorFile(reordered, juror.secretKey)).toEqual(a);
  });

  it('catches a change of any single byte anywhere in the file', () => {
    const bytes = writeJurorFile(payload(), juror.secretKey);
    const undetected: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] ^= 0x01;
      if (readJurorFile(copy).ok) undetected.push(i);
    }
    expect(undetected).toEqual([]);
  });

  it('refuses a truncated file, a foreign file, and a payload re-signed under a key it does not name', () => {
    const bytes = writeJurorFile(payload(), juror.secretKey);
    expect(readJurorFile(bytes.subarray(0, bytes.length - 10), 'j1').ok).toBe(false);
    expect(readJurorFile(bytes.subarray(0, 40), 'j1')).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', file: 'j1' }] });
    expect(readJurorFile(new TextEncoder().encode('%PDF-1.7\n...'), 'protocol.pdf')).toMatchObject({ ok: false, problems: [{ code: 'notJurorFile' }] });
    expect(readJurorFile(new Uint8Array(0))).toMatchObject({ ok: false, problems: [{ code: 'emptyFile' }] });
    expect(readJurorFile(new TextEncoder().encode('JURY-SC'))).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile' }] });
    // Someone re-signs the juror's payload with their own key but keeps the juror's key inside.
    const forged = writeJurorFile(payload(), other.secretKey);
    expect(readJurorFile(forged)).toMatchObject({ ok: false, problems: [{ code: 'badSignature' }] });
    // Re-signed under a new key that the payload also names: intact, but another signer (merge refuses a second key).
    const resigned = readJurorFile(writeJurorFile(payload(other), other.secretKey));
    expect(resigned.ok && resigned.value.fingerprint).toBe(fingerprint(other.publicKey));
  });

  it('refuses a header key that differs from the key the payload names', () => {
    const body = new TextEncoder().encode(canonicalJson(payload(juror)));
    const header = `JURY-SCORES/1\nkey: ${toBase64(other.publicKey)}\nsignature: ${toBase64(sign(body, other.secretKey))}\nlength: ${body.length}\n\n`;
    const bytes = new Uint8Array([...new TextEncoder().encode(header), ...body]);
    expect(readJurorFile(bytes)).toMatchObject({ ok: false, problems: [{ code: 'keyMismatch' }] });
  });
});

describe('buildJurorPayload', () => {
  const BEST = (() => {
    const r = parseContestFile(fixtureText('best-work/contest.json'));
    if (!r.ok) throw new Error('fixture refused');
    return r.value; // scored: social (s1…s10), innovative (i1…i10)
  })();
  const ENTRIES = [
    { id: '1', nomination: 'social' },
    { id: '2', nomination: 'innovative' },
    { id: '3', nomination: 'social' },
    { id: '4', nomination: 'innovative' },
  ];
  const CONTEST = { uid: 'c-best', definitionSha256: 'cd'.repeat(32) };
  const marks = (order: 'forward' | 'reverse' = 'forward'): JurorScores => {
    const arrange = <T>(list: T[]) => (order === 'forward' ? list : [...list].reverse());
    return {
      scores: new Map(
        arrange([
          ['1\u0000s2', '7'],
          ['1\u0000s1', '8'],
          ['1\u0000i1', '5'], // a criterion of another nomination
          ['9\u0000s1', '3'], // an entry that is not in the package
          ['3\u0000s1', '4'], // entry 3 is recused
          ['2\u0000i10', '10'],
          ['2\u0000i2', '6.5'],
        ]),
      ),
      comments: new Map(
        arrange([
          ['9', 'not in this package'],
          ['3', 'туысқаны'],
          ['1', 'Жақсы жоба'],
          ['2', ''], // an empty comment is no comment
        ]),
      ),
      recusals: new Map(
        arrange([
          ['3', 'менің оқушым'],
          ['9', 'not in this package'],
          ['4', ''], // typed from paper without a reason: still a recusal
        ]),
      ),
    };
  };
  const source = (patch: Partial<PayloadSource> = {}): PayloadSource => ({
    definition: BEST,
    contest: CONTEST,
    packageSha256: 'ef'.repeat(32),
    jurorId: 'j3',
    publicKey: juror.publicKey,
    entries: ENTRIES,
    marks: marks(),
    revision: 1,
    previous: null,
    createdAt: '2024-11-12T08:30:00.000Z',
    ...patch,
  });

  it('exports only entries of the package and criteria of their nomination, in package and criteria order; recused entries no scores', () => {
    expect(buildJurorPayload(source())).toEqual({
      format: JUROR_FILE_FORMAT,
      contest: CONTEST,
      package: 'ef'.repeat(32),
      juror: { id: 'j3', publicKey: toBase64(juror.publicKey), fingerprint: fingerprint(juror.publicKey) },
      revision: 1,
      previous: null,
      createdAt: '2024-11-12T08:30:00.000Z',
      scores: [
        { entry: '1', criterion: 's1', value: '8' },
        { entry: '1', criterion: 's2', value: '7' },
        { entry: '2', criterion: 'i2', value: '6.5' },
        { entry: '2', criterion: 'i10', value: '10' },
      ],
      comments: [
        { entry: '1', text: 'Жақсы жоба' },
        { entry: '3', text: 'туысқаны' },
      ],
      recusals: [
        { entry: '3', reason: 'менің оқушым' },
        { entry: '4', reason: '' },
      ],
    });
  });

  it('round-trips through the signed file', () => {
    const p = buildJurorPayload(source({ revision: 3, previous: '12'.repeat(32) }));
    const bytes = writeJurorFile(p, juror.secretKey);
    expect(readJurorFile(bytes, 'j3.jury-scores')).toEqual({ ok: true, value: { payload: p, sha256: sha256Hex(bytes), fingerprint: fingerprint(juror.publicKey) } });
  });

  it('the same marks make the same bytes, whatever order they were made in; a changed mark makes other bytes', () => {
    const a = writeJurorFile(buildJurorPayload(source()), juror.secretKey);
    expect(writeJurorFile(buildJurorPayload(source({ marks: marks('reverse') })), juror.secretKey)).toEqual(a);
    const changed = marks();
    changed.scores.set('1\u0000s2', '6');
    const b = writeJurorFile(buildJurorPayload(source({ marks: changed })), juror.secretKey);
    expect(sha256Hex(b)).not.toBe(sha256Hex(a));
  });

  it('an entry without a scored nomination exports its comment and recusal but no scores', () => {
    const p = buildJurorPayload(source({ entries: [{ id: '1', nomination: null }, { id: '3', nomination: 'likes' }] }));
    expect(p.scores).toEqual([]);
    expect(p.comments).toEqual([
      { entry: '1', text: 'Жақсы жоба' },
      { entry: '3', text: 'туысқаны' },
    ]);
    expect(p.recusals).toEqual([{ entry: '3', reason: 'менің оқушым' }]);
  });

  it('catches a deleted, inserted or rewritten byte in every region of a built file', () => {
    const bytes = writeJurorFile(buildJurorPayload(source()), juror.secretKey);
    const text = new TextDecoder().decode(bytes);
    const headerEnd = bytes.indexOf(0x0a, bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1) + 1; // after the signature line
    // Every byte of the header, every 5th byte of the payload (a signature check takes milliseconds).
    const positions = [...Array(bytes.length).keys()].filter((i) => i <= headerEnd || i % 5 === 0);
    const undetected: string[] = [];
    for (const i of positions) {
      const deleted = new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 1)]);
      const inserted = new Uint8Array([...bytes.subarray(0, i), 0x20, ...bytes.subarray(i)]);
      if (readJurorFile(deleted).ok) undetected.push(`delete ${i}`);
      if (readJurorFile(inserted).ok) undetected.push(`insert ${i}`);
    }
    expect(undetected).toEqual([]);
    // Meaningful edits to the payload: a better score, a withdrawn recusal, a rewound revision.
    for (const [from, to] of [
      ['"value":"7"', '"value":"9"'],
      ['{"entry":"4","reason":""}', '{"entry":"5","reason":""}'],
      ['"revision":1', '"revision":2'],
      ['"id":"j3"', '"id":"j1"'],
    ]) {
      expect(text).toContain(from);
      expect(readJurorFile(new TextEncoder().encode(text.replace(from, to))), from).toMatchObject({ ok: false, problems: [{ code: 'badSignature' }] });
    }
  }, 30_000);

  it('refuses a length line or bytes after the payload: the header is not signed, so the file would have another hash', () => {
    const bytes = writeJurorFile(buildJurorPayload(source()), juror.secretKey);
    const text = new TextDecoder().decode(bytes);
    const body = text.slice(text.indexOf('\n\n') + 2);
    const withLength = new TextEncoder().encode(text.replace('\n\n', `\nlength: ${new TextEncoder().encode(body).length}\n\n`));
    expect(readJurorFile(withLength, 'j3')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'j3' }] });
    expect(readJurorFile(new Uint8Array([...withLength, 0x0a]), 'j3')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'j3' }] });
    expect(readJurorFile(new Uint8Array([...bytes, 0x0a]), 'j3').ok).toBe(false);
  });
});

describe('a juror file signed by its own key but malformed', () => {
  const signedWith = (patch: Record<string, unknown>) => readJurorFile(writeJurorFile({ ...payload(), ...patch } as JurorPayload, juror.secretKey), 'x');
  it('is refused naming the first field that is wrong', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ contest: undefined }, 'contest'],
      [{ contest: { uid: 7, definitionSha256: 'ab'.repeat(32) } }, 'contest'],
      [{ contest: { uid: 'c', definitionSha256: 'not a hash' } }, 'contest'],
      [{ package: undefined }, 'package'],
      [{ package: 'AB'.repeat(32) }, 'package'],
      [{ revision: 0 }, 'revision'],
      [{ revision: 1.5 }, 'revision'],
      [{ revision: '2' }, 'revision'],
      [{ revision: 1, previous: 'ab'.repeat(32) }, 'previous'],
      [{ revision: 2, previous: null }, 'previous'],
      [{ revision: 2, previous: 'ab' }, 'previous'],
      [{ createdAt: 1 }, 'createdAt'],
      [{ scores: {} }, 'scores'],
      [{ scores: [{ entry: '1', criterion: 'relevance', value: 4.5 }] }, 'scores'],
      [{ scores: [null] }, 'scores'],
      [{ comments: undefined }, 'comments'],
      [{ comments: [{ entry: '1' }] }, 'comments'],
      [{ recusals: [{ entry: 3, reason: 'x' }] }, 'recusals'],
    ];
    for (const [patch, field] of cases) {
      expect(signedWith(patch), JSON.stringify(patch)).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'x', field }] });
    }
    expect(signedWith({ juror: { ...payload().juror, id: '' } })).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'x', field: 'juror.id' }] });
    expect(signedWith({ format: 'jury.scores/2' })).toEqual({ ok: false, problems: [{ code: 'format', file: 'x', field: 'format', params: { expected: JUROR_FILE_FORMAT } }] });
    expect(signedWith({ revision: 2, previous: 'ab'.repeat(32) }).ok).toBe(true);
  });
});

describe('followsRevision', () => {
  const file = (revision: number, previous: string | null, value = '4.5') => {
    const r = readJurorFile(writeJurorFile(payload(juror, { revision, previous, scores: [{ entry: '1', criterion: 'relevance', value }] }), juror.secretKey));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  };
  const r1 = file(1, null);
  const r2 = file(2, r1.sha256);
  const accepted = (f: VerifiedJurorFile) => ({ revision: f.payload.revision, sha256: f.sha256 });

  it('takes anything when nothing is accepted yet, and a direct successor naming its predecessor', () => {
    expect(followsRevision(null, r1, 'a')).toEqual({ ok: true, value: true });
    expect(followsRevision(null, r2, 'a')).toEqual({ ok: true, value: true });
    expect(followsRevision(accepted(r1), r2, 'a')).toEqual({ ok: true, value: true });
    expect(followsRevision(accepted(r2), file(3, r2.sha256), 'a')).toEqual({ ok: true, value: true });
  });

  it('refuses a replayed file, an older revision, and another file with the same revision', () => {
    expect(followsRevision(accepted(r1), r1, 'j1-r1')).toEqual({ ok: false, problems: [{ code: 'staleRevision', file: 'j1-r1', params: { revision: 1, accepted: 1 } }] });
    expect(followsRevision(accepted(r2), r2, 'j1-r2')).toEqual({ ok: false, problems: [{ code: 'staleRevision', file: 'j1-r2', params: { revision: 2, accepted: 2 } }] });
    expect(followsRevision(accepted(r2), r1, 'j1-r1')).toEqual({ ok: false, problems: [{ code: 'staleRevision', file: 'j1-r1', params: { revision: 1, accepted: 2 } }] });
    const rival = file(2, r1.sha256, '5'); // a second revision 2 with other marks
    expect(rival.sha256).not.toBe(r2.sha256);
    expect(followsRevision(accepted(r2), rival, 'rival')).toEqual({ ok: false, problems: [{ code: 'staleRevision', file: 'rival', params: { revision: 2, accepted: 2 } }] });
    // The same sha under a higher revision number cannot be a new file.
    expect(followsRevision({ revision: 1, sha256: r2.sha256 }, r2, 'x')).toMatchObject({ ok: false, problems: [{ code: 'staleRevision' }] });
  });

  it('refuses a direct successor whose previous hash is not the accepted file', () => {
    const forked = file(2, '00'.repeat(32));
    expect(followsRevision(accepted(r1), forked, 'fork')).toEqual({ ok: false, problems: [{ code: 'brokenChain', file: 'fork', params: { revision: 2 } }] });
    // Chained to a rival revision 1 that was never accepted.
    const otherR1 = file(1, null, '3');
    expect(followsRevision(accepted(r1), file(2, otherR1.sha256), 'x')).toMatchObject({ ok: false, problems: [{ code: 'brokenChain' }] });
  });

  it('lets a revision skip ahead: the ones between never reached the organiser, so there is no chain to check', () => {
    expect(followsRevision(accepted(r1), file(4, 'ab'.repeat(32)), 'x')).toEqual({ ok: true, value: true });
  });
});
