import { useState } from 'react';
import type { PackageEntry } from '../../../shared/package/packageFile';
import { call, problemsOf } from '../../api/client';
import { useT } from '../../i18n';

// What the window plays itself. A package may carry more (electron/services/mediaFiles.ts:
// avi, wmv, 3gp, mpg, heic, tiff, pdf…): those are opened with the system's own program.
const VIDEO = /\.(mp4|m4v|webm|mov|mkv|ogv)$/i;
const AUDIO = /\.(mp3|m4a|wav|ogg)$/i;
const IMAGE = /\.(jpe?g|png|gif|webp|bmp)$/i;

interface Props {
  workspaceId: string;
  entry: PackageEntry;
  hasMedia: boolean;
  onProblem(text: string): void;
}

/**
 * The entry's media, played in the app from the copy extracted from the package (served by
 * the main process at /media/…); nothing is fetched from the network. A format the app cannot
 * play, or a file it fails to decode (a .mov in a codec Chromium lacks), is offered to the
 * system's default program instead, so the juror can still watch every entry.
 */
export function MediaView({ workspaceId, entry, hasMedia, onProblem }: Props) {
  const { t, problem } = useT();
  const [failed, setFailed] = useState(false);
  if (!hasMedia || !entry.media) return <p className="muted small media-none">{t('scoring.noMedia')}</p>;
  const src = `/media/${workspaceId}/${encodeURIComponent(entry.media)}`;
  const onError = () => setFailed(true);
  if (!failed) {
    if (VIDEO.test(entry.media)) return <video key={src} className="media" src={src} controls preload="metadata" data-testid="media" onError={onError} />;
    if (AUDIO.test(entry.media)) return <audio key={src} className="media" src={src} controls preload="metadata" data-testid="media" onError={onError} />;
    if (IMAGE.test(entry.media)) return <img key={src} className="media" src={src} alt={entry.participant ?? entry.id} data-testid="media" onError={onError} />;
  }
  const openOutside = async () => {
    try {
      await call('scores:openMedia', { workspaceId, entry: entry.id });
    } catch (e) {
      onProblem(problemsOf(e).map(problem).join('; '));
    }
  };
  return (
    <p className="media-outside">
      <span className="muted small">{t('scoring.mediaOutside')} </span>
      <span className="media-name">{entry.media}</span>
      <button type="button" className="link-button" onClick={openOutside}>
        {t('scoring.openMediaOutside')}
      </button>
    </p>
  );
}
