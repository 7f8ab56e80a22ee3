import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Criterion } from '../../../shared/contest/model';
import type { MarkKind } from '../../../shared/ipc/scoringTypes';
import type { PackageEntry } from '../../../shared/package/packageFile';
import { useT } from '../../i18n';
import { entryTotal, type CriteriaByNomination, type MarksStore } from './marksModel';
import { ScoreInput, type Move } from './ScoreInput';

const ROW_HEIGHT = 46;

/** A cell by entry id, not row number: the rows of a filtered grid shift as entries get scored. */
export interface GridFocus {
  entry: string;
  col: number;
  seq: number;
}

interface Props {
  entries: PackageEntry[];
  criteria: Criterion[];
  allCriteria: CriteriaByNomination;
  marks: MarksStore;
  version: number;
  focus: GridFocus | null;
  onFocusCell(focus: GridFocus): void;
  onSet(entry: string, kind: MarkKind, criterion: string, value: string | null): Promise<boolean>;
  onUndo(): void;
}

/**
 * Entries × criteria of one nomination, for typing scores as fast as on paper: a score that
 * cannot be longer moves to the next cell, Enter too; ↑/↓ keep the column. Virtual, so 10,000
 * rows cost what 20 do.
 */
export function ScoreGrid({ entries, criteria, allCriteria, marks, version, focus, onFocusCell, onSet, onUndo }: Props) {
  const { t, name } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());
  const virtual = useVirtualizer({ count: entries.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6, initialRect: { width: 1000, height: 600 } });

  // A requested cell may lie in a row not yet rendered: scroll to it, then focus it once it exists.
  useEffect(() => {
    if (!focus) return;
    const row = entries.findIndex((e) => e.id === focus.entry);
    if (row < 0) return;
    virtual.scrollToIndex(row, { align: 'auto' });
    const tryFocus = () => cells.current.get(`${focus.entry}:${focus.col}`)?.focus();
    tryFocus();
    const frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, virtual]);

  const move = (entry: string, col: number, m: Move) => {
    const row = entries.findIndex((e) => e.id === entry);
    const last = criteria.length - 1;
    const target =
      m === 'next' ? (col < last ? { row, col: col + 1 } : { row: row + 1, col: 0 }) : m === 'prev' ? { row, col: Math.max(0, col - 1) } : { row: row + (m === 'prevEntry' ? -1 : 1), col: m === 'nextEntryFirst' ? 0 : col };
    // A recused entry's cells are off and cannot take the focus: the keyboard passes over them.
    const step = m === 'prevEntry' ? -1 : 1;
    let at = target.row;
    while (at !== row && entries[at] && marks.recusals.has(entries[at].id)) at += step;
    const to = entries[at];
    if (to) onFocusCell({ entry: to.id, col: target.col, seq: Date.now() });
  };

  const columns = `minmax(190px, 2fr) repeat(${criteria.length}, minmax(64px, 1fr)) 72px`;
  return (
    <div className="score-grid-view" role="grid" aria-rowcount={entries.length + 1} aria-label={t('scoring.grid')} data-version={version}>
      <div className="sg-row sg-head" role="row" style={{ gridTemplateColumns: columns }}>
        <span role="columnheader">№ · {t('scoring.participant')}</span>
        {criteria.map((c, i) => (
          <span key={c.id} role="columnheader" title={`${name(c.name)} · ${t('scoring.max', { max: c.max })}`}>
            {i + 1}. {name(c.name)}
            <span className="muted small"> ≤{c.max}</span>
          </span>
        ))}
        <span role="columnheader">{t('scoring.total')}</span>
      </div>
      <div className="sg-scroll" ref={scroller} data-testid="grid-scroll">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const e = entries[item.index];
            const recused = marks.recusals.has(e.id);
            return (
              <div
                key={e.id}
                role="row"
                aria-rowindex={item.index + 2}
                className={`sg-row${recused ? ' recused' : ''}`}
                style={{ gridTemplateColumns: columns, position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="rowheader" className="sg-entry" title={[e.participant, e.organisation].filter(Boolean).join(' · ')}>
                  <strong>№ {e.id}</strong> {e.participant ?? e.organisation}
                  {recused && <span className="muted small"> ⊘ {t('scoring.status.recused')}</span>}
                  {marks.comments.has(e.id) && <span className="muted small" title={marks.comments.get(e.id)}> ✎</span>}
                </span>
                {criteria.map((c, col) => (
                  <span role="gridcell" key={c.id}>
                    <ScoreInput
                      compact
                      ref={(el) => {
                        if (el) cells.current.set(`${e.id}:${col}`, el);
                        else cells.current.delete(`${e.id}:${col}`);
                      }}
                      criterion={c}
                      label={`№ ${e.id} · ${col + 1}. ${name(c.name)}`}
                      stored={marks.score(e.id, c.id)}
                      disabled={recused}
                      onCommit={(value) => onSet(e.id, 'score', c.id, value)}
                      onMove={(m) => move(e.id, col, m)}
                      onUndo={onUndo}
                    />
                  </span>
                ))}
                <span className="sg-total">{entryTotal(e, allCriteria, marks) ?? ''}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
