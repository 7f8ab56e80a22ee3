import { decimalString, Rational } from '../../shared/exact/rational';

const r = (text: string): Rational => {
  const v = Rational.parse(text);
  if (!v) throw new Error(`not a decimal: ${text}`);
  return v;
};

describe('shared/exact/rational', () => {
  describe('parse', () => {
    it.each([
      ['7', 7n, 1n],
      ['-7.25', -29n, 4n],
      ['0.1', 1n, 10n],
      ['+3.50', 7n, 2n],
      ['  12  ', 12n, 1n],
      ['7,5', 15n, 2n],
      ['0', 0n, 1n],
      ['-0', 0n, 1n],
      ['0.000', 0n, 1n],
      ['123456789012345678901234567890', 123456789012345678901234567890n, 1n],
    ])('parses %j to %s/%s in lowest terms', (text, num, den) => {
      const v = r(text);
      expect(v.num).toBe(num);
      expect(v.den).toBe(den);
    });

    it.each(['', ' ', 'abc', '1e-1', '1E3', '.5', '5.', '1.2.3', '--1', '1 000', 'NaN', 'Infinity', '0x10'])('refuses %j', (text) => {
      expect(Rational.parse(text)).toBeNull();
    });
  });

  describe('of', () => {
    it('normalises the sign into the numerator and reduces', () => {
      const v = Rational.of(6n, -4n);
      expect([v.num, v.den]).toEqual([-3n, 2n]);
      expect(Rational.of(0n, -5n).eq(Rational.ZERO)).toBe(true);
    });

    it('refuses a zero denominator', () => {
      expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
    });
  });

  describe('fromNumber', () => {
    it('takes a number as the decimal it prints as', () => {
      expect(Rational.fromNumber(0.1).eq(Rational.of(1n, 10n))).toBe(true);
      expect(Rational.fromNumber(7.5).eq(Rational.of(15n, 2n))).toBe(true);
      expect(Rational.fromNumber(-0.25).eq(Rational.of(-1n, 4n))).toBe(true);
      expect(Rational.fromNumber(-0).eq(Rational.ZERO)).toBe(true);
    });

    it('makes 0.1 + 0.2 exactly 0.3 (unlike floating point)', () => {
      expect(0.1 + 0.2).not.toBe(0.3);
      const sum = Rational.fromNumber(0.1).add(Rational.fromNumber(0.2));
      expect(sum.eq(Rational.fromNumber(0.3))).toBe(true);
      expect(sum.cmp(r('0.3'))).toBe(0);
      expect(sum.toString()).toBe('3/10');
    });

    it('handles numbers JavaScript prints with an exponent', () => {
      expect(Rational.fromNumber(1e-7).eq(Rational.of(1n, 10_000_000n))).toBe(true);
      expect(Rational.fromNumber(1e21).eq(Rational.fromInt(10n ** 21n))).toBe(true);
      expect(Rational.fromNumber(-2.5e-8).eq(Rational.of(-1n, 40_000_000n))).toBe(true);
    });

    it.each([NaN, Infinity, -Infinity])('refuses %s', (n) => {
      expect(() => Rational.fromNumber(n)).toThrow(RangeError);
    });
  });

  describe('arithmetic and comparison', () => {
    it('adds, subtracts, multiplies and divides exactly', () => {
      expect(r('0.1').add(r('0.2')).toString()).toBe('3/10');
      expect(r('1').sub(r('0.9')).eq(r('0.1'))).toBe(true);
      expect(r('2.5').mul(r('0.4')).eq(Rational.ONE)).toBe(true);
      expect(Rational.ONE.div(Rational.fromInt(3)).mul(Rational.fromInt(3)).eq(Rational.ONE)).toBe(true);
    });

    it('cmp orders values and reports exact equality as 0', () => {
      expect(r('7.5').cmp(r('7.25'))).toBe(1);
      expect(r('-1').cmp(r('0'))).toBe(-1);
      expect(Rational.of(1n, 3n).cmp(Rational.of(2n, 6n))).toBe(0);
      expect(Rational.of(1n, 3n).cmp(r('0.3333333333'))).toBe(1);
      expect(Rational.of(-1n, 3n).cmp(Rational.of(-1n, 2n))).toBe(1);
    });

    it('a mean of totals ties only when exactly equal', () => {
      const a = Rational.fromInt(20).div(Rational.fromInt(3));
      const b = r('6.67');
      expect(a.toFixed(2)).toBe(b.toFixed(2));
      expect(a.cmp(b)).not.toBe(0);
    });

    it('isInteger', () => {
      expect(r('4.0').isInteger()).toBe(true);
      expect(r('4.5').isInteger()).toBe(false);
    });
  });

  describe('isMultipleOf', () => {
    it.each([
      ['7.5', '0.5', true],
      ['7.3', '0.5', false],
      ['0.3', '0.1', true],
      ['0', '0.25', true],
      ['10', '1', true],
      ['7.5', '1', false],
      ['0.75', '0.25', true],
      ['0.7', '0.25', false],
      ['-1.5', '0.5', true],
    ])('%s is a multiple of %s: %s', (value, step, expected) => {
      expect(r(value).isMultipleOf(r(step))).toBe(expected);
    });

    it('works with steps given as JS numbers (0.1 from a contest file)', () => {
      expect(Rational.fromNumber(0.3).isMultipleOf(Rational.fromNumber(0.1))).toBe(true);
      expect(Rational.fromNumber(0.35).isMultipleOf(Rational.fromNumber(0.1))).toBe(false);
    });
  });

  describe('toFixed (display rounding, half away from zero)', () => {
    it.each([
      ['2.345', 2, '2.35'],
      ['-2.345', 2, '-2.35'],
      ['1.005', 2, '1.01'],
      ['-1.005', 2, '-1.01'],
      ['2.344', 2, '2.34'],
      ['0.005', 2, '0.01'],
      ['-0.005', 2, '-0.01'],
      ['-0.004', 2, '0.00'],
      ['7', 2, '7.00'],
      ['0', 2, '0.00'],
      ['2.5', 0, '3'],
      ['-2.5', 0, '-3'],
      ['0.05', 1, '0.1'],
      ['123.456', 1, '123.5'],
    ])('%s to %i decimals is %s', (value, digits, expected) => {
      expect(r(value).toFixed(digits)).toBe(expected);
    });

    it('defaults to 2 decimals and rounds thirds', () => {
      expect(Rational.of(2n, 3n).toFixed()).toBe('0.67');
      expect(Rational.of(-2n, 3n).toFixed()).toBe('-0.67');
      expect(Rational.of(1n, 3n).toFixed()).toBe('0.33');
    });

    it('1.005 given as a JS number still rounds up (toFixed of the double does not)', () => {
      expect((1.005).toFixed(2)).toBe('1.00');
      expect(Rational.fromNumber(1.005).toFixed(2)).toBe('1.01');
    });
  });

  describe('decimalString', () => {
    it.each([
      [1e-7, '0.0000001'],
      [1.5e-7, '0.00000015'],
      [-2.5e-8, '-0.000000025'],
      [1e21, '1000000000000000000000'],
      [1.2345e21, '1234500000000000000000'],
      [-1e22, '-10000000000000000000000'],
      [0.5, '0.5'],
      [123, '123'],
      [1e20, '100000000000000000000'],
    ])('%s prints as %s', (n, text) => {
      expect(decimalString(n)).toBe(text);
    });

    it('round-trips through parse for exponent numbers', () => {
      for (const n of [1e-7, 3.25e-9, 1e21, 6.02e23]) expect(Rational.parse(decimalString(n))!.toNumber()).toBe(n);
    });
  });
});
