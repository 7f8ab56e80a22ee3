import { useLayoutEffect, useRef, useState } from 'react';
import { move, removeAt } from './listEdit';

type Target = { key: number; control: 'up' | 'down' | 'first' | 'empty' } | 'add' | null;

/**
 * Stable React keys for the rows of an editable list, and where the keyboard goes after a row
 * is moved, removed or added.
 *
 * Keyed by position, a row moved up kept its place in the page while its data left it: the
 * focus stayed on row 3's ↑ and a second Enter moved the item back down; after a removal the
 * next row's × took the focus and a second Enter removed an item nobody chose. Ids cannot be the
 * keys (they are edited in the row itself), so each row gets a number that travels with it.
 *
 * Rows carry `data-row-key={keys[i]}`; RowActions marks its buttons with `data-action`. After a
 * move the same arrow of the moved row has the focus; after a removal, the first field of the
 * row that took its place (never its ×); with no row left, the list's add button; after an
 * addition, the new row's first empty field.
 */
export function useRowKeys(count: number) {
  const next = useRef(0);
  const fresh = (n: number) => Array.from({ length: n }, () => next.current++);
  const [keys, setKeys] = useState<number[]>(() => fresh(count));
  const [target, setTarget] = useState<Target>(null);
  const container = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement | null>(null);

  // Rows added (or a new list loaded) get new keys at the end; rows gone from outside, the last keys go.
  let current = keys;
  if (keys.length !== count) {
    current = count > keys.length ? [...keys, ...fresh(count - keys.length)] : keys.slice(0, count);
    setKeys(current);
  }

  useLayoutEffect(() => {
    if (target === null) return;
    setTarget(null);
    if (target === 'add') return addButton.current?.focus();
    const row = container.current?.querySelector(`[data-row-key="${target.key}"]`);
    const fields = [...(row?.querySelectorAll<HTMLInputElement>('input, select, textarea, button:not([data-action="remove"])') ?? [])];
    const control =
      target.control === 'first'
        ? fields[0]
        : target.control === 'empty'
          ? (fields.find((f) => f.value === '' && f.tagName !== 'BUTTON') ?? fields[0])
          : row?.querySelector<HTMLElement>(`[data-action="${target.control}"]`);
    control?.focus();
  }, [target]);

  return {
    keys: current,
    /** On the element holding the rows. */
    container,
    /** On the button that adds a row: the focus goes there when the last row is removed. */
    addButton,
    /** Call with the data change that moves row `from` to `to`, by the ↑ or ↓ button. */
    moved(from: number, to: number, via: 'up' | 'down') {
      if (to < 0 || to >= current.length) return;
      setKeys(move(current, from, to));
      setTarget({ key: current[from], control: via });
    },
    /** Call with the data change that removes row `index`. */
    removed(index: number) {
      const left = removeAt(current, index);
      setKeys(left);
      setTarget(left.length === 0 ? 'add' : { key: left[Math.min(index, left.length - 1)], control: 'first' });
    },
    /** Call with a data change that removes row `index` while the keyboard is busy elsewhere (no focus moves). */
    dropped(index: number) {
      setKeys(removeAt(current, index));
    },
    /** Call with the data change that appends a row: its first empty field (the name, after a made-up id) gets the focus. */
    added() {
      const key = next.current++;
      setKeys([...current, key]);
      setTarget({ key, control: 'empty' });
    },
  };
}
