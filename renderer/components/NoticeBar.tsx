import { useEffect } from 'react';
import { useT } from '../i18n';
import { useUi } from '../state/ui';

/** One short message after an action; errors stay until closed, successes fade. */
export function NoticeBar() {
  const { t } = useT();
  const notice = useUi((s) => s.notice);
  const notify = useUi((s) => s.notify);
  useEffect(() => {
    if (notice?.kind !== 'success') return;
    const timer = setTimeout(() => notify(null), 5000);
    return () => clearTimeout(timer);
  }, [notice, notify]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="link-button" onClick={() => notify(null)}>
        {t('common.close')}
      </button>
    </div>
  );
}
