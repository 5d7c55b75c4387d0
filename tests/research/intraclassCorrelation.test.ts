/**
 * The intraclass correlations and the F distribution behind their tests and limits.
 * Sources:
 * - Shrout & Fleiss (1979), Table 2 data (6 targets × 4 judges) and their ICCs .17, .29,
 *   .71, .44, .62, .91, as reproduced by R `psych::ICC(sf)`; its printed output is kept in
 *   dwoll/RExRepos (`interRaterICC.md`: ICC, F, df, p to 5 places, limits to 3 or 2), and
 *   `DescTools::ICC` on the same data prints ICC to 3, F to 2 and p to 6 places (the same
 *   repository's DescTools version of the page).
 * - F critical values: atozmath.com F distribution table
 *   (https://www.atozmath.com/CONM/DistributionTables.aspx?q=f), 4 decimals.
 * - t critical values: the standard two-sided 95% t table (NIST/SEMATECH e-Handbook of
 *   Statistical Methods, §1.3.6.7.2): 12.706 (1 df), 2.228 (10 df).
 */
import { describe, expect, it } from "vitest";
import { intraclassCorrelation } from "../../src/research/index.js";
import { fQuantile, fUpperTail, tCritical } from "../../src/research/internal/distributions.js";
import { left, right } from "./support.js";

const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe("intraclassCorrelation: Shrout & Fleiss (1979) via psych::ICC and DescTools::ICC", () => {
  const result = right(intraclassCorrelation(SHROUT_FLEISS));
  // type, ICC (DescTools, 3 places), F (DescTools, 2), df1, df2, p (DescTools, 6), lower (psych, 3), upper (psych, 2)
  it.each([
    ["ICC1", 0.166, 1.79, 5, 18, 0.164769, -0.133, 0.72],
    ["ICC2", 0.29, 11.03, 5, 15, 0.000135, 0.019, 0.76],
    ["ICC3", 0.715, 11.03, 5, 15, 0.000135, 0.342, 0.95],
    ["ICC1k", 0.443, 1.79, 5, 18, 0.164769, -0.884, 0.91],
    ["ICC2k", 0.62, 11.03, 5, 15, 0.000135, 0.071, 0.93],
    ["ICC3k", 0.909, 11.03, 5, 15, 0.000135, 0.676, 0.99],
  ] as const)("%s", (type, icc, f, df1, df2, p, lower, upper) => {
    const form = result.forms.find((x) => x.type === type);
    expect(form?.icc).toBeCloseTo(icc, 3);
    expect(form?.f).toBeCloseTo(f, 2);
    expect(form?.df1).toBe(df1);
    expect(form?.df2).toBe(df2);
    expect(form?.p).toBeCloseTo(p, 6);
    expect(form?.confidenceInterval.lower).toBeCloseTo(lower, 3);
    expect(form?.confidenceInterval.upper).toBeCloseTo(upper, 2);
  });

  it("rounds to Shrout & Fleiss's own .17, .29, .71, .44, .62, .91", () => {
    expect(result.forms.map((x) => Math.round(x.icc * 100) / 100)).toEqual([
      0.17, 0.29, 0.71, 0.44, 0.62, 0.91,
    ]);
    expect(result.subjects).toBe(6);
    expect(result.raters).toBe(4);
  });

  it("drops a target with a missing score (listwise, as irr::icc)", () => {
    const withMissing = [...SHROUT_FLEISS, [3, null, 4, 5]];
    const r = right(intraclassCorrelation(withMissing));
    expect(r.omitted).toBe(1);
    expect(r.forms[0]?.icc).toBeCloseTo(result.forms[0]?.icc ?? Number.NaN, 12);
  });

  it("refuses judges who agree exactly (no residual variance: F is infinite), never NaN", () => {
    expect(
      left(
        intraclassCorrelation([
          [1, 1],
          [2, 2],
          [3, 3],
        ]),
      ).code,
    ).toBe("zero-variance");
  });

  it.each([
    ["no targets", [], "empty-input", "scores"],
    ["one target", [[1, 2]], "too-few-subjects", "scores"],
    ["one judge", [[1], [2]], "too-few-raters", "scores"],
    ["ragged", [[1, 2], [3]], "ragged-matrix", "scores[1]"],
    [
      "NaN",
      [
        [1, Number.NaN],
        [3, 4],
      ],
      "invalid-value",
      "scores[0][1]",
    ],
    [
      "all missing",
      [
        [null, null],
        [null, null],
      ],
      "too-few-subjects",
      "scores",
    ],
    [
      "all equal",
      [
        [2, 2],
        [2, 2],
      ],
      "zero-variance",
      "scores",
    ],
  ] as const)("refuses %s", (_, scores, code, path) => {
    const e = left(intraclassCorrelation(scores as unknown as (number | null)[][]));
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
  });
});

describe("the F and t distributions", () => {
  it.each([
    [0.95, 1, 1, 161.4476],
    [0.95, 2, 1, 199.5],
    [0.95, 10, 3, 8.7855],
    [0.975, 1, 3, 17.4434],
    [0.99, 1, 2, 98.5025],
  ])("F quantile %s (%s, %s) is %s (atozmath F table)", (p, d1, d2, expected) => {
    expect(fQuantile(p, d1, d2)).toBeCloseTo(expected, 4);
    expect(fUpperTail(expected, d1, d2)).toBeCloseTo(1 - p, 5);
  });

  it("t critical values 12.706 (1 df) and 2.228 (10 df) (NIST e-Handbook t table)", () => {
    expect(tCritical(0.95, 1)).toBeCloseTo(12.706, 3);
    expect(tCritical(0.95, 10)).toBeCloseTo(2.228, 3);
  });
});
