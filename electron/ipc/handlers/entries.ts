import { basename } from 'node:path';
import { ProblemError } from '../../../shared/problem';
import { isMediaFile, localMediaPath } from '../../services/mediaFiles';
import type { HandlerMap } from '../handle';
import type { AppServices } from './index';

type EntryChannels = 'entries:list' | 'entries:update' | 'entries:decide' | 'entries:openLink' | 'entries:openMedia' | 'audit:list';

/** Only web links leave the app, and only to the user's browser, and only when asked. */
export function safeWebLink(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function entryHandlers({ library, shell }: AppServices): Pick<HandlerMap, EntryChannels> {
  return {
    'entries:list': ({ contestId }) => library.get(contestId).entries(),
    'entries:update': ({ contestId, id, patch }) => library.get(contestId).updateEntry(id, patch),
    'entries:decide': ({ contestId, ids, decision, reason }) => library.get(contestId).decide(ids, decision, reason),
    'entries:openLink': async ({ contestId, id }) => {
      const entry = library.get(contestId).entry(id);
      const url = safeWebLink(entry.link);
      if (!url) throw new ProblemError([{ code: 'unsafeLink', params: { value: entry.link ?? '' } }]);
      await shell.openExternal(url);
      return true as const;
    },
    'entries:openMedia': async ({ contestId, id }) => {
      const ws = library.get(contestId);
      const path = localMediaPath(ws.path, ws.entry(id).media);
      if (!path) throw new ProblemError([{ code: 'noMedia', params: { id } }]);
      if (!isMediaFile(path)) throw new ProblemError([{ code: 'notMedia', file: basename(path) }]);
      const error = await shell.openPath(path);
      if (error) throw new ProblemError([{ code: 'io', file: path, params: { detail: error } }]);
      return true as const;
    },
    'audit:list': ({ contestId, entryId }) => library.get(contestId).auditTrail(entryId),
  };
}
