/**
 * Fleiss' kappa for many raters and nominal categories.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { fail, indexCategories, isCount, observedCategories } from "./internal/fail.js";
import { of, sum } from "./internal/matrix.js";
import type { ResearchError } from "./researchError.js";

/**
 * Fleiss' kappa with the evidence it was computed from.
 *
 * @category Research
 */
export interface FleissKappaEstimate {
  /** `(P̄ - P̄e) / (1 - P̄e)`. */
  readonly kappa: number;
  /** `P̄`: the mean over subjects of the proportion of agreeing rater pairs. */
  readonly observedAgreement: number;
  /** `P̄e = Σ p_j²`: the agreement expected by chance from the pooled category proportions. */
  readonly expectedAgreement: number;
  /** `p_j`: the share of all ratings that fell in each category, in column order. */
  readonly categoryProportions: readonly number[];
  /** `P_i`: the proportion of agreeing rater pairs for each subject, in row order. */
  readonly subjectAgreement: readonly number[];
  /** `N`: the number of subjects. */
  readonly subjects: number;
  /** `n`: the number of ratings per subject. */
  readonly raters: number;
  /**
   * The standard error under H0: kappa = 0 (Fleiss, Nee & Landis 1979), for testing only;
   * no non-null standard error (and so no confidence interval) is given for Fleiss' kappa.
   */
  readonly nullStandardError: number;
  /**
   * `kappa / nullStandardError`, the test statistic of H0: kappa = 0. The null standard
   * error is strictly positive whenever kappa is defined, so this is always a number.
   */
  readonly zStatistic: number;
}

/**
 * Ratings tallied per subject: `counts[i][j]` raters put subject `i` in `categories[j]`.
 *
 * @category Research
 */
export interface RatingCounts {
  /** The categories, in column order. */
  readonly categories: readonly string[];
  /** A subjects × categories matrix of counts. */
  readonly counts: readonly (readonly number[])[];
}

/**
 * Tally per-subject label lists into the subjects × categories count matrix that
 * {@link fleissKappa} takes.
 *
 * Column order is `categories` when given, otherwise the distinct labels sorted in UTF-16
 * code-unit order. Which rater gave which label does not matter (Fleiss' kappa does not
 * assume the same raters for every subject); the lists are not checked for equal length
 * here, {@link fleissKappa} does that.
 *
 * @param subjects - one list of labels per subject, one label per rating
 * @param categories - optional explicit category order; every label must be in it
 * @returns the tally, or a `ResearchError`: `empty-input` (no subjects, or an empty
 *   category list), `duplicate-category`, `unknown-category`
 *
 * @example
 * // Three raters, two subjects
 * countRatings([["grief", "grief", "role-dispute"], ["role-dispute", "role-dispute", "role-dispute"]])
 * //=> right({ categories: ["grief", "role-dispute"], counts: [[2, 1], [0, 3]] })
 *
 * @category Research
 * @see Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
 *   Psychological Bulletin, 76(5), 378–382.
 */
export function countRatings(
  subjects: readonly (readonly string[])[],
  categories?: readonly string[],
): E.Either<ResearchError, RatingCounts> {
  if (subjects.length === 0) return fail("empty-input", "subjects", "there are no subjects");
  const order = categories ?? observedCategories(subjects);
  const indexed = indexCategories(order, "categories");
  if (E.isLeft(indexed)) return indexed;
  const counts: number[][] = [];
  for (const [i, labels] of subjects.entries()) {
    const row = order.map(() => 0);
    for (const [r, label] of labels.entries()) {
      const j = indexed.right.get(label);
      if (j === undefined) {
        return fail(
          "unknown-category",
          `subjects[${i}][${r}]`,
          `rating ${r} of subject ${i} is not a listed category`,
        );
      }
      row[j] = of(row, j) + 1;
    }
    counts.push(row);
  }
  return E.right({ categories: [...order], counts });
}

/** The shape of a valid count matrix. */
interface Shape {
  readonly raters: number;
  readonly categories: number;
}

