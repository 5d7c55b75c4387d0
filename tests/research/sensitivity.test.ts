import * as E from "fp-ts/lib/Either.js";
import { DEFAULT_MODEL, DEFAULT_PARAMS, decodeCase, type ScoringParams } from "ipt-formulation";
import {
  analyzeCaseSensitivity,
  analyzeSensitivity,
  type CaseSensitivity,
  DEFAULT_SENSITIVITY_RUNS,
  MAX_SENSITIVITY_RUNS,
  type PerturbedModels,
  perturbModels,
  summarizeSensitivity,
  synthesizeCases,
} from "ipt-formulation/research";
import { defineModel } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";
import { numericPaths, parameterRange } from "../../src/research/perturbModels.js";
import { left, researchError, right, sampleCase } from "./support.js";

const valueAt = (p: unknown, path: string): number =>
  path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], p) as number;

const withValue = (path: string, value: number): Record<string, unknown> => {
  const keys = path.split(".");
  return keys.reduceRight<unknown>((inner, k) => ({ [k]: inner }), value) as Record<
    string,
    unknown
  >;
};

describe("parameter ranges", () => {
  const paths = numericPaths(DEFAULT_PARAMS);

  it("visit every numeric parameter, depth first in key order", () => {
    expect(paths.length).toBeGreaterThan(80);
    expect(paths).toContain("closeness.inner");
    expect(paths).toContain("transition.kinds.birth");
    expect(paths).not.toContain("tieBreak");
    expect(paths.indexOf("adjustment.adjusted")).toBeLessThan(paths.indexOf("closeness.inner"));
  });

  it.each(numericPaths(DEFAULT_PARAMS))("%s: the table's range is the schema's", (path) => {
    const r = parameterRange(path);
    const issuesAt = (value: number): string[] => {
      const d = defineModel({ params: withValue(path, value) as never });
      return E.isLeft(d) ? d.left.issues.map((i) => i.path) : [];
    };
    // The limits themselves are accepted for this parameter (an ordering may still object, at its group's path).
    expect(issuesAt(r.max)).not.toContain(`params.${path}`);
    if (
      r.min > 0 ||
      ![
        "kernel.halfLifeBeforeMonths",
        "kernel.halfLifeAfterMonths",
        "deficits.exclusionThreshold",
      ].includes(path)
    )
      expect(issuesAt(r.min)).not.toContain(`params.${path}`);
    // Just past them, refused.
    expect(issuesAt(r.max + 0.001)).toContain(`params.${path}`);
    expect(issuesAt(r.min - 0.001)).toContain(`params.${path}`);
    if (r.integer) expect(issuesAt(r.min + 0.5)).toContain(`params.${path}`);
  });
});

