import { describe, expect, it } from 'vitest';
import { parseScaled, scaleDecimal, ScoreMatrix } from '../../../shared/results/scoreMatrix';
import { packScores } from '../../../shared/results/types';
import { criteria, nomination } from './resultsFixture';

const scaled = (text: string, scale: number) => parseScaled(`x${text}y`, 1, text.length + 1, scale);

describe('reading score texts exactly', () => {
  it('a decimal × 10^scale, digit by digit, with the same answers as the plain parser', () => {
    for (const [text, scale] of [['7', 0], ['7.5', 1], ['7.5', 2], ['0.25', 2], ['10', 2], ['7.50', 1], ['7.0', 0], ['0', 3], ['012', 0]] as const) {
      expect(scaled(text, scale)).toBe(scaleDecimal(text, scale));
    }
    expect(scaled('7.5', 1)).toBe(75);
    expect(scaled('7.50', 1)).toBe(75);
  });

  it('refuses what is not a plain decimal, or finer than the scale', () => {
    for (const [text, scale] of [['7.25', 1], ['', 1], ['.5', 1], ['7.', 1], ['-1', 0], ['1e3', 0], ['7,5', 1], ['1.2.3', 2]] as const) {
      expect(scaled(text, scale)).toBeNaN();
    }
  });
});

describe('ScoreMatrix.setPacked', () => {
  const nom = nomination({ criteria: criteria({ id: 'b', step: 0.5 }, { id: 'a' }, { id: 'c10' }, { id: 'c2' }) }) as ConstructorParameters<typeof ScoreMatrix>[0];

  it('reads packed scores in sorted order, in any other order, and skips unknown criteria', () => {
    for (const order of [
      [['a', '1'], ['b', '2.5'], ['c10', '3'], ['c2', '4']],
      [['c2', '4'], ['zz', '9'], ['b', '2.5'], ['a', '1'], ['c10', '3']],
    ] as [string, string][][]) {
      const m = new ScoreMatrix(nom, 1, 1);
      expect(m.setPacked(0, 0, packScores(order))).toBeNull();
      expect([0, 1, 2, 3].map((c) => m.score(0, 0, c))).toEqual([25, 10, 30, 40]); // b, a, c10, c2 at one decimal
    }
  });

  it('names the first score off the scale', () => {
    const m = new ScoreMatrix(nom, 1, 1);
    expect(m.setPacked(0, 0, packScores([['a', '1'], ['b', '2.25']]))).toEqual({ criterion: 'b', value: '2.25' });
  });
});
