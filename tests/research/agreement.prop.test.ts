import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  cohenKappa,
  confusionMatrix,
  countRatings,
  fleissKappa,
  KAPPA_WEIGHTINGS,
  percentAgreement,
  weightedKappa,
  wilsonInterval,
} from "../../src/research/index.js";

const AREAS = ["grief", "role-dispute", "role-transition", "interpersonal-deficits"] as const;

/** Labels from a small alphabet (so raters collide) or arbitrary short strings. */
const label = fc.oneof(fc.constantFrom(...AREAS), fc.string({ maxLength: 3 }));

/** Two raters' labels for the same items, at least one item. */
const ratingPairs = fc
  .array(fc.tuple(label, label), { minLength: 1, maxLength: 60 })
  .map((pairs) => [pairs.map(([x]) => x), pairs.map(([, y]) => y)] as const);

/** Two raters' labels on the ordered four-area scale. */
const ordinalPairs = fc
  .array(fc.tuple(fc.constantFrom(...AREAS), fc.constantFrom(...AREAS)), {
    minLength: 1,
    maxLength: 60,
  })
  .map((pairs) => [pairs.map(([x]) => x), pairs.map(([, y]) => y)] as const);

/** Identical ratings that use at least two categories. */
const identicalRatings = fc
  .array(label, { minLength: 2, maxLength: 60 })
  .filter((labels) => new Set(labels).size >= 2);

const kappaOf = <A extends { readonly kappa: number }>(
  result: E.Either<unknown, A>,
): number | null => (E.isRight(result) ? result.right.kappa : null);

