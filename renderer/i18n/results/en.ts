import type { resultsKk } from './kk';

export const resultsEn: Record<keyof typeof resultsKk, string> = {
  'audit.tieDecision': 'Tie decided by the jury',
  'audit.tieDecisionRemoved': 'Tie decision withdrawn',
  'audit.awardOverride': 'Award overridden',
  'audit.awardOverrideRemoved': 'Award override withdrawn',
};
