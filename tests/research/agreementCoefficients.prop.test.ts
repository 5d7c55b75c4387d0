import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type AgreementCoefficient,
  type AgreementData,
  brennanPrediger,
  cohenKappa,
  congerKappa,
  contingencyTable,
  gwetAc,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
  weightedKappa,
} from "../../src/research/index.js";

const AREAS = ["grief", "role-dispute", "role-transition", "interpersonal-deficits"] as const;
type Stat = (data: AgreementData) => E.Either<unknown, AgreementCoefficient>;
const STATS: readonly (readonly [string, Stat])[] = [
  ["gwetAc", (d) => gwetAc(d)],
  ["scottPi", (d) => scottPi(d)],
  ["brennanPrediger", (d) => brennanPrediger(d)],
  ["congerKappa", (d) => congerKappa(d)],
  ["krippendorffAlpha", (d) => krippendorffAlpha(d)],
];

/** Subjects × raters with some missing ratings. */
const raterMatrix = fc.integer({ min: 2, max: 5 }).chain((raters) =>
  fc.array(
    fc.array(fc.option(fc.constantFrom(...AREAS), { nil: null }), {
      minLength: raters,
      maxLength: raters,
    }),
    {
      minLength: 1,
      maxLength: 30,
    },
  ),
);

const coefficient = (r: E.Either<unknown, AgreementCoefficient>): number | null =>
  E.isRight(r) ? r.right.coefficient : null;

describe("properties of the chance-corrected coefficients", () => {
  it.each(STATS)("%s is 1 for perfect agreement on two or more categories", (_, stat) => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...AREAS), { minLength: 2, maxLength: 30 })
          .filter((xs) => new Set(xs).size >= 2),
        fc.integer({ min: 2, max: 4 }),
        (labels, raters) => {
          const data = labels.map((x) => Array.from({ length: raters }, () => x));
          expect(coefficient(stat(data))).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it.each(STATS)("%s does not change when the raters are reordered", (_, stat) => {
    fc.assert(
      fc.property(raterMatrix, (data) => {
        const swapped = data.map((row) => [...row].reverse());
        const a = stat(data);
        const b = stat(swapped);
        expect(E.isRight(a)).toBe(E.isRight(b));
        if (E.isRight(a) && E.isRight(b)) {
          expect(b.right.coefficient).toBeCloseTo(a.right.coefficient, 10);
          expect(b.right.standardError ?? 0).toBeCloseTo(a.right.standardError ?? 0, 6);
        }
      }),
    );
  });

  it.each(STATS)("%s does not change when the categories are renamed consistently", (_, stat) => {
    fc.assert(
      fc.property(
        raterMatrix,
        fc.shuffledSubarray([...AREAS], { minLength: 4, maxLength: 4 }),
        (data, perm) => {
          const rename = (x: string | null): string | null =>
            x === null ? null : `x-${perm[AREAS.indexOf(x as (typeof AREAS)[number])]}`;
          const a = coefficient(stat(data));
          const b = coefficient(stat(data.map((row) => row.map(rename))));
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 10);
        },
      ),
    );
  });

  it("a table and its expanded label lists give the same results", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(6), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 3,
        }),
        (counts) => {
          const table = contingencyTable({ counts, categories: ["a", "b", "c"] });
          if (E.isLeft(table)) return;
          const a: string[] = [];
          const b: string[] = [];
          for (const [i, row] of counts.entries()) {
            for (const [j, c] of row.entries()) {
              for (let t = 0; t < c; t++) {
                a.push("abc"[i] as string);
                b.push("abc"[j] as string);
              }
            }
          }
          const pairs = a.map((x, i) => [x, b[i] as string]);
          const options = { categories: ["a", "b", "c"] };
          expect(coefficient(gwetAc(table.right))).toBeCloseTo(
            coefficient(gwetAc(pairs, options)) ?? Number.NaN,
            10,
          );
          const s1 = coefficient(scottPi(table.right));
          const s2 = coefficient(scottPi(pairs, options));
          if (s2 === null) expect(s1).toBeNull();
          else expect(s1).toBeCloseTo(s2, 10);
          const k1 = cohenKappa(table.right);
          const k2 = cohenKappa(a, b, options);
          expect(E.isRight(k1)).toBe(E.isRight(k2));
          if (E.isRight(k1) && E.isRight(k2))
            expect(k1.right.kappa).toBeCloseTo(k2.right.kappa, 12);
          const w1 = weightedKappa(table.right, { weights: "quadratic" });
          const w2 = weightedKappa(a, b, { weights: "quadratic", ...options });
          if (E.isRight(w1) && E.isRight(w2))
            expect(w1.right.kappa).toBeCloseTo(w2.right.kappa, 12);
          const p1 = percentAgreement(table.right);
          const p2 = percentAgreement(a, b);
          expect(E.isRight(p1) && E.isRight(p2)).toBe(true);
          if (E.isRight(p1) && E.isRight(p2)) expect(p1.right).toBeCloseTo(p2.right, 12);
        },
      ),
    );
  });

  it("never returns NaN in a result", () => {
    fc.assert(
      fc.property(raterMatrix, (data) => {
        for (const [, stat] of STATS) {
          const r = stat(data);
          if (E.isRight(r)) {
            expect(Number.isNaN(r.right.coefficient)).toBe(false);
            expect(Number.isNaN(r.right.standardError ?? 0)).toBe(false);
          }
        }
      }),
    );
  });
});
