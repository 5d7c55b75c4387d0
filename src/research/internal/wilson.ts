/**
 * The Wilson score limits, without input checks, for callers that have already checked
 * their counts (`0 <= successes <= n`, `n >= 1`) and critical value.
 *
 * @module
 * @internal
 */

/** A proportion with its Wilson limits (the shape of the public `WilsonInterval`). */
export interface WilsonLimits {
  readonly proportion: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * `(p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n)` with `p = successes / n`, clamped to
 * [0, 1] and so that the interval always contains `p`.
 */
export function wilsonLimits(successes: number, n: number, z: number): WilsonLimits {
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    proportion: p,
    lower: Math.min(p, Math.max(0, centre - halfWidth)),
    upper: Math.max(p, Math.min(1, centre + halfWidth)),
  };
}
