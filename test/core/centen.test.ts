/**
 * `centenVan` (core/money/kernel) and `bedragUitCenten` (core/money), h/valid, against decimal.js, the reference: on seeded amounts
 * of every size (cents, whole euros, more than two decimals, around 2^53 cents and far beyond, zero and negative),
 * `centenVan` gives exactly what `centenVanBedrag` gives, and `bedragUitCenten` builds the decimal that decimal.js
 * builds from the amount's text: the same digit words, exponent and sign, so every operation and text is the same.
 */
import { D, bedrag, bedragText, bedragUitCenten, decimaal, formatEuro, type Bedrag } from '../../core/money';
import { centenVan, centenVanBedrag } from '../../core/money/kernel';
import { prng } from './seeded';

/** A decimal's fields as decimal.js documents them: digit words, exponent, sign. */
const velden = (b: Bedrag): string => {
  const x = decimaal(b);
  return JSON.stringify([x.d, x.e, x.s]);
};

/** A digit string of 1 .. `max` digits, often with zeros inside or at the end (word boundaries). */
function cijfers(rnd: () => number, max: number): string {
  const n = 1 + Math.floor(rnd() * max);
  let s = '';
  for (let i = 0; i < n; i += 1) s += rnd() < 0.3 ? '0' : String(Math.floor(rnd() * 10));
  return s;
}

function bedragTekst(rnd: () => number): string {
  const heel = cijfers(rnd, rnd() < 0.8 ? 14 : 24);
  const r = rnd();
  if (r < 0.25) return heel;
  if (r < 0.7) return `${heel}.${cijfers(rnd, 2)}`;
  return `${heel}.${cijfers(rnd, 12)}`;
}

describe('cents read from and written into a decimal', () => {
  test('centenVan equals centenVanBedrag on 100,000 seeded amounts', () => {
    const rnd = prng(20261201);
    const wrong: string[] = [];
    for (let i = 0; i < 100_000 && wrong.length < 5; i += 1) {
      const tekst = bedragTekst(rnd);
      const b = bedrag(rnd() < 0.1 ? `-${tekst}` : tekst);
      if (centenVan(b) !== centenVanBedrag(b)) wrong.push(tekst);
    }
    expect(wrong).toEqual([]);
  });

  test('at the edges: zero, -0, 2^53 cents, a cent fraction, no finite value', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const gevallen = [
      '0',
      '0.00',
      '0.01',
      '0.1',
      '0.001',
      '9999999.99',
      '10000000',
      '10000000.01',
      '90071992547409.91',
      '90071992547409.92',
      '90071992547409.9',
      '90071992547410',
      '1e20',
      '123456789012345678901234567890.5',
      '1.0000000000000000000000001',
    ];
    for (const t of gevallen) expect([t, centenVan(bedrag(t))]).toEqual([t, centenVanBedrag(bedrag(t))]);
    expect(centenVan(bedrag(new D(-0)))).toBe(0);
    expect(Object.is(centenVan(bedrag(new D(-0))), 0)).toBe(true);
    expect(centenVan(bedrag(String(max / 100)))).toBe(centenVanBedrag(bedrag(String(max / 100))));
    expect(centenVan(bedrag(new D(Infinity)))).toBeUndefined();
    expect(centenVan(bedrag(new D(NaN)))).toBeUndefined();
  });

  test('bedragUitCenten builds the decimal of the text, field for field, on 100,000 seeded cents', () => {
    const rnd = prng(7);
    const wrong: string[] = [];
    const grenzen = [0, 1, 9, 10, 99, 100, 101, 999_999_999, 1_000_000_000, 1_000_000_001, Number.MAX_SAFE_INTEGER];
    const alle = [
      ...grenzen,
      ...grenzen.map((c) => -c),
      ...Array.from({ length: 100_000 }, () => {
        const c = Math.floor(rnd() * 10 ** Math.floor(rnd() * 16));
        return rnd() < 0.1 ? -c : c;
      }),
    ];
    for (const c of alle) {
      const tekst = `${c < 0 ? '-' : ''}${String(Math.floor(Math.abs(c) / 100))}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
      const snel = bedragUitCenten(c);
      const ref = bedrag(tekst);
      if (velden(snel) !== velden(ref) || snel.toString() !== ref.toString() || !(decimaal(snel) instanceof D))
        wrong.push(`${String(c)}: ${velden(snel)} ${velden(ref)}`);
      if (centenVan(snel) !== (c === 0 ? 0 : c)) wrong.push(`${String(c)}: terug ${String(centenVan(snel))}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });

  test('a built decimal computes as the parsed one', () => {
    const a = bedragUitCenten(123456);
    const b = bedrag('1234.56');
    expect(decimaal(a).plus(1).toString()).toBe(decimaal(b).plus(1).toString());
    expect(decimaal(a).times('1.32').toFixed()).toBe(decimaal(b).times('1.32').toFixed());
    expect(a.equals(b)).toBe(true);
    expect(decimaal(a).constructor).toBe(D);
  });

  test('formatEuro and bedragText from cents give the texts decimal.js gives, on 100,000 seeded amounts', () => {
    // The decimal.js forms of both, as they were before the cents path (the reference).
    const euro = (amount: Bedrag): string => {
      const x = decimaal(amount);
      const abs = x.abs();
      const fixed = abs.isInteger() ? abs.toFixed(0) : abs.toFixed(2, D.ROUND_HALF_UP);
      const [whole, cents] = fixed.split('.');
      const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      return `${x.isNegative() ? '-' : ''}€ ${grouped}${cents !== undefined ? ',' + cents : ''}`;
    };
    const tekst = (amount: Bedrag): string => {
      const x = decimaal(amount);
      if (x.isInteger()) return x.toFixed(0);
      return x.toDecimalPlaces(2).equals(x) ? x.toFixed(2) : x.toFixed();
    };
    const rnd = prng(11);
    const wrong: string[] = [];
    const vast = ['0', '0.05', '0.5', '12', '-12', '-0.05', '1234567.89', '90071992547409.91', '90071992547409.92'];
    const alle = [...vast.map((t) => bedrag(t)), bedrag(new D(-0))];
    for (let i = 0; i < 100_000; i += 1) {
      const t = bedragTekst(rnd);
      alle.push(bedrag(rnd() < 0.1 ? `-${t}` : t));
    }
    for (const b of alle) {
      if (formatEuro(b) !== euro(b)) wrong.push(`${b.toString()}: ${formatEuro(b)} ${euro(b)}`);
      if (bedragText(b) !== tekst(b)) wrong.push(`${b.toString()}: ${bedragText(b)} ${tekst(b)}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });
});