describe("perturbModels", () => {
  it("draws the default number of valid models, reproducibly", () => {
    const a = right(perturbModels());
    expect(a.models).toHaveLength(DEFAULT_SENSITIVITY_RUNS);
    expect(a).toMatchObject({ runs: 100, seed: 1, epsilon: 0.1, base: DEFAULT_MODEL });
    expect(a.models[0]?.id).toBe("perturbed-1-1");
    expect(a.models[99]?.id).toBe("perturbed-1-100");
    for (const m of a.models)
      expect(E.isRight(defineModel({ id: m.id, params: m.params }))).toBe(true);
    const b = right(perturbModels());
    expect(b.models.map((m) => m.digest)).toEqual(a.models.map((m) => m.digest));
    expect(new Set(a.models.map((m) => m.digest)).size).toBe(100);
    const other = right(perturbModels({ seed: 2 }));
    expect(other.models[0]?.digest).not.toBe(a.models[0]?.digest);
  });

  it("keeps every parameter within ±epsilon of the base, clamped to its range", () => {
    const epsilon = 0.2;
    const { models } = right(perturbModels({ epsilon, runs: 20, seed: 9 }));
    for (const m of models)
      for (const path of numericPaths(DEFAULT_PARAMS)) {
        const base = valueAt(DEFAULT_PARAMS, path);
        const v = valueAt(m.params, path);
        const r = parameterRange(path);
        expect(v).toBeGreaterThanOrEqual(
          Math.max(r.min, Math.floor(base * (1 - epsilon)) - (r.integer ? 1 : 0)) - 1e-12,
        );
        expect(v).toBeLessThanOrEqual(
          Math.min(r.max, base * (1 + epsilon) + (r.integer ? 1 : 0)) + 1e-12,
        );
        if (r.integer) expect(Number.isInteger(v)).toBe(true);
      }
    for (const m of models) expect(m.params.tieBreak).toEqual(DEFAULT_PARAMS.tieBreak);
  });

  it("with epsilon 0 gives the base's parameters", () => {
    const { models } = right(perturbModels({ epsilon: 0, runs: 3 }));
    for (const m of models) expect(m.digest).toBe(DEFAULT_MODEL.digest);
  });

  it("perturbs only what include selects", () => {
    const { models } = right(perturbModels({ runs: 5, include: (p) => p === "closeness.outer" }));
    for (const m of models) {
      expect(m.params.closeness.inner).toBe(1);
      expect(m.params.grief).toEqual(DEFAULT_PARAMS.grief);
    }
    expect(new Set(models.map((m) => m.params.closeness.outer)).size).toBe(5);
  });

  it("perturbs a custom base model and keeps its version", () => {
    const base = right(
      defineModel({ id: "mine", version: "2.1.0", params: { focus: { margin: 0.2 } } }),
    );
    const { models } = right(perturbModels({ base, runs: 2 }));
    expect(models[0]?.version).toBe("2.1.0");
    expect(models[0]?.params.focus.margin).toBeCloseTo(0.2, 1);
  });

  it("redraws models defineModel refuses and counts them", () => {
    const { rejected, models } = right(perturbModels({ epsilon: 0.3, runs: 50, seed: 3 }));
    expect(rejected).toBeGreaterThan(0);
    expect(models).toHaveLength(50);
  });

  it("gives up with too-many-rejections when valid models are too rare", () => {
    // Every ordered triple equal: a perturbation keeps all orderings with probability about 1/432.
    const edge = right(
      defineModel({
        params: {
          closeness: { inner: 0.5, middle: 0.5, outer: 0.5 },
          dispute: {
            closeness: { inner: 0.5, middle: 0.5, outer: 0.5 },
            stage: { impasse: 0.5, renegotiation: 0.5 },
          },
          adjustment: { notAdjusted: 0.5, unknown: 0.5, adjusted: 0.5 },
        },
      }),
    );
    expect(left(perturbModels({ base: edge, runs: 1, seed: 1, epsilon: 0.5 }))).toEqual(
      researchError(
        "too-many-rejections",
        "options.epsilon",
        "too many perturbed models broke the scoring model's constraints; use a smaller epsilon",
      ),
    );
  });

  it.each([
    [{ runs: 0 }, "options.runs"],
    [{ runs: MAX_SENSITIVITY_RUNS + 1 }, "options.runs"],
    [{ runs: 1.5 }, "options.runs"],
    [{ seed: -1 }, "options.seed"],
    [{ seed: 2 ** 32 }, "options.seed"],
    [{ epsilon: 1 }, "options.epsilon"],
    [{ epsilon: -0.1 }, "options.epsilon"],
    [{ epsilon: Number.NaN }, "options.epsilon"],
  ])("refuses %j", (options, path) => {
    expect(left(perturbModels(options))).toMatchObject({ code: "invalid-option", path });
  });
});

describe("analyzeCaseSensitivity", () => {
  const models = right(perturbModels({ runs: 30, seed: 4, epsilon: 0.1 }));

  it("a clear grief case keeps its primary area under every perturbation", () => {
    const r = analyzeCaseSensitivity(sampleCase("grief-mother"), models, 2);
    expect(r).toEqual({
      index: 2,
      caseId: sampleCase("grief-mother").id ?? null,
      basePrimary: "grief",
      runs: 30,
      stableRuns: 30,
      stableShare: 1,
      alternatives: [],
    });
  });

  it("reports the alternatives of a case that flips, most frequent first", () => {
    // Only the closeness weights move, a lot: the dispute/transition case may flip.
    const wide = right(perturbModels({ runs: 60, seed: 1, epsilon: 0.9 }));
    const results = [...right(synthesizeCases({ count: 40, seed: 11 }))].map((c, i) =>
      analyzeCaseSensitivity(right(decodeCase(c)), wide, i),
    );
    const flipping = results.filter((r) => r.stableShare < 1);
    expect(flipping.length).toBeGreaterThan(0);
    for (const r of flipping) {
      expect(r.stableRuns + r.alternatives.reduce((s, a) => s + a.count, 0)).toBe(60);
      expect(r.alternatives.map((a) => a.area)).not.toContain(r.basePrimary);
      const counts = r.alternatives.map((a) => a.count);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
    }
  });

  it("is fully stable with no perturbed model, and gives null for a case without an id", () => {
    const none: PerturbedModels = { ...models, models: [], runs: 0 };
    const { id: _drop, ...noId } = sampleCase("grief-mother");
    const r = analyzeCaseSensitivity(noId, none);
    expect(r).toMatchObject({ index: 0, caseId: null, runs: 0, stableRuns: 0, stableShare: 1 });
  });
});

