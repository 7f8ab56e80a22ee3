import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import { ProblemError } from '../../../shared/problem';
import type { HandlerMap } from '../handle';
import type { AppServices } from './index';

/** What "open media" may hand to the system: pictures, sound, video and documents, never programs. */
export const MEDIA_EXTENSIONS = new Set(['mp4', 'mov', 'm4v', 'avi', 'mkv', 'webm', 'wmv', '3gp', 'mpg', 'mpeg', 'mp3', 'wav', 'm4a', 'ogg', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'heic', 'tif', 'tiff', 'pdf']);

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
      const media = ws.entry(id).media;
      // Relative paths are relative to the contest file, so a folder of videos can travel with it.
      // A network path (\\host\share) would make Windows contact that host: only local files are opened.
      if (media && /^(\\\\|\/\/)/.test(media.trim())) throw new ProblemError([{ code: 'noMedia', params: { id } }]);
      const path = media ? (isAbsolute(media) ? media : resolve(dirname(ws.path), media)) : null;
      if (!path || !existsSync(path)) throw new ProblemError([{ code: 'noMedia', params: { id } }]);
      if (!MEDIA_EXTENSIONS.has(extname(path).slice(1).toLowerCase())) throw new ProblemError([{ code: 'notMedia', file: basename(path) }]);
      const error = await shell.openPath(path);
      if (error) throw new ProblemError([{ code: 'io', file: path, params: { detail: error } }]);
      return true as const;
    },
    'audit:list': ({ contestId, entryId }) => library.get(contestId).auditTrail(entryId),
  };
}
