import * as E from "fp-ts/lib/Either.js";
import { type Case, decodeCase, formulate, isAfter, PROBLEM_AREAS } from "ipt-formulation";
import {
  DEFAULT_PATTERN_MIX,
  SYNTHETIC_ID_PREFIX,
  synthesizeCase,
  synthesizeCases,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { left, right } from "./support.js";

const N = 4000;
const cohort = Array.from({ length: N }, (_, i) => right(synthesizeCase(i, { seed: 2026 })));
const decoded: Case[] = cohort.map((s) => right(decodeCase(s.case)));

const share = (pred: (i: number) => boolean): number =>
  Array.from({ length: N }, (_, i) => i).filter(pred).length / N;

describe("synthesizeCases", () => {
  it("gives count cases with ids synthetic-000001 …, all valid", () => {
    const cases = [...right(synthesizeCases({ count: 3, seed: 42 }))];
    expect(cases.map((c) => c.id)).toEqual([
      "synthetic-000001",
      "synthetic-000002",
      "synthetic-000003",
    ]);
    for (const c of cases) expect(E.isRight(decodeCase(c))).toBe(true);
    expect(SYNTHETIC_ID_PREFIX).toBe("synthetic-");
  });

  it("is deterministic per seed, different across seeds, and re-iterable", () => {
    const a = right(synthesizeCases({ count: 20, seed: 1 }));
    expect(JSON.stringify([...a])).toBe(JSON.stringify([...a]));
    expect(JSON.stringify([...a])).toBe(
      JSON.stringify([...right(synthesizeCases({ count: 20, seed: 1 }))]),
    );
    expect(JSON.stringify([...a])).not.toBe(
      JSON.stringify([...right(synthesizeCases({ count: 20, seed: 2 }))]),
    );
  });

  it("case i does not depend on the count, and equals synthesizeCase(i)", () => {
    const small = [...right(synthesizeCases({ count: 5, seed: 9 }))];
    const big = [...right(synthesizeCases({ count: 50, seed: 9 }))];
    expect(big.slice(0, 5)).toEqual(small);
    expect(right(synthesizeCase(30, { seed: 9 })).case).toEqual(big[30]);
    expect(right(synthesizeCase(30, { seed: 9 })).index).toBe(30);
  });

  it("pads ids to six digits and grows past a million", () => {
    expect(right(synthesizeCase(999_999, { seed: 1 })).case.id).toBe("synthetic-1000000");
    expect(right(synthesizeCase(41, { seed: 1 })).case.id).toBe("synthetic-000042");
  });

  it("gives nothing for count 0", () => {
    expect([...right(synthesizeCases({ count: 0, seed: 1 }))]).toEqual([]);
  });

  it.each([
    [{ count: -1, seed: 1 }, "options.count"],
    [{ count: 1.5, seed: 1 }, "options.count"],
    [{ count: 1e12, seed: 1 }, "options.count"],
    [{ count: 1, seed: -1 }, "options.seed"],
    [{ count: 1, seed: 0.5 }, "options.seed"],
    [{ count: 1, seed: 1, mix: { grief: -1 } }, "options.mix.grief"],
    [{ count: 1, seed: 1, mix: { grief: Number.POSITIVE_INFINITY } }, "options.mix.grief"],
    [{ count: 1, seed: 1, mix: { grief: 0 } }, "options.mix"],
    [{ count: 1, seed: 1, mix: {} }, "options.mix"],
    [{ count: 1, seed: 1, mix: { sadness: 1 } as never }, "options.mix"],
    [{ count: 1, seed: 1, mix: { grief: "1" } as never }, "options.mix.grief"],
  ])("refuses %j", (options, path) => {
    expect(left(synthesizeCases(options))).toMatchObject({ code: "invalid-option", path });
  });

  it("synthesizeCase refuses a bad index or options", () => {
    expect(left(synthesizeCase(-1, { seed: 1 })).path).toBe("index");
    expect(left(synthesizeCase(0.5, { seed: 1 })).path).toBe("index");
    expect(left(synthesizeCase(0, { seed: -3 })).path).toBe("options.seed");
  });

  it("follows a given mix; areas left out never appear", () => {
    const patterns = Array.from(
      { length: 300 },
      (_, i) => right(synthesizeCase(i, { seed: 3, mix: { grief: 1, "role-dispute": 3 } })).pattern,
    );
    expect(new Set(patterns)).toEqual(new Set(["grief", "role-dispute"]));
    expect(patterns.filter((p) => p === "role-dispute").length / 300).toBeCloseTo(0.75, 1);
  });
});

describe("the distributions of a synthetic cohort (4,000 cases, seed 2026)", () => {
  it("every case decodes", () => {
    expect(decoded).toHaveLength(N);
  });

  it("the pattern mix is the default's within 2.5 points", () => {
    for (const area of PROBLEM_AREAS)
      expect(
        Math.abs(share((i) => cohort[i]?.pattern === area) - DEFAULT_PATTERN_MIX[area]),
      ).toBeLessThan(0.025);
  });

  it("has 3-15 relationships and 0-6 life events, with realistic means", () => {
    const rel = decoded.map((c) => c.relationships.length);
    const ev = decoded.map((c) => c.lifeEvents.length);
    expect(Math.min(...rel)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...rel)).toBeLessThanOrEqual(15);
    expect(Math.min(...ev)).toBe(0);
    expect(Math.max(...ev)).toBeLessThanOrEqual(6);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(rel)).toBeGreaterThan(5);
    expect(mean(rel)).toBeLessThan(9);
    expect(mean(ev)).toBeGreaterThan(0.8);
    expect(mean(ev)).toBeLessThan(3);
  });

  it("dates: onset before assessment, known in about 92%; nothing after assessedOn", () => {
    for (const c of decoded) {
      if (c.episode.onset !== undefined) expect(isAfter(c.episode.onset, c.assessedOn)).toBe(false);
      for (const e of c.lifeEvents) expect(isAfter(e.date, c.assessedOn)).toBe(false);
      expect(c.assessedOn >= "2021-01-01" && c.assessedOn <= "2025-12-31").toBe(true);
    }
    expect(share((i) => decoded[i]?.episode.onset !== undefined)).toBeCloseTo(0.92, 1);
  });

  it("is marked synthetic and pseudonymous: ids synthetic-, labels from roles", () => {
    for (const c of decoded) {
      expect(c.id?.startsWith("synthetic-")).toBe(true);
      for (const r of c.relationships) expect(r.label).toMatch(/^[A-Z][a-z-]+( [a-z-]+)?( \d+)?$/);
    }
  });

  it("has at most one spouse or partner and two parents per case", () => {
    for (const c of decoded) {
      const roles = c.relationships.map((r) => r.role);
      expect(roles.filter((r) => r === "spouse" || r === "partner").length).toBeLessThanOrEqual(1);
      expect(roles.filter((r) => r === "parent").length).toBeLessThanOrEqual(2);
    }
  });

  it("the default model recovers the generating pattern in most cases", () => {
    const agree = share((i) => formulate(decoded[i] as Case).focus.primary === cohort[i]?.pattern);
    expect(agree).toBeGreaterThan(0.9);
  });

  it("uses every population, prolonged-grief signs only on losses, and PHQ-9 in about 65%", () => {
    expect(new Set(decoded.map((c) => c.population))).toEqual(
      new Set(["adult", "older-adult", "adolescent", "perinatal"]),
    );
    expect(share((i) => (decoded[i]?.measures.length ?? 0) > 0)).toBeCloseTo(0.65, 1);
    expect(decoded.some((c) => c.lifeEvents.some((e) => (e.griefSigns?.length ?? 0) >= 4))).toBe(
      true,
    );
  });
});
