import type { LocalizedText } from '../../../shared/contest/model';
import { useT } from '../../i18n';
import { setTextIn, textIn } from './LocalizedInputs';

/** One editable table cell; the label names the column and the row for screen readers. */
export function CellInput({ label, value, onChange, className }: { label: string; value: string; onChange(v: string): void; className?: string }) {
  return (
    <td>
      <input className={className} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
    </td>
  );
}

/** A name's Kazakh, Russian and English cells; long criterion names wrap onto a second line. */
export function LocalizedCells({ label, value, onChange, multiline }: { label: string; value: LocalizedText; onChange(v: LocalizedText): void; multiline?: boolean }) {
  return (
    <>
      {(['kk', 'ru', 'en'] as const).map((lang) =>
        multiline ? (
          <td key={lang}>
            <textarea className="cell-text" rows={2} aria-label={`${label} ${lang}`} value={textIn(value, lang)} onChange={(e) => onChange(setTextIn(value, lang, e.target.value.replace(/\n/g, ' ')))} />
          </td>
        ) : (
          <CellInput key={lang} label={`${label} ${lang}`} value={textIn(value, lang)} onChange={(v) => onChange(setTextIn(value, lang, v))} />
        ),
      )}
    </>
  );
}

/** Up, down and remove for a row of an ordered list; up/down are left out where order does not matter. */
export function RowActions({ onUp, onDown, onRemove }: { onUp?(): void; onDown?(): void; onRemove(): void }) {
  const { t } = useT();
  return (
    <span className="row-actions">
      {onUp && (
        <button type="button" className="icon-button" data-action="up" title={t('common.up')} aria-label={t('common.up')} onClick={onUp}>
          ↑
        </button>
      )}
      {onDown && (
        <button type="button" className="icon-button" data-action="down" title={t('common.down')} aria-label={t('common.down')} onClick={onDown}>
          ↓
        </button>
      )}
      <button type="button" className="icon-button danger" data-action="remove" title={t('common.remove')} aria-label={t('common.remove')} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}
