/**
 * recomputeScore promises that the score never depends on the order of the evidence. In
 * floating point (1 − a)(1 − b)(1 − c) does depend on the order of the products, and after
 * rounding to 6 decimals that can show when the exact value sits on a rounding boundary:
 * the sort in recomputeScore is what keeps the promise. The contributions below were found
 * by a search for such boundaries (products landing on x.xxxxxx5); for each of them some
 * order of naive multiplication gives a different 6th decimal. Written to kill the mutants
 * Stryker found surviving in src/scoring/combine.ts (the sorts removed or broken).
 */
import { type Evidence, recomputeScore } from "ipt-formulation";
import { describe, expect, it } from "vitest";

type Item = Pick<Evidence, "effect" | "contribution">;

const permutations = <T>(xs: readonly T[]): T[][] =>
  xs.length <= 1
    ? [[...xs]]
    : xs.flatMap((x, i) =>
        permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]),
      );

/** The order-naive computation: multiply in the order given. */
const naive = (items: readonly Item[]): number => {
  let miss = 1;
  let factor = 1;
  for (const e of items)
    if (e.effect === "add") miss *= 1 - e.contribution;
    else factor *= e.contribution;
  return Math.round((1 - miss) * factor * 1e6) / 1e6;
};

const add = (contribution: number): Item => ({ effect: "add", contribution });
const mul = (contribution: number): Item => ({ effect: "multiply", contribution });

describe("recomputeScore is order-independent at a rounding boundary", () => {
  it.each([
    [[add(0.02446037456526129), add(0.054208102304480366), add(0.45808654425152384)], 0.499999],
    [[add(0.33957387231278435), add(0.19558848440274113), add(0.05883223433720908)], 0.500001],
    [[add(1), mul(0.7422059041691736), mul(0.8231781695780402), mul(0.8183730529913303)], 0.499999],
    [[add(1), mul(0.7884749530156929), mul(0.9899118512338019), mul(0.6405973598770238)], 0.5],
  ])("%j → %d in every order", (items, score) => {
    const orders = permutations(items);
    // The boundary is real: multiplying in the given order is not order-independent here.
    expect(new Set(orders.map(naive)).size).toBeGreaterThan(1);
    expect(new Set(orders.map((o) => recomputeScore(o)))).toEqual(new Set([score]));
  });
});

describe("recomputeScore on a single item", () => {
  it("an additive item is its own score; a multiplier alone scores 0, whatever its factor", () => {
    expect(recomputeScore([add(0.37)])).toBe(0.37);
    expect(recomputeScore([add(0.1234567)])).toBe(0.123457);
    expect(recomputeScore([mul(0.5)])).toBe(0);
    expect(recomputeScore([mul(0)])).toBe(0);
    expect(recomputeScore([mul(1)])).toBe(0);
  });

  it("no evidence scores 0; multipliers scale the noisy-OR of the additive items", () => {
    expect(recomputeScore([])).toBe(0);
    // (1 − 0.5 × 0.8) × 0.5 × 0.9 = 0.27
    expect(recomputeScore([add(0.5), mul(0.5), add(0.2), mul(0.9)])).toBe(0.27);
  });
});
