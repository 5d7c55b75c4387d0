/**
 * The chance-corrected coefficients, custom weights and contingency tables against their
 * published values. Sources:
 * - R `irrCAC` 1.0 (Gwet), vignettes `overview.html` and `weighting.html` (CRAN,
 *   cran/irrCAC inst/doc): printed outputs for the datasets `cont3x3abstractors`,
 *   `distrib.6raters` and `cac.raw4raters`. Raw-data coefficients and SEs are printed to
 *   5 decimals, table ones to 7.
 * - R `psych::cohen.kappa` help page example (cran/psych man/kappa.Rd): Cohen's (1968)
 *   table and weights, "cohen reports .492 and .348" and "Cohen reports kw = .353".
 * - Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", p. 8 reliability
 *   data: nominal .743, ordinal .815, ratio .797, as kept in the docstring of
 *   pln-fing-udelar/fast-krippendorff (krippendorff/krippendorff.py); interval 0.84911
 *   is irrCAC's quadratic-weighted alpha on the same data (`weighting.html`), which irrCAC
 *   documents as the interval alpha for equally spaced values.
 * - Wikipedia's Krippendorff's alpha computational example, as kept in the same
 *   fast-krippendorff docstring: nominal 0.691358, interval 0.810845.
 */
import type * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type AgreementCoefficient,
  brennanPrediger,
  cohenKappa,
  congerKappa,
  contingencyTable,
  fleissKappa,
  gwetAc,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
  weightedKappa,
} from "../../src/research/index.js";
import { left, right } from "./support.js";

/** irrCAC `cac.raw4raters`: 12 subjects × 4 raters (also Krippendorff's 2011 p. 8 data). */
const RAW4 = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, null, 3, null],
];
/** irrCAC `cont3x3abstractors`: two abstractors, Ectopic / AIU / NIU. */
const ABSTRACTORS = right(
  contingencyTable({
    counts: [
      [13, 0, 0],
      [0, 20, 7],
      [0, 4, 56],
    ],
    categories: ["Ectopic", "AIU", "NIU"],
  }),
);
/** irrCAC `distrib.6raters`: 15 patients, 6 psychiatrists, 5 diagnoses. */
const SIX_RATERS = {
  categories: ["Depression", "Personality Disorder", "Schizophrenia", "Neurosis", "Other"],
  counts: [
    [0, 0, 0, 6, 0],
    [0, 3, 0, 0, 3],
    [0, 1, 4, 0, 1],
    [0, 0, 0, 0, 6],
    [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0],
    [0, 0, 4, 0, 2],
    [2, 0, 3, 1, 0],
    [2, 0, 0, 4, 0],
    [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0],
    [1, 1, 0, 4, 0],
    [0, 3, 3, 0, 0],
    [1, 0, 0, 5, 0],
    [0, 2, 0, 3, 1],
  ],
};

type Row = readonly [string, () => E.Either<unknown, AgreementCoefficient>, number, number, number];

const expectRaw = (
  c: AgreementCoefficient,
  coefficient: number,
  se: number,
  digits: number,
): void => {
  expect(c.coefficient).toBeCloseTo(coefficient, digits);
  expect(c.standardError).toBeCloseTo(se, digits);
};

