/**
 * Kappa and its standard errors from an agreement table and an agreement-weight matrix.
 * Unweighted kappa is the identity weight matrix.
 *
 * Notation (Fleiss, Cohen & Everitt 1969): `p_ij` cell proportions, `p_i.` row and `p_.j`
 * column marginals, `w_ij` agreement weights with `w_ii = 1`,
 * `w̄_i. = Σ_j p_.j w_ij`, `w̄_.j = Σ_i p_i. w_ij`.
 *
 * - `p_o = Σ w_ij p_ij`, `p_e = Σ w_ij p_i. p_.j`, `κ = (p_o - p_e) / (1 - p_e)`
 * - `var(κ) = [Σ p_ij (w_ij - (w̄_i. + w̄_.j)(1 - κ))² - (κ - p_e (1 - κ))²] / (n (1 - p_e)²)`
 * - `var₀(κ) = [Σ p_i. p_.j (w_ij - (w̄_i. + w̄_.j))² - p_e²] / (n (1 - p_e)²)`
 *
 * @module
 * @internal
 */
import * as E from "fp-ts/lib/Either.js";
import type { ConfusionMatrix } from "../confusionMatrix.js";
import type { KappaEstimate } from "../kappaEstimate.js";
import type { ResearchError } from "../researchError.js";
import { fail } from "./fail.js";
import { at, grid, type Matrix, of, sum, sumGrid } from "./matrix.js";

/** The identity agreement weights of unweighted kappa. */
export const identityWeights = (k: number): Matrix => grid(k, (i, j) => (i === j ? 1 : 0));

/**
 * Kappa, its non-null and null standard errors and a Wald interval.
 *
 * Chance agreement is exactly 1 only when every rating of both raters is in one single
 * category (for weights with `w_ij < 1` off the diagonal); that is checked on the counts,
 * not on a floating-point `p_e`.
 */
export function estimateKappa(
  table: ConfusionMatrix,
  weights: Matrix,
  z: number,
): E.Either<ResearchError, KappaEstimate> {
  const { counts, rowTotals, columnTotals, n } = table;
  const k = table.categories.length;
  const used = rowTotals.filter((r, i) => r + of(columnTotals, i) > 0).length;
  if (used < 2) {
    return fail("kappa-undefined", "", "every rating is in one category, so chance agreement is 1");
  }
  const row = rowTotals.map((r) => r / n);
  const column = columnTotals.map((c) => c / n);
  // Kappa from sums in count units, (n Σ w c − Σ w r c) / (n² − Σ w r c): integers for
  // unweighted kappa, so 0.4 comes out as 0.4 and identical ratings give exactly 1.
  const agreed = sumGrid(k, (i, j) => at(weights, i, j) * at(counts, i, j));
  const chance = sumGrid(k, (i, j) => at(weights, i, j) * of(rowTotals, i) * of(columnTotals, j));
  const kappa = (n * agreed - chance) / (n * n - chance);
  const observed = agreed / n;
  const expected = chance / (n * n);
  const rowMeanWeight = row.map((_, i) => sum(column.map((c, j) => c * at(weights, i, j))));
  const columnMeanWeight = column.map((_, j) => sum(row.map((r, i) => r * at(weights, i, j))));
  const spread = (i: number, j: number): number => of(rowMeanWeight, i) + of(columnMeanWeight, j);
  const scale = n * (1 - expected) ** 2;
  const variance =
    (sumGrid(
      k,
      (i, j) => (at(counts, i, j) / n) * (at(weights, i, j) - spread(i, j) * (1 - kappa)) ** 2,
    ) -
      (kappa - expected * (1 - kappa)) ** 2) /
    scale;
  const nullVariance =
    (sumGrid(k, (i, j) => of(row, i) * of(column, j) * (at(weights, i, j) - spread(i, j)) ** 2) -
      expected ** 2) /
    scale;
  // Rounding can leave a true 0 a hair below it.
  const standardError = Math.sqrt(Math.max(0, variance));
  const nullStandardError = Math.sqrt(Math.max(0, nullVariance));
  return E.right({
    kappa,
    observedAgreement: observed,
    expectedAgreement: expected,
    n,
    standardError,
    confidenceInterval: { lower: kappa - z * standardError, upper: kappa + z * standardError, z },
    nullStandardError,
    zStatistic: nullStandardError > 0 ? kappa / nullStandardError : null,
    table,
  });
}
