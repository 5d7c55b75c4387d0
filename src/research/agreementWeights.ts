/**
 * Agreement weights for weighted coefficients: the named schemes and custom matrices.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { fail } from "./internal/fail.js";
import { grid, type Matrix } from "./internal/matrix.js";
import type { ResearchError } from "./researchError.js";

/**
 * The agreement-weight schemes, for categories `0..k-1` in their given order:
 * `linear` is `1 - |i - j| / (k - 1)` (Cicchetti & Allison 1971; SAS's default,
 * "equal" in R's irr) and `quadratic` is `1 - (i - j)² / (k - 1)²` (Fleiss & Cohen 1973;
 * "squared" in irr).
 *
 * @category Research
 */
export const KAPPA_WEIGHTINGS = ["linear", "quadratic"] as const;

/** One of {@link KAPPA_WEIGHTINGS}. @category Research */
export type KappaWeighting = (typeof KAPPA_WEIGHTINGS)[number];

/**
 * A custom weight matrix, one row and one column per category in category order (rows
 * rater `a`, columns rater `b`; it need not be symmetric).
 *
 * - `agreement`: credit for each pair of ratings, `w_ii = 1` and `0 <= w_ij <= 1`, as in
 *   Fleiss, Cohen & Everitt (1969), R `irrCAC` and `psych::cohen.kappa` with similarities.
 * - `disagreement`: the penalty of each pair, `v_ii = 0` and `v_ij >= 0` with at least one
 *   `v_ij > 0`, as in Cohen (1968), whose weighted kappa is `1 - Σ v p_o / Σ v p_e`. It is
 *   used as the agreement weights `w = 1 - v / max v`, which give the same kappa.
 *
 * @category Research
 */
export type CustomWeights =
  | { readonly agreement: readonly (readonly number[])[] }
  | { readonly disagreement: readonly (readonly number[])[] };

/** A named scheme or a custom matrix. @category Research */
export type AgreementWeighting = KappaWeighting | CustomWeights;

/** The weights a coefficient used: their name and the agreement weights `w_ij`. @internal */
export interface ResolvedWeights {
  readonly name: KappaWeighting | "identity" | "custom";
  readonly matrix: Matrix;
}

/** The identity (unweighted) agreement weights. @internal */
export const identity = (k: number): Matrix => grid(k, (i, j) => (i === j ? 1 : 0));

/** The named scheme's agreement weights for k >= 2 categories. @internal */
export const namedWeights = (weights: KappaWeighting, k: number): Matrix =>
  grid(k, (i, j) => {
    const distance = Math.abs(i - j) / (k - 1);
    return weights === "linear" ? 1 - distance : 1 - distance * distance;
  });

const bad = (path: string, message: string): E.Either<ResearchError, never> =>
  fail("invalid-weights", path, message);

/**
 * Check a weighting against `k` categories and return its agreement weights: the identity
 * when it is `undefined`. Refuses a matrix of the wrong size, a non-finite or out-of-range
 * entry, a diagonal other than the definition's (1 for agreement, 0 for disagreement), and
 * disagreement weights that are all 0.
 *
 * @internal
 */
export function resolveWeights(
  weights: AgreementWeighting | undefined,
  k: number,
  path: string,
): E.Either<ResearchError, ResolvedWeights> {
  if (weights === undefined) return E.right({ name: "identity", matrix: identity(k) });
  if (typeof weights === "string") {
    if (!KAPPA_WEIGHTINGS.includes(weights)) {
      return fail("unknown-weighting", path, "weights must be linear or quadratic");
    }
    if (k < 2) {
      return fail("too-few-categories", path, "weighted coefficients need at least two categories");
    }
    return E.right({ name: weights, matrix: namedWeights(weights, k) });
  }
  const agreement = "agreement" in weights;
  const given: Matrix | undefined = agreement
    ? (weights as { agreement: Matrix }).agreement
    : (weights as { disagreement?: Matrix }).disagreement;
  const where = `${path}.${agreement ? "agreement" : "disagreement"}`;
  if (!Array.isArray(given)) {
    return fail("unknown-weighting", path, "weights must be linear, quadratic or a matrix");
  }
  if (given.length !== k) {
    return bad(where, `the weight matrix must have one row per category (${k})`);
  }
  let max = 0;
  for (const [i, row] of given.entries()) {
    if (!Array.isArray(row) || row.length !== k) {
      return bad(`${where}[${i}]`, `the weight matrix must have one column per category (${k})`);
    }
    for (const [j, w] of row.entries()) {
      const cell = `${where}[${i}][${j}]`;
      if (typeof w !== "number" || !Number.isFinite(w) || w < 0 || (agreement && w > 1)) {
        return bad(
          cell,
          agreement
            ? "an agreement weight must be a number from 0 to 1"
            : "a disagreement weight must be a finite number of at least 0",
        );
      }
      if (i === j && w !== (agreement ? 1 : 0)) {
        return bad(
          cell,
          `the diagonal of ${agreement ? "agreement weights must be 1" : "disagreement weights must be 0"}`,
        );
      }
      max = Math.max(max, w);
    }
  }
  if (!agreement && max === 0) return bad(where, "the disagreement weights are all 0");
  return E.right({
    name: "custom",
    matrix: agreement ? given : given.map((row: readonly number[]) => row.map((v) => 1 - v / max)),
  });
}
