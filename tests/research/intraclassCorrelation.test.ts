/**
 * The intraclass correlations and the F distribution behind their tests and limits.
 * Sources:
 * - Shrout & Fleiss (1979), Table 2 data (6 targets × 4 judges) and their ICCs .17, .29,
 *   .71, .44, .62, .91, as reproduced by R `psych::ICC(sf)`; its printed output is kept in
 *   dwoll/RExRepos (`interRaterICC.md`: ICC, F, df, p to 5 places, limits to 3 or 2), and
 *   `DescTools::ICC` on the same data prints ICC to 3, F to 2 and p to 6 places (the same
 *   repository's DescTools version of the page).
 * - F critical values at the 5% level: NIST/SEMATECH e-Handbook of Statistical Methods,
 *   §1.3.6.7.3 "Upper Critical Values of the F Distribution", 5% significance level table,
 *   3 decimals (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3673.htm):
 *   F(1, 1) 161.448, F(2, 1) 199.500, F(10, 3) 8.786 (numerator df first). The 0.975 and
 *   0.99 quantiles (not checked against a NIST table) come from the atozmath.com F table
 *   (https://www.atozmath.com/CONM/DistributionTables.aspx?q=f, 4 decimals), which also
 *   gives the three 5% values above to 4 decimals (161.4476, 199.5000, 8.7855).
 * - t critical values: NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2
 *   "Critical Values of the Student's t Distribution"
 *   (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm), an upper-tail
 *   table: the column for an upper-tail probability of 0.025 (two-sided 95%) gives 12.706
 *   (1 df) and 2.228 (10 df).
 * - Exact agreement and judges offset by a constant: hand derivations in the tests.
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

  it("refuses targets that do not differ (MSR = 0: the k forms divide by 0)", () => {
    // Row means 1.5 and 1.5: no between-target variance, judges offset by 1.
    const sameTargets = [
      [1, 2],
      [1, 2],
    ];
    // Row means 1.5 and 1.5 again, with residual variance: ICC(1,k) would be -MSW/0.
    const crossed = [
      [1, 2],
      [2, 1],
    ];
    for (const scores of [sameTargets, crossed]) {
      const e = left(intraclassCorrelation(scores));
      expect(e.code).toBe("zero-variance");
      expect(e.path).toBe("scores");
    }
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

describe("intraclassCorrelation: exact agreement and judges offset by a constant", () => {
  it("judges who agree exactly give 1 for every form, F infinite (null), p 0, limits [1, 1]", () => {
    // Derivation: every row constant, so the column means all equal the grand mean
    // (SS_C = 0) and every residual is 0 (SS_E = 0): MSE = MSW = 0 while MSR > 0. Each
    // ICC is then MSR/MSR = 1; each F = MSR/0 is infinite, so p = P(F > inf) = 0; the
    // limits (F_L - 1)/(F_L + k - 1) and 1 - 1/F_L tend to 1 as F_L = F/q grows, and for
    // ICC(2,·) n(MSR - F*·0)/(F*·0 + n MSR) = 1 whatever F*.
    const r = right(
      intraclassCorrelation([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    );
    expect(r.forms.map((x) => x.type)).toEqual(["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"]);
    for (const form of r.forms) {
      expect(form.icc).toBe(1);
      expect(form.f).toBeNull();
      expect(form.p).toBe(0);
      expect(form.confidenceInterval).toEqual({ lower: 1, upper: 1, level: 0.95 });
    }
    // MSR: row means 1, 2, 3 around 2, k = 2: 2 * (1 + 0 + 1) / (3 - 1) = 2.
    expect(r.meanSquares).toEqual({ rows: 2, columns: 0, error: 0, within: 0 });
    expect(r.forms.map((x) => [x.df1, x.df2])).toEqual([
      [2, 3],
      [2, 2],
      [2, 2],
      [2, 3],
      [2, 2],
      [2, 2],
    ]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("decimal scores that agree exactly still give exactly 1 (no rounding residue)", () => {
    const r = right(
      intraclassCorrelation([
        [0.1, 0.1, 0.1],
        [0.7, 0.7, 0.7],
        [0.3, 0.3, 0.3],
      ]),
    );
    expect(r.forms.every((x) => x.icc === 1 && x.f === null && x.p === 0)).toBe(true);
  });

  it("judges offset by a constant: ICC(3,·) = 1 with F null, ICC(1,·) and ICC(2,·) below 1", () => {
    // Judge 2 = judge 1 + 2, targets 1, 2, 5 (n = 3, k = 2). Derivation: row means 2, 3, 6,
    // grand mean 11/3, SS_R = 2 (25 + 4 + 49)/9 = 52/3, MSR = 26/3; column means 8/3 and
    // 14/3, SS_C = 3 (1 + 1) = 6, MSC = 6; SS_E = 0, MSE = 0; MSW = 6/3 = 2. Then
    // ICC(1,1) = (26/3 - 2)/(26/3 + 2) = 5/8, ICC(2,1) = (26/3)/(26/3 + 2*6/3) = 13/19,
    // ICC(1,k) = (26/3 - 2)/(26/3) = 10/13, ICC(2,k) = (26/3)/(26/3 + 6/3) = 13/16,
    // F(forms 1) = MSR/MSW = 13/3 with df 2 and 3.
    const r = right(
      intraclassCorrelation([
        [1, 3],
        [2, 4],
        [5, 7],
      ]),
    );
    const [icc1, icc2, icc3, icc1k, icc2k, icc3k] = r.forms;
    expect(icc1?.icc).toBeCloseTo(5 / 8, 12);
    expect(icc2?.icc).toBeCloseTo(13 / 19, 12);
    expect(icc1k?.icc).toBeCloseTo(10 / 13, 12);
    expect(icc2k?.icc).toBeCloseTo(13 / 16, 12);
    expect(icc1?.f).toBeCloseTo(13 / 3, 12);
    expect(icc1?.df2).toBe(3);
    for (const form of [icc3, icc3k]) {
      expect(form?.icc).toBe(1);
      expect(form?.confidenceInterval).toEqual({ lower: 1, upper: 1, level: 0.95 });
    }
    for (const form of [icc2, icc3, icc2k, icc3k]) {
      expect(form?.f).toBeNull();
      expect(form?.p).toBe(0);
    }
    // ICC(2,1) lower limit: as MSE -> 0 Satterthwaite's v -> k - 1 = 1, and with MSE = 0
    // L = n MSR / (F* k MSC + n MSR) = 26 / (12 F* + 26), F* = F(0.975; 2, 1). With 2
    // numerator df, F(1 - a; 2, d) = (d/2)(a^(-2/d) - 1) = (1/2)(0.025^-2 - 1) = 799.5,
    // so L = 26/9620 (atozmath's table gives 799.5000 for F(0.975; 2, 1)).
    expect(icc2?.confidenceInterval.lower).toBeCloseTo(26 / 9620, 10);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe("the F and t distributions", () => {
  it.each([
    [0.95, 1, 1, 161.448],
    [0.95, 2, 1, 199.5],
    [0.95, 10, 3, 8.786],
  ])(
    "F quantile %s (%s, %s) is %s (NIST e-Handbook §1.3.6.7.3, 5% table)",
    (p, d1, d2, expected) => {
      expect(fQuantile(p, d1, d2)).toBeCloseTo(expected, 3);
    },
  );

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

  it("t critical values 12.706 (1 df) and 2.228 (10 df) (NIST e-Handbook §1.3.6.7.2, upper tail 0.025)", () => {
    expect(tCritical(0.95, 1)).toBeCloseTo(12.706, 3);
    expect(tCritical(0.95, 10)).toBeCloseTo(2.228, 3);
  });
});
