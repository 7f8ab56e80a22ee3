import { basename } from 'node:path';
import { localize } from '../../../shared/contest/localized';
import { decodeKeyFile } from '../../../shared/crypto/keyFile';
import type { KeyPair } from '../../../shared/crypto/signing';
import type { Language } from '../../../shared/i18n/languages';
import type { ProtocolView, VerifyReport } from '../../../shared/ipc/protocolTypes';
import { ProblemError } from '../../../shared/problem';
import { protocolHtml } from '../../../shared/protocol/html';
import { protocolQueries } from '../../db/tables/protocolTable';
import { readFileOrProblemAsync } from '../../services/fileInput';
import { exportBatch } from '../../services/protocol/exportBatch';
import { exportProtocol, panelProblems } from '../../services/protocol/exportProtocol';
import { gatherProtocol, protocolModel } from '../../services/protocol/gather';
import type { PdfPrinter } from '../../services/protocol/pdfPrinter';
import { verifyProtocolFile } from '../../services/protocol/verifyFile';
import type { HandlerMap } from '../handle';
import type { AppServices } from './index';

type ProtocolChannels = 'protocol:get' | 'protocol:saveTexts' | 'protocol:export' | 'protocol:diplomas' | 'protocol:verify';

const TITLES = {
  save: { kk: 'Хаттаманы сақтау', ru: 'Сохранить протокол', en: 'Save the protocol' },
  key: { kk: 'Хатшының қолтаңба кілтін таңдаңыз', ru: 'Выберите ключ подписи секретаря', en: 'Choose the secretary’s signing key' },
  verify: { kk: 'Тексерілетін хаттаманы таңдаңыз', ru: 'Выберите протокол для проверки', en: 'Choose the protocol to verify' },
  diplomas: { kk: 'Дипломдарды сақтау', ru: 'Сохранить дипломы', en: 'Save the diplomas' },
  thanks: { kk: 'Алғыс хаттарды сақтау', ru: 'Сохранить благодарственные письма', en: 'Save the letters of thanks' },
} as const;
const DEFAULT_NAMES = { protocol: { kk: 'Хаттама', ru: 'Протокол', en: 'Protocol' }, diplomas: { kk: 'Дипломдар', ru: 'Дипломы', en: 'Diplomas' }, thanks: { kk: 'Алғыс хаттар', ru: 'Благодарственные письма', en: 'Letters of thanks' } } as const;
const FILTERS = { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', csv: 'CSV' } as const;

/**
 * The protocol screen: preview, the secretary's texts, export in four formats (signed with a
 * key file the secretary chooses), diplomas and letters of thanks, and verifying a protocol.
 * PDF goes through services.pdfPrinter: Electron's printToPDF in the app (loaded here only
 * when first needed, so that tests and the CLI never load electron), Chromium in tests.
 */
export function protocolHandlers(s: AppServices): Pick<HandlerMap, ProtocolChannels> {
  const { library, dialogs } = s;
  const ui = () => s.settings.get().language;
  let appPrinter: PdfPrinter | null = null;
  const printer = (): PdfPrinter => {
    if (s.pdfPrinter) return s.pdfPrinter;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    appPrinter ??= (require('../../services/protocol/electronPdfPrinter') as typeof import('../../services/protocol/electronPdfPrinter')).electronPdfPrinter();
    return appPrinter;
  };
  // This computer's own signing key (made in the app, in the data folder) signs without a dialog;
  // without one, a key file made with `jury keygen` is chosen. No key: said, never silently nothing.
  const chooseKey = async (): Promise<KeyPair> => {
    if (s.desk.keys.info()) return s.desk.keys.keys();
    const path = await dialogs.openFile({ title: TITLES.key[ui()], filters: [{ name: 'Jury key', extensions: ['key', 'json'] }] });
    if (!path) throw new ProblemError([{ code: 'noSigningKey' }]);
    const decoded = decodeKeyFile((await readFileOrProblemAsync(path)).toString('utf8'), basename(path));
    if (!decoded.ok) throw new ProblemError(decoded.problems);
    return decoded.value;
  };
  const defaultName = (contestId: string, kind: keyof typeof DEFAULT_NAMES, lang: Language, ext: string) => {
    const def = library.get(contestId).definition();
    const title = localize(def.title, lang).replace(/[\\/:*?"<>|«»“”]+/g, '').trim().slice(0, 80);
    const number = kind === 'protocol' && def.protocolNumber ? ` № ${def.protocolNumber}` : '';
    return `${DEFAULT_NAMES[kind][lang]}${number} — ${title}.${ext}`;
  };

  return {
    'protocol:get': ({ contestId, lang }): ProtocolView => {
      const ws = library.get(contestId);
      const g = gatherProtocol(ws);
      const language = lang ?? g.source.definition.language;
      const model = protocolModel(g, language);
      return {
        language,
        texts: g.source.texts,
        html: protocolHtml(model),
        preliminary: model.preliminary,
        problems: panelProblems(g),
        recordSha256: g.recordSha256,
        secretary: model.signatures.secretary,
        contestNumber: g.source.definition.protocolNumber ?? null,
        exports: protocolQueries(ws.db).exported(),
      };
    },
    'protocol:saveTexts': ({ contestId, texts }) => {
      const ws = library.get(contestId);
      const q = protocolQueries(ws.db);
      ws.db.transaction(() => q.putTexts(texts, s.ctx.now().toISOString(), s.ctx.actor()))();
      return q.texts();
    },
    'protocol:export': async ({ contestId, format, lang, sign }) => {
      const ws = library.get(contestId);
      const language = lang ?? ws.definition().language;
      const out = await dialogs.saveFile({ title: TITLES.save[ui()], defaultPath: defaultName(contestId, 'protocol', language, format), filters: [{ name: FILTERS[format], extensions: [format] }] });
      if (!out) return null;
      const keys = sign ? await chooseKey() : null;
      return exportProtocol(ws, { format, lang: language, out, keys, printer });
    },
    'protocol:diplomas': async ({ contestId, kind, lang, sign }) => {
      const ws = library.get(contestId);
      const language = lang ?? ws.definition().language;
      const out = await dialogs.saveFile({ title: TITLES[kind][ui()], defaultPath: defaultName(contestId, kind, language, 'pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!out) return null;
      const keys = sign ? await chooseKey() : null;
      return exportBatch(ws, { kind, lang: language, out, keys, printer });
    },
    'protocol:verify': async ({ contestId }): Promise<VerifyReport | null> => {
      const path = await dialogs.openFile({ title: TITLES.verify[ui()], filters: [{ name: 'PDF, DOCX, XLSX, CSV', extensions: ['pdf', 'docx', 'xlsx', 'csv', 'sig'] }] });
      if (!path) return null;
      try {
        const v = verifyProtocolFile(path);
        const matchesContest = contestId ? gatherProtocol(library.get(contestId)).recordSha256 === v.recordSha256 : null;
        return { fileName: basename(v.file.path), valid: true, problems: [], details: { ...v, file: { name: v.file.name, sha256: v.file.sha256, bytes: v.file.bytes, format: v.file.format, kind: v.file.kind, language: v.file.language } }, matchesContest };
      } catch (e) {
        if (e instanceof ProblemError) return { fileName: basename(path), valid: false, problems: e.problems, details: null, matchesContest: null };
        throw e;
      }
    },
  };
}
