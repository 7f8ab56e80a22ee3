import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/crypto/canonicalJson';
import { envelopeLayout, readEnvelope } from '../../shared/crypto/envelope';
import { fingerprint, keyPairFromSeed, sha256Hex, sign, toBase64 } from '../../shared/crypto/signing';
import { parseContestFile } from '../../shared/contest/file';
import type { ContestDefinition } from '../../shared/contest/model';
import { buildJurorPayload, writeJurorFile } from '../../shared/juror/jurorFile';
import {
  definitionSha256,
  PACKAGE_FORMAT,
  PACKAGE_MAGIC,
  readPackageHead,
  safeMediaName,
  writePackageHead,
  type PackageEntry,
  type PackageMedia,
  type PackagePayload,
} from '../../shared/package/packageFile';
import { fixtureText } from './helpers/common';

const seed = (n: number) => new Uint8Array(32).map((_, i) => (i * 7 + n) & 0xff);
const organiser = keyPairFromSeed(seed(10));
const intruder = keyPairFromSeed(seed(11));
const jurorKeys = keyPairFromSeed(seed(12));

function contest(path: string): ContestDefinition {
  const r = parseContestFile(fixtureText(path));
  if (!r.ok) throw new Error(`fixture refused: ${JSON.stringify(r.problems)}`);
  return r.value;
}
const THANKS = contest('thanks-challenge/contest.json'); // scored: main; audience: comments, likes, views
const BEST = contest('best-work/contest.json'); // scored: social, innovative

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
};
/** Deterministic pseudo-random bytes (mulberry32): the same seed always gives the same bytes. */
function seededBytes(n: number, s: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const entry = (id: string, fields: Partial<PackageEntry> = {}): PackageEntry => ({
  id,
  nomination: 'main',
  participant: `Қатысушы ${id}`,
  organisation: '№7 «Балдырған» бөбекжай-бақшасы',
  region: 'Қызылорда облысы',
  age_group: null,
  link: `https://www.instagram.com/reel/C${id}/`,
  media: null,
  ...fields,
});

/** Two videos (entries 1 and 3; entry 2 carries none), as the exporter lays them out. */
const VIDEO_1 = seededBytes(1500, 1);
const VIDEO_3 = seededBytes(700, 3);
const MEDIA: PackageMedia[] = [
  { entry: '1', name: '1.mp4', offset: 0, size: VIDEO_1.length, sha256: sha256Hex(VIDEO_1) },
  { entry: '3', name: '3.mov', offset: VIDEO_1.length, size: VIDEO_3.length, sha256: sha256Hex(VIDEO_3) },
];

function payload(patch: Partial<PackagePayload> = {}, def: ContestDefinition = THANKS): PackagePayload {
  return {
    format: PACKAGE_FORMAT,
    contest: { uid: 'c-thanks-2024', definitionSha256: definitionSha256(def) },
    definition: def,
    juror: { id: 'j2', name: 'Жұмаділдаева Нұргүл Васильевна' },
    createdAt: '2024-03-01T09:00:00.000Z',
    entries: [entry('1'), entry('2'), entry('3')],
    media: [],
    ...patch,
  };
}
const withMedia = (patch: Partial<PackagePayload> = {}) =>
  payload({ entries: [entry('1', { media: '1.mp4' }), entry('2'), entry('3', { media: '3.mov' })], media: MEDIA, ...patch });

/** A whole package file: signed head, then the media bytes in payload order. */
function packageFile(p: PackagePayload, keys = organiser, media: Uint8Array[] = []): { head: Uint8Array; file: Uint8Array } {
  const head = writePackageHead(p, keys);
  return { head, file: concat(head, ...media) };
}
/** Reads a file the way the app does: the head by its layout, the size of the whole file. */
function read(file: Uint8Array, name = 'j2.jury-package') {
  const layout = envelopeLayout(PACKAGE_MAGIC, file.subarray(0, 4096), name, 'notPackage');
  const headSize = layout.ok && layout.value.length !== null ? layout.value.headerEnd + 2 + layout.value.length : file.length;
  return readPackageHead(file.subarray(0, Math.min(headSize, file.length)), file.length, name);
}
const codes = (r: ReturnType<typeof readPackageHead>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('package round trip', () => {
  it('without media: the payload, the organiser’s fingerprint and key, the head hash, media start at the end', () => {
    const { head, file } = packageFile(payload());
    expect(file).toEqual(head);
    const r = readPackageHead(head, head.length, 'j2.jury-package');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload).toEqual(payload());
    expect(r.value.fingerprint).toBe(fingerprint(organiser.publicKey));
    expect(r.value.publicKey).toBe(toBase64(organiser.publicKey));
    expect(r.value.sha256).toBe(sha256Hex(head));
    expect(r.value.mediaStart).toBe(head.length);
    const text = dec(head);
    expect(text.split('\n')[0]).toBe(PACKAGE_MAGIC);
    expect(text.split('\n')[3]).toBe(`length: ${enc(canonicalJson(payload())).length}`); // a package always says where its payload ends
  });

  it('with media: each file lies at mediaStart + offset and hashes to what the signed payload says', () => {
    const { head, file } = packageFile(withMedia(), organiser, [VIDEO_1, VIDEO_3]);
    const r = readPackageHead(head, file.length, 'j2.jury-package');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload).toEqual(withMedia());
    expect(r.value.mediaStart).toBe(head.length);
    expect(r.value.sha256).toBe(sha256Hex(head)); // the media are bound by their hashes, not by the head hash
    for (const m of r.value.payload.media) {
      const bytes = file.subarray(r.value.mediaStart + m.offset, r.value.mediaStart + m.offset + m.size);
      expect(sha256Hex(bytes)).toBe(m.sha256);
    }
    // Given the whole file instead of the head, the same result.
    expect(readPackageHead(file, file.length, 'j2.jury-package')).toEqual(r);
  });

  it('is the same bytes for the same package, whatever the key order in memory', () => {
    const a = writePackageHead(withMedia(), organiser);
    const reordered = Object.fromEntries(Object.entries(withMedia()).reverse()) as unknown as PackagePayload;
    expect(writePackageHead(reordered, organiser)).toEqual(a);
  });

  it('a changed media byte leaves the head valid: the signed hash is what catches it on extraction', () => {
    const { head, file } = packageFile(withMedia(), organiser, [VIDEO_1, VIDEO_3]);
    const changed = file.slice();
    changed[head.length + 10] ^= 0x01;
    const r = readPackageHead(changed.subarray(0, head.length), changed.length);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.value.payload.media[0];
    expect(sha256Hex(changed.subarray(r.value.mediaStart + m.offset, r.value.mediaStart + m.offset + m.size))).not.toBe(m.sha256);
  });
});

