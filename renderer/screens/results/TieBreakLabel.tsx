import type { NominationView } from '../../../shared/ipc/resultsTypes';
import type { TieBreakNote } from '../../../shared/results/types';
import { useT } from '../../i18n';

/** How a tie was broken, in words: "criteria in order: Sound accompaniment", "the chair's total". */
export function TieBreakLabel({ note, nomination }: { note: TieBreakNote; nomination: NominationView }) {
  return <>{useTieBreakText(nomination)(note)}</>;
}

export function useTieBreakText(nomination: NominationView) {
  const { t, name } = useT();
  const criterionName = (id: string) => name(nomination.criteria.find((c) => c.id === id)?.name) || id;
  return (note: TieBreakNote): string => {
    if (note.rule === 'criteria-order') return t('results.rule.criteria-order', { criterion: criterionName(note.criterion ?? '') });
    if (note.rule.startsWith('criterion:')) return t('results.rule.criterion', { criterion: criterionName(note.rule.slice('criterion:'.length)) });
    return t(`results.rule.${note.rule as 'median' | 'chair' | 'head-to-head' | 'decision'}`);
  };
}
