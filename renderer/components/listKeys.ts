import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * Where ↓ / ↑ / Home / End move the selection of a list of `count` rows from `index` (-1: none
 * yet), or null when the key is not one of those. Shared by every keyboard-driven list.
 */
export function listKeyTarget(key: string, index: number, count: number): number | null {
  const last = count - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'ArrowDown') return Math.min(last, Math.max(0, index + 1));
  if (key === 'ArrowUp') return Math.min(last, Math.max(0, index - 1));
  return null;
}

interface SelectableListOptions {
  count: number;
  /** The selected row's index, or -1. */
  selectedIndex: number;
  rowHeight: number;
  overscan: number;
  initialRect: { width: number; height: number };
  /** ↓ / ↑ / Home / End chose this row. */
  onMove(index: number): void;
  /** Enter, when there is something to enter (a selection). */
  onEnter?: () => void;
}

/**
 * A virtual list whose selection the keyboard drives: only the rows in view exist in the page,
 * the selected row is kept in view, and the scroll area's keys move or enter the selection.
 */
export function useSelectableList(o: SelectableListOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: o.count, getScrollElement: () => scroller.current, estimateSize: () => o.rowHeight, overscan: o.overscan, initialRect: o.initialRect });
  const { selectedIndex } = o;
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtual]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && o.onEnter) {
      e.preventDefault();
      o.onEnter();
      return;
    }
    const next = listKeyTarget(e.key, selectedIndex, o.count);
    if (next === null) return;
    e.preventDefault();
    if (next >= 0 && next < o.count) o.onMove(next);
  };
  return { scroller, virtual, onKeyDown };
}