describe('package tampering', () => {
  it('catches a change of any byte of the header and of a sample of the payload', () => {
    const { head, file } = packageFile(withMedia(), organiser, [VIDEO_1, VIDEO_3]);
    const headerEnd = dec(head.subarray(0, 4096)).indexOf('\n\n') + 2;
    // A signature check takes milliseconds: every header byte, the first 40 payload bytes (contest), every
    // byte from "format" on (format, juror, media) and 120 spread evenly over the rest (definition, entries).
    const tail = Buffer.from(head).indexOf('"format":"jury.package/1"');
    const stride = Math.ceil((tail - headerEnd) / 120);
    const positions = [...Array(head.length).keys()].filter((i) => i < headerEnd + 40 || i >= tail || (i - headerEnd) % stride === 0);
    expect(positions.length).toBeGreaterThan(600);
    const undetected: number[] = [];
    for (const i of positions) {
      const copy = file.slice();
      copy[i] ^= 0x01;
      if (readPackageHead(copy.subarray(0, head.length), copy.length).ok) undetected.push(i);
    }
    expect(undetected).toEqual([]);
  }, 30_000);

  it('a package re-signed with another key is intact, but its fingerprint is not the organiser’s', () => {
    const genuine = readPackageHead(writePackageHead(payload(), organiser), writePackageHead(payload(), organiser).length);
    const resignedHead = writePackageHead(payload(), intruder);
    const resigned = readPackageHead(resignedHead, resignedHead.length);
    expect(genuine.ok && resigned.ok).toBe(true);
    if (!genuine.ok || !resigned.ok) return;
    expect(resigned.value.fingerprint).toBe(fingerprint(intruder.publicKey));
    expect(resigned.value.fingerprint).not.toBe(genuine.value.fingerprint);
    expect(resigned.value.publicKey).toBe(toBase64(intruder.publicKey));
    expect(resigned.value.sha256).not.toBe(genuine.value.sha256);
    expect(resigned.value.payload).toEqual(genuine.value.payload);
  });

  it('the organiser’s key put on another signer’s head is a bad signature', () => {
    const head = dec(writePackageHead(payload(), intruder));
    const swapped = enc(head.replace(`key: ${toBase64(intruder.publicKey)}`, `key: ${toBase64(organiser.publicKey)}`));
    expect(readPackageHead(swapped, swapped.length)).toMatchObject({ ok: false, problems: [{ code: 'badSignature' }] });
  });

  it('refuses a package head without its length line, the same payload and signature otherwise', () => {
    // The header is not signed: without this rule one signed payload would have two file hashes.
    const body = enc(canonicalJson(payload()));
    const bytes = concat(enc(`${PACKAGE_MAGIC}\nkey: ${toBase64(organiser.publicKey)}\nsignature: ${toBase64(sign(body, organiser.secretKey))}\n\n`), body);
    expect(readEnvelope(PACKAGE_MAGIC, bytes, 'p', 'notPackage').ok).toBe(true);
    expect(readPackageHead(bytes, bytes.length, 'p')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'p' }] });
  });
});

