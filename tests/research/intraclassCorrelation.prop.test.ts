/**
 * Properties of the intraclass correlations under exact agreement. Derivation (as in
 * intraclassCorrelation.test.ts): rows constant across judges give SS_C = SS_E = 0, so
 * MSE = MSW = 0 while MSR > 0 when the targets differ; every form is MSR/MSR = 1, every F
 * infinite (null), every p 0 and every interval [1, 1]. Judges offset by a constant per
 * judge give SS_E = 0 only: ICC(3,1) = ICC(3,k) = 1, F null for forms 2 and 3.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IccForm, intraclassCorrelation } from "../../src/research/index.js";
import { right } from "./support.js";

/** Target scores on one of several scales (0.1 and 0.001 are not exact in binary). */
const targetScores = fc
  .tuple(
    fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 15 }),
    fc.constantFrom(1, 0.1, 0.001, 1e6),
  )
  .filter(([xs]) => new Set(xs).size > 1)
  .map(([xs, scale]) => xs.map((x) => x * scale));

const finite = (form: IccForm): boolean =>
  [form.icc, form.p, form.confidenceInterval.lower, form.confidenceInterval.upper].every(
    Number.isFinite,
  ) &&
  (form.f === null || Number.isFinite(form.f));

describe("intraclassCorrelation properties", () => {
  it("rows constant across judges, differing between targets: 1 for all six forms", () => {
    fc.assert(
      fc.property(targetScores, fc.integer({ min: 2, max: 6 }), (targets, k) => {
        const r = right(intraclassCorrelation(targets.map((x) => Array<number>(k).fill(x))));
        expect(r.forms).toHaveLength(6);
        for (const form of r.forms) {
          expect(form.icc).toBe(1);
          expect(form.f).toBeNull();
          expect(form.p).toBe(0);
          expect(form.confidenceInterval.lower).toBe(1);
          expect(form.confidenceInterval.upper).toBe(1);
        }
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
    );
  });

  it("judges offset by constants: ICC(3,1) = ICC(3,k) = 1, finite values, JSON-safe", () => {
    fc.assert(
      fc.property(
        targetScores,
        fc
          .array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 6 })
          .filter((b) => new Set(b).size > 1),
        (targets, offsets) => {
          const r = right(intraclassCorrelation(targets.map((a) => offsets.map((b) => a + b))));
          const byType = new Map(r.forms.map((x) => [x.type, x]));
          for (const type of ["ICC3", "ICC3k"] as const) {
            expect(byType.get(type)?.icc).toBeCloseTo(1, 12);
          }
          for (const type of ["ICC2", "ICC3", "ICC2k", "ICC3k"] as const) {
            expect(byType.get(type)?.f).toBeNull();
            expect(byType.get(type)?.p).toBe(0);
          }
          expect(r.forms.every(finite)).toBe(true);
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        },
      ),
    );
  });
});
