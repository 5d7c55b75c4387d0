/**
 * Weighted kappa for two raters and ordered categories.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import {
  type AgreementWeighting,
  type KappaWeighting,
  resolveWeights,
} from "./agreementWeights.js";
import type { KappaEstimate } from "./cohenKappa.js";
import { type ConfusionMatrix, tabulate } from "./confusionMatrix.js";
import { checkTable, isTable } from "./contingencyTable.js";
import { checkCriticalValue, fail } from "./internal/fail.js";
import { estimateKappa } from "./internal/kappaFromTable.js";
import type { ResearchError } from "./researchError.js";
import { Z_95 } from "./wilsonInterval.js";

export { KAPPA_WEIGHTINGS, type KappaWeighting } from "./agreementWeights.js";

/**
 * Options of {@link weightedKappa}.
 *
 * @category Research
 */
export interface WeightedKappaOptions {
  /**
   * How partial disagreement is credited: `"linear"`, `"quadratic"`, or a custom matrix
   * `{ agreement }` (1 on the diagonal, 0 to 1 off it) or `{ disagreement }` (Cohen's 1968
   * form: 0 on the diagonal, >= 0 off it), one row and column per category.
   */
  readonly weights: AgreementWeighting;
  /**
   * The ordinal categories, lowest first; at least two; every label must be in it.
   * Required with label lists; with a table its own categories are used.
   */
  readonly categories?: readonly string[];
  /** The standard normal critical value of the confidence interval. Default {@link Z_95}. */
  readonly z?: number;
}

/**
 * Weighted kappa with the weights it used. `observedAgreement` and `expectedAgreement` are
 * the weighted agreements `p_o(w)` and `p_e(w)`.
 *
 * @category Research
 */
export interface WeightedKappaEstimate extends KappaEstimate {
  /** The weighting scheme, or `"custom"` for a matrix. */
  readonly weights: KappaWeighting | "custom";
  /** The agreement weights `w_ij`, 1 on the diagonal, in category order. */
  readonly weightMatrix: readonly (readonly number[])[];
}

/**
 * Cohen's (1968) weighted kappa for two raters on an ordinal scale: near misses earn
 * partial credit, so a one-step disagreement costs less than a three-step one.
 *
 * The order of `options.categories` is the scale (there is no default order: sorting
 * labels alphabetically would rarely be the clinical order), and the weights use the
 * category positions `0..k-1`, not any numeric value in the labels. Categories nobody
 * used still count in `k`. The standard errors are those of Fleiss, Cohen & Everitt (1969):
 * the non-null one for the confidence interval, the null one for the z statistic. With
 * the identity weights this is {@link cohenKappa}; with quadratic weights it equals
 * `2 s_xy / (s_x² + s_y² + (x̄ - ȳ)²)` on the category positions (Fleiss & Cohen 1973).
 * Symmetric in the two raters.
 *
 * Also takes the agreement table itself (a {@link ConfusionMatrix}, e.g. from
 * {@link contingencyTable}) in place of the two label lists: `weightedKappa(table, options)`.
 *
 * @param a - the first rater's labels, one per item
 * @param b - the second rater's labels, one per item, in the same item order
 * @param options - `weights` (`"linear"`, `"quadratic"`, `{ agreement }` or
 *   `{ disagreement }` matrix), `categories` (the ordered scale, lowest first) and
 *   optionally `z` (critical value, default 1.959963984540054)
 * @returns the estimate, or a `ResearchError`: `length-mismatch`, `empty-input`,
 *   `unknown-weighting`, `invalid-weights` (matrix of the wrong size, off-range entry,
 *   wrong diagonal), `too-few-categories` (fewer than two), `duplicate-category`,
 *   `unknown-category`, `invalid-count` (a table cell), `invalid-critical-value`,
 *   `kappa-undefined` (all ratings in one category)
 *
 * @example
 * // A one-step disagreement on a three-point scale earns half credit with linear weights
 * weightedKappa(["none", "mild", "severe", "mild"], ["none", "severe", "severe", "mild"],
 *   { weights: "linear", categories: ["none", "mild", "severe"] })
 * //=> right({ kappa: 0.7142…, observedAgreement: 0.875, expectedAgreement: 0.5625, ... })
 *
 * @example
 * // Cohen (1968): disagreement weights on a table of proportions (n = 200); Cohen reports .348
 * const table = contingencyTable({ proportions: [[0.44, 0.07, 0.09], [0.05, 0.2, 0.05], [0.01, 0.03, 0.06]], n: 200 });
 * weightedKappa(table.right, { weights: { disagreement: [[0, 1, 3], [1, 0, 6], [3, 6, 0]] } })
 * //=> right({ kappa: 0.3478…, weights: "custom", ... })
 *
 * @example
 * // The scale must be given in order and have at least two categories
 * weightedKappa(["mild"], ["mild"], { weights: "quadratic", categories: ["mild"] })
 * //=> left({ kind: "research-error", code: "too-few-categories", path: "options.categories", message: "weighted kappa needs at least two categories", … })
 *
 * @category Research
 * @see Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
 *   disagreement or partial credit. Psychological Bulletin, 70(4), 213–220.
 * @see Fleiss, J. L., Cohen, J., & Everitt, B. S. (1969). Large sample standard errors of
 *   kappa and weighted kappa. Psychological Bulletin, 72(5), 323–327.
 * @see Fleiss, J. L., & Cohen, J. (1973). The equivalence of weighted kappa and the
 *   intraclass correlation coefficient as measures of reliability. Educational and
 *   Psychological Measurement, 33(3), 613–619.
 * @see Altman, D. G. (1991). Practical Statistics for Medical Research, §14.3.3–14.3.4.
 */
export function weightedKappa(
  a: readonly string[],
  b: readonly string[],
  options: WeightedKappaOptions,
): E.Either<ResearchError, WeightedKappaEstimate>;
export function weightedKappa(
  table: ConfusionMatrix,
  options: WeightedKappaOptions,
): E.Either<ResearchError, WeightedKappaEstimate>;
export function weightedKappa(
  a: readonly string[] | ConfusionMatrix,
  b: readonly string[] | WeightedKappaOptions,
  third?: WeightedKappaOptions,
): E.Either<ResearchError, WeightedKappaEstimate> {
  const fromTable = isTable(a);
  const options = (fromTable ? b : third) as WeightedKappaOptions;
  const categories = fromTable ? a.categories : options.categories;
  if (categories === undefined || categories.length < 2) {
    return fail(
      "too-few-categories",
      fromTable ? "table.categories" : "options.categories",
      "weighted kappa needs at least two categories",
    );
  }
  const resolved = resolveWeights(options.weights, categories.length, "options.weights");
  if (E.isLeft(resolved)) return resolved;
  const { name: weights, matrix: weightMatrix } = resolved.right;
  return pipe(
    checkCriticalValue(options.z ?? Z_95, "options.z"),
    E.flatMap((z) =>
      pipe(
        fromTable
          ? checkTable(a.counts, a.categories, "table.counts", "table.categories", false)
          : tabulate(a, b as readonly string[], categories, "options.categories"),
        E.flatMap((table) => estimateKappa(table, weightMatrix, z)),
      ),
    ),
    E.map((estimate) => ({
      ...estimate,
      weights: weights as KappaWeighting | "custom",
      weightMatrix,
    })),
  );
}
