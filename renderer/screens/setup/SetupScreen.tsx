import { useEffect, useState } from 'react';
import type { ContestDefinition } from '../../../shared/contest/model';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { isTypedDate } from '../../components/DateField';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { AuditSection } from './AuditSection';
import { EligibilitySection } from './EligibilitySection';
import { GeneralSection } from './GeneralSection';
import { JurySection } from './JurySection';
import { NominationsSection } from './NominationsSection';

const TABS = ['general', 'nominations', 'jury', 'eligibility', 'audit'] as const;
type Tab = (typeof TABS)[number];

/** The tab that edits a contest field: nominations[0].criteria[2].max is on «Номинациялар». */
function tabOfField(field: string | undefined): Tab | null {
  if (!field || field === '$') return null;
  const top = field.split(/[.[]/)[0];
  return top === 'nominations' || top === 'jury' || top === 'eligibility' ? top : 'general';
}

/**
 * Contest setup: the whole definition is edited as a draft and saved at once, so the
 * validator can check it as a whole and name every field that needs fixing.
 */
export function SetupScreen({ contestId }: { contestId: string }) {
  const { t, name } = useT();
  const notify = useUi((s) => s.notify);
  const setLeaveWarning = useUi((s) => s.setLeaveWarning);
  const [draft, setDraft] = useState<ContestDefinition | null>(null);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [tab, setTab] = useState<Tab>('general');

  useEffect(() => {
    call('contests:get', { contestId }).then(
      (d) => setDraft(d.definition),
      (e) => setProblems(problemsOf(e)),
    );
  }, [contestId]);

  useEffect(() => {
    setLeaveWarning(dirty ? t('setup.leaveUnsaved') : null);
  }, [dirty, setLeaveWarning, t]);
  useEffect(() => () => setLeaveWarning(null), [setLeaveWarning]);

  const change = (next: ContestDefinition) => {
    setDraft(next);
    setDirty(true);
  };
  const save = async () => {
    if (!draft) return;
    if (!isTypedDate(draft.date ?? '')) {
      // The date is on the general tab: shown, with the cursor in it.
      setTab('general');
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.date-field input')?.focus());
      return notify({ kind: 'error', text: t('date.notSaved', { field: t('setup.date') }) });
    }
    try {
      setDraft(await call('contests:save', { contestId, definition: draft }));
      setDirty(false);
      setProblems(null);
      notify({ kind: 'success', text: t('common.saved') });
    } catch (e) {
      const refused = problemsOf(e);
      setProblems(refused);
      // The tab where the first named field is, unless one of them is on the tab shown.
      const tabs = refused.map((p) => tabOfField(p.field)).filter((x): x is Tab => x !== null);
      if (tabs.length && !tabs.includes(tab)) setTab(tabs[0]);
    }
  };
  const fileAction = async (channel: 'contests:exportDefinition' | 'contests:backup') => {
    try {
      const path = await call(channel, { contestId });
      if (path) notify({ kind: 'success', text: t('setup.exported', { path }) });
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };

  if (!draft) return <div className="screen">{problems ? <ProblemList problems={problems} /> : <p>{t('common.loading')}</p>}</div>;
  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>{name(draft.title) || t('nav.setup')}</h1>
          {dirty && <span className="badge badge-warn">{t('common.unsaved')}</span>}
        </div>
        <div className="toolbar">
          <button type="button" onClick={() => fileAction('contests:exportDefinition')}>
            {t('setup.export')}
          </button>
          <button type="button" onClick={() => fileAction('contests:backup')}>
            {t('setup.backup')}
          </button>
          <button type="button" className="primary" onClick={save}>
            {t('common.save')}
          </button>
        </div>
      </header>
      <ProblemList problems={problems} />
      <div className="tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>
            {t(`setup.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'general' && <GeneralSection def={draft} onChange={change} />}
        {tab === 'nominations' && <NominationsSection def={draft} onChange={change} />}
        {tab === 'jury' && <JurySection def={draft} onChange={change} />}
        {tab === 'eligibility' && <EligibilitySection def={draft} onChange={change} />}
        {tab === 'audit' && <AuditSection contestId={contestId} />}
      </div>
    </div>
  );
}
