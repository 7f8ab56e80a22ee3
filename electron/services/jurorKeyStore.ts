import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeKeyFile, encodeKeyFile } from '../../shared/crypto/keyFile';
import { fingerprint, keyPairFromSeed, toBase64, type KeyPair } from '../../shared/crypto/signing';
import { ProblemError } from '../../shared/problem';
import type { ServiceContext } from './context';
import { writeFileDurably } from './durableFile';
import { readFileOrProblem } from './fileInput';

import type { KeyInfo } from '../../shared/ipc/scoringTypes';

/**
 * The juror's own signing key, in the user's data folder (readable by the user only). It is
 * made once, or chosen from a key file made with `jury keygen`, and never overwritten: a juror
 * who lost it would sign later revisions with another key the organiser does not know.
 */
export class JurorKeyStore {
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly ctx: ServiceContext,
  ) {
    this.path = join(dataDir, 'keys', 'juror.key');
  }

  info(): KeyInfo | null {
    if (!existsSync(this.path)) return null;
    const keys = this.keys();
    return { fingerprint: fingerprint(keys.publicKey), publicKey: toBase64(keys.publicKey) };
  }

  keys(): KeyPair {
    if (!existsSync(this.path)) throw new ProblemError([{ code: 'noSigningKey' }]);
    const decoded = decodeKeyFile(readFileSync(this.path, 'utf8'), basename(this.path));
    if (!decoded.ok) throw new ProblemError(decoded.problems);
    return decoded.value;
  }

  create(): KeyInfo {
    return this.store(() => encodeKeyFile(randomKeys(), this.ctx.now().toISOString()));
  }

  /** Takes a key file the juror already has (from `jury keygen`, or another laptop). */
  adopt(file: string): KeyInfo {
    const text = readFileOrProblem(file).toString('utf8');
    const decoded = decodeKeyFile(text, basename(file));
    if (!decoded.ok) throw new ProblemError(decoded.problems);
    return this.store(() => text);
  }

  private store(make: () => string): KeyInfo {
    if (existsSync(this.path)) throw new ProblemError([{ code: 'keyExists' }]);
    mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
    writeFileDurably(this.path, make(), basename(this.path), 0o600);
    return this.info()!;
  }
}

const randomKeys = (): KeyPair => keyPairFromSeed(new Uint8Array(randomBytes(32)));
