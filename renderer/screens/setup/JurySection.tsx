import { JURY_ROLES, type ContestDefinition, type JuryMember } from '../../../shared/contest/model';
import { Section } from '../../components/fields';
import { useT } from '../../i18n';

/** The panel as the protocol lists it: full name, workplace, position and role. */
export function JurySection({ def, onChange }: { def: ContestDefinition; onChange(d: ContestDefinition): void }) {
  const { t } = useT();
  const jury = def.jury;
  const setMember = (i: number, patch: Partial<JuryMember>) => onChange({ ...def, jury: jury.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const add = () => {
    let n = jury.length + 1;
    while (jury.some((m) => m.id === `j${n}`)) n++;
    onChange({ ...def, jury: [...jury, { id: `j${n}`, name: '', role: 'member' }] });
  };
  return (
    <Section
      title={t('setup.jury')}
      actions={
        <button type="button" onClick={add}>
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
          <tbody>
            {jury.map((m, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td>
                  <input className="short" aria-label={`${t('setup.id')} ${i + 1}`} value={m.id} onChange={(e) => setMember(i, { id: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`${t('jury.name')} ${i + 1}`} value={m.name} onChange={(e) => setMember(i, { name: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`${t('jury.workplace')} ${i + 1}`} value={m.workplace ?? ''} onChange={(e) => setMember(i, { workplace: e.target.value || undefined })} />
                </td>
                <td>
                  <input aria-label={`${t('jury.position')} ${i + 1}`} value={m.position ?? ''} onChange={(e) => setMember(i, { position: e.target.value || undefined })} />
                </td>
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
                  <button type="button" className="link-button danger" onClick={() => onChange({ ...def, jury: jury.filter((_, k) => k !== i) })}>
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
