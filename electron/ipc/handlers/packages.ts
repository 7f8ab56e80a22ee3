import { localize } from '../../../shared/contest/localized';
import { choosePackageEntries, exportPackage } from '../../services/packageExport';
import type { HandlerMap } from '../handle';
import { dialogTitle, type AppServices } from './index';

import { PACKAGE_EXTENSION } from '../../services/openRequests';

export { PACKAGE_EXTENSION };

/** The organiser's side: the organiser key's fingerprint and a signed package per juror. */
export function packageHandlers(s: AppServices): Pick<HandlerMap, 'packages:info' | 'packages:export'> {
  const { library, dialogs } = s;
  return {
    'packages:info': ({ contestId }) => {
      const ws = library.get(contestId);
      return {
        fingerprint: ws.organiserFingerprint(),
        issued: ws.signing.issued().map((r) => ({ jurorId: r.juror_id, fileName: r.file_name, sha256: r.sha256, entries: r.entries, media: r.media, createdAt: r.created_at })),
      };
    },
    'packages:export': async ({ contestId, jurorId, nominations, entryIds, includeMedia }) => {
      const ws = library.get(contestId);
      // Refused before the save dialog: no file name is asked for a package that cannot be made.
      choosePackageEntries(ws, { jurorId, nominations, entryIds, includeMedia });
      const def = ws.definition();
      const juror = def.jury.find((j) => j.id === jurorId);
      const stem = `${localize(def.title, def.language)} — ${juror?.name ?? jurorId}`.replace(/[\\/:*?"<>|«»“”]+/g, '').trim();
      const path = await dialogs.saveFile({ title: dialogTitle(s, 'exportPackage'), defaultPath: `${stem}.${PACKAGE_EXTENSION}`, filters: [{ name: dialogTitle(s, 'packageFiles'), extensions: [PACKAGE_EXTENSION] }] });
      if (!path) return null;
      return exportPackage(ws, { jurorId, nominations, entryIds, includeMedia }, path);
    },
  };
}