describe("irrCAC overview.html / weighting.html: raw ratings (cac.raw4raters)", () => {
  it.each<Row>([
    ["AC1", () => gwetAc(RAW4), 0.77544, 0.14295, 0.1903212],
    ["AC2 quadratic", () => gwetAc(RAW4, { weights: "quadratic" }), 0.914, 0.10396, 0.7137044],
    ["Fleiss (Scott's pi)", () => scottPi(RAW4), 0.76117, 0.15302, 0.2387153],
    [
      "Fleiss quadratic",
      () => scottPi(RAW4, { weights: "quadratic" }),
      0.86494,
      0.14603,
      0.8177083,
    ],
    ["Conger", () => congerKappa(RAW4), 0.76282, 0.14917, 0.2334252],
    [
      "Conger quadratic",
      () => congerKappa(RAW4, { weights: "quadratic" }),
      0.85771,
      0.14367,
      0.8269638,
    ],
    ["Brennan-Prediger", () => brennanPrediger(RAW4), 0.77273, 0.14472, 0.2],
    ["BP quadratic", () => brennanPrediger(RAW4, { weights: "quadratic" }), 0.90152, 0.11089, 0.75],
  ])("%s", (_, run, coefficient, se, pe) => {
    const c = right(run());
    expectRaw(c, coefficient, se, 5);
    expect(c.expectedAgreement).toBeCloseTo(pe, 7);
  });

  it("prints AC1's interval (0.461, 1) and p-value 0.000208721", () => {
    const c = right(gwetAc(RAW4));
    expect(c.statistic).toBe("gwet-ac1");
    expect(c.observedAgreement).toBeCloseTo(0.8181818, 7);
    expect(c.confidenceInterval?.lower).toBeCloseTo(0.461, 3);
    expect(c.confidenceInterval?.upper).toBe(1);
    expect(c.pValue).toBeCloseTo(0.000208721, 9);
    expect(right(gwetAc(RAW4, { weights: "quadratic" })).statistic).toBe("gwet-ac2");
  });

  it("prints Conger's p-value 0.0003367066 and Fleiss' 0.000419173", () => {
    expect(right(congerKappa(RAW4)).pValue).toBeCloseTo(0.0003367066, 10);
    expect(right(scottPi(RAW4)).pValue).toBeCloseTo(0.000419173, 9);
  });
});

describe("irrCAC overview.html / weighting.html: contingency table (cont3x3abstractors)", () => {
  it.each<Row>([
    ["Cohen's kappa (Conger)", () => congerKappa(ABSTRACTORS), 0.7964094, 0.05891072, 0],
    ["Scott's pi", () => scottPi(ABSTRACTORS), 0.7962397, 0.05905473, 0],
    ["Gwet's AC1", () => gwetAc(ABSTRACTORS), 0.8493305, 0.04321747, 0],
    ["Brennan-Prediger", () => brennanPrediger(ABSTRACTORS), 0.835, 0.04693346, 0],
    ["Krippendorff's alpha", () => krippendorffAlpha(ABSTRACTORS), 0.7972585, 0.05905473, 0],
    [
      "quadratic Cohen",
      () => congerKappa(ABSTRACTORS, { weights: "quadratic" }),
      0.8921569,
      0.03535151,
      0,
    ],
    [
      "quadratic Scott",
      () => scottPi(ABSTRACTORS, { weights: "quadratic" }),
      0.8921093,
      0.03539506,
      0,
    ],
    ["Gwet's AC2", () => gwetAc(ABSTRACTORS, { weights: "quadratic" }), 0.9402369, 0.01792019, 0],
    [
      "quadratic BP",
      () => brennanPrediger(ABSTRACTORS, { weights: "quadratic" }),
      0.9175,
      0.02346673,
      0,
    ],
  ])("%s", (_, run, coefficient, se) => {
    expectRaw(right(run()), coefficient, se, 7);
  });

  it("AC1's interval is (0.764, 0.935) and percent agreement 0.89", () => {
    const c = right(gwetAc(ABSTRACTORS));
    expect(c.confidenceInterval?.lower).toBeCloseTo(0.764, 3);
    expect(c.confidenceInterval?.upper).toBeCloseTo(0.935, 3);
    expect(right(percentAgreement(ABSTRACTORS))).toBeCloseTo(0.89, 12);
  });

  it("Cohen's kappa from the table is irrCAC's kappa2.table, 0.7964094 (SE 0.05891072)", () => {
    const k = right(cohenKappa(ABSTRACTORS));
    expect(k.kappa).toBeCloseTo(0.7964094, 7);
    // irrCAC's kappa2.table SE is Fleiss, Cohen & Everitt's non-null SE, which cohenKappa reports.
    expect(k.standardError).toBeCloseTo(0.05891072, 7);
  });
});

