import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MarkKind, ScoringState } from '../../../shared/ipc/scoringTypes';
import type { Problem } from '../../../shared/problem';
import { jurorProgress } from '../../../shared/scores/jurorScores';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { useScoringUi } from '../../state/scoringUi';
import { useUi } from '../../state/ui';
import { EntryList } from './EntryList';
import { EntryScoring } from './EntryScoring';
import { KeyStep } from './KeyStep';
import { criteriaByNomination, entryTotal, filterEntries, MarksStore, searchTextOf } from './marksModel';
import { ScoringToolbar } from './ScoringToolbar';
import { ScoringFilters } from './ScoringFilters';
import { ScoreGrid, type GridFocus } from './ScoreGrid';
import type { Move } from './ScoreInput';
import { SubmitPanel } from './SubmitPanel';

/** The juror's desk for one package: loads it, asks for a key once, then scoring. */
export function ScoringScreen({ workspaceId }: { workspaceId: string }) {
  const { t } = useT();
  // The mark lets the benchmark tell the data's journey from the rendering that follows.
  const loaded = useLoad(() => call('scores:state', { workspaceId }).then((state) => (performance.mark('jury:scoring-data'), state)), [workspaceId]);
  const reset = useScoringUi((s) => s.reset);
  useEffect(() => reset(), [workspaceId, reset]);
  if (loaded.problems) return <div className="screen"><ProblemList problems={loaded.problems} /></div>;
  if (!loaded.data) return <div className="screen muted">{t('common.loading')}</div>;
  if (!loaded.data.keyFingerprint) {
    return (
      <div className="screen">
        <Title state={loaded.data} />
        <KeyStep organiserFingerprint={loaded.data.organiserFingerprint} onReady={() => void loaded.reload()} />
      </div>
    );
  }
  return <ScoringDesk key={loaded.data.packageSha256} state={loaded.data} reload={loaded.reload} />;
}

function Title({ state }: { state: ScoringState }) {
  const { t, name } = useT();
  return (
    <div className="scoring-title">
      <h1>{name(state.definition.title)}</h1>
      <span className="muted">{t('scoring.juror', { name: state.juror.name })}</span>
      <span className="muted small" title={t('packages.fingerprintHint')}>
        {t('scoring.organiserKey')} <code>{state.organiserFingerprint}</code>
      </span>
    </div>
  );
}