describe("summarizeSensitivity", () => {
  const result = (
    basePrimary: CaseSensitivity["basePrimary"],
    stableShare: number,
  ): CaseSensitivity => ({
    index: 0,
    caseId: null,
    basePrimary,
    runs: 100,
    stableRuns: Math.round(stableShare * 100),
    stableShare,
    alternatives: [],
  });

  it("counts stable cases against the threshold, with a Wilson interval, per primary area", () => {
    const s = right(
      summarizeSensitivity([
        result("grief", 1),
        result("role-dispute", 0.7),
        result("role-dispute", 0.96),
      ]),
    );
    expect(s).toMatchObject({
      n: 3,
      threshold: 0.95,
      stableCases: 2,
      meanStableShare: (1 + 0.7 + 0.96) / 3,
    });
    expect(s.stableProportion).toBeCloseTo(2 / 3, 12);
    expect(s.stableLower).toBeLessThan(2 / 3);
    expect(s.stableUpper).toBeGreaterThan(2 / 3);
    expect(s.byPrimary).toEqual([
      { area: "grief", n: 1, stableCases: 1 },
      { area: "role-dispute", n: 2, stableCases: 1 },
      { area: "role-transition", n: 0, stableCases: 0 },
      { area: "interpersonal-deficits", n: 0, stableCases: 0 },
    ]);
    expect(
      right(summarizeSensitivity([result("grief", 0.7)], { threshold: 0.5 })).stableCases,
    ).toBe(1);
  });

  it("refuses no cases, a threshold outside [0, 1] and a bad critical value", () => {
    expect(left(summarizeSensitivity([])).code).toBe("empty-input");
    expect(left(summarizeSensitivity([result("grief", 1)], { threshold: 1.5 })).code).toBe(
      "invalid-option",
    );
    expect(left(summarizeSensitivity([result("grief", 1)], { threshold: Number.NaN })).code).toBe(
      "invalid-option",
    );
    expect(left(summarizeSensitivity([result("grief", 1)], { z: -1 })).code).toBe(
      "invalid-critical-value",
    );
  });
});

describe("analyzeSensitivity", () => {
  const cases = [...right(synthesizeCases({ count: 30, seed: 8 }))].map((c) =>
    right(decodeCase(c)),
  );

  it("reports the draw, every case in order and the summary", () => {
    const r = right(analyzeSensitivity(cases, { runs: 20, seed: 5, epsilon: 0.15 }));
    expect(r).toMatchObject({
      runs: 20,
      seed: 5,
      epsilon: 0.15,
      base: { id: "ipt-formulation/default" },
    });
    expect(r.cases.map((c) => c.index)).toEqual(cases.map((_, i) => i));
    expect(r.cases.map((c) => c.caseId)).toEqual(cases.map((c) => c.id));
    expect(r.summary.n).toBe(30);
    expect(r.summary.stableProportion).toBeGreaterThan(0.5);
  });

  it("passes on the errors of its parts", () => {
    expect(left(analyzeSensitivity(cases, { runs: 0 })).code).toBe("invalid-option");
    expect(left(analyzeSensitivity([], { runs: 2 })).code).toBe("empty-input");
  });

  it("params of a perturbed model are plain data the model schema accepts", () => {
    const { models } = right(perturbModels({ runs: 1 }));
    const params = models[0]?.params as ScoringParams;
    expect(E.isRight(defineModel({ params }))).toBe(true);
  });
});
