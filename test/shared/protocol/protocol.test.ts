import { describe, expect, it } from 'vitest';
import { keyPairFromSeed } from '../../../shared/crypto/signing';
import { protocolCsv } from '../../../shared/protocol/csv';
import { batchHtml, batchTemplate, recipients } from '../../../shared/protocol/diplomas';
import { protocolHtml } from '../../../shared/protocol/html';
import { protocolDate } from '../../../shared/protocol/i18n';
import { buildProtocolModel } from '../../../shared/protocol/model';
import { recordSha256, resultsRecord } from '../../../shared/protocol/record';
import { signProtocol, verifyProtocol } from '../../../shared/protocol/signature';
import { PROTOCOL_CSS } from '../../../shared/protocol/styles';
import { EMPTY_TEXTS, type ProtocolSource } from '../../../shared/protocol/types';
import type { TieDecision } from '../../../shared/results/types';
import { contest, criteria, entry, nomination, panel, run, type ScoreRow } from '../results/resultsFixture';

const awards = { mode: 'count' as const, places: [{ id: 'I', name: { kk: 'I орын', ru: 'I место', en: '1st place' }, count: 1 }, { id: 'II', name: 'II орын', count: 2 }] };
const definition = {
  ...contest([nomination({ criteria: criteria('sound', 'effects'), tieBreak: ['criteria-order', 'decision'], awards }), { id: 'likes', name: 'Лайк', metric: 'likes' as const, count: 1 }], panel(3)),
  title: { kk: '«Барлығына рақмет» челленджі', ru: 'Челлендж «Всем спасибо»' },
  protocolNumber: '2',
  date: '2024-11-12',
  venue: 'Астана қаласы',
};
const entries = [entry('1', 'main', { likes: 5 }), entry('2', 'main', { likes: 9 }), entry('3'), entry('4'), entry('5', 'main', { eligible: false, reason: 'хэштег жоқ' })];
// 1 wins; 2 and 3 tie on the mean and on both criteria: the jury's vote decides; 4 is scored by two jurors only
const scores: ScoreRow[] = [
  ...['j1', 'j2', 'j3'].flatMap((j): ScoreRow[] => [[j, '1', 'sound', '9'], [j, '1', 'effects', '9'], [j, '2', 'sound', '7'], [j, '2', 'effects', '6'], [j, '3', 'sound', '7'], [j, '3', 'effects', '6']]),
  ['j1', '4', 'sound', '1'], ['j1', '4', 'effects', '1'], ['j2', '4', 'sound', '1'], ['j2', '4', 'effects', '1'], ['j3', '4', 'sound', '1'],
];
const decisions: TieDecision[] = [{ nomination: 'main', ordering: ['3', '2'], reason: 'дауыс беру: 4 — 1' }];

function source(over: Partial<ProtocolSource> = {}): ProtocolSource {
  const results = run(definition, entries, scores, { decisions });
  return {
    contestUid: 'uid-1',
    definition,
    results,
    names: new Map([
      ['1', { participant: 'Ғаниева Ғалым', organisation: '№56 «Балдырған» бөбекжай-бақшасы' }],
      ['2', { participant: '<script>alert(1)</script>', organisation: '=HYPERLINK("x")' }],
      ['3', { participant: 'Нұрланұлы Анна', organisation: null }],
      ['4', { participant: null, organisation: 'Ақдидар балабақшасы' }],
      ['5', { participant: 'Бекқожа Іңкәр', organisation: null }],
    ]),
    decisions,
    jurorFiles: [
      { juror: 'j2', revision: 1, sha256: 'b'.repeat(64), fingerprint: 'BBBB', fileName: 'j2.juryscores', current: true },
      { juror: 'j1', revision: 1, sha256: 'a'.repeat(64), fingerprint: 'AAAA', fileName: 'j1-1.juryscores', current: false },
      { juror: 'j1', revision: 2, sha256: 'c'.repeat(64), fingerprint: 'AAAA', fileName: 'j1-2.juryscores', current: true },
    ],
    paperMarks: { count: 0, sha256: 'e'.repeat(64) },
    completion: { incompletePairs: 1, unscored: 0, missingPairs: 0 },
    texts: { ...EMPTY_TEXTS, recommendations: '1. Үздік жұмыстарды тарату\n\n- Қала деңгейінде тарату', tasks: '• жаңа әдістемелер' },
    ...over,
  };
}
const verification = { recordSha256: 'f'.repeat(64), signer: null, fileName: null };