function ScoringDesk({ state, reload }: { state: ScoringState; reload(): Promise<void> }) {
  const { t, name } = useT();
  const notify = useUi((s) => s.notify);
  const marks = useMemo(() => MarksStore.from(state), [state]);
  const [version, setVersion] = useState(0);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focus, setFocus] = useState<{ index: number; seq: number } | null>({ index: 0, seq: 0 });
  const criteria = useMemo(() => criteriaByNomination(state.definition), [state.definition]);
  const nominationNames = useMemo(() => new Map(state.definition.nominations.map((n) => [n.id, n.name])), [state.definition]);
  const { filter, nomination, search, selectedEntryId, select, view } = useScoringUi();
  const [gridFocus, setGridFocus] = useState<GridFocus | null>(null);
  // A search or filter may bring another entry on screen while the juror is still typing in the
  // search box: that entry must not take the focus (and the next letters) until it is chosen.
  const query = `${filter}\u0000${nomination ?? ''}\u0000${search}`;
  const [focusQuery, setFocusQuery] = useState(query);
  if (focusQuery !== query) {
    setFocusQuery(query);
    setFocus(null);
  }
  // Folded once, and only when the juror first searches: 10,000 entries open faster without it.
  const searching = search.trim() !== '';
  const searchTexts = useMemo(() => (searching ? new Map(state.entries.map((e) => [e.id, searchTextOf(e)])) : null), [state.entries, searching]);

  // A list filtered by marks is filtered again when the selection moves, not on every mark, so
  // the entry being scored does not vanish from an "unscored" list under the juror's hands.
  const byMarks = filter !== 'all';
  const visible = useMemo(
    () => (!byMarks && !nomination && !searchTexts ? state.entries : filterEntries(state.entries, criteria, marks, { filter, nomination, search }, (e) => searchTexts?.get(e.id) ?? '')),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.entries, criteria, marks, filter, nomination, search, searchTexts, byMarks ? selectedEntryId : null],
  );
  const selected = visible.find((e) => e.id === selectedEntryId) ?? state.entries.find((e) => e.id === selectedEntryId) ?? visible[0] ?? null;
  // The grid shows one nomination (its criteria are the columns): the one filtered, or the first.
  const gridNomination = nomination ?? [...criteria.keys()][0] ?? '';
  const gridEntries = useMemo(() => (view === 'grid' ? visible.filter((e) => e.nomination === gridNomination) : []), [view, visible, gridNomination]);
  // Switching to the grid puts the cursor on the entry that was open (or the first one).
  useEffect(() => {
    if (view !== 'grid') return;
    const start = gridEntries.find((e) => e.id === selectedId) ?? gridEntries[0];
    setGridFocus(start ? { entry: start.id, col: 0, seq: Date.now() } : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, gridNomination]);
  const progress = useMemo(() => jurorProgress(state.definition, state.entries, marks), [state, marks, version]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSet = useCallback(
    async (entry: string, kind: MarkKind, criterion: string, value: string | null) => {
      try {
        marks.apply(await call('scores:set', { workspaceId: state.workspaceId, kind, entry, criterion, value }));
        setVersion(marks.version);
        setSavedAt(new Date());
        setProblems(null);
        return true;
      } catch (e) {
        setProblems(problemsOf(e));
        return false;
      }
    },
    [marks, state.workspaceId],
  );
  const selectedId = selected?.id ?? null;
  const onSetSelected = useCallback((kind: MarkKind, criterion: string, value: string | null) => (selectedId ? onSet(selectedId, kind, criterion, value) : Promise.resolve(false)), [onSet, selectedId]);

  const undo = useCallback(async () => {
    try {
      const change = await call('scores:undo', { workspaceId: state.workspaceId });
      marks.apply(change);
      setVersion(marks.version);
      select(change.entry);
      // The cursor goes to what was undone, so the juror sees the value that came back.
      const nomination = state.entries.find((e) => e.id === change.entry)?.nomination ?? '';
      const index = Math.max(0, (criteria.get(nomination) ?? []).findIndex((c) => c.id === change.criterion));
      if (change.kind === 'score') {
        setFocus({ index, seq: Date.now() });
        setGridFocus({ entry: change.entry, col: index, seq: Date.now() });
      } else {
        // A recusal brought back turns the boxes off under the cursor: it goes to the recusal (or the comment).
        const selector = change.kind === 'comment' ? 'textarea' : '.recused-banner button, .recuse-toggle';
        requestAnimationFrame(() => {
          const active = document.activeElement;
          if (!active || active === document.body || (active as HTMLInputElement).disabled) document.querySelector<HTMLElement>(`section.entry-scoring ${selector}`)?.focus();
        });
      }
      notify({ kind: 'success', text: t('scoring.undone') });
    } catch (e) {
      setProblems(problemsOf(e));
    }
  }, [marks, state.workspaceId, state.entries, criteria, select, notify, t]);

  const move = useCallback(
    (m: Move, fromIndex: number) => {
      const at = visible.findIndex((e) => e.id === selectedId);
      const step = m === 'prevEntry' ? -1 : m === 'prev' ? 0 : 1;
      const target = visible[at + step];
      if (!target || step === 0) return;
      select(target.id);
      setFocus({ index: m === 'nextEntryFirst' ? 0 : fromIndex, seq: Date.now() });
    },
    [visible, selectedId, select],
  );

  // Keys that work anywhere on the screen. e.code, not e.key: they work in any keyboard layout.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement;
      if ((e.ctrlKey || e.metaKey) && e.code === 'KeyZ' && !typing) {
        e.preventDefault();
        void undo();
      } else if (e.altKey && e.code === 'KeyP') {
        const media = document.querySelector<HTMLMediaElement>('video[data-testid=media], audio[data-testid=media]');
        if (media) void (media.paused ? media.play().catch(() => undefined) : media.pause());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  if (submitting) {
    return (
      <div className="screen">
        <Title state={state} />
        <SubmitPanel state={state} progress={progress} criteria={criteria} onClose={() => (setSubmitting(false), setFocus({ index: 0, seq: Date.now() }))} onDone={() => (setSubmitting(false), void reload())} />
      </div>
    );
  }
  return (
    <div className="screen scoring-screen">
      <header className="scoring-header">
        <Title state={state} />
        <ScoringToolbar progress={progress} nominationNames={nominationNames} savedAt={savedAt} onUndo={undo} onSubmit={() => setSubmitting(true)} />
      </header>
      <ProblemList problems={problems} />
      {view === 'grid' ? (
        <div className="scoring-grid-body">
          <ScoringFilters nominations={[...criteria.keys()]} nominationNames={nominationNames} allowAll={false} />
          <ScoreGrid
            entries={gridEntries}
            criteria={criteria.get(gridNomination) ?? []}
            allCriteria={criteria}
            marks={marks}
            version={version}
            focus={gridFocus}
            onFocusCell={(f) => (setGridFocus(f), select(f.entry))}
            onSet={onSet}
            onUndo={undo}
          />
          <p className="muted small keys-help">{t('scoring.gridKeys')}</p>
        </div>
      ) : (
      <div className="scoring-body">
        <aside className="scoring-side">
          <ScoringFilters nominations={[...criteria.keys()]} nominationNames={nominationNames} />
          <EntryList
            entries={visible}
            criteria={criteria}
            marks={marks}
            version={version}
            selectedId={selectedId}
            onSelect={(id, enter) => (select(id), enter ? setFocus({ index: 0, seq: Date.now() }) : setFocus(null))}
          />
        </aside>
        <main className="scoring-main">
          {selected ? (
            <EntryScoring
              key={selected.id}
              workspaceId={state.workspaceId}
              entry={selected}
              criteria={criteria.get(selected.nomination ?? '') ?? []}
              nominationName={name(nominationNames.get(selected.nomination ?? ''))}
              marks={marks}
              total={entryTotal(selected, criteria, marks)}
              hasMedia={state.hasMedia}
              focus={focus}
              onSet={onSetSelected}
              onMove={move}
              onUndo={undo}
              onProblem={(text) => notify({ kind: 'error', text })}
            />
          ) : (
            <p className="empty">{t('scoring.noEntries')}</p>
          )}
          <p className="muted small keys-help">
            {t('scoring.keys')} · {t('scoring.playKey')}
          </p>
        </main>
      </div>
      )}
    </div>
  );
}
