/**
 * Chance-corrected agreement coefficients beside Cohen's and Fleiss' kappa: Gwet's AC1 and
 * AC2, Scott's pi (Fleiss' kappa generalized to missing ratings and weights),
 * Brennan–Prediger and Conger's kappa, for two or more raters, from label lists with
 * missing ratings, per-subject category counts, or a two-rater agreement table.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type AgreementWeighting,
  type KappaWeighting,
  resolveWeights,
} from "./agreementWeights.js";
import { type Chance, type ChanceResult, chanceCorrected } from "./internal/chance.js";
import { fail } from "./internal/fail.js";
import type { Matrix } from "./internal/matrix.js";
import {
  type AgreementData,
  type RaterMatrix,
  toUnits,
  type Units,
} from "./internal/ratingData.js";
import type { ResearchError } from "./researchError.js";

export type { AgreementData, RaterMatrix } from "./internal/ratingData.js";

/**
 * Options of the chance-corrected coefficients.
 *
 * @category Research
 */
export interface AgreementOptions {
  /**
   * Weights for partial agreement (AC2, weighted pi, …): `"linear"`, `"quadratic"`, or a
   * custom `{ agreement }` / `{ disagreement }` matrix. Default: none (identity).
   */
  readonly weights?: AgreementWeighting;
  /**
   * The category order (for a rater matrix; a table or count matrix names its own).
   * Default: the labels used, in numeric order when all are numbers, else code-unit order.
   */
  readonly categories?: readonly string[];
  /** The level of the confidence interval, strictly between 0 and 1. Default 0.95. */
  readonly confidenceLevel?: number;
}

/**
 * A two-sided confidence interval with its level.
 *
 * @category Research
 */
export interface LevelInterval {
  readonly lower: number;
  readonly upper: number;
  /** The confidence level, e.g. 0.95. */
  readonly level: number;
}

/**
 * A chance-corrected coefficient `(p_a - p_e) / (1 - p_e)` with its parts and precision.
 *
 * @category Research
 */
export interface AgreementCoefficient {
  /** Which coefficient. */
  readonly statistic:
    | "gwet-ac1"
    | "gwet-ac2"
    | "scott-pi"
    | "brennan-prediger"
    | "conger-kappa"
    | "krippendorff-alpha";
  /** The coefficient: 1 is perfect agreement, 0 chance level. */
  readonly coefficient: number;
  /** `p_a`, the (weighted) observed agreement. */
  readonly observedAgreement: number;
  /** `p_e`, the (weighted) agreement expected by chance under this coefficient's model. */
  readonly expectedAgreement: number;
  /** The number of subjects with at least one rating (pairable ones for alpha). */
  readonly subjects: number;
  /**
   * The asymptotic (linearization) standard error of Gwet (2008; 2014), as R `irrCAC`
   * computes it, without a finite-population correction; `null` where the literature gives
   * no formula (ordinal alpha) or with a single subject.
   */
  readonly standardError: number | null;
  /**
   * `coefficient ± t(n-1) × standardError`, the upper limit capped at 1, as in `irrCAC`;
   * `null` with the standard error.
   */
  readonly confidenceInterval: LevelInterval | null;
  /** The two-sided t-test p-value of H0: coefficient = 0 (`irrCAC`); `null` when SE is 0 or null. */
  readonly pValue: number | null;
  /** The categories, in weight-matrix order. */
  readonly categories: readonly string[];
  /** The weighting used: `"identity"` when unweighted. */
  readonly weights: KappaWeighting | "identity" | "custom";
  /** The agreement weights `w_kl`. */
  readonly weightMatrix: readonly (readonly number[])[];
}

/** Check a confidence level: a number strictly between 0 and 1. @internal */
export const checkLevel = (level: unknown): E.Either<ResearchError, number> =>
  typeof level === "number" && level > 0 && level < 1
    ? E.right(level)
    : fail(
        "invalid-option",
        "options.confidenceLevel",
        "the confidence level must be between 0 and 1",
      );

