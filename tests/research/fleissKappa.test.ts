import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  countRatings,
  type FleissKappaEstimate,
  fleissKappa,
  type RatingCounts,
} from "../../src/research/index.js";
import { researchError } from "./support.js";

const right = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`expected right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

/**
 * The worked example of Wikipedia's "Fleiss' kappa" article: 10 subjects, 14 raters,
 * 5 categories; the article gives p_j, P_i, P̄ = 0.378, P̄e = 0.213 and kappa = 0.210.
 */
const WIKIPEDIA = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

/**
 * Fleiss (1971), Table 1: 30 patients each diagnosed by 6 of 43 psychiatrists into
 * 1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other; as
 * distributed in R's irr package (`diagnoses`). Fleiss reports kappa = .430.
 */
const DIAGNOSES = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
].map((subject) => subject.map(String));

describe("fleissKappa: published worked examples", () => {
  it("reproduces Wikipedia's Fleiss' kappa example to its 3 decimals", () => {
    const k: FleissKappaEstimate = right(fleissKappa(WIKIPEDIA));
    expect(k.subjects).toBe(10);
    expect(k.raters).toBe(14);
    expect(k.kappa).toBeCloseTo(0.21, 3);
    expect(k.observedAgreement).toBeCloseTo(0.378, 3);
    expect(k.expectedAgreement).toBeCloseTo(0.213, 3);
    [0.143, 0.2, 0.279, 0.15, 0.229].forEach((pj, j) => {
      expect(k.categoryProportions[j]).toBeCloseTo(pj, 3);
    });
    [1, 0.253, 0.308, 0.44, 0.33, 0.462, 0.242, 0.176, 0.286, 0.286].forEach((pi, i) => {
      expect(k.subjectAgreement[i]).toBeCloseTo(pi, 3);
    });
  });

  it("reproduces Fleiss (1971): 30 patients, 6 psychiatrists, kappa .430", () => {
    const counts: RatingCounts = right(countRatings(DIAGNOSES, ["1", "2", "3", "4", "5"]));
    // Column totals as in Fleiss (1971) / statsmodels' aggregate_raters test.
    expect(
      [0, 1, 2, 3, 4].map((j) => counts.counts.reduce((s, row) => s + (row[j] ?? 0), 0)),
    ).toEqual([26, 26, 30, 55, 43]);
    const k = right(fleissKappa(counts.counts));
    expect(k.kappa).toBeCloseTo(0.43, 3);
    // R irr::kappam.fleiss(diagnoses): Kappa = 0.4302445, z = 17.65183; irr's z uses the
    // null variance of Fleiss, Nee & Landis (1979), as this function does.
    expect(k.kappa).toBeCloseTo(0.4302445, 7);
    expect(k.zStatistic).toBeCloseTo(17.65183, 5);
  });
});

describe("fleissKappa: edges", () => {
  it("is 1 when every subject is rated unanimously with two or more categories in use", () => {
    const k = right(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]),
    );
    expect(k.kappa).toBe(1);
    expect(k.subjectAgreement).toEqual([1, 1]);
  });

  it("equals Scott's pi for two raters", () => {
    // Two raters, four subjects, pairs (x,x) (y,y) (x,y) (x,x): p_o = 0.75, pooled
    // p = (5/8, 3/8), chance 34/64; Scott's pi = (0.75 − 34/64) / (1 − 34/64) = 7/15.
    const k = right(
      fleissKappa([
        [2, 0],
        [0, 2],
        [1, 1],
        [2, 0],
      ]),
    );
    expect(k.kappa).toBeCloseTo(7 / 15, 12);
  });

  it("is undefined when every rating is in one category", () => {
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toEqual(
      E.left(
        researchError(
          "kappa-undefined",
          "counts",
          "every rating is in one category, so chance agreement is 1",
        ),
      ),
    );
  });

  it.each([
    [[], "empty-input", "counts"],
    [[[]], "empty-input", "counts"],
    [[[1, 1], [2]], "ragged-matrix", "counts[1]"],
    [
      [
        [1, 1],
        [1, -1],
      ],
      "invalid-count",
      "counts[1][1]",
    ],
    [
      [
        [1, 1],
        [1.5, 0.5],
      ],
      "invalid-count",
      "counts[1][0]",
    ],
    [
      [
        [1, 1],
        [Number.NaN, 2],
      ],
      "invalid-count",
      "counts[1][0]",
    ],
    [
      [
        [1, 1],
        [1, 2],
      ],
      "unequal-raters",
      "counts[1]",
    ],
    [
      [
        [1, 0],
        [0, 1],
      ],
      "too-few-raters",
      "counts",
    ],
  ])("refuses %j as %s at %s", (counts, code, path) => {
    const result = fleissKappa(counts as number[][]);
    expect(result).toMatchObject(E.left({ code, path }));
  });
});

describe("countRatings", () => {
  it("tallies labels per subject with sorted categories", () => {
    expect(
      countRatings([
        ["grief", "grief", "role-dispute"],
        ["role-dispute", "role-dispute", "role-dispute"],
      ]),
    ).toEqual(
      E.right({
        categories: ["grief", "role-dispute"],
        counts: [
          [2, 1],
          [0, 3],
        ],
      }),
    );
  });

  it("keeps given categories, unused ones included", () => {
    expect(countRatings([["b", "b"]], ["a", "b"])).toEqual(
      E.right({ categories: ["a", "b"], counts: [[0, 2]] }),
    );
  });

  it("refuses no subjects, duplicate categories and unknown labels", () => {
    expect(countRatings([])).toEqual(
      E.left(researchError("empty-input", "subjects", "there are no subjects")),
    );
    expect(countRatings([["a"]], ["a", "a"])).toMatchObject(
      E.left({ code: "duplicate-category", path: "categories[1]" }),
    );
    expect(countRatings([["a"], ["a", "Jane Q. Patient"]], ["a"])).toEqual(
      E.left(
        researchError(
          "unknown-category",
          "subjects[1][1]",
          "rating 1 of subject 1 is not a listed category",
        ),
      ),
    );
  });
});
