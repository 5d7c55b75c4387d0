import { createHash } from "node:crypto";
import fc from "fast-check";
import { concatAll } from "fp-ts/lib/Monoid.js";
import * as N from "fp-ts/lib/number.js";
import * as Ord from "fp-ts/lib/Ord.js";
import {
  DEFAULT_MODEL,
  DEFAULT_PARAMS,
  formulate,
  ordAreaScore,
  PROBLEM_AREAS,
  type ProblemArea,
  RULES,
  rankAreas,
  recomputeScore,
  type ScoringModel,
  temporalKernel,
} from "ipt-formulation";
import { defineModel, digestParams } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "../../src/scoring-model/sha256.js";
import { sample } from "./fixtures.js";

describe("DEFAULT_MODEL", () => {
  it("is frozen at every depth and stamped with id, semver and digest", () => {
    expect(DEFAULT_MODEL.id).toBe("ipt-formulation/default");
    expect(DEFAULT_MODEL.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.isFrozen(DEFAULT_MODEL)).toBe(true);
    expect(Object.isFrozen(DEFAULT_MODEL.params.closeness)).toBe(true);
    expect(Object.isFrozen(DEFAULT_MODEL.params.tieBreak)).toBe(true);
    expect(DEFAULT_MODEL.digest).toBe(digestParams(DEFAULT_PARAMS));
  });

  it("pins the digest of the default parameters: a change here is a model change (bump its version)", () => {
    expect(DEFAULT_MODEL.version).toBe("1.1.0");
    expect(DEFAULT_MODEL.digest).toBe(
      "sha256:babadc51c997c47f4f0285f57637451a7a62780cfebd1eab2a69017eaf66f462",
    );
  });

  it("formulations carry the model stamp", () => {
    const f = formulate(sample("grief-mother.json"));
    expect(f.model).toEqual({
      id: DEFAULT_MODEL.id,
      version: DEFAULT_MODEL.version,
      digest: DEFAULT_MODEL.digest,
    });
  });
});

describe("digest", () => {
  it("is the SHA-256 of the canonical JSON, as node:crypto computes it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
      }),
    );
    for (const n of [0, 55, 56, 63, 64, 65, 119, 120, 1000])
      expect(sha256Hex("a".repeat(n))).toBe(
        createHash("sha256").update("a".repeat(n)).digest("hex"),
      );
  });

  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: "s" } })).toBe(
      '{"a":{"c":"s","d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });
});

describe("defineModel", () => {
  it("with no overrides gives the default parameters under the id custom", () => {
    const m = defineModel();
    expect(m._tag).toBe("Right");
    if (m._tag === "Right") {
      expect(m.right.id).toBe("custom");
      expect(m.right.params).toEqual(DEFAULT_PARAMS);
      expect(m.right.digest).toBe(DEFAULT_MODEL.digest);
    }
  });

  it("merges overrides at any depth and changes the digest", () => {
    const m = defineModel({
      id: "wide",
      version: "2.1.0",
      params: { focus: { margin: 0.3 }, closeness: { outer: 0.1 } },
    });
    if (m._tag === "Left") throw new Error("expected a model");
    expect(m.right.params.focus).toEqual({ ...DEFAULT_PARAMS.focus, margin: 0.3 });
    expect(m.right.params.closeness).toEqual({ inner: 1, middle: 0.7, outer: 0.1 });
    expect(m.right.digest).not.toBe(DEFAULT_MODEL.digest);
    expect(Object.isFrozen(m.right.params.focus)).toBe(true);
    expect(formulate(sample("grief-mother.json"), m.right).model).toEqual({
      id: "wide",
      version: "2.1.0",
      digest: m.right.digest,
    });
  });

  it.each([
    [{ params: { closeness: { inner: 2 } } }, "params.closeness.inner", "too-large"],
    [
      { params: { kernel: { halfLifeBeforeMonths: 0 } } },
      "params.kernel.halfLifeBeforeMonths",
      "too-small",
    ],
    [{ params: { focus: { margin: -0.1 } } }, "params.focus.margin", "too-small"],
    [{ params: { focus: { margin: "wide" } } }, "params.focus.margin", "invalid-type"],
    [
      { params: { tieBreak: ["grief", "grief", "role-dispute", "role-transition"] } },
      "params.tieBreak",
      "invalid-value",
    ],
    [{ params: { tieBreak: ["grief"] } }, "params.tieBreak", "too-few"],
    [{ params: { closeness: { nearest: 1 } } }, "params.closeness", "unknown-key"],
    [{ id: "" }, "id", "empty"],
    [{ version: "" }, "version", "empty"],
    [{ params: { closeness: { outer: 0.9 } } }, "params.closeness", "invalid-value"],
    [
      { params: { adjustment: { adjusted: 1, notAdjusted: 0.5 } } },
      "params.adjustment",
      "invalid-value",
    ],
    [
      { params: { dispute: { stage: { renegotiation: 1, impasse: 0.5 } } } },
      "params.dispute.stage",
      "invalid-value",
    ],
    [{ version: "one" }, "version", "invalid-format"],
  ])("refuses %j at its path", (overrides, path, code) => {
    const m = defineModel(overrides as never);
    expect(m._tag).toBe("Left");
    if (m._tag === "Left")
      expect(m.left.issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("keeps a __proto__ key an unknown key and never pollutes a prototype", () => {
    const m = defineModel({
      params: JSON.parse(
        '{"__proto__": {"polluted": 1}, "closeness": {"__proto__": {"inner": 0}}}',
      ),
    });
    expect(m._tag).toBe("Left");
    if (m._tag === "Left") expect(m.left.issues.every((i) => i.code === "unknown-key")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws, whatever it is given", () => {
    const evil = {};
    Object.defineProperty(evil, "focus", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(defineModel({ params: evil as never })._tag).toBe("Left");
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => defineModel({ params: v as never })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("messages never echo the input", () => {
    const m = defineModel({
      id: "x".repeat(100),
      params: { focus: { margin: "SENTINEL-VALUE" } } as never,
    });
    expect(JSON.stringify(m)).not.toContain("SENTINEL-VALUE");
    expect(JSON.stringify(m)).not.toContain("x".repeat(100));
  });
});

describe("temporalKernel", () => {
  const k = DEFAULT_PARAMS.kernel;
  it("is 1 on the plateau before onset and halves every half-life after it", () => {
    expect(temporalKernel(0, k)).toBe(1);
    expect(temporalKernel(3, k)).toBe(1);
    expect(temporalKernel(9, k)).toBeCloseTo(0.5, 12);
    expect(temporalKernel(15, k)).toBeCloseTo(0.25, 12);
  });
  it("halves every halfLifeAfterMonths after onset", () => {
    expect(temporalKernel(-3, k)).toBeCloseTo(0.5, 12);
    expect(temporalKernel(-6, k)).toBeCloseTo(0.25, 12);
  });
  it("is in (0, 1] and never grows with distance from the onset", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -600, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (t, d) => {
          const v = temporalKernel(t, k);
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThanOrEqual(1);
          if (t >= 0) expect(temporalKernel(t + d, k)).toBeLessThanOrEqual(v);
          else expect(temporalKernel(t - d, k)).toBeLessThanOrEqual(v);
        },
      ),
    );
  });
});

describe("recomputeScore", () => {
  it("is the noisy-OR of the contributions times the multipliers", () => {
    const add = (c: number) => ({ effect: "add" as const, contribution: c });
    expect(recomputeScore([])).toBe(0);
    expect(recomputeScore([add(0.5), add(0.5)])).toBe(0.75);
    expect(recomputeScore([add(0.8), { effect: "multiply", contribution: 0.5 }])).toBe(0.4);
    expect(recomputeScore([{ effect: "multiply", contribution: 1 }])).toBe(0);
  });
  it("does not depend on the order of the evidence and stays in [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (cs) => {
        const ev = cs.map((c) => ({ effect: "add" as const, contribution: c }));
        const s = recomputeScore(ev);
        expect(recomputeScore([...ev].reverse())).toBe(s);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeGreaterThanOrEqual(Math.max(0, ...cs) - 1e-6);
      }),
    );
  });
});

