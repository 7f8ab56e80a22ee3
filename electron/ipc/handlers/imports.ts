import { basename } from 'node:path';
import { ProblemError } from '../../../shared/problem';
import { commitImport, previewImport } from '../../services/entryImport';
import type { HandlerMap } from '../handle';
import { dialogTitle, readBytes, type AppServices } from './index';

type ImportChannels = 'import:choose' | 'import:preview' | 'import:commit';

/**
 * The renderer never names a file path: the main process keeps the file the user chose in
 * the open dialog and hands the renderer an opaque token for it.
 */
export function importHandlers(services: AppServices): Pick<HandlerMap, ImportChannels> {
  const { library, dialogs, ctx } = services;
  const chosen = new Map<string, string>();
  const fileOf = async (token: string) => {
    const path = chosen.get(token);
    if (!path) throw new ProblemError([{ code: 'invalidInput', params: { detail: 'choose the file again' } }]);
    return { token, fileName: basename(path), bytes: new Uint8Array(await readBytes(path)) };
  };
  return {
    'import:choose': async () => {
      const path = await dialogs.openFile({ title: dialogTitle(services, 'entries'), filters: [{ name: 'CSV, XLSX', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }] });
      if (!path) return null;
      const fileToken = ctx.newId();
      chosen.set(fileToken, path);
      return { fileToken, fileName: basename(path) };
    },
    'import:preview': async ({ contestId, fileToken, mapping }) => previewImport(library.get(contestId), await fileOf(fileToken), mapping),
    'import:commit': async ({ contestId, fileToken, mapping }) => {
      const { mapping: _used, ...summary } = await commitImport(library.get(contestId), await fileOf(fileToken), mapping);
      return summary;
    },
  };
}