/** Normalize, weigh and compute one coefficient. @internal */
export function coefficientOf(
  data: AgreementData,
  options: AgreementOptions,
  chance: Chance,
  name: (units: Units, weights: Matrix) => AgreementCoefficient["statistic"],
): E.Either<ResearchError, AgreementCoefficient> {
  const level = checkLevel(options.confidenceLevel ?? 0.95);
  if (E.isLeft(level)) return level;
  const units = toUnits(data, options.categories);
  if (E.isLeft(units)) return units;
  const { categories } = units.right;
  if (categories.length < 2 && chance !== "bp") {
    return fail("too-few-categories", "data", "there must be at least two categories");
  }
  const weights = resolveWeights(options.weights, categories.length, "options.weights");
  if (E.isLeft(weights)) return weights;
  const result: E.Either<ResearchError, ChanceResult> = chanceCorrected(
    units.right,
    weights.right.matrix,
    chance,
    level.right,
  );
  return E.map((r: ChanceResult) => ({
    statistic: name(units.right, weights.right.matrix),
    ...r,
    categories,
    weights: weights.right.name,
    weightMatrix: weights.right.matrix,
  }))(result);
}

/**
 * Gwet's AC1 (unweighted) and AC2 (weighted): chance-corrected agreement whose chance
 * term, `p_e = T_w / (q(q-1)) Σ π_k (1 - π_k)`, shrinks when one category dominates, so it
 * does not collapse under the prevalence paradox that makes kappa low when nearly every
 * subject is in one area (grief and role transitions in many IPT cohorts).
 *
 * Any number of raters; a subject may lack ratings (`null`). With `n` subjects, `r_ik`
 * ratings of subject `i` in category `k` and `r_i = Σ_k r_ik`: `p_a` is the mean over
 * subjects with `r_i >= 2` of `Σ_k r_ik (r*_ik - 1) / (r_i (r_i - 1))` with
 * `r*_ik = Σ_l w_kl r_il`, and `π_k = (1/n) Σ_i r_ik / r_i` over all subjects (Gwet 2014;
 * R `irrCAC::gwet.ac1.raw`). From a two-rater table the same formulas give
 * `irrCAC::gwet.ac1.table`, including its standard error (which divides by `n²`).
 *
 * @param data - a subjects × raters matrix of labels (`null` = missing), a
 *   {@link RatingCounts} subjects × categories matrix, or a two-rater {@link ConfusionMatrix}
 * @param options - `weights`, `categories`, `confidenceLevel` (default 0.95)
 * @returns the coefficient, or a `ResearchError`: `empty-input`, `ragged-matrix`,
 *   `too-few-raters` (fewer than two raters, or no subject with two ratings),
 *   `too-few-categories`, `unknown-category`, `duplicate-category`, `invalid-count`,
 *   `invalid-value`, `unknown-weighting`, `invalid-weights`, `invalid-option`
 *
 * @example
 * // irrCAC's cac.raw4raters (12 subjects, 4 raters, missing ratings): AC1 0.77544
 * gwetAc([[1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
 *   [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, null, 3, null]])
 * //=> right({ statistic: "gwet-ac1", coefficient: 0.7754…, observedAgreement: 0.8181…,
 * //     expectedAgreement: 0.1903…, standardError: 0.1429…, ... })
 *
 * @category Research
 * @see Gwet, K. L. (2008). Computing inter-rater reliability and its variance in the
 *   presence of high agreement. British Journal of Mathematical and Statistical
 *   Psychology, 61(1), 29–48.
 * @see Gwet, K. L. (2014). Handbook of Inter-Rater Reliability (4th ed.), ch. 2–5.
 *   Advanced Analytics; R package `irrCAC`.
 */
export function gwetAc(
  data: AgreementData,
  options: AgreementOptions = {},
): E.Either<ResearchError, AgreementCoefficient> {
  return coefficientOf(data, options, "gwet", (_, w) =>
    w.every((row, k) => row.every((x, l) => x === (k === l ? 1 : 0))) ? "gwet-ac1" : "gwet-ac2",
  );
}

