import { JURY_ROLES, type ContestDefinition, type JuryMember } from '../../../shared/contest/model';
import { Section } from '../../components/fields';
import { useT } from '../../i18n';
import { CellInput, RowActions } from './cells';
import { freshId, removeAt, updateAt } from './listEdit';
import { useRowKeys } from './useRowKeys';

/** The panel as the protocol lists it: full name, workplace, position and role. */
export function JurySection({ def, onChange }: { def: ContestDefinition; onChange(d: ContestDefinition): void }) {
  const { t } = useT();
  const jury = def.jury;
  const setMember = (i: number, patch: Partial<JuryMember>) => onChange({ ...def, jury: updateAt(jury, i, patch) });
  const rows = useRowKeys(jury.length);
  const add = () => (rows.added(), onChange({ ...def, jury: [...jury, { id: freshId(jury, 'j'), name: '', role: 'member' }] }));
  return (
    <Section
      title={t('setup.jury')}
      actions={
        <button type="button" ref={rows.addButton} onClick={add}>
          {t('jury.add')}
        </button>
      }
    >
      {jury.length === 0 ? (
        <p className="empty">{t('jury.empty')}</p>
      ) : (
        <table className="grid-table">
          <thead>
            <tr>
              <th>№</th>
              <th>{t('setup.id')}</th>
              <th>{t('jury.name')}</th>
              <th>{t('jury.workplace')}</th>
              <th>{t('jury.position')}</th>
              <th>{t('jury.role')}</th>
              <th />
            </tr>
          </thead>
          <tbody ref={(el) => void (rows.container.current = el)}>
            {jury.map((m, i) => (
              <tr key={rows.keys[i]} data-row-key={rows.keys[i]}>
                <td className="num">{i + 1}</td>
                <CellInput className="short" label={`${t('setup.id')} ${i + 1}`} value={m.id} onChange={(id) => setMember(i, { id })} />
                <CellInput label={`${t('jury.name')} ${i + 1}`} value={m.name} onChange={(name) => setMember(i, { name })} />
                <CellInput label={`${t('jury.workplace')} ${i + 1}`} value={m.workplace ?? ''} onChange={(v) => setMember(i, { workplace: v || undefined })} />
                <CellInput label={`${t('jury.position')} ${i + 1}`} value={m.position ?? ''} onChange={(v) => setMember(i, { position: v || undefined })} />
                <td>
                  <select aria-label={`${t('jury.role')} ${i + 1}`} value={m.role} onChange={(e) => setMember(i, { role: e.target.value as JuryMember['role'] })}>
                    {JURY_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <RowActions onRemove={() => (rows.removed(i), onChange({ ...def, jury: removeAt(jury, i) }))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
