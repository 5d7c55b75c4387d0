/**
 * The Wilson score interval for a binomial proportion.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { checkCriticalValue, fail, isCount } from "./internal/fail.js";
import { wilsonLimits } from "./internal/wilson.js";
import type { ResearchError } from "./researchError.js";

/**
 * The 0.975 quantile of the standard normal distribution, the critical value of a
 * two-sided 95% interval (1.96 to two decimals).
 *
 * @category Research
 */
export const Z_95 = 1.959963984540054;

/**
 * A proportion with its Wilson score interval.
 *
 * @category Research
 */
export interface WilsonInterval {
  /** `successes / n`. */
  readonly proportion: number;
  /** The lower limit, in [0, proportion]. */
  readonly lower: number;
  /** The upper limit, in [proportion, 1]. */
  readonly upper: number;
}

/**
 * The Wilson (1927) score interval for a proportion: Newcombe's (1998) recommended
 * method 3, which, unlike the Wald interval, stays inside [0, 1] and behaves well for
 * small `n` and for proportions near 0 or 1.
 *
 * With `p = successes / n` the limits are
 * `(p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n)`, clamped to [0, 1] against rounding.
 * `n = 0` is the `empty-input` error: there is no proportion to estimate, and the library
 * does not invent one (no `NaN`, no [0, 1] stand-in).
 *
 * @param successes - the number of successes (e.g. items the raters agreed on), an integer in 0..n
 * @param n - the number of trials, a positive integer
 * @param z - the standard normal critical value, default {@link Z_95} (95%, two-sided)
 * @returns the proportion and its limits, or a `ResearchError`: `empty-input` (`n = 0`),
 *   `invalid-count` (a negative, fractional or unsafe count, or `successes > n`),
 *   `invalid-critical-value` (`z` not finite and positive)
 *
 * @example
 * // Newcombe (1998), Table II: 81 of 263
 * wilsonInterval(81, 263)
 * //=> right({ proportion: 0.30798…, lower: 0.25528…, upper: 0.36620… })
 *
 * @example
 * // Zero successes still give an informative upper limit
 * wilsonInterval(0, 20)
 * //=> right({ proportion: 0, lower: 0, upper: 0.16112… })
 *
 * @example
 * // No trials: an error value, not NaN
 * wilsonInterval(0, 0)
 * //=> left({ kind: "research-error", code: "empty-input", path: "n", message: "n is 0, so there is no proportion", … })
 *
 * @category Research
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 *   inference. Journal of the American Statistical Association, 22(158), 209–212.
 * @see Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
 *   comparison of seven methods. Statistics in Medicine, 17(8), 857–872.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  z: number = Z_95,
): E.Either<ResearchError, WilsonInterval> {
  if (!isCount(n)) return fail("invalid-count", "n", "n must be a non-negative integer");
  if (!isCount(successes)) {
    return fail("invalid-count", "successes", "successes must be a non-negative integer");
  }
  if (successes > n) return fail("invalid-count", "successes", "successes exceed n");
  if (n === 0) return fail("empty-input", "n", "n is 0, so there is no proportion");
  const critical = checkCriticalValue(z, "z");
  if (E.isLeft(critical)) return critical;
  return E.right(wilsonLimits(successes, n, critical.right));
}
