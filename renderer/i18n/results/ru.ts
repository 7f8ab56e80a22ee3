import type { resultsKk } from './kk';

export const resultsRu: Record<keyof typeof resultsKk, string> = {
  'audit.tieDecision': 'Равенство баллов разрешено решением жюри',
  'audit.tieDecisionRemoved': 'Решение по равенству баллов отменено',
  'audit.awardOverride': 'Награда изменена',
  'audit.awardOverrideRemoved': 'Изменение награды отменено',
};
