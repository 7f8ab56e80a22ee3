import { basename } from 'node:path';
import { localize } from '../../../shared/contest/localized';
import { scoredNominations } from '../../../shared/contest/model';
import { parseContestFile, serializeContest } from '../../../shared/contest/file';
import { contestFromTemplate, TEMPLATE_IDS } from '../../../shared/contest/templates';
import { ProblemError } from '../../../shared/problem';
import { decodeUtf8Strict } from '../../../shared/table/decode';
import type { AppInfo } from '../../../shared/ipc/types';
import type { ServiceContext } from '../../services/context';
import { writeFileDurably } from '../../services/durableFile';
import { readFileOrProblemAsync } from '../../services/fileInput';
import { CONTEST_EXTENSION, type Library } from '../../services/library';
import type { SettingsStore } from '../../services/settingsStore';
import type { HandlerMap } from '../handle';
import type { Dialogs, ShellPort } from '../ports';
import { entryHandlers } from './entries';
import { importHandlers } from './imports';
import { mergeHandlers } from './merge';
import { packageHandlers } from './packages';
import { scoringHandlers } from './scoring';
import { resultsHandlers } from './results';
import { protocolHandlers } from './protocol';
import type { PdfPrinter } from '../../services/protocol/pdfPrinter';
import type { ScoringDesk } from '../../services/scoringDesk';

export interface AppServices {
  library: Library;
  desk: ScoringDesk;
  settings: SettingsStore;
  dialogs: Dialogs;
  shell: ShellPort;
  ctx: ServiceContext;
  version: string;
  /** Files the system asked the app to open (double-click, "Open with"), waiting for the window. */
  openRequests?: { take(): string[] };
  /** Prints protocols to PDF; Electron's own printToPDF when not given (tests give a Chromium). */
  pdfPrinter?: PdfPrinter;
}

/** Titles of the system file dialogs, in the language the user chose in the window. */
const DIALOG_TITLES = {
  contestJson: { kk: 'contest.json файлын таңдаңыз', ru: 'Выберите файл contest.json', en: 'Choose a contest.json file' },
  openContest: { kk: 'Байқау файлын ашу', ru: 'Открыть файл конкурса', en: 'Open a contest file' },
  exportJson: { kk: 'contest.json ретінде сақтау', ru: 'Сохранить как contest.json', en: 'Save as contest.json' },
  backup: { kk: 'Сақтық көшірме', ru: 'Резервная копия', en: 'Back up the contest' },
  entries: { kk: 'Жұмыстар кестесін таңдаңыз (CSV, XLSX)', ru: 'Выберите таблицу работ (CSV, XLSX)', en: 'Choose the entries table (CSV, XLSX)' },
  exportPackage: { kk: 'Қазы пакетін сақтау', ru: 'Сохранить пакет члена жюри', en: 'Save the juror package' },
  openPackage: { kk: 'Қазы пакетін ашу', ru: 'Открыть пакет члена жюри', en: 'Open a juror package' },
  chooseKey: { kk: 'Қолтаңба кілтінің файлын таңдаңыз', ru: 'Выберите файл ключа подписи', en: 'Choose your signing key file' },
  submitScores: { kk: 'Қол қойылған бағалар файлын сақтау', ru: 'Сохранить подписанный файл оценок', en: 'Save the signed score file' },
  packageFiles: { kk: 'Jury қазы пакеті', ru: 'Пакет члена жюри Jury', en: 'Jury juror package' },
  keyFiles: { kk: 'Jury қолтаңба кілті', ru: 'Ключ подписи Jury', en: 'Jury signing key' },
  scoreFiles: { kk: 'Jury бағалар файлы', ru: 'Файл оценок Jury', en: 'Jury score file' },
  mergeFiles: { kk: 'Қазылардың бағалар файлдарын таңдаңыз', ru: 'Выберите файлы оценок членов жюри', en: 'Choose the jurors’ score files' },
  mergeFolder: { kk: 'Бағалар файлдары бар буманы таңдаңыз (мысалы, флешка)', ru: 'Выберите папку с файлами оценок (например, флешку)', en: 'Choose a folder of score files (a USB stick, say)' },
  paperSheet: { kk: 'Қағаз парақтағы бағалар кестесін таңдаңыз (CSV, XLSX)', ru: 'Выберите таблицу оценок с бумажных листов (CSV, XLSX)', en: 'Choose the paper score sheet (CSV, XLSX)' },
} as const;
export type DialogTitle = keyof typeof DIALOG_TITLES;