/**
 * Scott's (1955) pi: chance agreement from the raters' pooled category proportions,
 * `p_e = Σ_kl w_kl π_k π_l`. With more than two raters this is Fleiss' (1971) kappa, here
 * in Gwet's (2014) generalization to missing ratings and weights (R
 * `irrCAC::fleiss.kappa.raw`, `scott2.table`); with complete data and no weights it
 * equals {@link fleissKappa}.
 *
 * @param data - a rater matrix, a {@link RatingCounts} matrix, or a two-rater {@link ConfusionMatrix}
 * @param options - `weights`, `categories`, `confidenceLevel` (default 0.95)
 * @returns the coefficient, or a `ResearchError` as for {@link gwetAc}, and
 *   `kappa-undefined` when every rating is in one category
 *
 * @example
 * // irrCAC's cont3x3abstractors table: Scott's pi 0.7962397
 * scottPi(contingencyTable({ counts: [[13, 0, 0], [0, 20, 7], [0, 4, 56]] }).right)
 * //=> right({ statistic: "scott-pi", coefficient: 0.7962…, ... })
 *
 * @category Research
 * @see Scott, W. A. (1955). Reliability of content analysis: the case of nominal scale
 *   coding. Public Opinion Quarterly, 19(3), 321–325.
 * @see Gwet, K. L. (2014). Handbook of Inter-Rater Reliability (4th ed.). R package `irrCAC`.
 */
export function scottPi(
  data: AgreementData,
  options: AgreementOptions = {},
): E.Either<ResearchError, AgreementCoefficient> {
  return coefficientOf(data, options, "fleiss", () => "scott-pi");
}

/**
 * Brennan & Prediger's (1981) coefficient: chance agreement `p_e = T_w / q²` (`1/q`
 * unweighted) from the number of categories alone, as if every category were equally
 * likely. Same inputs and standard error as {@link gwetAc} (R `irrCAC::bp.coeff.raw`,
 * `bp2.table`).
 *
 * @param data - a rater matrix, a {@link RatingCounts} matrix, or a two-rater {@link ConfusionMatrix}
 * @param options - `weights`, `categories`, `confidenceLevel` (default 0.95)
 * @returns the coefficient, or a `ResearchError` as for {@link gwetAc}
 *
 * @example
 * // irrCAC's cont3x3abstractors table: 0.835
 * brennanPrediger(contingencyTable({ counts: [[13, 0, 0], [0, 20, 7], [0, 4, 56]] }).right)
 * //=> right({ statistic: "brennan-prediger", coefficient: 0.835…, expectedAgreement: 0.3333…, ... })
 *
 * @category Research
 * @see Brennan, R. L., & Prediger, D. J. (1981). Coefficient kappa: some uses, misuses, and
 *   alternatives. Educational and Psychological Measurement, 41(3), 687–699.
 */
export function brennanPrediger(
  data: AgreementData,
  options: AgreementOptions = {},
): E.Either<ResearchError, AgreementCoefficient> {
  return coefficientOf(data, options, "bp", () => "brennan-prediger");
}

/**
 * Conger's (1980) kappa: Cohen's kappa for more than two raters, with chance agreement
 * from each rater's own category proportions `p_gk`:
 * `p_e = Σ_kl w_kl (p̄_k p̄_l - s²_kl / r)`. It needs to know which rater gave which rating,
 * so it takes a rater matrix (missing ratings allowed) or a two-rater table, where it is
 * Cohen's kappa. Standard error as in R `irrCAC::conger.kappa.raw`.
 *
 * @param data - a subjects × raters matrix (`null` = missing) or a two-rater {@link ConfusionMatrix}
 * @param options - `weights`, `categories`, `confidenceLevel` (default 0.95)
 * @returns the coefficient, or a `ResearchError` as for {@link gwetAc}, and `empty-input`
 *   when a rater rated no subject
 *
 * @example
 * // irrCAC's cac.raw4raters: Conger's kappa 0.76282
 * congerKappa([[1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
 *   [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, null, 3, null]])
 * //=> right({ statistic: "conger-kappa", coefficient: 0.7628…, expectedAgreement: 0.2334…, ... })
 *
 * @category Research
 * @see Conger, A. J. (1980). Integration and generalization of kappas for multiple raters.
 *   Psychological Bulletin, 88(2), 322–328.
 */
export function congerKappa(
  data: RaterMatrix | AgreementData,
  options: AgreementOptions = {},
): E.Either<ResearchError, AgreementCoefficient> {
  if (!Array.isArray(data) && !("rowTotals" in data)) {
    return fail(
      "invalid-option",
      "data",
      "Conger's kappa needs ratings by rater, not counts per subject",
    );
  }
  return coefficientOf(data, options, "conger", () => "conger-kappa");
}
