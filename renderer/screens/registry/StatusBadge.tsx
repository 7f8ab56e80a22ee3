import type { Entry } from '../../../shared/entries/model';
import { useT } from '../../i18n';

/** Eligible, needs review (a rule flagged it), disqualified, or reinstated by the organiser. */
export function StatusBadge({ entry }: { entry: Entry }) {
  const { t, flag } = useT();
  if (entry.decision === 'disqualified') return <span className="badge badge-bad" title={entry.decisionReason ?? ''}>{t('status.disqualified')}</span>;
  if (entry.decision === 'reinstated') return <span className="badge badge-ok" title={entry.decisionReason ?? ''}>{t('status.reinstated')}</span>;
  if (entry.flags.length) return <span className="badge badge-warn" title={entry.flags.map(flag).join('; ')}>{t('status.flagged')}</span>;
  return <span className="badge badge-ok">{t('status.eligible')}</span>;
}