/** Every channel of the contract, wired to the services. */
export function createHandlers(s: AppServices): HandlerMap {
  const { library, dialogs } = s;
  const title = (which: DialogTitle) => dialogTitle(s, which);
  return {
    'app:info': (): AppInfo => ({ version: s.version, contestsFolder: library.contestsFolder, actor: s.ctx.actor() }),
    'settings:get': () => s.settings.get(),
    'settings:set': (patch) => s.settings.set(patch),
    'templates:list': () =>
      TEMPLATE_IDS.map((id) => {
        const def = contestFromTemplate(id);
        const scored = scoredNominations(def);
        return { id, title: def.title, nominations: def.nominations.length, criteria: scored.reduce((n, x) => n + x.criteria.length, 0) };
      }),
    'contests:list': () => library.list(),
    'contests:create': ({ template }) => library.create(contestFromTemplate(template)).summary(),
    'contests:createFromFile': async () => {
      const path = await dialogs.openFile({ title: title('contestJson'), filters: [{ name: 'contest.json', extensions: ['json'] }] });
      if (!path) return null;
      const parsed = parseContestFile(await readText(path), basename(path));
      if (!parsed.ok) throw new ProblemError(parsed.problems);
      return library.create(parsed.value).summary();
    },
    'contests:open': async () => {
      const path = await dialogs.openFile({ title: title('openContest'), filters: [{ name: 'Jury', extensions: [CONTEST_EXTENSION, 'db', 'sqlite'] }] });
      return path ? library.openFile(path).summary() : null;
    },
    'contests:forget': ({ contestId }) => (library.forget(contestId), true),
    'contests:get': ({ contestId }) => {
      const ws = library.get(contestId);
      return { summary: ws.summary(), definition: ws.definition() };
    },
    'contests:save': ({ contestId, definition }) => library.get(contestId).saveDefinition(definition),
    'contests:exportDefinition': async ({ contestId }) => {
      const ws = library.get(contestId);
      const path = await dialogs.saveFile({ title: title('exportJson'), defaultPath: 'contest.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (!path) return null;
      writeFileDurably(path, serializeContest(ws.definition()), basename(path));
      return path;
    },
    'contests:backup': async ({ contestId }) => {
      const ws = library.get(contestId);
      const def = ws.definition();
      const stamp = s.ctx.now().toISOString().slice(0, 10);
      const defaultPath = `${localize(def.title, def.language).replace(/[\\/:*?"<>|«»“”]+/g, '').trim()} ${stamp}.${CONTEST_EXTENSION}`;
      const path = await dialogs.saveFile({ title: title('backup'), defaultPath, filters: [{ name: 'Jury', extensions: [CONTEST_EXTENSION] }] });
      if (!path) return null;
      await ws.backup(path);
      return path;
    },
    'contests:reveal': ({ contestId }) => (s.shell.showItemInFolder(library.get(contestId).path), true),
    ...entryHandlers(s),
    ...importHandlers(s),
    ...packageHandlers(s),
    ...scoringHandlers(s),
    ...resultsHandlers(s),
    ...mergeHandlers(s),
    ...protocolHandlers(s),
  };
}

export function dialogTitle(s: AppServices, which: DialogTitle): string {
  return DIALOG_TITLES[which][s.settings.get().language];
}

/** A JSON file's text: UTF-8 or refused, never decoded into replacement characters. */
export async function readText(path: string): Promise<string> {
  const text = decodeUtf8Strict(new Uint8Array(await readBytes(path)), basename(path));
  if (!text.ok) throw new ProblemError(text.problems);
  return text.value;
}

export const readBytes = readFileOrProblemAsync;
