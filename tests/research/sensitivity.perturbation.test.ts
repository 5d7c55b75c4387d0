/**
 * The perturbation scheme in exact numbers (which draw goes to which parameter), the walk
 * over parameter paths, and the edges of the stability threshold.
 */
import { DEFAULT_PARAMS, type ScoringParams } from "ipt-formulation";
import {
  type CaseSensitivity,
  perturbModels,
  summarizeSensitivity,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/research/internal/random.js";
import { numericPaths } from "../../src/research/perturbModels.js";
import { right } from "./support.js";

describe("numericPaths", () => {
  it("lists the numbers only, depth first, keys in code-unit order at every level, joined by dots", () => {
    const params = {
      b: 1,
      a: { d: 2, c: [3, 4], e: null, f: "x", g: { i: 5, h: 6 }, B: true },
      A: 7,
    } as unknown as ScoringParams;
    expect(numericPaths(params)).toEqual(["A", "a.d", "a.g.h", "a.g.i", "b"]);
  });
});

describe("perturbModels: the draws", () => {
  it("gives each included parameter, in path order, its own factor 1 + ε(2u − 1) from the seeded stream", () => {
    // "closeness.outer" comes before "kernel.plateauMonths" in code-unit order, although
    // the parameters object lists the kernel first.
    const include = (p: string) => p === "closeness.outer" || p === "kernel.plateauMonths";
    const [m] = right(perturbModels({ runs: 1, seed: 11, epsilon: 0.2, include })).models;
    const rng = createRng(11);
    const [u1, u2] = [rng.next(), rng.next()] as [number, number];
    expect(m?.params.closeness.outer).toBeCloseTo(
      DEFAULT_PARAMS.closeness.outer * (1 + 0.2 * (2 * u1 - 1)),
      12,
    );
    expect(m?.params.kernel.plateauMonths).toBeCloseTo(
      DEFAULT_PARAMS.kernel.plateauMonths * (1 + 0.2 * (2 * u2 - 1)),
      12,
    );
    expect(m?.params.closeness.inner).toBe(DEFAULT_PARAMS.closeness.inner);
    expect(m?.id).toBe("perturbed-11-1");
  });
});

describe("summarizeSensitivity: the threshold's edges", () => {
  const result = (stableShare: number): CaseSensitivity => ({
    index: 0,
    caseId: null,
    basePrimary: "grief",
    runs: 10,
    stableRuns: Math.round(stableShare * 10),
    stableShare,
    alternatives: [],
  });

  it("accepts 0 and 1, and a case exactly at the threshold is stable", () => {
    expect(right(summarizeSensitivity([result(0)], { threshold: 0 })).stableCases).toBe(1);
    expect(
      right(summarizeSensitivity([result(1), result(0.9)], { threshold: 1 })).stableCases,
    ).toBe(1);
    expect(
      right(summarizeSensitivity([result(0.7), result(0.6)], { threshold: 0.7 })).stableCases,
    ).toBe(1);
  });
});