describe("irrCAC overview.html / weighting.html: distribution of raters (distrib.6raters)", () => {
  it.each<Row>([
    ["Gwet's AC1", () => gwetAc(SIX_RATERS), 0.4448007, 0.08418757, 0.1914815],
    ["Fleiss' kappa", () => scottPi(SIX_RATERS), 0.4139265, 0.08119291, 0.2340741],
    ["Brennan-Prediger", () => brennanPrediger(SIX_RATERS), 0.4388889, 0.08312142, 0.2],
    [
      "AC2 quadratic",
      () => gwetAc(SIX_RATERS, { weights: "quadratic" }),
      0.4837438,
      0.1058227,
      0.7180556,
    ],
    [
      "Fleiss quadratic",
      () => scottPi(SIX_RATERS, { weights: "quadratic" }),
      0.2511909,
      0.1457381,
      0.8056173,
    ],
    [
      "BP quadratic",
      () => brennanPrediger(SIX_RATERS, { weights: "quadratic" }),
      0.4177778,
      0.1067493,
      0.75,
    ],
  ])("%s", (_, run, coefficient, se, pe) => {
    const c = right(run());
    expectRaw(c, coefficient, se, 7);
    expect(c.expectedAgreement).toBeCloseTo(pe, 7);
  });

  it("Krippendorff's alpha 0.4204384 (pe 0.2340741); its SE follows krippen.alpha.raw, not .dist", () => {
    const a = right(krippendorffAlpha(SIX_RATERS));
    expect(a.coefficient).toBeCloseTo(0.4204384, 7);
    expect(a.expectedAgreement).toBeCloseTo(0.2340741, 7);
  });

  it("Scott's pi on complete counts equals fleissKappa", () => {
    expect(right(scottPi(SIX_RATERS)).coefficient).toBeCloseTo(
      right(fleissKappa(SIX_RATERS.counts)).kappa,
      12,
    );
  });
});

describe("Krippendorff's alpha", () => {
  it.each([
    ["nominal", 0.743, 3],
    ["ordinal", 0.815, 3],
    ["interval", 0.84911, 5],
    ["ratio", 0.797, 3],
  ] as const)("Krippendorff (2011) p. 8 data, %s level: %s", (level, alpha, digits) => {
    expect(right(krippendorffAlpha(RAW4, { level })).coefficient).toBeCloseTo(alpha, digits);
  });

  it("matches irrCAC's krippen.alpha.raw parts: pa 0.805, pe 0.24, SE 0.14557 (nominal)", () => {
    const a = right(krippendorffAlpha(RAW4));
    expect(a.coefficient).toBeCloseTo(0.74342, 5);
    expect(a.observedAgreement).toBeCloseTo(0.805, 12);
    expect(a.expectedAgreement).toBeCloseTo(0.24, 12);
    expect(a.standardError).toBeCloseTo(0.14557, 5);
  });

  it("matches irrCAC's quadratic alpha parts: pa 0.9735938, pe 0.825, SE 0.12913 (interval)", () => {
    const a = right(krippendorffAlpha(RAW4, { level: "interval" }));
    expect(a.observedAgreement).toBeCloseTo(0.9735938, 7);
    expect(a.expectedAgreement).toBeCloseTo(0.825, 12);
    expect(a.standardError).toBeCloseTo(0.12913, 5);
  });

  it("gives no standard error at the ordinal level (documented null)", () => {
    const a = right(krippendorffAlpha(RAW4, { level: "ordinal" }));
    expect(a.standardError).toBeNull();
    expect(a.confidenceInterval).toBeNull();
  });

  it("reproduces Wikipedia's example: nominal 0.691358, interval 0.810845", () => {
    const wiki = [
      [null, 1, null],
      [null, null, null],
      [null, 2, 2],
      [null, 1, 1],
      [null, 3, 3],
      [3, 3, 4],
      [4, 4, 4],
      [1, 3, null],
      [2, null, 2],
      [1, null, 1],
      [1, null, 1],
      [3, null, 3],
      [3, null, 3],
      [null, null, null],
      [3, null, 4],
    ];
    expect(right(krippendorffAlpha(wiki)).coefficient).toBeCloseTo(0.691358, 6);
    expect(right(krippendorffAlpha(wiki, { level: "interval" })).coefficient).toBeCloseTo(
      0.810845,
      6,
    );
  });

  it("takes an ordered label domain for ordinal strings (fast-krippendorff docstring: 0.815)", () => {
    const names = ["very low", "low", "mid", "high", "very high"];
    const labelled = RAW4.map((row) =>
      row.map((x) => (x === null ? null : (names[x - 1] as string))),
    );
    const a = right(krippendorffAlpha(labelled, { level: "ordinal", categories: names }));
    expect(a.coefficient).toBeCloseTo(0.815, 3);
    expect(right(krippendorffAlpha(labelled)).coefficient).toBeCloseTo(0.743, 3);
  });
});

