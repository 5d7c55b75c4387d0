import { describe, expect, it } from "vitest";
import { createRng, isSeed, MAX_SEED, mix32 } from "../../src/research/internal/random.js";

/** The published mulberry32 (Tommy Ettinger), as an oracle. */
function mulberry32Reference(seed: number): () => number {
  let a = seed;
  return () => {
    a += 0x6d2b79f5;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("createRng (mulberry32)", () => {
  it.each([0, 1, 42, 2026, 0x7fffffff, MAX_SEED])(
    "matches the reference implementation for seed %i",
    (seed) => {
      const rng = createRng(seed);
      const ref = mulberry32Reference(seed);
      for (let i = 0; i < 1000; i++) expect(rng.next()).toBe(ref());
    },
  );

  it("draws floats in [0, 1) that look uniform", () => {
    const rng = createRng(7);
    const bins = new Array<number>(10).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      bins[Math.floor(u * 10)] = (bins[Math.floor(u * 10)] ?? 0) + 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it("int covers min..max inclusive and nothing else", () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(-2, 2));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
    expect(rng.int(5, 5)).toBe(5);
  });

  it("chance, pick and weighted follow their probabilities", () => {
    const rng = createRng(11);
    let yes = 0;
    const picks = new Map<string, number>();
    const weights = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      if (rng.chance(0.25)) yes++;
      const p = rng.pick(["a", "b"] as const);
      picks.set(p, (picks.get(p) ?? 0) + 1);
      const w = rng.weighted([
        ["x", 3],
        ["never", 0],
        ["y", 1],
        ["none", 0],
      ] as const);
      weights.set(w, (weights.get(w) ?? 0) + 1);
    }
    expect(yes / 20_000).toBeCloseTo(0.25, 1);
    expect((picks.get("a") ?? 0) / 20_000).toBeCloseTo(0.5, 1);
    expect((weights.get("x") ?? 0) / 20_000).toBeCloseTo(0.75, 1);
    expect(weights.has("never")).toBe(false);
    expect(weights.has("none")).toBe(false);
  });
});

describe("mix32", () => {
  it("is deterministic, 32-bit, and spreads neighbouring inputs", () => {
    expect(mix32(1, 2)).toBe(mix32(1, 2));
    const outs = new Set<number>();
    for (let i = 0; i < 10_000; i++) outs.add(mix32(42, i));
    expect([...outs].every((h) => Number.isInteger(h) && h >= 0 && h <= MAX_SEED)).toBe(true);
    expect(outs.size).toBe(10_000);
    expect(mix32(1, 0)).not.toBe(mix32(2, 0));
  });
});

describe("isSeed", () => {
  it("accepts integers in 0..2^32-1 only", () => {
    expect(isSeed(0)).toBe(true);
    expect(isSeed(MAX_SEED)).toBe(true);
    expect(isSeed(MAX_SEED + 1)).toBe(false);
    expect(isSeed(-1)).toBe(false);
    expect(isSeed(1.5)).toBe(false);
    expect(isSeed("1")).toBe(false);
    expect(isSeed(Number.NaN)).toBe(false);
  });
});
