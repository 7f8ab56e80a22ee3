import { localize } from '../../../shared/contest/localized';
import { basename } from 'node:path';
import { ProblemError, type Problem } from '../../../shared/problem';
import { problemFromError } from '../../services/errors';
import { isMediaFile } from '../../services/mediaFiles';
import type { HandlerMap } from '../handle';
import { safeWebLink } from './entries';
import { dialogTitle, type AppServices } from './index';
import { PACKAGE_EXTENSION } from './packages';

export const SCORES_EXTENSION = 'juryscores';

type ScoringChannels =
  | 'keys:info'
  | 'keys:create'
  | 'keys:choose'
  | 'scores:list'
  | 'scores:openPackage'
  | 'scores:state'
  | 'scores:set'
  | 'scores:undo'
  | 'scores:submit'
  | 'scores:openLink'
  | 'scores:openMedia'
  | 'app:takeOpened';

/** The juror's side: their key, the packages they opened, and every mark they make. */
export function scoringHandlers(s: AppServices): Pick<HandlerMap, ScoringChannels> {
  const { desk, dialogs } = s;
  return {
    'keys:info': () => desk.keys.info(),
    'keys:create': () => desk.keys.create(),
    'keys:choose': async () => {
      const path = await dialogs.openFile({ title: dialogTitle(s, 'chooseKey'), filters: [{ name: dialogTitle(s, 'keyFiles'), extensions: ['key', 'json'] }] });
      return path ? desk.keys.adopt(path) : null;
    },
    'scores:list': () => desk.list(),
    'scores:openPackage': async () => {
      const path = await choosePackage(s);
      if (!path) return null;
      const ws = desk.openPackage(path);
      return desk.list().find((w) => w.workspaceId === ws.workspaceId) ?? null;
    },
    'scores:state': ({ workspaceId }) => desk.get(workspaceId).state(desk.keys.info()?.fingerprint ?? null),
    'scores:set': ({ workspaceId, kind, entry, criterion, value }) => desk.get(workspaceId).setMark(kind, entry, criterion, value),
    'scores:undo': ({ workspaceId }) => desk.get(workspaceId).undo(),
    'scores:submit': async ({ workspaceId }) => {
      const ws = desk.get(workspaceId);
      const keys = desk.keys.keys();
      const def = ws.definition();
      const revision = (ws.lastSubmission()?.revision ?? 0) + 1;
      const stem = `${localize(def.title, def.language)} — ${ws.packageInfo.juror_name} — ${revision}`.replace(/[\\/:*?"<>|«»“”]+/g, '').trim();
      const path = await dialogs.saveFile({ title: dialogTitle(s, 'submitScores'), defaultPath: `${stem}.${SCORES_EXTENSION}`, filters: [{ name: dialogTitle(s, 'scoreFiles'), extensions: [SCORES_EXTENSION] }] });
      return path ? ws.submit(path, keys) : null;
    },
    'app:takeOpened': () => {
      // Each is verified as if chosen in the open dialog; the last one opened is shown, and any
      // that were refused are reported (the others stay open on the contests screen).
      let opened: string | null = null;
      const problems: Problem[] = [];
      for (const path of s.openRequests?.take() ?? []) {
        try {
          opened = desk.openPackage(path).workspaceId;
        } catch (e) {
          problems.push(...(e instanceof ProblemError ? e.problems : [problemFromError(e, basename(path))]));
        }
      }
      if (problems.length) throw new ProblemError(problems);
      return opened ? (desk.list().find((w) => w.workspaceId === opened) ?? null) : null;
    },
    'scores:openLink': async ({ workspaceId, entry }) => {
      const found = desk.get(workspaceId).entry(entry);
      const url = safeWebLink(found?.link ?? null);
      if (!url) throw new ProblemError([{ code: 'unsafeLink', params: { value: found?.link ?? '' } }]);
      await s.shell.openExternal(url);
      return true as const;
    },
    'scores:openMedia': async ({ workspaceId, entry }) => {
      // The path is the workspace's own: the extracted copy of what the package carries for this
      // entry, never a path from the window, and never a program.
      const path = desk.get(workspaceId).mediaPath(entry);
      if (!path) throw new ProblemError([{ code: 'noMedia', params: { id: entry } }]);
      if (!isMediaFile(path)) throw new ProblemError([{ code: 'notMedia', file: basename(path) }]);
      const error = await s.shell.openPath(path);
      if (error) throw new ProblemError([{ code: 'io', file: basename(path), params: { detail: error } }]);
      return true as const;
    },
  };
}

/** The open dialog for a juror package: the contests screen's button and File > Open use the same one. */
export function choosePackage(s: AppServices): Promise<string | null> {
  return s.dialogs.openFile({ title: dialogTitle(s, 'openPackage'), filters: [{ name: dialogTitle(s, 'packageFiles'), extensions: [PACKAGE_EXTENSION] }] });
}
