/**
 * `MAX_SEED` from `ipt-formulation/research`: the bound each seeded function checks, so a
 * seed that passes `0 <= seed <= MAX_SEED` is accepted and the next one is refused.
 */
import * as E from "fp-ts/lib/Either.js";
import {
  analyzeSensitivity,
  MAX_SEED,
  perturbModels,
  type ResearchError,
  synthesizeCase,
  synthesizeCases,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { sampleCase } from "./support.js";

const cases = [sampleCase("grief-mother")];

describe("MAX_SEED", () => {
  it("is the largest unsigned 32-bit integer", () => {
    expect(MAX_SEED).toBe(2 ** 32 - 1);
  });

  const seeded: readonly (readonly [string, (seed: number) => E.Either<ResearchError, unknown>])[] =
    [
      ["synthesizeCases", (seed) => synthesizeCases({ count: 1, seed })],
      ["synthesizeCase", (seed) => synthesizeCase(0, { seed })],
      ["perturbModels", (seed) => perturbModels({ runs: 1, seed })],
      ["analyzeSensitivity", (seed) => analyzeSensitivity(cases, { runs: 1, seed })],
    ];

  it.each(seeded)("%s accepts MAX_SEED and refuses MAX_SEED + 1 at options.seed", (_, run) => {
    expect(E.isRight(run(MAX_SEED))).toBe(true);
    const over = run(MAX_SEED + 1);
    expect(E.isLeft(over) && over.left).toMatchObject({
      code: "invalid-option",
      path: "options.seed",
    });
  });
});
