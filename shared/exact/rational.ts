/**
 * Exact rational arithmetic on BigInt. Scores, weights and aggregates are decimals such as
 * 7.5 or 0.25; floating point would make 0.1 + 0.2 unequal to 0.3 and break ties, so every
 * computation that decides a rank goes through this type (SCORING.md §1).
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational with a zero denominator');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? new Rational(num / g, den / g) : new Rational(num, den);
  }

  static fromInt(n: number | bigint): Rational {
    return new Rational(BigInt(n), 1n);
  }

  /** Parses a plain decimal ("7", "-7.25", "0.1", "1e-1" is refused). Returns null when not a decimal. */
  static parse(text: string): Rational | null {
    const m = /^\s*([+-]?)(\d+)(?:[.,](\d+))?\s*$/.exec(text);
    if (!m) return null;
    const [, sign, int, frac = ''] = m;
    const num = BigInt(int + frac) * (sign === '-' ? -1n : 1n);
    return Rational.of(num, 10n ** BigInt(frac.length));
  }

  /** A JS number as the decimal it prints as (0.1 is exactly one tenth, not the nearest double). */
  static fromNumber(n: number): Rational {
    if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
    const text = decimalString(n);
    const r = Rational.parse(text);
    if (!r) throw new RangeError(`Not a decimal: ${n}`);
    return r;
  }

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  cmp(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  /** True when this is k × step for a whole k (the step rule of SCORING.md §1). */
  isMultipleOf(step: Rational): boolean {
    return this.div(step).isInteger();
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /** Rounded to `digits` decimals, half away from zero; for display only. */
  toFixed(digits = 2): string {
    const scale = 10n ** BigInt(digits);
    const neg = this.num < 0n;
    const abs = neg ? -this.num : this.num;
    const scaled = abs * scale;
    let q = scaled / this.den;
    if ((scaled % this.den) * 2n >= this.den) q += 1n;
    const s = q.toString().padStart(digits + 1, '0');
    const body = digits > 0 ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
    return neg && q !== 0n ? `-${body}` : body;
  }

  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/** The shortest decimal text of a number, without exponent notation. */
export function decimalString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mant, expText] = s.toLowerCase().split('e');
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace(/^-/, '').replace('.', '');
  const pointAt = (mant.replace(/^-/, '').indexOf('.') + 1 || mant.replace(/^-/, '').length + 1) - 1 + exp;
  let out: string;
  if (pointAt <= 0) out = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return neg ? `-${out}` : out;
}