describe("weightedKappa with custom weights: Cohen (1968) via psych::cohen.kappa", () => {
  const COHEN = right(
    contingencyTable({
      proportions: [
        [0.44, 0.07, 0.09],
        [0.05, 0.2, 0.05],
        [0.01, 0.03, 0.06],
      ],
      n: 200,
    }),
  );

  it("expands proportions × n into counts", () => {
    expect(COHEN.counts).toEqual([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]);
    expect(COHEN.n).toBe(200);
  });

  it("reproduces Cohen's unweighted kappa .492 and weighted kappa .348", () => {
    const w = right(
      weightedKappa(COHEN, {
        weights: {
          disagreement: [
            [0, 1, 3],
            [1, 0, 6],
            [3, 6, 0],
          ],
        },
      }),
    );
    expect(w.kappa).toBeCloseTo(0.348, 3);
    expect(w.weights).toBe("custom");
    expect(right(cohenKappa(COHEN)).kappa).toBeCloseTo(0.492, 3);
  });

  it("reproduces Cohen's kw = .353 with non-symmetric disagreement weights", () => {
    const wc = [
      [0, 1, 4],
      [1, 0, 6],
      [2, 2, 0],
    ];
    expect(right(weightedKappa(COHEN, { weights: { disagreement: wc } })).kappa).toBeCloseTo(
      0.353,
      3,
    );
  });

  it("agreement weights 1 − v/9 give the same kappa as the disagreement weights", () => {
    const v = [
      [0, 1, 3],
      [1, 0, 6],
      [3, 6, 0],
    ];
    const agreement = v.map((row) => row.map((x) => 1 - x / 9));
    expect(right(weightedKappa(COHEN, { weights: { agreement } })).kappa).toBeCloseTo(
      right(weightedKappa(COHEN, { weights: { disagreement: v } })).kappa,
      12,
    );
  });
});

