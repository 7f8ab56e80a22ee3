import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { takeDrop, type DroppedSet } from './readDropped';

interface Props {
  busy: boolean;
  onDropped(set: DroppedSet): void;
  onChoose(folder: boolean): void;
}

/**
 * Where the organiser drops the jurors' files, or a USB stick's folder of them. The zone takes
 * the focus like a button: Enter or Space opens the file dialog, for those who do not drag.
 */
export function DropZone({ busy, onDropped, onChoose }: Props) {
  const { t } = useT();
  const [over, setOver] = useState(false);

  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (busy || !e.dataTransfer) return;
    void takeDrop(e.dataTransfer).then(onDropped);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (!busy) onChoose(false);
  };

  return (
    <div className="merge-drop">
      <div
        className={`drop-zone${over ? ' over' : ''}${busy ? ' busy' : ''}`}
        role="button"
        tabIndex={0}
        aria-disabled={busy || undefined}
        aria-describedby="drop-zone-hint"
        aria-label={t('merge.drop.label')}
        data-testid="drop-zone"
        onClick={() => !busy && onChoose(false)}
        onKeyDown={onKeyDown}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span className="drop-icon" aria-hidden="true">
          ⇩
        </span>
        <strong>{busy ? t('merge.drop.busy') : t('merge.drop.title')}</strong>
        <span id="drop-zone-hint" className="muted">
          {t('merge.drop.hint')}
        </span>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} onClick={() => onChoose(false)}>
          {t('merge.chooseFiles')}
        </button>
        <button type="button" disabled={busy} onClick={() => onChoose(true)}>
          {t('merge.chooseFolder')}
        </button>
      </div>
    </div>
  );
}
