import type { PackageEntry } from '../../../shared/package/packageFile';
import { useT } from '../../i18n';

const VIDEO = /\.(mp4|m4v|webm|mov|mkv|ogv)$/i;
const AUDIO = /\.(mp3|m4a|wav|ogg)$/i;
const IMAGE = /\.(jpe?g|png|gif|webp|bmp)$/i;

/**
 * The entry's media, played in the app from the copy extracted from the package (served by
 * the main process at /media/…); nothing is fetched from the network.
 */
export function MediaView({ workspaceId, entry, hasMedia }: { workspaceId: string; entry: PackageEntry; hasMedia: boolean }) {
  const { t } = useT();
  if (!hasMedia || !entry.media) return <p className="muted small media-none">{t('scoring.noMedia')}</p>;
  const src = `/media/${workspaceId}/${encodeURIComponent(entry.media)}`;
  if (VIDEO.test(entry.media)) return <video key={src} className="media" src={src} controls preload="metadata" data-testid="media" />;
  if (AUDIO.test(entry.media)) return <audio key={src} className="media" src={src} controls preload="metadata" data-testid="media" />;
  if (IMAGE.test(entry.media)) return <img key={src} className="media" src={src} alt={entry.participant ?? entry.id} data-testid="media" />;
  return <p className="muted small">{entry.media}</p>;
}
