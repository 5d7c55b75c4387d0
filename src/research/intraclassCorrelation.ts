/**
 * The six intraclass correlations of Shrout & Fleiss (1979), as R `psych::ICC` reports them.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { checkLevel, type LevelInterval } from "./agreementCoefficients.js";
import { fQuantile, fUpperTail } from "./internal/distributions.js";
import { fail } from "./internal/fail.js";
import { sum } from "./internal/matrix.js";
import type { ResearchError } from "./researchError.js";

/**
 * One Shrout & Fleiss form: `ICC(1,1)` one-way random, `ICC(2,1)` two-way random
 * (absolute agreement), `ICC(3,1)` two-way mixed (consistency), and their `k` versions,
 * the reliability of the mean of the k raters.
 *
 * @category Research
 */
export interface IccForm {
  /** psych's name: `ICC1`, `ICC2`, `ICC3`, `ICC1k`, `ICC2k`, `ICC3k`. */
  readonly type: "ICC1" | "ICC2" | "ICC3" | "ICC1k" | "ICC2k" | "ICC3k";
  /** The intraclass correlation. */
  readonly icc: number;
  /**
   * The F statistic: MSR/MSW (forms 1) or MSR/MSE (forms 2 and 3); `null` when it is
   * infinite, because its denominator mean square is 0: the judges agree exactly (every
   * form), or differ only by a constant per judge (forms 2 and 3). `null` rather than
   * `Infinity` so that the result survives `JSON.stringify` unchanged.
   */
  readonly f: number | null;
  readonly df1: number;
  readonly df2: number;
  /** The upper-tail p-value of the F test of H0: ICC = 0; 0 when `f` is infinite (`null`). */
  readonly p: number;
  /**
   * The exact F-based interval of Shrout & Fleiss (1979), two-sided at the level. When `f`
   * is infinite the limits are their limits as F grows: 1 and 1 for the form whose ICC is
   * then 1 (every form under exact agreement; ICC(3,·) when judges differ by a constant).
   */
  readonly confidenceInterval: LevelInterval;
}

/**
 * The six intraclass correlations with the ANOVA they came from.
 *
 * @category Research
 */
export interface IntraclassCorrelation {
  /** ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k), in that order. */
  readonly forms: readonly IccForm[];
  /** The targets (subjects) used: those rated by every rater (listwise, as R `irr`). */
  readonly subjects: number;
  /** Subjects dropped for a missing score. */
  readonly omitted: number;
  /** The number of raters (judges), k. */
  readonly raters: number;
  /** Mean squares: rows (targets), columns (judges), residual, and within targets. */
  readonly meanSquares: {
    readonly rows: number;
    readonly columns: number;
    readonly error: number;
    readonly within: number;
  };
}