/** Check the matrix shape and counts; return the common number of raters per subject. */
function checkShape(counts: readonly (readonly number[])[]): E.Either<ResearchError, Shape> {
  const first = counts[0];
  if (first === undefined || first.length === 0) {
    return fail("empty-input", "counts", "there are no subjects or no categories");
  }
  const raters = sum(first);
  for (const [i, row] of counts.entries()) {
    if (row.length !== first.length) {
      return fail(
        "ragged-matrix",
        `counts[${i}]`,
        `subject ${i} has a different number of categories`,
      );
    }
    const bad = row.findIndex((c) => !isCount(c));
    if (bad >= 0) {
      return fail(
        "invalid-count",
        `counts[${i}][${bad}]`,
        "a count must be a non-negative integer",
      );
    }
    if (sum(row) !== raters) {
      return fail(
        "unequal-raters",
        `counts[${i}]`,
        `subject ${i} has a different number of ratings`,
      );
    }
  }
  return raters < 2
    ? fail("too-few-raters", "counts", "each subject needs at least two ratings")
    : E.right({ raters, categories: first.length });
}

/**
 * Fleiss' (1971) kappa: chance-corrected agreement among a fixed number of ratings per
 * subject on nominal categories, where the raters need not be the same people for every
 * subject.
 *
 * The primary input is the subjects × categories count matrix of Fleiss (1971) and of
 * most software; build it from per-subject label lists with {@link countRatings}. With
 * `N` subjects, `n` ratings each and `n_ij` ratings of subject `i` in category `j`:
 * `P_i = (Σ_j n_ij² - n) / (n (n - 1))`, `P̄ = mean P_i`, `p_j = Σ_i n_ij / (N n)`,
 * `P̄e = Σ p_j²`, `κ = (P̄ - P̄e) / (1 - P̄e)`. Every subject must have the same number
 * of ratings (at least two). When every rating is in one category `P̄e = 1` and kappa is
 * the `kappa-undefined` error. The null standard error is that of Fleiss, Nee & Landis
 * (1979), as in R's irr; kappa itself has no standard confidence interval here. With two
 * raters Fleiss' kappa is Scott's pi, not Cohen's kappa (it pools the marginals).
 *
 * @param counts - one row per subject, one column per category: how many raters put the
 *   subject in that category; every row sums to the same number of raters
 * @returns the estimate, or a `ResearchError`: `empty-input`, `ragged-matrix`,
 *   `invalid-count`, `unequal-raters`, `too-few-raters`, `kappa-undefined`
 *
 * @example
 * // Wikipedia's worked example (10 subjects, 14 raters, 5 categories)
 * fleissKappa([
 *   [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
 *   [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
 * ])
 * //=> right({ kappa: 0.2099…, observedAgreement: 0.3780…, expectedAgreement: 0.2127…, ... })
 *
 * @example
 * // Subjects rated by different numbers of raters are refused
 * fleissKappa([[2, 0], [1, 2]])
 * //=> left({ kind: "research-error", code: "unequal-raters", path: "counts[1]", message: "subject 1 has a different number of ratings", … })
 *
 * @category Research
 * @see Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
 *   Psychological Bulletin, 76(5), 378–382.
 * @see Fleiss, J. L., Nee, J. C. M., & Landis, J. R. (1979). Large sample variance of kappa
 *   in the case of different sets of raters. Psychological Bulletin, 86(5), 974–977.
 */
export function fleissKappa(
  counts: readonly (readonly number[])[],
): E.Either<ResearchError, FleissKappaEstimate> {
  const shape = checkShape(counts);
  if (E.isLeft(shape)) return shape;
  const { raters: n, categories: k } = shape.right;
  const subjects = counts.length;
  const totals = Array.from({ length: k }, (_, j) => sum(counts.map((row) => of(row, j))));
  if (totals.filter((t) => t > 0).length < 2) {
    return fail(
      "kappa-undefined",
      "counts",
      "every rating is in one category, so chance agreement is 1",
    );
  }
  const p = totals.map((t) => t / (subjects * n));
  const subjectAgreement = counts.map((row) => (sum(row.map((c) => c * c)) - n) / (n * (n - 1)));
  const observed = sum(subjectAgreement) / subjects;
  const expected = sum(p.map((pj) => pj * pj));
  const kappa = (observed - expected) / (1 - expected);
  const pq = sum(p.map((pj) => pj * (1 - pj)));
  const nullVariance =
    ((2 / (subjects * n * (n - 1))) *
      (pq * pq - sum(p.map((pj) => pj * (1 - pj) * (1 - 2 * pj))))) /
    (pq * pq);
  // pq² - Σ p_j q_j (q_j - p_j) = Σp² + (Σp²)² - 2Σp³ > 0 when two or more categories are used.
  const nullStandardError = Math.sqrt(nullVariance);
  return E.right({
    kappa,
    observedAgreement: observed,
    expectedAgreement: expected,
    categoryProportions: p,
    subjectAgreement,
    subjects,
    raters: n,
    nullStandardError,
    zStatistic: kappa / nullStandardError,
  });
}
