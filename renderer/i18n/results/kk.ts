/** Kazakh messages of the results, tie decisions and award overrides (the source of their keys). */
export const resultsKk = {
  'audit.tieDecision': 'Тең балл қазылар шешімімен ажыратылды',
  'audit.tieDecisionRemoved': 'Тең балл бойынша шешім алынды',
  'audit.awardOverride': 'Марапат өзгертілді',
  'audit.awardOverrideRemoved': 'Марапат өзгерісі алынды',
};