/**
 * Shrout & Fleiss's (1979) six intraclass correlations for continuous scores (e.g. the
 * tool's area scores against clinicians' ratings), with the F tests and confidence limits
 * of R `psych::ICC`.
 *
 * With `n` targets and `k` judges, the two-way ANOVA gives `MSR`, `MSC`, `MSE` and
 * `MSW = (SS_C + SS_E) / (n(k-1))`; then `ICC(1,1) = (MSR - MSW)/(MSR + (k-1)MSW)`,
 * `ICC(2,1) = (MSR - MSE)/(MSR + (k-1)MSE + k(MSC - MSE)/n)`,
 * `ICC(3,1) = (MSR - MSE)/(MSR + (k-1)MSE)`, `ICC(1,k) = (MSR - MSW)/MSR`,
 * `ICC(2,k) = (MSR - MSE)/(MSR + (MSC - MSE)/n)`, `ICC(3,k) = (MSR - MSE)/MSR`. The limits
 * are Shrout & Fleiss's, `α/2` in each tail (psych ≥ 1.4.2), with Satterthwaite's
 * degrees of freedom for ICC(2,·). In McGraw & Wong's (1996) names, used by R `irr::icc`
 * and SPSS: ICC(1) one-way, ICC(A,1) = ICC(2,1), ICC(C,1) = ICC(3,1). A subject with a
 * missing score (`null`) is dropped (listwise, as `irr` does).
 *
 * Exact agreement (every target gets the same score from every judge, and the targets
 * differ) leaves no residual or within-target variance: every form is then 1, each F is
 * infinite (`f: null`), each p-value 0 and each interval [1, 1], the limits of the
 * formulas as `MSE` and `MSW` go to 0 (psych's code computes `Inf` for F and `Inf/Inf =
 * NaN` for some limits there). Judges who differ only by a constant per judge give
 * ICC(3,1) = ICC(3,k) = 1 with `f: null` for forms 2 and 3, and ICC(2,·) < 1 with
 * Satterthwaite's df at their limit `k - 1`.
 *
 * @param scores - one row per target, one column per judge; `null` for a missing score
 * @param options - `confidenceLevel` (default 0.95)
 * @returns the six forms, or a `ResearchError`: `empty-input`, `ragged-matrix`,
 *   `too-few-raters` (k < 2), `invalid-value` (NaN, ±Infinity), `too-few-subjects`
 *   (fewer than two complete targets), `zero-variance` (the targets do not differ:
 *   `MSR = 0`, so the `k` forms divide by 0, and with all scores equal every form is
 *   0/0), `invalid-option`
 *
 * @example
 * // Shrout & Fleiss (1979), Table 2: 6 targets, 4 judges
 * intraclassCorrelation([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]])
 * //=> right({ forms: [{ type: "ICC1", icc: 0.1657…, f: 1.795…, df1: 5, df2: 18, p: 0.1647…, ... }, ...], ... })
 *
 * @category Research
 * @see Shrout, P. E., & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing
 *   rater reliability. Psychological Bulletin, 86(2), 420–428.
 * @see McGraw, K. O., & Wong, S. P. (1996). Forming inferences about some intraclass
 *   correlation coefficients. Psychological Methods, 1(1), 30–46.
 * @see Revelle, W. R package `psych`, function `ICC`.
 */
