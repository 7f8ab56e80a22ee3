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
