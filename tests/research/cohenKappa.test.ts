import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { cohenKappa, type KappaEstimate } from "../../src/research/index.js";
import { researchError } from "./support.js";

/** Expand a rater-a × rater-b table of counts into the two raters' label lists. */
const expand = (
  table: readonly (readonly number[])[],
  categories: readonly string[],
): [string[], string[]] => {
  const a: string[] = [];
  const b: string[] = [];
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      for (let c = 0; c < count; c++) {
        a.push(categories[i] as string);
        b.push(categories[j] as string);
      }
    });
  });
  return [a, b];
};

const estimate = (result: E.Either<unknown, KappaEstimate>): KappaEstimate => {
  if (E.isLeft(result)) throw new Error(`expected right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

/** The anxiety ratings of raters 2 and 3 (20 subjects) from R's irr package. */
const ANXIETY_RATER_2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4].map(String);
const ANXIETY_RATER_3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2].map(String);

describe("cohenKappa: published worked examples", () => {
  it("reproduces Wikipedia's Cohen's kappa example: p_o 0.7, p_e 0.5, kappa 0.4", () => {
    // en.wikipedia.org/wiki/Cohen's_kappa, "Simple example": 50 proposals,
    // Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15. Checked by hand:
    // p_e = 0.5 × 0.6 + 0.5 × 0.4 = 0.5, kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const [a, b] = expand(
      [
        [20, 5],
        [10, 15],
      ],
      ["yes", "no"],
    );
    const k = estimate(cohenKappa(a, b));
    expect(k.observedAgreement).toBeCloseTo(0.7, 12);
    expect(k.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(k.kappa).toBeCloseTo(0.4, 12);
    expect(k.n).toBe(50);
    expect(k.table.categories).toEqual(["no", "yes"]);
  });

  it("reproduces Altman (1991) Table 14.2: 85 xeromammograms, kappa 0.47, se 0.07", () => {
    // Altman, D. G. Practical Statistics for Medical Research (Chapman & Hall, 1991),
    // §14.3.1–14.3.2, data of Boyd et al. (1982): p_o 0.64, p_e 0.31, kappa 0.47,
    // se(kappa) 0.07 (published to two decimals).
    const [a, b] = expand(
      [
        [21, 12, 0, 0],
        [4, 17, 1, 0],
        [3, 9, 15, 2],
        [0, 0, 0, 1],
      ],
      ["normal", "benign", "suspected", "cancer"],
    );
    const k = estimate(cohenKappa(a, b));
    expect(k.observedAgreement).toBeCloseTo(0.64, 2);
    expect(k.expectedAgreement).toBeCloseTo(0.31, 2);
    expect(k.kappa).toBeCloseTo(0.47, 2);
    expect(k.standardError).toBeCloseTo(0.07, 2);
    // Stata's kappaetc on the same data (webuse rate2, "Altman p. 403") prints
    // percent agreement 0.6353 and Cohen's kappa 0.4728.
    expect(k.observedAgreement).toBeCloseTo(0.6353, 4);
    expect(k.kappa).toBeCloseTo(0.4728, 4);
  });

  it("reproduces Altman (1991) Table 14.3: MAST vs RAST, kappa 0.32, 95% CI 0.26 to 0.38", () => {
    // Altman §14.3.1–14.3.2, data of Brostoff et al. (1984), 363 sera, 5 ordered grades.
    const [a, b] = expand(
      [
        [86, 3, 14, 0, 2],
        [26, 0, 10, 4, 0],
        [20, 2, 22, 4, 1],
        [11, 1, 37, 16, 14],
        [3, 0, 15, 24, 48],
      ],
      ["1", "2", "3", "4", "5"],
    );
    const k = estimate(cohenKappa(a, b));
    expect(k.n).toBe(363);
    expect(k.kappa).toBeCloseTo(0.32, 2);
    expect(k.confidenceInterval.lower).toBeCloseTo(0.26, 2);
    expect(k.confidenceInterval.upper).toBeCloseTo(0.38, 2);
  });

  it("reproduces a SAS PROC FREQ printout: kappa, ASE, 95% limits, ASE under H0, Z", () => {
    // The SAS "Simple Kappa Coefficient" printout for the 3 × 3 table below, as kept in
    // statsmodels' test suite (statsmodels/stats/tests/test_inter_rater.py, res10_sas):
    // Kappa 0.4842, ASE 0.1380, limits 0.2137–0.7547; ASE under H0 0.1484, Z 3.2626.
    // SAS's ASE is the Fleiss, Cohen & Everitt (1969) large-sample standard error.
    const [a, b] = expand(
      [
        [0, 4, 1],
        [0, 8, 0],
        [0, 1, 5],
      ],
      ["c1", "c2", "c3"],
    );
    const k = estimate(cohenKappa(a, b, { categories: ["c1", "c2", "c3"] }));
    expect(k.kappa).toBeCloseTo(0.4842, 4);
    expect(k.standardError).toBeCloseTo(0.138, 4);
    expect(k.confidenceInterval.lower).toBeCloseTo(0.2137, 4);
    expect(k.confidenceInterval.upper).toBeCloseTo(0.7547, 4);
    expect(k.nullStandardError).toBeCloseTo(0.1484, 4);
    expect(k.zStatistic).toBeCloseTo(3.2626, 4);
  });

  it("reproduces R irr::kappa2 on the irr anxiety data (raters 2 and 3)", () => {
    // irr (Gamer, Lemon, Fellows & Singh), kappa2(anxiety[, 2:3]):
    // Kappa = -0.006289308, z = -0.0604067 (output kept in statsmodels' test suite).
    const k = estimate(cohenKappa(ANXIETY_RATER_2, ANXIETY_RATER_3));
    expect(k.kappa).toBeCloseTo(-0.006289308, 9);
    expect(k.zStatistic).toBeCloseTo(-0.0604067, 7);
  });
});

describe("cohenKappa: edges", () => {
  it("is exactly 1 with a zero standard error for identical ratings", () => {
    const k = estimate(cohenKappa(["x", "y", "y"], ["x", "y", "y"]));
    expect(k.kappa).toBe(1);
    expect(k.standardError).toBe(0);
    expect(k.confidenceInterval).toEqual({ lower: 1, upper: 1, z: 1.959963984540054 });
  });

  it("gives a null z statistic when the null standard error is 0", () => {
    // Two raters who never share a category: kappa 0, both standard errors 0.
    const k = estimate(cohenKappa(["x", "x"], ["y", "y"]));
    expect(k.kappa).toBe(0);
    expect(k.nullStandardError).toBe(0);
    expect(k.zStatistic).toBeNull();
    expect(k.confidenceInterval).toMatchObject({ lower: 0, upper: 0 });
  });

  it("widens the interval with a larger critical value", () => {
    const [a, b] = expand(
      [
        [20, 5],
        [10, 15],
      ],
      ["yes", "no"],
    );
    const k95 = estimate(cohenKappa(a, b));
    const k99 = estimate(cohenKappa(a, b, { z: 2.5758293035489 }));
    expect(k99.confidenceInterval.z).toBe(2.5758293035489);
    expect(k99.confidenceInterval.lower).toBeLessThan(k95.confidenceInterval.lower);
    expect(k99.kappa).toBe(k95.kappa);
  });

  it("does not change when unused categories are listed", () => {
    const a = ["x", "y", "x", "y"];
    const b = ["x", "y", "y", "y"];
    const plain = estimate(cohenKappa(a, b));
    const listed = estimate(cohenKappa(a, b, { categories: ["w", "x", "y", "z"] }));
    expect(listed.kappa).toBeCloseTo(plain.kappa, 12);
    expect(listed.standardError).toBeCloseTo(plain.standardError, 12);
    expect(listed.table.categories).toEqual(["w", "x", "y", "z"]);
  });

  it("is undefined, not NaN, when every rating is in one category", () => {
    expect(cohenKappa(["grief", "grief"], ["grief", "grief"])).toEqual(
      E.left(
        researchError(
          "kappa-undefined",
          "",
          "every rating is in one category, so chance agreement is 1",
        ),
      ),
    );
  });

  it("reports input errors with option paths", () => {
    expect(cohenKappa(["a"], ["a", "b"])).toMatchObject(E.left({ code: "length-mismatch" }));
    expect(cohenKappa([], [])).toMatchObject(E.left({ code: "empty-input" }));
    expect(cohenKappa(["a", "b"], ["a", "c"], { categories: ["a", "b"] })).toMatchObject(
      E.left({ code: "unknown-category", path: "b[1]" }),
    );
    expect(cohenKappa(["a"], ["a"], { categories: ["a", "a"] })).toMatchObject(
      E.left({ code: "duplicate-category", path: "options.categories[1]" }),
    );
    expect(cohenKappa(["a", "b"], ["a", "b"], { z: -1 })).toMatchObject(
      E.left({ code: "invalid-critical-value", path: "options.z" }),
    );
  });
});