describe("ordAreaScore", () => {
  const ord = ordAreaScore(DEFAULT_MODEL);
  const arb = fc.record({
    area: fc.constantFrom(...PROBLEM_AREAS),
    score: fc.constantFrom(0, 0.25, 0.5, 1),
  });
  it("is a total order (reflexive, antisymmetric, transitive)", () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        expect(ord.compare(a, a)).toBe(0);
        if (ord.compare(a, b) <= 0 && ord.compare(b, a) <= 0) expect(ord.equals(a, b)).toBe(true);
        if (ord.compare(a, b) <= 0 && ord.compare(b, c) <= 0)
          expect(ord.compare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("is the fp-ts composition it stands for: score descending, then the tie-break index", () => {
    // The reference, built from fp-ts's own Ord, number and Monoid modules.
    const reference = (m: ScoringModel): Ord.Ord<{ area: ProblemArea; score: number }> =>
      concatAll(Ord.getMonoid<{ area: ProblemArea; score: number }>())([
        Ord.reverse(Ord.contramap((s: { score: number }) => s.score)(N.Ord)),
        Ord.contramap((s: { area: ProblemArea }) => m.params.tieBreak.indexOf(s.area))(N.Ord),
      ]);
    fc.assert(
      fc.property(
        arb,
        arb,
        fc.shuffledSubarray([...PROBLEM_AREAS], { minLength: 4, maxLength: 4 }),
        (a, b, tieBreak) => {
          const m = defineModel({ params: { tieBreak } });
          if (m._tag === "Left") throw new Error("model");
          expect(ordAreaScore(m.right).compare(a, b)).toBe(reference(m.right).compare(a, b));
          expect(ordAreaScore(m.right).equals(a, b)).toBe(reference(m.right).equals(a, b));
          expect(rankAreas(m.right, [a, b])).toEqual([a, b].sort(reference(m.right).compare));
        },
      ),
    );
  });
  it("ranks by score, then by the documented tie-break order", () => {
    const tie = PROBLEM_AREAS.map((area) => ({ area, score: 0.5 }));
    expect(rankAreas(DEFAULT_MODEL, tie).map((s) => s.area)).toEqual([
      "grief",
      "role-transition",
      "role-dispute",
      "interpersonal-deficits",
    ]);
    expect(
      rankAreas(DEFAULT_MODEL, [
        { area: "grief" as ProblemArea, score: 0.1 },
        { area: "interpersonal-deficits" as ProblemArea, score: 0.2 },
      ])[0]?.area,
    ).toBe("interpersonal-deficits");
    const m = defineModel({
      params: { tieBreak: ["interpersonal-deficits", "role-dispute", "role-transition", "grief"] },
    });
    if (m._tag === "Left") throw new Error("model");
    expect(rankAreas(m.right, tie).map((s) => s.area)).toEqual([
      "interpersonal-deficits",
      "role-dispute",
      "role-transition",
      "grief",
    ]);
  });
});

describe("RULES", () => {
  it("has unique ids, each with an area and at least one citation", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id.split(".")[0]).toMatch(/^(grief|dispute|transition|deficits)$/);
      expect(r.citations.length).toBeGreaterThan(0);
    }
  });
});