describe('the protocol model', () => {
  it('follows seed 002: present, agenda, criteria, decision table of the awarded, ties, recommendations, signatures', () => {
    const m = buildProtocolModel(source(), { lang: 'kk', verification });
    expect(m.title).toBe('«Барлығына рақмет» челленджі');
    expect([m.number, m.date, m.venue]).toEqual(['2', '«12» қараша 2024 жыл', 'Астана қаласы']);
    expect(m.present.map((p) => [p.no, p.name, p.chair])).toEqual([[1, 'Қазы 1', true], [2, 'Қазы 2', false], [3, 'Қазы 3', false]]);
    expect(m.agenda).toEqual(['«Барлығына рақмет» челленджі: жұмыстарды бағалау және жеңімпаздарды анықтау.']);
    expect(m.tasks).toEqual(['жаңа әдістемелер']);
    expect(m.recommendations).toEqual(['Үздік жұмыстарды тарату', 'Қала деңгейінде тарату']);
    const main = m.scored[0];
    expect(main.decisions.map((d) => [d.no, d.entry, d.score, d.place])).toEqual([[1, '1', '18,00', 'I орын'], [2, '3', '13,00', 'II орын'], [3, '2', '13,00', 'II орын']]);
    expect(main.ties).toEqual(['№ 3, 2 (13,00 балл): қазылар алқасының дауысымен шешілді: дауыс беру: 4 — 1']);
    expect(main.disqualified).toEqual([{ entry: '5', participant: 'Бекқожа Іңкәр', organisation: '', reason: 'хэштег жоқ' }]);
    expect(main.scoreTable.find((r) => r.entry === '4')).toMatchObject({ totals: ['2,00', '2,00', '—'], score: '2,00', rank: 4 });
    expect(m.audience[0].rows.map((r) => [r.entry, r.value])).toEqual([['2', 9]]);
    expect(m.signatures).toEqual({ chair: 'Қазы 1', members: ['Қазы 2', 'Қазы 3'], secretary: 'Хатшы' });
    expect(m.jurorFiles.map((f) => [f.revision, f.current])).toEqual([[1, false], [2, true], [1, true]]);
    expect(m.preliminary).toContain('1 қазы бағасы толық емес');
    expect(m.issues).toEqual([]);
    expect(buildProtocolModel(source({ completion: { incompletePairs: 0, unscored: 0, missingPairs: 0 } }), { lang: 'kk', verification }).preliminary).toBeNull();
  });

  it('names what the panel lacks, and speaks Russian and English', () => {
    const noSecretary = { ...definition, jury: panel(3, null).filter((j) => j.role !== 'secretary') };
    expect(buildProtocolModel(source({ definition: noSecretary }), { lang: 'kk', verification }).issues).toEqual(['noChair', 'noSecretary']);
    const ru = buildProtocolModel(source(), { lang: 'ru', verification });
    expect([ru.title, ru.date, ru.scored[0].decisions[0].place]).toEqual(['Челлендж «Всем спасибо»', '«12» ноября 2024 г.', 'I место']);
    expect(protocolDate('2024-03-04', 'en')).toBe('4 March 2024');
  });
});

