/**
 * The F and t distributions, for the p-values and confidence limits of the intraclass
 * correlations and the chance-corrected agreement coefficients.
 *
 * Hand-written rather than a dependency: the research entry has a 10-odd kB budget and must
 * run in browsers, and the two functions it needs (the regularized incomplete beta and
 * its inverse) fit in well under 1 kB. The incomplete beta is the continued fraction of
 * Numerical Recipes (Press et al. 2007, §6.4, modified Lentz), log-gamma is Lanczos'
 * approximation (g = 7, 9 terms, as in Numerical Recipes §6.1 and Boost); the inverse is
 * bisection on `x`, which always converges because `I_x(a, b)` is monotone.
 *
 * @module
 * @internal
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0] as number;
  for (let i = 1; i < 9; i++) s += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 500; m++) {
    for (const step of [0, 1]) {
      const aa =
        step === 0
          ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m))
          : (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      const delta = c * d;
      h *= delta;
      if (step === 1 && Math.abs(delta - 1) < 1e-16) return h;
    }
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 <= x <= 1. */
export function betaIncomplete(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(x, a, b)) / a
    : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(F > f) for the F distribution with d1 and d2 degrees of freedom (an upper-tail p-value). */
export const fUpperTail = (f: number, d1: number, d2: number): number =>
  f <= 0 ? 1 : betaIncomplete(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);

/** The p-quantile of the F distribution with d1 and d2 degrees of freedom, 0 < p < 1. */
export function fQuantile(p: number, d1: number, d2: number): number {
  // I_x(d1/2, d2/2) = p with x = d1 f / (d1 f + d2); bisection to the last bit of x.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-17; i++) {
    const mid = (lo + hi) / 2;
    if (betaIncomplete(mid, d1 / 2, d2 / 2) < p) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  return (d2 * x) / (d1 * (1 - x));
}

/** The two-sided critical value of Student's t with `df` degrees of freedom at `level`. */
export const tCritical = (level: number, df: number): number => Math.sqrt(fQuantile(level, 1, df));

/** Two-sided p-value of Student's t statistic with `df` degrees of freedom. */
export const tTwoSided = (t: number, df: number): number => fUpperTail(t * t, 1, df);
