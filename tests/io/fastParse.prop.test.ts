/**
 * decodeCase's fast path (src/io/fastParse.ts) against the zod schema it stands in for: when
 * the fast path accepts an input, zod accepts it too and gives the very same value (same keys
 * in the same order, same defaults); every valid case takes the fast path; and the copy it
 * returns shares no object or array with the input.
 */
import fc from "fast-check";
import { type Case, CaseSchema, decodeCase } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { fastParseCase } from "../../src/io/fastParse.js";
import { arbValidCase } from "../arbitraries/case.js";
import { arbCaseShapedJson, arbJsonValue } from "../arbitraries/json.js";
import { arbMutatedCase } from "../arbitraries/mutate.js";

/** The fast path agrees with zod wherever it answers. */
const agrees = (u: unknown): boolean => {
  const fast = fastParseCase(u);
  if (fast === undefined) return true;
  const z = CaseSchema.safeParse(u);
  expect(z.success).toBe(true);
  // toStrictEqual ignores key order; the serialisation does not.
  expect(fast).toStrictEqual(z.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(z.data));
  return true;
};

/** `[<hole>, "p"]`: a sparse array, as only a JavaScript caller can make one. */
const holey = (): string[] => {
  const a: string[] = [];
  a[1] = "p";
  return a;
};

const base = {
  format: "ipt-case/1",
  assessedOn: "2026-01-20",
  episode: { onset: "2025-09" },
  relationships: [{ id: "p", label: "P", role: "partner", circle: "inner", status: "active" }],
  lifeEvents: [{ id: "e", kind: "relocation", date: "2025-08", relationshipIds: ["p"] }],
  measures: [
    { instrument: "phq-9", administeredOn: "2026-01-20", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
  ],
};

describe("decodeCase's fast path", () => {
  it("takes every valid case, with zod's result", () => {
    fc.assert(
      fc.property(arbValidCase({ missingItems: true, withRelatesTo: true }), (c) => {
        expect(fastParseCase(c)).not.toBeUndefined();
        return agrees(c);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with zod on mutated cases", () => {
    fc.assert(
      fc.property(arbMutatedCase(), (m) => agrees(m.input)),
      { numRuns: 300 },
    );
  });

  it("agrees with zod on arbitrary and case-shaped JSON", () => {
    fc.assert(fc.property(fc.oneof(arbJsonValue(), arbCaseShapedJson()), agrees), { numRuns: 300 });
  });

  it("returns a fresh copy: no object or array of the input in it", () => {
    const input = structuredClone(base);
    const out = fastParseCase(input) as Case;
    expect(out).not.toBeUndefined();
    expect(out).not.toBe(input);
    expect(out.episode).not.toBe(input.episode);
    expect(out.relationships).not.toBe(input.relationships);
    expect(out.relationships[0]).not.toBe(input.relationships[0]);
    expect(out.lifeEvents[0]?.relationshipIds).not.toBe(input.lifeEvents[0]?.relationshipIds);
    expect(out.measures[0]?.items).not.toBe(input.measures[0]?.items);
  });

  it("fills the defaults zod fills, in the schema's key order", () => {
    const { measures: _m, ...bare } = base;
    const out = fastParseCase(bare) as Case;
    expect(Object.keys(out)).toEqual([
      "format",
      "assessedOn",
      "population",
      "condition",
      "episode",
      "relationships",
      "lifeEvents",
      "measures",
    ]);
    expect([out.population, out.condition, out.measures]).toEqual(["adult", "depression", []]);
  });

  it("fills a default for a field present with the value undefined, as zod does", () => {
    const input = { ...base, population: undefined, condition: undefined, measures: undefined };
    const out = fastParseCase(input) as Case;
    expect([out.population, out.condition, out.measures]).toEqual(["adult", "depression", []]);
    agrees(input);
  });

  it.each([
    ["a key present with the value undefined", { ...base, social: undefined }],
    [
      "-0 in an item",
      { ...base, measures: [{ ...base.measures[0], items: [-0, 1, 1, 1, 1, 1, 1, 1, 0] }] },
    ],
    [
      "an item beyond ±1e9",
      { ...base, measures: [{ ...base.measures[0], items: [2e9, 1, 1, 1, 1, 1, 1, 1, 0] }] },
    ],
    [
      "a hole in an array",
      { ...base, lifeEvents: [{ ...base.lifeEvents[0], relationshipIds: holey() }] },
    ],
    ["an object that is not plain", { ...base, episode: new (class Episode {})() }],
    ["a day that is not a calendar day", { ...base, assessedOn: "2026-02-30" }],
    ["an assessedOn with only a month", { ...base, assessedOn: "2026-01" }],
    ["an unknown key", { ...base, extra: 1 }],
  ])("leaves %s to zod", (_what, input) => {
    expect(fastParseCase(input)).toBeUndefined();
    agrees(input);
  });

  it("leaves an inherited field to zod, which sees it as present", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.onset = "2025-09";
    try {
      const input = { ...base, episode: {} };
      expect(fastParseCase(input)).toBeUndefined();
      // decodeCase still answers: whatever zod makes of it, never a throw.
      expect(["Left", "Right"]).toContain(decodeCase(input)._tag);
    } finally {
      delete proto.onset;
    }
  });

  it("lets a getter that throws reach decodeCase's unreadable-input issue", () => {
    const input = { ...base };
    Object.defineProperty(input, "lifeEvents", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(() => fastParseCase(input)).toThrow("boom");
    const r = decodeCase(input);
    expect(r._tag === "Left" && r.left.issues.map((i) => i.code)).toEqual(["unreadable-input"]);
  });
});
