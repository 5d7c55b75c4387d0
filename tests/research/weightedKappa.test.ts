import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  cohenKappa,
  KAPPA_WEIGHTINGS,
  type WeightedKappaEstimate,
  weightedKappa,
} from "../../src/research/index.js";
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

const estimate = (result: E.Either<unknown, WeightedKappaEstimate>): WeightedKappaEstimate => {
  if (E.isLeft(result)) throw new Error(`expected right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

const expectRow = (actual: readonly number[] | undefined, expected: readonly number[]): void => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => {
    expect(actual?.[i]).toBeCloseTo(x, 12);
  });
};

const RADIOLOGY = ["normal", "benign", "suspected", "cancer"];
/** Altman (1991) Table 14.2: two radiologists, 85 xeromammograms (Boyd et al. 1982). */
const [RADIOLOGIST_A, RADIOLOGIST_B] = expand(
  [
    [21, 12, 0, 0],
    [4, 17, 1, 0],
    [3, 9, 15, 2],
    [0, 0, 0, 1],
  ],
  RADIOLOGY,
);

/** The anxiety ratings of raters 2 and 3 (20 subjects) from R's irr package. */
const ANXIETY_RATER_2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4].map(String);
const ANXIETY_RATER_3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2].map(String);
/** irr uses the observed levels, by position: there is no grade 5 in these two columns. */
const ANXIETY_LEVELS = ["1", "2", "3", "4", "6"];

describe("weightedKappa: published worked examples", () => {
  it("reproduces Altman (1991) §14.3.3: radiologists, linear weighted kappa 0.57", () => {
    // Altman, Practical Statistics for Medical Research, §14.3.3–14.3.4: weights
    // w_ij = 1 − |i − j| / (g − 1); "weighted kappa for the radiologists' assessments is
    // 0.57 compared with unweighted kappa = 0.47".
    const k = estimate(
      weightedKappa(RADIOLOGIST_A, RADIOLOGIST_B, { weights: "linear", categories: RADIOLOGY }),
    );
    expect(k.kappa).toBeCloseTo(0.57, 2);
    expectRow(k.weightMatrix[0], [1, 2 / 3, 1 / 3, 0]);
    // Hand-checked to more places: p_o(w) = 73.667 / 85 = 0.866667, p_e(w) = 0.691073.
    expect(k.observedAgreement).toBeCloseTo(0.866667, 6);
    expect(k.expectedAgreement).toBeCloseTo(0.691073, 6);
    expect(k.kappa).toBeCloseTo(0.568399, 6);
  });

  it("reproduces Altman (1991) §14.3.3: MAST vs RAST, linear weighted kappa 0.56", () => {
    // Altman Table 14.3 (Brostoff et al. 1984), weights 1, 0.75, 0.5, 0.25, 0.
    const grades = ["1", "2", "3", "4", "5"];
    const [mast, rast] = expand(
      [
        [86, 3, 14, 0, 2],
        [26, 0, 10, 4, 0],
        [20, 2, 22, 4, 1],
        [11, 1, 37, 16, 14],
        [3, 0, 15, 24, 48],
      ],
      grades,
    );
    const k = estimate(weightedKappa(mast, rast, { weights: "linear", categories: grades }));
    expectRow(k.weightMatrix[0], [1, 0.75, 0.5, 0.25, 0]);
    expect(k.kappa).toBeCloseTo(0.56, 2);
  });

  it("reproduces a SAS PROC FREQ weighted kappa printout (Cicchetti–Allison = linear)", () => {
    // SAS "Weighted Kappa Coefficient" printout kept in statsmodels' test suite
    // (statsmodels/stats/tests/test_inter_rater.py, res10w_sas): Kappa 0.4701,
    // ASE 0.1457, limits 0.1845–0.7558; ASE under H0 0.1426, Z 3.2971.
    const levels = ["c1", "c2", "c3"];
    const [a, b] = expand(
      [
        [0, 4, 1],
        [0, 8, 0],
        [0, 1, 5],
      ],
      levels,
    );
    const k = estimate(weightedKappa(a, b, { weights: "linear", categories: levels }));
    expect(k.kappa).toBeCloseTo(0.4701, 4);
    expect(k.standardError).toBeCloseTo(0.1457, 4);
    expect(k.confidenceInterval.lower).toBeCloseTo(0.1845, 4);
    expect(k.confidenceInterval.upper).toBeCloseTo(0.7558, 4);
    expect(k.nullStandardError).toBeCloseTo(0.1426, 4);
    expect(k.zStatistic).toBeCloseTo(3.2971, 4);
  });

  it.each([
    // irr::kappa2(anxiety[, 2:3], "equal") and (…, "squared"), as kept in statsmodels' tests.
    ["linear", 0.1459075, 1.282472],
    ["quadratic", 0.2520325, 1.437451],
  ] as const)("reproduces R irr::kappa2 %s weights on the anxiety data", (weights, kappa, z) => {
    const k = estimate(
      weightedKappa(ANXIETY_RATER_2, ANXIETY_RATER_3, { weights, categories: ANXIETY_LEVELS }),
    );
    expect(k.weights).toBe(weights);
    expect(k.kappa).toBeCloseTo(kappa, 7);
    expect(k.zStatistic).toBeCloseTo(z, 6);
  });

  it("gives quadratic weights 1 − (i − j)² / (k − 1)²", () => {
    const k = estimate(
      weightedKappa(RADIOLOGIST_A, RADIOLOGIST_B, { weights: "quadratic", categories: RADIOLOGY }),
    );
    expectRow(k.weightMatrix[0], [1, 8 / 9, 5 / 9, 0]);
    // Not published in Altman; hand-checked: p_o(w) = 0.947712, p_e(w) = 0.840892.
    expect(k.kappa).toBeCloseTo(0.671371, 6);
  });
});

describe("weightedKappa: edges", () => {
  it("equals Cohen's kappa with two categories", () => {
    const a = ["lo", "hi", "hi", "lo", "hi"];
    const b = ["lo", "hi", "lo", "lo", "hi"];
    const plain = cohenKappa(a, b);
    for (const weights of KAPPA_WEIGHTINGS) {
      const w = estimate(weightedKappa(a, b, { weights, categories: ["lo", "hi"] }));
      expect(E.isRight(plain) && plain.right.kappa).toBeCloseTo(w.kappa, 12);
    }
  });

  it("takes the scale from the order of the categories", () => {
    // One exact agreement and one one-step miss on mild < moderate < severe …
    const a = ["mild", "moderate"];
    const b = ["mild", "severe"];
    const ordered = estimate(
      weightedKappa(a, b, { weights: "linear", categories: ["mild", "moderate", "severe"] }),
    );
    expect(ordered.observedAgreement).toBe(0.75);
    // … becomes a two-step miss (no credit) when "mild" is listed between the two.
    const far = estimate(
      weightedKappa(a, b, { weights: "linear", categories: ["moderate", "mild", "severe"] }),
    );
    expect(far.observedAgreement).toBe(0.5);
  });

  it("refuses fewer than two categories, an unknown weighting and unknown labels", () => {
    expect(
      weightedKappa(["mild"], ["mild"], { weights: "quadratic", categories: ["mild"] }),
    ).toEqual(
      E.left(
        researchError(
          "too-few-categories",
          "options.categories",
          "weighted kappa needs at least two categories",
        ),
      ),
    );
    const weights = "cubic" as unknown as "linear";
    expect(weightedKappa(["a"], ["a"], { weights, categories: ["a", "b"] })).toEqual(
      E.left(
        researchError(
          "unknown-weighting",
          "options.weights",
          "weights must be linear or quadratic",
        ),
      ),
    );
    expect(
      weightedKappa(["a", "c"], ["a", "b"], { weights: "linear", categories: ["a", "b"] }),
    ).toMatchObject(E.left({ code: "unknown-category", path: "a[1]" }));
    expect(
      weightedKappa(["a"], ["a"], { weights: "linear", categories: ["a", "b"], z: 0 }),
    ).toMatchObject(E.left({ code: "invalid-critical-value", path: "options.z" }));
    expect(
      weightedKappa(["a"], ["a"], { weights: "linear", categories: ["a", "b"] }),
    ).toMatchObject(E.left({ code: "kappa-undefined" }));
  });
});
