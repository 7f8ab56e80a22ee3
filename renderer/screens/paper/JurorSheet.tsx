import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { scoredNominations, type ContestDefinition } from '../../../shared/contest/model';
import type { Entry } from '../../../shared/entries/model';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { PaperEntryForm, type Field } from './PaperEntryForm';
import { PaperEntryList } from './PaperEntryList';
import { draftState, PaperMarks, sameMarks, toInput, type PaperDraft } from './paperModel';

interface Props {
  contestId: string;
  jurorId: string;
  definition: ContestDefinition;
  byNomination: Map<string, Entry[]>;
  /** Who the marks are recorded as typed by. */
  actor: string;
  onSaved(): void;
}

type SaveStatus = { entry: string; kind: 'saving' | 'saved' } | { entry: string; kind: 'error'; problems: Problem[] };

/**
 * One juror's paper sheet, typed entry by entry. An entry is saved (paper:setEntry) when the
 * secretary leaves it, for another entry, another nomination or juror, or another screen; what
 * was typed for an entry the main process refused stays on screen, marked, to be put right.
 */
export function JurorSheet({ contestId, jurorId, definition, byNomination, actor, onSaved }: Props) {
  const { t, name } = useT();
  const loaded = useLoad(() => call('paper:jurorMarks', { contestId, jurorId }).then(PaperMarks.from), [contestId, jurorId]);
  const nominations = useMemo(() => scoredNominations(definition).filter((n) => (byNomination.get(n.id)?.length ?? 0) > 0), [definition, byNomination]);
  const [nominationId, setNominationId] = useState(nominations[0]?.id ?? null);
  const nomination = nominations.find((n) => n.id === nominationId) ?? nominations[0];
  const entries = useMemo(() => (nomination ? (byNomination.get(nomination.id) ?? []) : []), [nomination, byNomination]);
  const criteria = nomination?.criteria ?? [];

  const marks = loaded.data;
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  // Drafts typed and not yet stored (being saved, or refused), by entry.
  const unsaved = useRef(new Map<string, PaperDraft>());
  const [failed, setFailed] = useState<Map<string, Problem[]>>(new Map());
  const [status, setStatus] = useState<SaveStatus | null>(null);

  const [currentId, setCurrentId] = useState<string | null>(null);
  const current = useRef<string | null>(null);
  const draftRef = useRef<PaperDraft | null>(null);
  const [draft, setDraft] = useState<PaperDraft | null>(null);
  const [focus, setFocus] = useState<{ field: Field; seq: number } | null>(null);
  const seq = useRef(0);
  const [jump, setJump] = useState('');
  const [jumpProblem, setJumpProblem] = useState<string | null>(null);
  const jumpId = useId();

  const draftFor = useCallback((id: string): PaperDraft => (id === current.current && draftRef.current) || unsaved.current.get(id) || marks!.draftOf(id), [marks]);

  const save = useCallback(
    async (entryId: string, d: PaperDraft) => {
      if (!marks) return;
      if (sameMarks(d, marks.draftOf(entryId))) {
        unsaved.current.delete(entryId);
        setFailed((f) => (f.has(entryId) ? new Map([...f].filter(([k]) => k !== entryId)) : f));
        return;
      }
      unsaved.current.set(entryId, d);
      setStatus({ entry: entryId, kind: 'saving' });
      try {
        const saved = await call('paper:setEntry', { contestId, jurorId, entryId, ...toInput(d) });
        marks.apply(saved, actor);
        if (unsaved.current.get(entryId) === d) unsaved.current.delete(entryId);
        setFailed((f) => (f.has(entryId) ? new Map([...f].filter(([k]) => k !== entryId)) : f));
        setStatus({ entry: entryId, kind: 'saved' });
        onSaved();
      } catch (e) {
        const problems = problemsOf(e);
        setFailed((f) => new Map(f).set(entryId, problems));
        setStatus({ entry: entryId, kind: 'error', problems });
      } finally {
        bump();
      }
    },
    [marks, contestId, jurorId, actor, onSaved],
  );

  /** Leaves the entry being typed (saving it) for another one, focusing `field` there, or nothing. */
  const goTo = (id: string, field: Field | null) => {
    if (!marks) return;
    if (id !== current.current) {
      if (current.current && draftRef.current) void save(current.current, draftRef.current);
      current.current = id;
      draftRef.current = unsaved.current.get(id) ?? marks.draftOf(id);
      setCurrentId(id);
      setDraft(draftRef.current);
    }
    // Browsing the list with the arrows leaves the focus in the list.
    setFocus(field === null ? null : { field, seq: ++seq.current });
  };

  // An entry asked for by number in another nomination, opened once that nomination's entries are shown.
  const pendingJump = useRef<string | null>(null);
  // The first entry of the nomination is shown once the marks are in; leaving the sheet saves the entry open.
  useEffect(() => {
    const wanted = pendingJump.current;
    pendingJump.current = null;
    if (marks && wanted && entries.some((e) => e.id === wanted)) goTo(wanted, 0);
    else if (marks && entries.length && !entries.some((e) => e.id === current.current)) goTo(entries[0].id, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [marks, entries]);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      if (current.current && draftRef.current) void saveRef.current(current.current, draftRef.current);
    },
    [],
  );

  const index = entries.findIndex((e) => e.id === currentId);
  const entry = index >= 0 ? entries[index] : null;
  const leave = (to: 'next' | 'prev', field: Field) => {
    const next = entries[index + (to === 'next' ? 1 : -1)];
    if (next) goTo(next.id, field);
    // The last entry: nowhere to go, but leaving it still saves it.
    else if (current.current && draftRef.current) void save(current.current, draftRef.current);
  };
  const chooseNomination = (id: string) => {
    if (current.current && draftRef.current) void save(current.current, draftRef.current);
    current.current = null;
    draftRef.current = null;
    setNominationId(id);
  };
  const jumpTo = () => {
    const id = jump.trim().replace(/^№\s*/, '');
    if (!id) return;
    const n = nominations.find((x) => byNomination.get(x.id)?.some((e) => e.id === id));
    if (!n) {
      setJumpProblem(t('paper.jumpNotFound', { id }));
      return;
    }
    setJumpProblem(null);
    setJump('');
    if (n.id !== nomination?.id) {
      // The nomination's entries come with the next render; the entry is opened then.
      pendingJump.current = id;
      chooseNomination(n.id);
      return;
    }
    goTo(id, 0);
  };

  const progress = useMemo(() => {
    const c = { done: 0, partial: 0, none: 0, recused: 0 };
    if (marks) for (const e of entries) c[draftState(draftFor(e.id), criteria)]++;
    return c;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [marks, entries, criteria, version, draft]);

  if (loaded.problems) return <ProblemList problems={loaded.problems} />;
  if (!marks) return <p className="muted">{t('common.loading')}</p>;
  if (!nomination) return <p className="empty">{t('paper.noEntries')}</p>;
  const currentFailure = currentId ? failed.get(currentId) : undefined;
  return (
    <div className="juror-sheet">
      <div className="paper-controls">
        {nominations.length > 1 && (
          <div className="field">
            <label htmlFor={`${jumpId}-nomination`}>{t('field.nomination')}</label>
            <select id={`${jumpId}-nomination`} value={nomination.id} onChange={(e) => chooseNomination(e.target.value)}>
              {nominations.map((n) => (
                <option key={n.id} value={n.id}>
                  {name(n.name)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field paper-jump">
          <label htmlFor={jumpId}>{t('paper.jump')}</label>
          <input
            id={jumpId}
            value={jump}
            inputMode="numeric"
            autoComplete="off"
            placeholder="№"
            aria-invalid={jumpProblem ? true : undefined}
            onChange={(e) => setJump(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              jumpTo();
            }}
          />
          {jumpProblem && (
            <span className="error-text" role="alert">
              {jumpProblem}
            </span>
          )}
        </div>
        <p className="paper-progress" data-testid="paper-progress">
          {t('paper.progress', { done: progress.done, total: entries.length })}
          {progress.partial > 0 && <span className="muted"> · {t('paper.partialCount', { count: progress.partial })}</span>}
          {progress.recused > 0 && <span className="muted"> · {t('paper.recusedCount', { count: progress.recused })}</span>}
        </p>
        <SaveLine status={status} />
      </div>
      <p className="muted small paper-keys">{t('paper.keys')}</p>
      <div className="paper-body">
        <div className="paper-main">
          {entry && draft && (
            <PaperEntryForm
              key={`${jurorId}:${entry.id}`}
              entry={entry}
              criteria={criteria}
              nominationName={name(nomination.name)}
              draft={draft}
              origin={marks.originOf(entry.id)}
              focus={focus}
              onChange={(d) => {
                draftRef.current = d;
                setDraft(d);
              }}
              onLeave={leave}
              onRevert={() => {
                unsaved.current.delete(entry.id);
                draftRef.current = marks.draftOf(entry.id);
                setDraft(draftRef.current);
              }}
            />
          )}
          {currentFailure && (
            <div className="paper-failure">
              <p className="error-text">{t('paper.notSavedHere')}</p>
              <ProblemList problems={currentFailure} />
            </div>
          )}
          <div className="toolbar paper-nav">
            <button type="button" disabled={index <= 0} onClick={() => leave('prev', 0)}>
              {t('paper.prev')}
            </button>
            <button type="button" className="primary" onClick={() => leave('next', 0)}>
              {index < entries.length - 1 ? t('paper.next') : t('paper.saveLast')}
            </button>
          </div>
        </div>
        <PaperEntryList
          entries={entries}
          criteria={criteria}
          draftOf={draftFor}
          failed={new Set(failed.keys())}
          version={version}
          selectedId={currentId}
          onSelect={(id, enter) => goTo(id, enter ? 0 : null)}
        />
      </div>
    </div>
  );
}

/** What became of the entry last left: being saved, saved, or refused (with why). */
function SaveLine({ status }: { status: SaveStatus | null }) {
  const { t, problem } = useT();
  return (
    <p className={`paper-save${status?.kind === 'error' ? ' error-text' : status?.kind === 'saved' ? ' saved' : ''}`} role="status" data-testid="paper-save">
      {status?.kind === 'saving' && t('paper.saving', { id: status.entry })}
      {status?.kind === 'saved' && t('paper.saved', { id: status.entry })}
      {status?.kind === 'error' && t('paper.notSaved', { id: status.entry, why: status.problems.map(problem).join('; ') })}
    </p>
  );
}
