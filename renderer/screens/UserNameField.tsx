import { useEffect, useId, useState } from 'react';
import { call } from '../api/client';
import { useT } from '../i18n';

/** Who the audit log names for this computer's actions; saved when the field is left. */
export function UserNameField() {
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  useEffect(() => {
    call('settings:get').then((s) => {
      setName(s.userName);
      setSaved(s.userName);
    }, () => undefined);
  }, []);
  const save = async () => {
    if (name.trim() === saved) return;
    const s = await call('settings:set', { userName: name.trim() });
    setSaved(s.userName);
  };
  return (
    <div className="field user-name">
      <label htmlFor={id}>{t('home.userName')}</label>
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && void save()} />
      <span className="muted small">{t('home.userNameHint')}</span>
    </div>
  );
}
