import { readEnvelope, writeEnvelope } from '../crypto/envelope';
import { fingerprint, sha256Hex, type KeyPair } from '../crypto/signing';
import type { Language } from '../i18n/languages';
import { fail, ok, type Result } from '../problem';
import { recordSha256, type ResultsRecord } from './record';

/**
 * A protocol's signature: a detached file `<protocol>.sig` beside the exported file, a signed
 * envelope (shared/crypto/envelope.ts) whose payload names the file and its SHA-256, carries
 * the whole results record and its SHA-256, the signer and the time. The secretary's key signs
 * the payload's bytes, so the file's bytes and the results are both covered. Detached, because
 * a PDF, DOCX or XLSX cannot carry a signature over its own bytes without a format-specific
 * signing scheme, and one .sig works the same for all four formats.
 */
export const SIGNATURE_MAGIC = 'JURY-PROTOCOL-SIGNATURE/1';
export const SIGNATURE_FORMAT = 'jury.protocol-signature/1';
export const SIGNATURE_SUFFIX = '.sig';

export type ProtocolFormat = 'pdf' | 'docx' | 'xlsx' | 'csv';
export const PROTOCOL_FORMATS: readonly ProtocolFormat[] = ['pdf', 'docx', 'xlsx', 'csv'];
export type DocumentKind = 'protocol' | 'diplomas' | 'thanks';

export interface SignedFile {
  name: string;
  format: ProtocolFormat;
  kind: DocumentKind;
  language: Language;
}

export interface SignaturePayload {
  format: typeof SIGNATURE_FORMAT;
  file: SignedFile & { sha256: string; bytes: number };
  contest: { uid: string; title: string };
  record: ResultsRecord;
  recordSha256: string;
  preliminary: boolean;
  signer: { name: string; role: 'secretary'; fingerprint: string };
  signedAt: string;
}

export function signProtocol(bytes: Uint8Array, file: SignedFile, contest: SignaturePayload['contest'], record: ResultsRecord, signerName: string, signedAt: string, keys: KeyPair): Uint8Array {
  const payload: SignaturePayload = {
    format: SIGNATURE_FORMAT,
    file: { ...file, sha256: sha256Hex(bytes), bytes: bytes.length },
    contest,
    record,
    recordSha256: recordSha256(record),
    preliminary: record.preliminary,
    signer: { name: signerName, role: 'secretary', fingerprint: fingerprint(keys.publicKey) },
    signedAt,
  };
  return writeEnvelope(SIGNATURE_MAGIC, payload, keys.publicKey, keys.secretKey);
}

export interface VerifiedProtocol {
  file: SignaturePayload['file'];
  contest: SignaturePayload['contest'];
  signer: SignaturePayload['signer'];
  signedAt: string;
  recordSha256: string;
  preliminary: boolean;
  nominations: number;
  rankedEntries: number;
  jurorFiles: number;
}

/**
 * Checks a protocol against its signature, in this order: the signature over the payload, the
 * payload's shape, the results record against its signed hash, and the file's bytes against
 * the signed SHA-256. Any difference, one byte anywhere, is refused with what differs.
 */
export function verifyProtocol(bytes: Uint8Array, fileName: string, sig: Uint8Array, sigName: string): Result<VerifiedProtocol> {
  const env = readEnvelope(SIGNATURE_MAGIC, sig, sigName, 'notProtocolSignature');
  if (!env.ok) return env;
  const p = env.value.payload as SignaturePayload;
  if (!isPayload(p) || p.signer.fingerprint !== env.value.fingerprint) return fail({ code: 'notProtocolSignature', file: sigName });
  if (recordSha256(p.record) !== p.recordSha256) return fail({ code: 'recordMismatch', file: sigName });
  const actual = sha256Hex(bytes);
  if (actual !== p.file.sha256 || bytes.length !== p.file.bytes) return fail({ code: 'protocolAltered', file: fileName, params: { actual, expected: p.file.sha256 } });
  return ok({
    file: p.file,
    contest: p.contest,
    signer: p.signer,
    signedAt: p.signedAt,
    recordSha256: p.recordSha256,
    preliminary: p.preliminary,
    nominations: p.record.nominations.length,
    rankedEntries: p.record.nominations.reduce((s, n) => s + (Array.isArray(n?.results) ? n.results.length : 0), 0),
    jurorFiles: p.record.jurorFiles.length,
  });
}

const isText = (x: unknown): x is string => typeof x === 'string';

function isPayload(p: SignaturePayload): boolean {
  return (
    !!p &&
    p.format === SIGNATURE_FORMAT &&
    !!p.file &&
    isText(p.file.name) &&
    isText(p.file.sha256) &&
    Number.isSafeInteger(p.file.bytes) &&
    !!p.signer &&
    isText(p.signer.name) &&
    isText(p.signer.fingerprint) &&
    isText(p.signedAt) &&
    isText(p.recordSha256) &&
    !!p.record &&
    Array.isArray(p.record.nominations) &&
    Array.isArray(p.record.jurorFiles) &&
    !!p.contest &&
    isText(p.contest.uid)
  );
}