describe('truncated, extended and foreign files', () => {
  const { head, file } = packageFile(withMedia(), organiser, [VIDEO_1, VIDEO_3]);
  const headerEnd = dec(head.subarray(0, 4096)).indexOf('\n\n');

  it('a file cut anywhere is truncatedFile (empty: emptyFile)', () => {
    const cuts = [1, 5, PACKAGE_MAGIC.length, PACKAGE_MAGIC.length + 1, 40, headerEnd, headerEnd + 1, headerEnd + 2, headerEnd + 100, head.length - 1, head.length, head.length + 1, head.length + VIDEO_1.length, file.length - 1];
    for (const n of cuts) {
      expect(read(file.subarray(0, n)), `cut at ${n}`).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'j2.jury-package' }] });
    }
    expect(read(new Uint8Array(0))).toEqual({ ok: false, problems: [{ code: 'emptyFile', file: 'j2.jury-package' }] });
  });

  it('media sizes must add up to the file size exactly: bytes added are refused too', () => {
    expect(readPackageHead(head, file.length + 1, 'p')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'p' }] });
    expect(readPackageHead(head, file.length - 1, 'p')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'p' }] });
    expect(readPackageHead(head, head.length, 'p')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'p' }] });
    expect(read(concat(file, enc('x')))).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile' }] });
    expect(readPackageHead(head, file.length, 'p').ok).toBe(true);
  });

  it('another kind of file is notPackage', () => {
    const jurorFile = writeJurorFile(
      buildJurorPayload({
        definition: THANKS,
        contest: payload().contest,
        packageSha256: sha256Hex(head),
        jurorId: 'j2',
        publicKey: jurorKeys.publicKey,
        entries: payload().entries,
        marks: { scores: new Map([['1\u0000relevance', '4']]), comments: new Map(), recusals: new Map() },
        revision: 1,
        previous: null,
        createdAt: '2024-03-02T10:00:00.000Z',
      }),
      jurorKeys.secretKey,
    );
    const foreign: [string, Uint8Array][] = [
      ['a juror file', jurorFile],
      ['random bytes', seededBytes(4096, 42)],
      ['a PDF', enc('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
      ['a ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00])],
      ['a contest file', enc(fixtureText('thanks-challenge/contest.json'))],
      ['a package with a BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), head)],
      ['a lower-case magic', enc(dec(head).replace(PACKAGE_MAGIC, PACKAGE_MAGIC.toLowerCase()))],
      ['a package of a future version', enc(dec(head).replace(PACKAGE_MAGIC, 'JURY-PACKAGE/2'))],
    ];
    for (const [what, bytes] of foreign) {
      expect(readPackageHead(bytes, bytes.length, 'x'), what).toEqual({ ok: false, problems: [{ code: 'notPackage', file: 'x' }] });
    }
    expect(readPackageHead(new Uint8Array(0), 0, 'x')).toEqual({ ok: false, problems: [{ code: 'emptyFile', file: 'x' }] });
  });
});

describe('a signed payload no honest organiser would make', () => {
  /** Signs the payload with the organiser's own key, so that only the contents can be wrong. */
  function signed(p: unknown, media: Uint8Array[] = []) {
    const head = writePackageHead(p as PackagePayload, organiser);
    return readPackageHead(head, head.length + media.reduce((n, m) => n + m.length, 0), 'bad.jury-package');
  }

  it('another format', () => {
    expect(signed({ ...payload(), format: 'jury.package/2' })).toEqual({
      ok: false,
      problems: [{ code: 'format', file: 'bad.jury-package', field: 'format', params: { expected: PACKAGE_FORMAT } }],
    });
    expect(codes(signed(null))).toEqual(['format']);
    expect(codes(signed([1, 2]))).toEqual(['format']);
  });

  it('a definition the contest validator refuses', () => {
    const broken = { ...THANKS, nominations: [] };
    const r = signed(payload({ definition: broken as ContestDefinition, contest: { uid: 'c', definitionSha256: definitionSha256(broken as ContestDefinition) } }));
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'nominations', file: 'bad.jury-package' }] });
    expect(codes(signed({ ...payload(), definition: undefined }))).not.toEqual([]);
  });

  it('a definition whose hash is not the one in contest.definitionSha256, or no contest uid', () => {
    const other = payload({ contest: { uid: 'c-thanks-2024', definitionSha256: definitionSha256(BEST) } });
    expect(signed(other)).toEqual({ ok: false, problems: [{ code: 'badSignature', file: 'bad.jury-package', field: 'contest' }] });
    expect(codes(signed(payload({ contest: { uid: 'c', definitionSha256: definitionSha256(THANKS).toUpperCase() } })))).toEqual(['badSignature']);
    expect(codes(signed({ ...payload(), contest: { definitionSha256: definitionSha256(THANKS) } }))).toEqual(['badSignature']);
    expect(codes(signed({ ...payload(), contest: undefined }))).toEqual(['badSignature']);
  });

  it('a juror who is not on the definition’s panel', () => {
    expect(signed(payload({ juror: { id: 'j9', name: 'Бөгде' } }))).toEqual({
      ok: false,
      problems: [{ code: 'jurorNotOnPanel', file: 'bad.jury-package', field: 'juror', params: { id: 'j9', allowed: 'j1, j2, j3, j4, j5' } }],
    });
    // The secretary writes the protocol and does not score: no package is made for them.
    expect(codes(signed(payload({ juror: { id: 's1', name: 'Әбдікәрімова Әсемгүл' } })))).toEqual(['jurorNotOnPanel']);
    expect(codes(signed({ ...payload(), juror: undefined }))).toEqual(['jurorNotOnPanel']);
    expect(codes(signed(payload({ juror: { id: 'J2', name: 'x' } })))).toEqual(['jurorNotOnPanel']);
  });

  it('entries whose nomination is unknown, an audience nomination, or none', () => {
    expect(signed(payload({ entries: [entry('1'), entry('2', { nomination: 'video' })] }))).toEqual({
      ok: false,
      problems: [{ code: 'unknownNomination', file: 'bad.jury-package', field: 'entries[1].nomination', params: { value: 'video', allowed: 'main' } }],
    });
    expect(signed(payload({ entries: [entry('1', { nomination: 'likes' })] }))).toMatchObject({ ok: false, problems: [{ code: 'unknownNomination', field: 'entries[0].nomination' }] });
    expect(signed(payload({ entries: [entry('1', { nomination: null })] }))).toMatchObject({ ok: false, problems: [{ code: 'unknownNomination', params: { value: 'null' } }] });
    // Another contest's nomination, even a real one there.
    expect(codes(signed(payload({ entries: [entry('1', { nomination: 'social' })] })))).toEqual(['unknownNomination']);
  });

  it('entries with a missing or repeated id', () => {
    expect(signed(payload({ entries: [entry('1'), entry('2'), entry('1')] }))).toEqual({
      ok: false,
      problems: [{ code: 'duplicateId', file: 'bad.jury-package', field: 'entries[2].id', params: { id: '1' } }],
    });
    expect(codes(signed(payload({ entries: [{ ...entry('1'), id: 1 as unknown as string }] })))).toEqual(['duplicateId']);
    expect(codes(signed(payload({ entries: [null as unknown as PackageEntry] })))).toEqual(['duplicateId']);
    expect(codes(signed({ ...payload(), entries: undefined }))).toEqual(['truncatedFile']);
    expect(codes(signed({ ...payload(), media: {} }))).toEqual(['truncatedFile']);
  });

  it('media whose offsets or sizes do not add up, or that name no entry of the package', () => {
    const media = (m: Partial<PackageMedia>[]) => withMedia({ media: MEDIA.map((x, i) => ({ ...x, ...m[i] })) });
    const bad: [string, PackagePayload][] = [
      ['a gap', media([{}, { offset: VIDEO_1.length + 1 }])],
      ['an overlap', media([{}, { offset: VIDEO_1.length - 1 }])],
      ['not starting at 0', media([{ offset: 1 }, { offset: VIDEO_1.length + 1 }])],
      ['a negative size', media([{ size: -1 }, { offset: -1 }])],
      ['a fractional size', media([{ size: 1.5 }, { offset: 1.5 }])],
      ['a size as text', media([{ size: '1500' as unknown as number }])],
      ['an unsafe size', media([{ size: 2 ** 53 }, { offset: 2 ** 53 }])],
      ['an upper-case hash', media([{ sha256: MEDIA[0].sha256.toUpperCase() }])],
      ['a short hash', media([{ sha256: MEDIA[0].sha256.slice(1) }])],
      ['an entry not in the package', media([{}, { entry: '9' }])],
    ];
    for (const [what, p] of bad) {
      expect(signed(p, [VIDEO_1, VIDEO_3]), what).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', file: 'bad.jury-package', field: expect.stringMatching(/^media\[[01]\]/) }] });
    }
    // Sizes that are consistent among themselves but not with the file: the file size decides.
    expect(codes(signed(media([{}, { size: VIDEO_3.length + 1 }]), [VIDEO_1, VIDEO_3]))).toEqual(['truncatedFile']);
    expect(signed(withMedia(), [VIDEO_1, VIDEO_3]).ok).toBe(true);
  });

  it('media whose names are not one bare, safe file name each', () => {
    for (const name of ['../x.mp4', 'a/b.mp4', 'a\\b.mp4', '.hidden', '..', 'C:x.mp4', '', 'x\u0000.mp4', 'x\n.mp4', 'CON.mp4', 'nul', 'a.mp4.', 'a.mp4 ', `${'a'.repeat(197)}.mp4`]) {
      const p = withMedia({ entries: [entry('1', { media: name }), entry('2'), entry('3', { media: '3.mov' })], media: [{ ...MEDIA[0], name }, MEDIA[1]] });
      expect(signed(p, [VIDEO_1, VIDEO_3]), JSON.stringify(name)).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', field: 'media[0]' }] });
    }
  });

  it('two media with the same name (also differing only in case), or an entry that does not name its media', () => {
    const sameName = (name: string) =>
      withMedia({ entries: [entry('1', { media: '1.mp4' }), entry('2'), entry('3', { media: name })], media: [MEDIA[0], { ...MEDIA[1], name }] });
    expect(signed(sameName('1.mp4'), [VIDEO_1, VIDEO_3])).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', field: 'media[1]' }] });
    expect(signed(sameName('1.MP4'), [VIDEO_1, VIDEO_3])).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', field: 'media[1]' }] });
    // Entry 3's media is carried, but the entry names another file (or none).
    for (const media of ['other.mov', null]) {
      const p = withMedia({ entries: [entry('1', { media: '1.mp4' }), entry('2'), entry('3', { media })] });
      expect(signed(p, [VIDEO_1, VIDEO_3]), String(media)).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', field: 'media[1]' }] });
    }
    // An entry naming a file the package does not carry.
    const p = withMedia({ entries: [entry('1', { media: '1.mp4' }), entry('2', { media: '2.mp4' }), entry('3', { media: '3.mov' })] });
    expect(signed(p, [VIDEO_1, VIDEO_3])).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', field: 'entries[1].media' }] });
    // Two media for one entry.
    const twice = withMedia({ entries: [entry('1', { media: '1.mp4' }), entry('2'), entry('3')], media: [MEDIA[0], { ...MEDIA[1], entry: '1' }] });
    expect(signed(twice, [VIDEO_1, VIDEO_3])).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', field: 'media[1]' }] });
  });

  it('returns the definition with its defaults filled in, as the contest validator gives it', () => {
    // best-work's contest.json leaves step and weight out; a package signed over it as written still scores with step 1.
    const raw = JSON.parse(fixtureText('best-work/contest.json')) as ContestDefinition;
    expect(raw.nominations[0]).not.toHaveProperty('criteria.0.step');
    const p = payload({ definition: raw, contest: { uid: 'c-best', definitionSha256: definitionSha256(raw) }, juror: { id: 'j1', name: 'x' }, entries: [entry('1', { nomination: 'social' })] });
    const r = signed(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload.definition).toEqual(BEST);
    expect(r.value.payload.contest.definitionSha256).toBe(definitionSha256(raw)); // what was signed is still named
  });
});

