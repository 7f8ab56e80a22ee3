import type { CellState } from '../../../shared/merge/completeness';

/**
 * A cell's state drawn, not typed: ● scored, ◐ partly, ○ missing, ⊘ recused look the same on every
 * computer (a symbol font is not everywhere), and stay readable at 10 pixels.
 */
export function StateDot({ state }: { state: CellState }) {
  return <span className={`dot dot-${state}`} aria-hidden="true" />;
}
