/**
 * The shared arbitraries keep their promises (other test suites rely on them).
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { decodeCase, GRIEF_SIGNS, isAfter, isPartialDate, LOSS_EVENT_KINDS } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import {
  arbLifeEvent,
  arbMeasure,
  arbPartialDate,
  arbRelationship,
  arbSocial,
  arbValidCase,
  isoToDayNumber,
  SAFE_INSTRUMENTS,
} from "./case.js";
import { arbCaseShapedJson, arbJsonValue, HOSTILE_KEYS, type JsonValue } from "./json.js";
import {
  applyMutation,
  arbMutatedCase,
  liveMutations,
  MUTATION_KINDS,
  type Mutation,
} from "./mutate.js";

const losses: readonly string[] = LOSS_EVENT_KINDS;

describe("arbPartialDate", () => {
  it("gives valid dates of every precision whose period meets the range", () => {
    const seen = new Set<number>();
    fc.assert(
      fc.property(arbPartialDate({ min: "2020-03-10", max: "2021-08-20" }), (s) => {
        expect(isPartialDate(s)).toBe(true);
        expect(isAfter(s, "2021-08-20")).toBe(false);
        seen.add(s.length);
        const lastOfPeriod = s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-28` : s;
        expect(isoToDayNumber(lastOfPeriod)).toBeGreaterThanOrEqual(isoToDayNumber("2020-03-01"));
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual([10, 4, 7]);
  });
  it("honours precisions and a one-day range", () => {
    fc.assert(
      fc.property(
        arbPartialDate({ min: "2024-02-29", max: "2024-02-29", precisions: ["day"] }),
        (s) => {
          expect(s).toBe("2024-02-29");
        },
      ),
      { numRuns: 20 },
    );
    expect(() => arbPartialDate({ min: "2025-01-02", max: "2025-01-01" })).toThrow(RangeError);
  });
  it("reaches month edges, including 29 February", () => {
    const samples = fc.sample(
      arbPartialDate({ min: "2000-01-01", max: "2030-12-31", precisions: ["day"] }),
      {
        numRuns: 3000,
        seed: 1,
      },
    );
    expect(samples.some((s) => s.endsWith("-02-29"))).toBe(true);
    expect(samples.some((s) => s.endsWith("-12-31"))).toBe(true);
  });
});

describe("part arbitraries", () => {
  it("arbRelationship is a valid relationship with the given id", () => {
    fc.assert(
      fc.property(arbRelationship({ id: "fixed", maxDate: "2000-01-01" }), (r) => {
        expect(r.id).toBe("fixed");
        if (r.conflictSince !== undefined)
          expect(isAfter(r.conflictSince, "2000-01-01")).toBe(false);
        for (const v of Object.values(r)) expect(v).not.toBeUndefined();
      }),
    );
  });
  it("arbLifeEvent refers only to the given ids; grief signs only on losses, unique", () => {
    const ids = ["a", "b", "c"];
    let withSigns = 0;
    fc.assert(
      fc.property(arbLifeEvent(ids, { maxDate: "2010-05-05" }), (e) => {
        for (const r of e.relationshipIds ?? []) expect(ids).toContain(r);
        expect(isAfter(e.date, "2010-05-05")).toBe(false);
        if (e.griefSigns !== undefined) {
          expect(losses).toContain(e.kind);
          expect(new Set(e.griefSigns).size).toBe(e.griefSigns.length);
          for (const g of e.griefSigns) expect(GRIEF_SIGNS).toContain(g);
          withSigns++;
        }
      }),
      { numRuns: 300 },
    );
    expect(withSigns).toBeGreaterThan(10);
    fc.assert(
      fc.property(arbLifeEvent([], { kinds: ["birth"] }), (e) => {
        expect(e.kind).toBe("birth");
        expect(e.relationshipIds).toBeUndefined();
        expect(e.griefSigns).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
  it("arbMeasure has the instrument's item count, items 0..3", () => {
    fc.assert(
      fc.property(arbMeasure({ eventIds: ["x"], missingItems: true }), (m) => {
        const n = (SAFE_INSTRUMENTS as Readonly<Record<string, number>>)[m.instrument];
        expect(m.items).toHaveLength(n ?? -1);
        for (const i of m.items) if (i !== null) expect(i >= 0 && i <= 3).toBe(true);
        if (m.relatesTo !== undefined) expect(m.relatesTo).toBe("x");
      }),
    );
  });
  it("arbSocial is a valid social block", () => {
    fc.assert(
      fc.property(arbSocial(), (s) => {
        const c = {
          format: "ipt-case/1",
          assessedOn: "2026-01-01",
          episode: {},
          relationships: [],
          lifeEvents: [],
          social: s,
        };
        expect(E.isRight(decodeCase(c))).toBe(true);
      }),
    );
  });
});

describe("arbValidCase", () => {
  it("respects the size options and the assessedOn range", () => {
    fc.assert(
      fc.property(
        arbValidCase({
          minRelationships: 2,
          maxRelationships: 3,
          minEvents: 1,
          maxEvents: 2,
          withMeasures: false,
          assessedOn: { min: "2020-01-01", max: "2020-12-31" },
          explicitDefaults: true,
          text: "ascii",
        }),
        (c) => {
          expect(c.relationships.length).toBeGreaterThanOrEqual(2);
          expect(c.relationships.length).toBeLessThanOrEqual(3);
          expect(c.lifeEvents.length).toBeGreaterThanOrEqual(1);
          expect(c.lifeEvents.length).toBeLessThanOrEqual(2);
          expect(c.measures).toEqual([]);
          expect(c.population).toBeDefined();
          expect(c.assessedOn.startsWith("2020-")).toBe(true);
          for (const r of c.relationships) expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/);
        },
      ),
      { numRuns: 50 },
    );
  });
  it("produces plain, JSON-safe objects that share nothing between draws", () => {
    fc.assert(
      fc.property(arbValidCase({ withRelatesTo: true }), (c) => {
        expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
        expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
      }),
      { numRuns: 100 },
    );
  });
  it("exercises onset absent and present, every population, and grief signs", () => {
    const cases = fc.sample(arbValidCase(), { numRuns: 400, seed: 3 });
    expect(cases.some((c) => c.episode.onset === undefined)).toBe(true);
    expect(cases.some((c) => c.episode.onset !== undefined)).toBe(true);
    expect(cases.some((c) => c.population === undefined)).toBe(true);
    expect(new Set(cases.map((c) => c.population)).size).toBe(5);
    expect(cases.some((c) => c.lifeEvents.some((e) => (e.griefSigns?.length ?? 0) > 0))).toBe(true);
    expect(cases.some((c) => (c.measures?.length ?? 0) > 0)).toBe(true);
  });
});

describe("arbJsonValue", () => {
  const keysOf = (v: JsonValue, out = new Set<string>()): Set<string> => {
    if (Array.isArray(v)) for (const x of v) keysOf(x, out);
    else if (typeof v === "object" && v !== null)
      for (const [k, x] of Object.entries(v)) {
        out.add(k);
        keysOf(x, out);
      }
    return out;
  };
  it("produces own __proto__ keys, lone surrogates and deep nesting", () => {
    const values = fc.sample(arbJsonValue(), { numRuns: 1000, seed: 11 });
    const keys = new Set(values.flatMap((v) => [...keysOf(v)]));
    for (const k of ["__proto__", "constructor", "prototype"]) expect(keys.has(k)).toBe(true);
    const text = values.map((v) => (typeof v === "string" ? v : "")).join("");
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).toBe(true);
    const depth = (v: JsonValue): number => {
      let d = 0;
      let cur: JsonValue = v;
      while (typeof cur === "object" && cur !== null) {
        const next: JsonValue | undefined = Array.isArray(cur) ? cur[0] : Object.values(cur)[0];
        if (next === undefined) break;
        cur = next;
        d++;
      }
      return d;
    };
    expect(Math.max(...values.map(depth))).toBeGreaterThanOrEqual(100);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(HOSTILE_KEYS).toContain("__proto__");
  });
  it("arbCaseShapedJson gives objects with case keys", () => {
    const values = fc.sample(arbCaseShapedJson(), { numRuns: 50, seed: 5 });
    expect(values.some((v) => typeof v === "object" && v !== null && "relationships" in v)).toBe(
      true,
    );
  });
});

describe("mutations", () => {
  it("every kind of mutation is reachable", () => {
    const seen = new Set(
      fc
        .sample(arbMutatedCase(), { numRuns: 400, seed: 9 })
        .flatMap((m) => m.mutations.map((x) => x.kind)),
    );
    expect([...seen].sort()).toEqual([...MUTATION_KINDS].sort());
  });
  it("applyMutation does not change its input, and sets keys as own properties", () => {
    const input = { a: { b: 1 } };
    const m: Mutation = {
      kind: "extra-key",
      path: ["a"],
      key: "__proto__",
      value: { polluted: true },
      invalidates: true,
    };
    const out = applyMutation(input, m) as { a: object };
    expect(input).toEqual({ a: { b: 1 } });
    expect(Object.keys(out.a)).toEqual(["b", "__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const dropped = applyMutation(input, {
      kind: "drop-key",
      path: ["a", "b"],
      invalidates: false,
    });
    expect(dropped).toEqual({ a: {} });
  });
  it("a later mutation at or above an earlier one's path undoes it", () => {
    const early: Mutation = {
      kind: "bad-date",
      path: ["episode", "onset"],
      value: "x",
      invalidates: true,
    };
    const drop: Mutation = { kind: "drop-key", path: ["episode"], invalidates: false };
    const elsewhere: Mutation = { kind: "drop-key", path: ["social"], invalidates: false };
    expect(liveMutations([early, drop])).toEqual([drop]);
    expect(liveMutations([early, elsewhere])).toEqual([early, elsewhere]);
  });
  it("a planted sentinel appears in the mutated input", () => {
    const ms = fc.sample(arbMutatedCase({ sentinel: "QQSENT", kinds: ["plant"] }), {
      numRuns: 50,
      seed: 4,
    });
    for (const m of ms) expect(JSON.stringify(m.input)).toContain("QQSENT");
  });
});