export function intraclassCorrelation(
  scores: readonly (readonly (number | null)[])[],
  options: { readonly confidenceLevel?: number } = {},
): E.Either<ResearchError, IntraclassCorrelation> {
  const level = checkLevel(options.confidenceLevel ?? 0.95);
  if (E.isLeft(level)) return level;
  const k = scores[0]?.length ?? 0;
  if (scores.length === 0) return fail("empty-input", "scores", "there are no targets");
  const rows: number[][] = [];
  for (const [i, row] of scores.entries()) {
    if (!Array.isArray(row) || row.length !== k) {
      return fail("ragged-matrix", `scores[${i}]`, `target ${i} has a different number of judges`);
    }
    const bad = row.findIndex((x) => x !== null && (typeof x !== "number" || !Number.isFinite(x)));
    if (bad >= 0) {
      return fail(
        "invalid-value",
        `scores[${i}][${bad}]`,
        `score ${bad} of target ${i} is not a finite number`,
      );
    }
    if (row.every((x) => x !== null)) rows.push(row as number[]);
  }
  if (k < 2) return fail("too-few-raters", "scores", "there must be at least two judges");
  const n = rows.length;
  if (n < 2)
    return fail("too-few-subjects", "scores", "at least two targets need a score from every judge");
  if (rows.every((r) => r.every((x) => x === rows[0]?.[0]))) {
    return fail("zero-variance", "scores", "all scores are equal, so the ICCs are 0/0");
  }
  const grand = sum(rows.map((r) => sum(r))) / (n * k);
  const rowMeans = rows.map((r) => sum(r) / k);
  const colMeans = Array.from({ length: k }, (_, j) => sum(rows.map((r) => r[j] ?? 0)) / n);
  const ssTotal = sum(rows.map((r) => sum(r.map((x) => (x - grand) ** 2))));
  // A sum of squares below 1e-12 of the total is rounding, not variation; judges who
  // give every target one score have none, exactly.
  const real = (ss: number): number => (ss > 1e-12 * ssTotal ? ss : 0);
  const exact = rows.every((r) => r.every((x) => x === r[0]));
  const ssR = real(k * sum(rowMeans.map((m) => (m - grand) ** 2)));
  const ssC = exact ? 0 : real(n * sum(colMeans.map((m) => (m - grand) ** 2)));
  const ssE = exact
    ? 0
    : real(
        sum(
          rows.map((r, i) =>
            sum(r.map((x, j) => (x - (rowMeans[i] ?? 0) - (colMeans[j] ?? 0) + grand) ** 2)),
          ),
        ),
      );
  if (ssR === 0) {
    return fail(
      "zero-variance",
      "scores",
      "the targets do not differ (no between-target variance), so the ICCs are undefined",
    );
  }
  const msr = ssR / (n - 1);
  const msc = ssC / (k - 1);
  const mse = ssE / ((n - 1) * (k - 1));
  const msw = (ssC + ssE) / (n * (k - 1));
  const tail = (1 - level.right) / 2;
  const q = (p: number, a: number, b: number): number => fQuantile(p, a, b);
  const df1 = n - 1;
  const dfW = n * (k - 1);
  const dfE = (n - 1) * (k - 1);
  const single = (fl: number): number => (fl - 1) / (fl + k - 1);
  const average = (fl: number): number => 1 - 1 / fl;
  // An F test, with the limits of the ICC for one and for k judges; an infinite F (a zero
  // denominator) is null with p 0 and limits 1, the limits of (F - 1)/(F + k - 1) and 1 - 1/F.
  const test = (ms: number, df2: number) => {
    if (ms === 0) return { f: null, df1, df2, p: 0, one: [1, 1], mean: [1, 1] } as const;
    const f = msr / ms;
    const fl = f / q(1 - tail, df1, df2);
    const fu = f * q(1 - tail, df2, df1);
    return {
      f,
      df1,
      df2,
      p: fUpperTail(f, df1, df2),
      one: [single(fl), single(fu)],
      mean: [average(fl), average(fu)],
    } as const;
  };
  const t1 = test(msw, dfW);
  const t3 = test(mse, dfE);
  const icc2 = (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / n);
  // Satterthwaite's df; as MSE -> 0 (F_j = MSC/MSE -> infinity) it tends to k - 1.
  const v =
    mse === 0
      ? k - 1
      : (() => {
          const fj = msc / mse;
          return (
            ((k - 1) * (n - 1) * (k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2) ** 2) /
            ((n - 1) * k * k * icc2 * icc2 * fj * fj + (n * (1 + (k - 1) * icc2) - k * icc2) ** 2)
          );
        })();
  const fStar = q(1 - tail, df1, v);
  const fStarL = q(1 - tail, v, df1);
  const denominator = k * msc + (k * n - k - n) * mse;
  const l2 = (n * (msr - fStar * mse)) / (fStar * denominator + n * msr);
  const scaled = fStarL * msr; // one rounding for both terms, so MSE = MSC = 0 gives exactly 1
  const u2 = (n * (scaled - mse)) / (denominator + n * scaled);
  const toK = (x: number): number => (x * k) / (1 + x * (k - 1));
  const ci = ([lower, upper]: readonly [number, number]): LevelInterval => ({
    lower,
    upper,
    level: level.right,
  });
  const one = { f: t1.f, df1, df2: dfW, p: t1.p };
  const three = { f: t3.f, df1, df2: dfE, p: t3.p };
  return E.right({
    forms: [
      {
        type: "ICC1",
        icc: (msr - msw) / (msr + (k - 1) * msw),
        ...one,
        confidenceInterval: ci(t1.one),
      },
      { type: "ICC2", icc: icc2, ...three, confidenceInterval: ci([l2, u2]) },
      {
        type: "ICC3",
        icc: (msr - mse) / (msr + (k - 1) * mse),
        ...three,
        confidenceInterval: ci(t3.one),
      },
      {
        type: "ICC1k",
        icc: (msr - msw) / msr,
        ...one,
        confidenceInterval: ci(t1.mean),
      },
      {
        type: "ICC2k",
        icc: (msr - mse) / (msr + (msc - mse) / n),
        ...three,
        confidenceInterval: ci([toK(l2), toK(u2)]),
      },
      {
        type: "ICC3k",
        icc: (msr - mse) / msr,
        ...three,
        confidenceInterval: ci(t3.mean),
      },
    ],
    subjects: n,
    omitted: scores.length - n,
    raters: k,
    meanSquares: { rows: msr, columns: msc, error: mse, within: msw },
  });
}
