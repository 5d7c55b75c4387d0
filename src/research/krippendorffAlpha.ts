/**
 * Krippendorff's alpha at the nominal, ordinal, interval and ratio levels.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type AgreementCoefficient, checkLevel } from "./agreementCoefficients.js";
import { chanceCorrected } from "./internal/chance.js";
import { fail } from "./internal/fail.js";
import { grid, type Matrix, of, sum } from "./internal/matrix.js";
import { type AgreementData, toUnits } from "./internal/ratingData.js";
import type { ResearchError } from "./researchError.js";

/**
 * The levels of measurement of Krippendorff's alpha, each with its difference function
 * δ²(c, k): `nominal` 0 or 1; `ordinal` `(Σ_{g=c..k} n_g - (n_c + n_k)/2)²` on the
 * ordered categories with pairable-value totals `n_g`; `interval` `(c - k)²`; `ratio`
 * `((c - k)/(c + k))²`.
 *
 * @category Research
 */
export const MEASUREMENT_LEVELS = ["nominal", "ordinal", "interval", "ratio"] as const;

/** One of {@link MEASUREMENT_LEVELS}. @category Research */
export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

/**
 * Options of {@link krippendorffAlpha}.
 *
 * @category Research
 */
export interface KrippendorffOptions {
  /** The level of measurement. Default `nominal`. */
  readonly level?: MeasurementLevel;
  /**
   * The category order (for a rater matrix): required for ordinal labels that are not
   * numbers. Default: the values used, numerically when all are numbers.
   */
  readonly categories?: readonly string[];
  /** The level of the confidence interval, strictly between 0 and 1. Default 0.95. */
  readonly confidenceLevel?: number;
}

/**
 * Krippendorff's alpha, `1 - D_o / D_e`: agreement among any number of raters (coders),
 * with missing ratings, at the nominal, ordinal, interval or ratio level.
 *
 * Units with fewer than two ratings are not pairable and are dropped. Computed as Gwet
 * (2014) and R `irrCAC::krippen.alpha.raw` do, with the agreement weights
 * `w = 1 - δ² / max δ²`, which gives exactly Krippendorff's coincidence-matrix alpha
 * (Krippendorff 2011) because alpha does not change when δ² is rescaled; `observedAgreement`
 * and `expectedAgreement` are `irrCAC`'s `p_a` and `p_e` (so `D_o / D_e = (1 - p_a)/(1 - p_e)`).
 * The standard error is `irrCAC`'s asymptotic one for the nominal, interval and ratio
 * levels; for the ordinal level it is `null`: the ordinal differences depend on the
 * observed marginals, and the linearization that gives the other standard errors does
 * not cover that (Krippendorff recommends the bootstrap). Interval and ratio need numeric
 * labels (numbers, or strings that read as finite numbers); the ratio level also needs
 * them non-negative.
 *
 * @param data - a subjects × raters matrix (`null` = missing; numbers or labels), a
 *   {@link RatingCounts} matrix, or a two-rater {@link ConfusionMatrix}
 * @param options - `level` (default `nominal`), `categories`, `confidenceLevel`
 * @returns the coefficient, or a `ResearchError`: as for {@link gwetAc}, `invalid-option`
 *   (unknown level), `invalid-value` (non-numeric or negative value at the interval or
 *   ratio level), `kappa-undefined` (every pairable value the same: `D_e = 0`)
 *
 * @example
 * // Krippendorff (2011), p. 8: 4 observers, 12 units, missing values; alpha 0.743 (nominal)
 * const data = [[1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2],
 *   [1, 2, 3, 4], [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5],
 *   [null, null, 1, 1], [null, null, 3, null]];
 * krippendorffAlpha(data)                         //=> right({ coefficient: 0.7434…, ... })
 * krippendorffAlpha(data, { level: "ordinal" })   //=> right({ coefficient: 0.8153…, standardError: null, ... })
 * krippendorffAlpha(data, { level: "interval" })  //=> right({ coefficient: 0.8491…, ... })
 * krippendorffAlpha(data, { level: "ratio" })     //=> right({ coefficient: 0.7974…, ... })
 *
 * @category Research
 * @see Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg
 *   School for Communication, University of Pennsylvania. https://repository.upenn.edu/asc_papers/43
 * @see Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a standard
 *   reliability measure for coding data. Communication Methods and Measures, 1(1), 77–89.
 * @see Gwet, K. L. (2014). Handbook of Inter-Rater Reliability (4th ed.). R package `irrCAC`.
 */
export function krippendorffAlpha(
  data: AgreementData,
  options: KrippendorffOptions = {},
): E.Either<ResearchError, AgreementCoefficient> {
  const level = options.level ?? "nominal";
  if (!MEASUREMENT_LEVELS.includes(level)) {
    return fail(
      "invalid-option",
      "options.level",
      "the level must be nominal, ordinal, interval or ratio",
    );
  }
  const confidence = checkLevel(options.confidenceLevel ?? 0.95);
  if (E.isLeft(confidence)) return confidence;
  const normalized = toUnits(data, options.categories);
  if (E.isLeft(normalized)) return normalized;
  const units = normalized.right;
  const { categories } = units;
  const q = categories.length;
  const values = categories.map(Number);
  if (level === "interval" || level === "ratio") {
    const bad = categories.findIndex(
      (c, i) =>
        c.trim() === "" ||
        !Number.isFinite(of(values, i)) ||
        (level === "ratio" && of(values, i) < 0),
    );
    if (bad >= 0) {
      return fail(
        "invalid-value",
        "data",
        `category ${bad} is not a ${level === "ratio" ? "non-negative " : ""}number, which the ${level} level needs`,
      );
    }
  }
  // Pairable-value totals n_g (units with two or more values), for the ordinal metric.
  const pairable = units.units.filter((u) => sum(u.counts) >= 2);
  const totals = categories.map((_, g) => sum(pairable.map((u) => u.weight * of(u.counts, g))));
  const delta = (c: number, k: number): number => {
    if (c === k) return 0;
    const x = of(values, c);
    const y = of(values, k);
    switch (level) {
      case "nominal":
        return 1;
      case "ordinal": {
        const [lo, hi] = c < k ? [c, k] : [k, c];
        return (sum(totals.slice(lo, hi + 1)) - (of(totals, c) + of(totals, k)) / 2) ** 2;
      }
      case "interval":
        return (x - y) ** 2;
      default:
        return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
    }
  };
  const d2 = grid(q, delta);
  const max = Math.max(0, ...d2.flat());
  if (max === 0) {
    return fail(
      "kappa-undefined",
      "data",
      "every pairable value is the same, so the expected disagreement is 0",
    );
  }
  const weights: Matrix = d2.map((row) => row.map((d) => 1 - d / max));
  return E.map(
    (r: Omit<AgreementCoefficient, "statistic" | "categories" | "weights" | "weightMatrix">) => ({
      statistic: "krippendorff-alpha" as const,
      ...r,
      categories,
      weights: "custom" as const,
      weightMatrix: weights,
    }),
  )(chanceCorrected(units, weights, "krippendorff", confidence.right, level !== "ordinal"));
}
