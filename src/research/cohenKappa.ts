/**
 * Cohen's kappa for two raters and nominal categories, with the large-sample standard
 * errors of Fleiss, Cohen & Everitt (1969).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { type ConfusionMatrix, tabulate } from "./confusionMatrix.js";
import { checkTable, isTable } from "./contingencyTable.js";
import { checkCriticalValue } from "./internal/fail.js";
import { estimateKappa, identityWeights } from "./internal/kappaFromTable.js";
import type { KappaEstimate } from "./kappaEstimate.js";
import type { ResearchError } from "./researchError.js";
import { Z_95 } from "./wilsonInterval.js";

export type { ConfidenceInterval, KappaEstimate } from "./kappaEstimate.js";

/**
 * Options of {@link cohenKappa}.
 *
 * @category Research
 */
export interface CohenKappaOptions {
  /** An explicit category order; every label must be in it. Default: the labels used, sorted. */
  readonly categories?: readonly string[];
  /** The standard normal critical value of the confidence interval. Default {@link Z_95}. */
  readonly z?: number;
}

/**
 * Cohen's (1960) kappa: agreement between two raters on nominal categories, corrected for
 * the agreement expected by chance from each rater's own marginals.
 *
 * The standard error is the large-sample one of Fleiss, Cohen & Everitt (1969), which does
 * not assume kappa = 0 and is the one used for the confidence interval (SAS's "ASE");
 * the null-hypothesis standard error of the same paper is given separately for the
 * z test. For a degenerate table (e.g. two raters who never share a category) the
 * large-sample standard error can be 0 and the interval collapses to the point; it is
 * then not informative. Kappa is symmetric in the two raters. When every rating of both
 * raters falls in one single category, chance agreement is 1 and kappa is 0/0: that is the
 * `kappa-undefined` error, not `NaN`.
 *
 * Also takes the agreement table itself (a {@link ConfusionMatrix}, e.g. from
 * {@link contingencyTable}) in place of the two label lists: `cohenKappa(table, options)`;
 * `options.categories` is then ignored (the table names its own).
 *
 * @param a - the first rater's labels, one per item
 * @param b - the second rater's labels, one per item, in the same item order
 * @param options - optional `categories` (explicit order and closed list) and `z`
 *   (critical value of the interval, default 1.959963984540054 for 95%)
 * @returns the estimate, or a `ResearchError`: `length-mismatch`, `empty-input`,
 *   `duplicate-category`, `unknown-category`, `invalid-critical-value`, `kappa-undefined`
 *
 * @example
 * // Wikipedia's worked example: 50 items, Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15
 * const a = [...Array(25).fill("yes"), ...Array(25).fill("no")];
 * const b = [...Array(20).fill("yes"), ...Array(5).fill("no"),
 *            ...Array(10).fill("yes"), ...Array(15).fill("no")];
 * cohenKappa(a, b)
 * //=> right({ kappa: 0.4, observedAgreement: 0.7, expectedAgreement: 0.5, n: 50, ... })
 *
 * @example
 * // Identical ratings using two categories agree perfectly
 * cohenKappa(["grief", "role-dispute"], ["grief", "role-dispute"])
 * //=> right({ kappa: 1, standardError: 0, confidenceInterval: { lower: 1, upper: 1, z: 1.96… }, ... })
 *
 * @example
 * // One category for everything: chance agreement is 1 and kappa is undefined
 * cohenKappa(["grief", "grief"], ["grief", "grief"])
 * //=> left({ kind: "research-error", code: "kappa-undefined", path: "", message: "every rating is in one category, so chance agreement is 1", … })
 *
 * @category Research
 * @see Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 *   Psychological Measurement, 20(1), 37–46.
 * @see Fleiss, J. L., Cohen, J., & Everitt, B. S. (1969). Large sample standard errors of
 *   kappa and weighted kappa. Psychological Bulletin, 72(5), 323–327.
 */
export function cohenKappa(
  a: readonly string[],
  b: readonly string[],
  options?: CohenKappaOptions,
): E.Either<ResearchError, KappaEstimate>;
export function cohenKappa(
  table: ConfusionMatrix,
  options?: CohenKappaOptions,
): E.Either<ResearchError, KappaEstimate>;
export function cohenKappa(
  a: readonly string[] | ConfusionMatrix,
  b?: readonly string[] | CohenKappaOptions,
  third?: CohenKappaOptions,
): E.Either<ResearchError, KappaEstimate> {
  const fromTable = isTable(a);
  const options = ((fromTable ? b : third) ?? {}) as CohenKappaOptions;
  return pipe(
    checkCriticalValue(options.z ?? Z_95, "options.z"),
    E.flatMap((z) =>
      pipe(
        fromTable
          ? checkTable(a.counts, a.categories, "table.counts", "table.categories", false)
          : tabulate(a, b as readonly string[], options.categories, "options.categories"),
        E.flatMap((table) => estimateKappa(table, identityWeights(table.categories.length), z)),
      ),
    ),
  );
}
