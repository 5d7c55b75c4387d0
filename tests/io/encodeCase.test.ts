/**
 * encodeCase: back to plain JSON data, sharing nothing with the case; decode fills defaults
 * and shares nothing with its input.
 */
import * as E from "fp-ts/lib/Either.js";
import { type Case, decodeCase, encodeCase } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { fullCase, minimalCase, type Rec } from "./helpers.js";

const decoded = (u: unknown): Case => {
  const r = decodeCase(u);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};

/** Every object and array reachable from a value. */
const objectsIn = (u: unknown, out = new Set<object>()): Set<object> => {
  if (typeof u === "object" && u !== null && !out.has(u)) {
    out.add(u);
    for (const v of Object.values(u)) objectsIn(v, out);
  }
  return out;
};

describe("decode fills defaults", () => {
  it("population adult, condition depression, measures []", () => {
    expect(decoded(minimalCase())).toEqual({
      format: "ipt-case/1",
      assessedOn: "2026-01-20",
      population: "adult",
      condition: "depression",
      episode: {},
      relationships: [],
      lifeEvents: [],
      measures: [],
    });
  });
  it("explicit values are kept", () => {
    const c = decoded({ ...minimalCase(), population: "perinatal", condition: "bipolar" });
    expect(c.population).toBe("perinatal");
    expect(c.condition).toBe("bipolar");
  });
  it("absent optional fields stay absent (no undefined keys)", () => {
    const c = decoded(minimalCase());
    expect(Object.keys(c)).not.toContain("id");
    expect(Object.keys(c)).not.toContain("social");
    expect(Object.keys(c.episode)).toEqual([]);
  });
  it("the default measures list is fresh for each case", () => {
    const a = decoded(minimalCase());
    const b = decoded(minimalCase());
    expect(a.measures).not.toBe(b.measures);
    (a.measures as unknown[]).push(1);
    expect(b.measures).toEqual([]);
    expect(decoded(minimalCase()).measures).toEqual([]);
  });
});

describe("decode shares nothing with its input", () => {
  it("no object or array of the result is one of the input", () => {
    const input = fullCase();
    const out = decoded(input);
    const mine = objectsIn(input);
    for (const o of objectsIn(out)) expect(mine.has(o)).toBe(false);
  });
  it("mutating the input afterwards does not change the result", () => {
    const input = fullCase();
    const out = decoded(input);
    const snapshot = structuredClone(out);
    const rels = input.relationships as Rec[];
    (rels[0] as Rec).label = "Changed";
    rels.push({ id: "x" });
    ((input.lifeEvents as Rec[])[0] as { griefSigns: string[] }).griefSigns.push("disbelief");
    ((input.measures as Rec[])[0] as { items: number[] }).items[0] = 3;
    (input.episode as Rec).onset = "1999";
    (input.social as Rec).loneliness = 4;
    input.population = "adolescent";
    expect(out).toEqual(snapshot);
  });
});

describe("encodeCase", () => {
  it("gives back the file form, defaults explicit", () => {
    expect(encodeCase(decoded(minimalCase()))).toEqual({
      format: "ipt-case/1",
      assessedOn: "2026-01-20",
      population: "adult",
      condition: "depression",
      episode: {},
      relationships: [],
      lifeEvents: [],
      measures: [],
    });
    expect(encodeCase(decoded(fullCase()))).toEqual(fullCase());
  });
  it("keeps the field order of the specification, whatever the input order", () => {
    const reversed = Object.fromEntries(Object.entries(fullCase()).reverse());
    expect(Object.keys(encodeCase(decoded(reversed)))).toEqual([
      "format",
      "id",
      "assessedOn",
      "population",
      "condition",
      "episode",
      "relationships",
      "lifeEvents",
      "social",
      "measures",
    ]);
  });
  it("is plain JSON: stringify and parse give the same value", () => {
    const x = encodeCase(decoded(fullCase()));
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
  it("drops keys whose value is undefined", () => {
    const c = { ...decoded(minimalCase()), id: undefined } as unknown as Case;
    expect(Object.keys(encodeCase(c))).not.toContain("id");
  });
  it("shares nothing with the case", () => {
    const c = decoded(fullCase());
    const x = encodeCase(c);
    const mine = objectsIn(c);
    for (const o of objectsIn(x)) expect(mine.has(o)).toBe(false);
    x.relationships.length = 0;
    expect(c.relationships).toHaveLength(2);
  });
  it("round trips: decodeCase(encodeCase(c)) is c", () => {
    const c = decoded(fullCase());
    expect(decodeCase(encodeCase(c))).toEqual(E.right(c));
  });
});
