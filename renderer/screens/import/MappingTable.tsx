import { ENTRY_FIELDS, type EntryField } from '../../../shared/entries/model';
import type { ColumnMapping } from '../../../shared/entries/mapping';
import type { ImportPreview } from '../../../shared/ipc/types';
import { useT } from '../../i18n';

/** One row per column of the file: its header, a few values, and the field it fills. */
export function MappingTable({ preview, disabled, onChange }: { preview: ImportPreview; disabled: boolean; onChange(m: ColumnMapping): void }) {
  const { t } = useT();
  const set = (column: number, field: EntryField | null) => {
    // A field fills one column: choosing it here releases it elsewhere.
    const next = preview.mapping.map((f, i) => (i === column ? field : f === field ? null : f));
    onChange(next);
  };
  return (
    <table className="grid-table mapping-table">
      <thead>
        <tr>
          <th>{t('import.column')}</th>
          <th>{t('import.samples')}</th>
          <th>{t('import.field')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.headers.map((header, i) => (
          <tr key={i} className={preview.mapping[i] ? 'mapped' : 'ignored'}>
            <td className="header-cell">{header || `#${i + 1}`}</td>
            <td className="samples">
              {preview.samples
                .map((row) => row[i] ?? '')
                .filter(Boolean)
                .slice(0, 3)
                .map((v, k) => (
                  <span key={k} className="sample">
                    {v}
                  </span>
                ))}
            </td>
            <td>
              <select aria-label={header || `#${i + 1}`} disabled={disabled} value={preview.mapping[i] ?? ''} onChange={(e) => set(i, (e.target.value || null) as EntryField | null)}>
                <option value="">{t('import.ignore')}</option>
                {ENTRY_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {t(`field.${f}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