describe("degenerate input is an error value", () => {
  it.each([
    [
      "a weight matrix of the wrong size",
      () =>
        weightedKappa(["a", "b"], ["a", "b"], {
          weights: {
            agreement: [
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          },
          categories: ["a", "b"],
        }),
      "invalid-weights",
      "options.weights.agreement",
    ],
    [
      "a short weight row",
      () =>
        gwetAc(RAW4, {
          weights: { agreement: [[1], [0, 1], [0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 0, 1]] },
        }),
      "invalid-weights",
      "options.weights.agreement[0]",
    ],
    [
      "an agreement diagonal other than 1",
      () =>
        scottPi(RAW4, {
          weights: {
            agreement: [
              [0.5, 0, 0, 0, 0],
              [0, 1, 0, 0, 0],
              [0, 0, 1, 0, 0],
              [0, 0, 0, 1, 0],
              [0, 0, 0, 0, 1],
            ],
          },
        }),
      "invalid-weights",
      "options.weights.agreement[0][0]",
    ],
    [
      "a disagreement diagonal other than 0",
      () =>
        weightedKappa(["a", "b"], ["a", "b"], {
          weights: {
            disagreement: [
              [1, 1],
              [1, 0],
            ],
          },
          categories: ["a", "b"],
        }),
      "invalid-weights",
      "options.weights.disagreement[0][0]",
    ],
    [
      "all-zero disagreement",
      () =>
        weightedKappa(["a", "b"], ["a", "b"], {
          weights: {
            disagreement: [
              [0, 0],
              [0, 0],
            ],
          },
          categories: ["a", "b"],
        }),
      "invalid-weights",
      "options.weights.disagreement",
    ],
    [
      "a NaN weight",
      () =>
        weightedKappa(["a", "b"], ["a", "b"], {
          weights: {
            agreement: [
              [1, Number.NaN],
              [0, 1],
            ],
          },
          categories: ["a", "b"],
        }),
      "invalid-weights",
      "options.weights.agreement[0][1]",
    ],
    [
      "a negative count",
      () =>
        contingencyTable({
          counts: [
            [1, -1],
            [0, 2],
          ],
        }),
      "invalid-count",
      "input.counts[0][1]",
    ],
    [
      "a NaN count",
      () =>
        contingencyTable({
          counts: [
            [1, Number.NaN],
            [0, 2],
          ],
        }),
      "invalid-count",
      "input.counts[0][1]",
    ],
    [
      "proportions not summing to 1",
      () =>
        contingencyTable({
          proportions: [
            [0.5, 0.1],
            [0.1, 0.1],
          ],
          n: 10,
        }),
      "invalid-count",
      "input.proportions",
    ],
    [
      "an all-zero table",
      () =>
        contingencyTable({
          counts: [
            [0, 0],
            [0, 0],
          ],
        }),
      "empty-input",
      "input.counts",
    ],
    [
      "a non-square table",
      () => contingencyTable({ counts: [[1, 2], [3]] }),
      "ragged-matrix",
      "input.counts[1]",
    ],
    [
      "one category",
      () =>
        gwetAc([
          ["a", "a"],
          ["a", "a"],
        ]),
      "too-few-categories",
      "data",
    ],
    ["one rater", () => gwetAc([["a"], ["b"]]), "too-few-raters", "data"],
    [
      "all missing",
      () =>
        scottPi([
          [null, null],
          [null, null],
        ]),
      "empty-input",
      "data",
    ],
    [
      "no subject with two ratings",
      () =>
        brennanPrediger([
          ["a", null],
          [null, "b"],
        ]),
      "too-few-raters",
      "data",
    ],
    [
      "a NaN rating",
      () =>
        krippendorffAlpha([
          [1, Number.NaN],
          [2, 2],
        ]),
      "invalid-value",
      "data[0][1]",
    ],
    [
      "a non-numeric interval value",
      () =>
        krippendorffAlpha(
          [
            ["a", "b"],
            ["b", "b"],
          ],
          { level: "interval" },
        ),
      "invalid-value",
      "data",
    ],
    [
      "one pairable value",
      () =>
        krippendorffAlpha([
          [1, 1],
          [1, 1],
          [2, null],
        ]),
      "kappa-undefined",
      "data",
    ],
    [
      "every rating in one category",
      () =>
        scottPi({
          categories: ["a", "b"],
          counts: [
            [2, 0],
            [2, 0],
          ],
        }),
      "kappa-undefined",
      "data",
    ],
    [
      "a bad confidence level",
      () => gwetAc(RAW4, { confidenceLevel: 1 }),
      "invalid-option",
      "options.confidenceLevel",
    ],
    ["Conger from counts", () => congerKappa(SIX_RATERS), "invalid-option", "data"],
  ] as const)("%s", (_, run, code, path) => {
    const error = left(run() as E.Either<{ code: string; path: string; message: string }, unknown>);
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
    expect(error.message).not.toMatch(/NaN/);
  });

  it("a single subject has a coefficient but no standard error", () => {
    const c = right(gwetAc([["a", "b", "a"]]));
    expect(Number.isNaN(c.coefficient)).toBe(false);
    expect(c.standardError).toBeNull();
  });
});
