import { describe, expect, it } from 'vitest';
import { mergeJurorFiles } from '../../../../electron/services/merge';
import { gatherProtocol } from '../../../../electron/services/protocol/gather';
import { resultsRecord } from '../../../../shared/protocol/record';
import { sha256Hex } from '../../../../shared/crypto/signing';
import { randomKeys } from '../../helpers';
import { organiser, signedFile } from '../mergeFixture';

describe('the results record after a juror’s key changed', () => {
  it('lists the file in effect: the new key’s revision 1, not the old key’s revision 3', async () => {
    const o = await organiser();
    const old3 = signedFile(o, { juror: 'j1', revision: 3 });
    const new1 = signedFile(o, { juror: 'j1', keys: randomKeys() });
    const merge = (f: Uint8Array, accept?: string) => mergeJurorFiles(o.ws, [{ name: 'f', bytes: f }], { acceptNewKeyFor: accept });
    merge(old3);
    expect(merge(new1, 'j1').outcomes[0].kind).toBe('merged');
    const g = gatherProtocol(o.ws);
    const record = resultsRecord(g.source);
    expect(record.jurorFiles.map((f) => [f.juror, f.revision, f.sha256])).toEqual([['j1', 1, sha256Hex(new1)]]);
  });
});