describe('the protocol as HTML', () => {
  it('is self-contained, escapes every value, uses only its one stylesheet, and marks a preliminary protocol', () => {
    const html = protocolHtml(buildProtocolModel(source(), { lang: 'kk', verification }), [{ family: 'Noto Sans', weight: 400, unicodeRange: 'U+0400-04FF', base64: 'AAAA' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/)/);
    expect(html.split(`<style>${PROTOCOL_CSS}</style>`)).toHaveLength(2);
    expect(html).toContain("src:url(data:font/woff2;base64,AAAA)");
    expect(html).toContain('class="doc prelim-kk"');
    expect(html).toContain('Хаттама № 2');
    expect(html).toContain('Цифрлық қолтаңба әлі қойылмаған.');
    const signed = protocolHtml(buildProtocolModel(source({ completion: { incompletePairs: 0, unscored: 0, missingPairs: 0 } }), { lang: 'en', verification: { ...verification, signer: { name: 'Хатшы', fingerprint: 'ABCD 1234', signedAt: '2024-11-12 10:00 UTC' }, fileName: 'p.pdf' } }));
    expect(signed).toContain('class="doc"');
    expect(signed).toContain('ABCD 1234');
    expect(signed).toContain('jury verify p.pdf');
  });
});

describe('the results record', () => {
  it('is the same for the same results whatever order files and votes come in, and changes with any result', () => {
    const a = resultsRecord(source());
    const b = resultsRecord(source({ jurorFiles: [...source().jurorFiles].reverse(), decisions: [...decisions] }));
    expect(recordSha256(b)).toBe(recordSha256(a));
    expect(a.jurorFiles).toEqual([{ juror: 'j1', revision: 2, sha256: 'c'.repeat(64), fingerprint: 'AAAA' }, { juror: 'j2', revision: 1, sha256: 'b'.repeat(64), fingerprint: 'BBBB' }]);
    expect(a.nominations[0].results![0]).toMatchObject({ entry: '1', rank: 1, score: '18', award: 'I' });
    const changed = run(definition, entries, scores.map((s) => (s[1] === '1' && s[0] === 'j1' && s[2] === 'sound' ? ([...s.slice(0, 3), '8'] as ScoreRow) : s)), { decisions });
    expect(recordSha256(resultsRecord(source({ results: changed })))).not.toBe(recordSha256(a));
  });
});

describe('CSV', () => {
  it('every ranked entry, then the disqualified, no cell a formula', () => {
    const csv = protocolCsv(source(), 'kk', true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1]).toBe('main,main,1,1,Ғаниева Ғалым,№56 «Балдырған» бөбекжай-бақшасы,18.00,I,I орын,no,,,yes');
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(lines.find((l) => l.includes('хэштег жоқ'))).toBe('main,main,,5,Бекқожа Іңкәр,,,,,,,хэштег жоқ,yes');
    expect(lines.at(-1)).toBe('likes,Лайк,1,2,<script>alert(1)</script>,"\'=HYPERLINK(""x"")",9,likes,Лайк,no,,,yes');
  });
});

describe('signature', () => {
  const keys = keyPairFromSeed(new Uint8Array(32).fill(7));
  const file = new TextEncoder().encode('%PDF-1.7 протокол');
  const sig = signProtocol(file, { name: 'p.pdf', format: 'pdf', kind: 'protocol', language: 'kk' }, { uid: 'uid-1', title: 'Байқау' }, resultsRecord(source()), 'Хатшы', '2024-11-12T10:00:00.000Z', keys);

  it('verifies the file and its results, and refuses one changed byte in either', () => {
    const v = verifyProtocol(file, 'p.pdf', sig, 'p.pdf.sig');
    expect(v.ok && v.value).toMatchObject({ signer: { name: 'Хатшы', role: 'secretary' }, preliminary: true, nominations: 2, rankedEntries: 5, jurorFiles: 2 });
    const changed = file.slice();
    changed[3] ^= 1;
    expect(verifyProtocol(changed, 'p.pdf', sig, 'p.pdf.sig')).toMatchObject({ ok: false, problems: [{ code: 'protocolAltered', file: 'p.pdf' }] });
    for (const at of [20, 200, sig.length - 5]) {
      const bad = sig.slice();
      bad[at] ^= 1;
      expect(verifyProtocol(file, 'p.pdf', bad, 'p.pdf.sig').ok, `byte ${at}`).toBe(false);
    }
    expect(verifyProtocol(file, 'p.pdf', new TextEncoder().encode('JURY-SCORES/1\n'), 'x.sig')).toMatchObject({ ok: false, problems: [{ code: 'notProtocolSignature' }] });
  });
});

describe('diplomas and letters of thanks', () => {
  it('a diploma per awarded entry, a letter per registered entry, lines with nothing to say left out', () => {
    const s = source();
    const diplomas = recipients(s, 'diplomas', 'kk');
    expect(diplomas.map((r) => [r.entry, r.award])).toEqual([['1', 'I орын'], ['3', 'II орын'], ['2', 'II орын'], ['2', 'Лайк']]);
    expect(recipients(s, 'thanks', 'kk')).toHaveLength(5);
    const t = batchTemplate({ ...EMPTY_TEXTS, diplomaBody: '{participant}\n{organisation}\n{award}' }, 'diplomas', 'kk');
    expect(t.title).toBe('ДИПЛОМ');
    const html = batchHtml([{ entry: '3', participant: 'Нұрланұлы Анна', organisation: '', award: 'II орын', nomination: 'main' }], t, { lang: 'kk', contest: 'Байқау', date: '2024-11-12', venue: 'Астана', chair: 'Қазы 1' }, []);
    expect(html.match(/<section class="page">/g)).toHaveLength(1);
    expect(html).toContain('<p class="line first">Нұрланұлы Анна</p><p class="line last">II орын</p>');
    expect(html).toContain('Астана, «12» қараша 2024 жыл');
  });
});