describe('definitionSha256', () => {
  it('is the SHA-256 of the canonical JSON: independent of key order, changed by any rule', () => {
    expect(definitionSha256(THANKS)).toBe(sha256Hex(enc(canonicalJson(THANKS))));
    expect(definitionSha256(THANKS)).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(THANKS).reverse()) as unknown as ContestDefinition;
    expect(definitionSha256(reordered)).toBe(definitionSha256(THANKS));
    const changed = structuredClone(THANKS);
    (changed.nominations[0] as { criteria: { max: number }[] }).criteria[0].max = 10;
    expect(definitionSha256(changed)).not.toBe(definitionSha256(THANKS));
    expect(definitionSha256(BEST)).not.toBe(definitionSha256(THANKS));
  });
});

describe('safeMediaName', () => {
  it('accepts bare file names, in any script', () => {
    for (const name of ['17.mp4', '1-2.mov', 'Әдемі бейне.mp4', 'видео (1).webm', 'a', 'x'.repeat(196) + '.mp4', 'icon.mp4', 'COM10.mp4', 'console.mp4', 'a..b.mp4']) {
      expect(safeMediaName(name), name).toBe(true);
    }
  });
  it('refuses paths, hidden files, reserved Windows names, trailing dots and spaces, control characters and non-strings', () => {
    const bad: unknown[] = [
      '../x.mp4',
      'a/b.mp4',
      'a\\b.mp4',
      '/etc/passwd',
      'C:\\x.mp4',
      'C:x.mp4',
      '.hidden',
      '.',
      '..',
      '...',
      '',
      'x'.repeat(201),
      'a\u0000b.mp4',
      'a\tb.mp4',
      'a\u001fb.mp4',
      'a*.mp4',
      'a?.mp4',
      'a"b.mp4',
      'a<b>.mp4',
      'a|b.mp4',
      'CON',
      'con.mp4',
      'PRN.mov',
      'aux',
      'NUL.txt',
      'com1.mp4',
      'con.txt.mp4',
      'CON .mp4',
      'LPT9',
      'a.mp4.',
      'a.mp4 ',
      ' ',
      null,
      undefined,
      17,
      ['a.mp4'],
    ];
    for (const name of bad) expect(safeMediaName(name), JSON.stringify(name)).toBe(false);
  });
});
