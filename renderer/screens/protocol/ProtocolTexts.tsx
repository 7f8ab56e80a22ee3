import { useEffect, useId, useState } from 'react';
import type { ProtocolTexts } from '../../../shared/ipc/protocolTypes';
import { call, problemsOf } from '../../api/client';
import { DateField, TextField } from '../../components/fields';
import { isTypedDate } from '../../components/DateField';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';

type Key = keyof ProtocolTexts;

/** A labelled multi-line field. */
export function TextArea({ label, value, onChange, rows = 3, className, placeholder }: { label: string; value: string; onChange(v: string): void; rows?: number; className?: string; placeholder?: string }) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/**
 * Edits a set of the secretary's texts and saves them in the contest file. Leaving the screen
 * with changes not saved asks first.
 */
export function useTextsDraft(contestId: string, saved: ProtocolTexts, onSaved: (t: ProtocolTexts) => void) {
  const { t, problem } = useT();
  const notify = useUi((s) => s.notify);
  const setLeaveWarning = useUi((s) => s.setLeaveWarning);
  const [draft, setDraft] = useState<ProtocolTexts>(saved);
  useEffect(() => setDraft(saved), [saved]);
  const dirty = (Object.keys(saved) as Key[]).some((k) => saved[k] !== draft[k]);
  useEffect(() => {
    setLeaveWarning(dirty ? t('protocol.unsaved') : null);
    return () => setLeaveWarning(null);
  }, [dirty, setLeaveWarning, t]);
  const set = (k: Key) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const save = async () => {
    if (!isTypedDate(draft.date ?? '')) return notify({ kind: 'error', text: t('date.notSaved', { field: t('protocol.date') }) });
    try {
      const next = await call('protocol:saveTexts', { contestId, texts: draft });
      onSaved(next);
      notify({ kind: 'success', text: t('protocol.saved') });
    } catch (e) {
      notify({ kind: 'error', text: problemsOf(e).map(problem).join(' ') });
    }
  };
  return { draft, set, dirty, save };
}

interface Props {
  contestId: string;
  texts: ProtocolTexts;
  defaultNumber: string;
  onSaved(t: ProtocolTexts): void;
}

/** The protocol's own words: number and date overrides, agenda, aim and tasks, recommendations. */
export function ProtocolTextsForm({ contestId, texts, defaultNumber, onSaved }: Props) {
  const { t } = useT();
  const { draft, set, dirty, save } = useTextsDraft(contestId, texts, onSaved);
  return (
    <div className="card">
      <div className="text-fields">
        <TextField label={t('protocol.number')} value={draft.number} placeholder={t('protocol.numberHint', { value: defaultNumber || '—' })} onChange={set('number')} />
        <DateField label={t('protocol.date')} value={draft.date} onChange={set('date')} />
        <TextArea className="full" label={t('protocol.agenda')} value={draft.agenda} onChange={set('agenda')} />
        <TextArea className="full" label={t('protocol.aim')} value={draft.aim} onChange={set('aim')} rows={2} />
        <TextArea className="full" label={t('protocol.tasks')} value={draft.tasks} onChange={set('tasks')} rows={4} />
        <TextArea className="full" label={t('protocol.recommendations')} value={draft.recommendations} onChange={set('recommendations')} rows={5} />
      </div>
      <div className="toolbar">
        <button type="button" className="primary" aria-disabled={!dirty} onClick={() => dirty && void save()}>
          {t('protocol.save')}
        </button>
        {dirty && <span className="muted small">{t('protocol.unsaved')}</span>}
      </div>
    </div>
  );
}