describe("agreement properties", () => {
  it("Cohen's kappa is exactly 1 for identical ratings using two or more categories", () => {
    fc.assert(
      fc.property(identicalRatings, (labels) => {
        const result = cohenKappa(labels, labels);
        expect(kappaOf(result)).toBe(1);
        expect(E.isRight(result) && result.right.observedAgreement).toBe(1);
      }),
    );
  });

  it("weighted kappa is exactly 1 for identical ratings using two or more categories", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...AREAS), { minLength: 2 }).filter((xs) => new Set(xs).size >= 2),
        fc.constantFrom(...KAPPA_WEIGHTINGS),
        (labels, weights) => {
          expect(kappaOf(weightedKappa(labels, labels, { weights, categories: AREAS }))).toBe(1);
        },
      ),
    );
  });

  it("Cohen's kappa and its standard errors are symmetric in the raters", () => {
    fc.assert(
      fc.property(ratingPairs, ([a, b]) => {
        const ab = cohenKappa(a, b);
        const ba = cohenKappa(b, a);
        expect(E.isRight(ab)).toBe(E.isRight(ba));
        if (E.isRight(ab) && E.isRight(ba)) {
          expect(ba.right.kappa).toBeCloseTo(ab.right.kappa, 12);
          // A standard error is the square root of a variance: where the variance is truly 0,
          // rounding of ~1e-16 shows as ~1e-8, so the errors are compared to 6 places.
          expect(ba.right.standardError).toBeCloseTo(ab.right.standardError, 6);
          expect(ba.right.nullStandardError).toBeCloseTo(ab.right.nullStandardError, 6);
        }
      }),
    );
  });

  it("weighted kappa is symmetric in the raters", () => {
    fc.assert(
      fc.property(ordinalPairs, fc.constantFrom(...KAPPA_WEIGHTINGS), ([a, b], weights) => {
        const options = { weights, categories: AREAS };
        const ab = weightedKappa(a, b, options);
        const ba = weightedKappa(b, a, options);
        expect(E.isRight(ab)).toBe(E.isRight(ba));
        if (E.isRight(ab) && E.isRight(ba)) {
          expect(ba.right.kappa).toBeCloseTo(ab.right.kappa, 12);
          expect(ba.right.standardError).toBeCloseTo(ab.right.standardError, 6);
        }
      }),
    );
  });

  it("kappa is at most 1 and its interval is centred on it", () => {
    fc.assert(
      fc.property(ratingPairs, ([a, b]) => {
        const result = cohenKappa(a, b);
        if (E.isRight(result)) {
          const { kappa, standardError, confidenceInterval } = result.right;
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(standardError).toBeGreaterThanOrEqual(0);
          expect(confidenceInterval.upper - kappa).toBeCloseTo(
            kappa - confidenceInterval.lower,
            12,
          );
        } else {
          expect(result.left.code).toBe("kappa-undefined");
        }
      }),
    );
  });

  it("quadratic weighted kappa is 2 s_xy / (s_x² + s_y² + (x̄ − ȳ)²) on the category positions", () => {
    // Fleiss & Cohen (1973); exact identity with population (1/n) moments.
    fc.assert(
      fc.property(ordinalPairs, ([a, b]) => {
        const result = weightedKappa(a, b, { weights: "quadratic", categories: AREAS });
        const x = a.map((l) => AREAS.indexOf(l));
        const y = b.map((l) => AREAS.indexOf(l));
        const n = x.length;
        const mean = (v: number[]): number => v.reduce((s, t) => s + t, 0) / n;
        const mx = mean(x);
        const my = mean(y);
        const sxy = mean(x.map((xi, i) => (xi - mx) * ((y[i] as number) - my)));
        const sxx = mean(x.map((xi) => (xi - mx) ** 2));
        const syy = mean(y.map((yi) => (yi - my) ** 2));
        const denominator = sxx + syy + (mx - my) ** 2;
        if (E.isRight(result)) {
          expect(result.right.kappa).toBeCloseTo((2 * sxy) / denominator, 10);
        } else {
          expect(denominator).toBe(0);
        }
      }),
    );
  });

  it("the confusion matrix totals n, its marginals sum its rows and columns, and swapping raters transposes it", () => {
    fc.assert(
      fc.property(ratingPairs, ([a, b]) => {
        const ab = confusionMatrix(a, b);
        const ba = confusionMatrix(b, a);
        if (E.isLeft(ab) || E.isLeft(ba)) throw new Error("valid input was refused");
        const { counts, rowTotals, columnTotals, n } = ab.right;
        const total = counts.flat().reduce((s, c) => s + c, 0);
        expect(total).toBe(a.length);
        expect(n).toBe(a.length);
        expect(rowTotals).toEqual(counts.map((row) => row.reduce((s, c) => s + c, 0)));
        expect(columnTotals).toEqual(
          counts.map((_, j) => counts.reduce((s, row) => s + (row[j] as number), 0)),
        );
        expect(ba.right.counts).toEqual(counts.map((_, j) => counts.map((row) => row[j])));
      }),
    );
  });

  it("percent agreement is in [0, 1] and equals the confusion matrix diagonal over n", () => {
    fc.assert(
      fc.property(ratingPairs, ([a, b]) => {
        const p = percentAgreement(a, b);
        const m = confusionMatrix(a, b);
        if (E.isLeft(p) || E.isLeft(m)) throw new Error("valid input was refused");
        expect(p.right).toBeGreaterThanOrEqual(0);
        expect(p.right).toBeLessThanOrEqual(1);
        const diagonal = m.right.counts.reduce((s, row, i) => s + (row[i] as number), 0);
        expect(p.right).toBeCloseTo(diagonal / a.length, 12);
      }),
    );
  });

  it("the Wilson interval contains the proportion and stays in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 0.01, max: 6, noNaN: true }),
        ([successes, n], z) => {
          const result = wilsonInterval(successes, n, z);
          if (E.isLeft(result)) throw new Error("valid input was refused");
          const { lower, proportion, upper } = result.right;
          expect(0).toBeLessThanOrEqual(lower);
          expect(lower).toBeLessThanOrEqual(proportion);
          expect(proportion).toBeLessThanOrEqual(upper);
          expect(upper).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("Fleiss' kappa is 1 for unanimous subjects and does not depend on subject order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom("x", "y", "z"), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (subjects) => {
          const forward = countRatings(subjects, ["x", "y", "z"]);
          const backward = countRatings([...subjects].reverse(), ["x", "y", "z"]);
          if (E.isLeft(forward) || E.isLeft(backward)) throw new Error("valid input was refused");
          const k1 = fleissKappa(forward.right.counts);
          const k2 = fleissKappa(backward.right.counts);
          expect(E.isRight(k1)).toBe(E.isRight(k2));
          if (E.isRight(k1) && E.isRight(k2)) {
            expect(k2.right.kappa).toBeCloseTo(k1.right.kappa, 12);
            expect(k1.right.kappa).toBeLessThanOrEqual(1 + 1e-12);
          }
          const unanimous = subjects.map((s) => [s[0] as string, s[0] as string, s[0] as string]);
          const u = countRatings(unanimous, ["x", "y", "z"]);
          const ku = E.isRight(u) ? fleissKappa(u.right.counts) : u;
          if (E.isRight(ku)) expect(ku.right.kappa).toBe(1);
          else expect(ku.left.code).toBe("kappa-undefined");
        },
      ),
    );
  });

  it("never throws, and errors never quote a label", () => {
    const secret = fc.string({ minLength: 1, maxLength: 6 }).map((s) => `PHI:${s}`);
    const labels = fc.array(fc.oneof(secret, fc.constantFrom(...AREAS)), { maxLength: 8 });
    fc.assert(
      fc.property(
        labels,
        labels,
        fc.option(labels, { nil: undefined }),
        fc.constantFrom(...KAPPA_WEIGHTINGS),
        (a, b, categories, weights) => {
          const results = [
            confusionMatrix(a, b, categories),
            percentAgreement(a, b),
            cohenKappa(a, b, categories === undefined ? {} : { categories }),
            weightedKappa(a, b, { weights, categories: categories ?? [] }),
            countRatings([a, b], categories),
          ];
          for (const result of results) {
            if (E.isLeft(result)) {
              expect(result.left.message).not.toContain("PHI:");
              expect(result.left.path).not.toContain("PHI:");
            }
          }
        },
      ),
    );
  });
});
