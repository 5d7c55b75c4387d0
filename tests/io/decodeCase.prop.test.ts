/**
 * Properties of decodeCase over generated input: valid cases decode to themselves plus
 * defaults, arbitrary JSON never throws, mutations are rejected, messages never echo input.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import {
  CASE_ISSUE_CODES,
  type CaseError,
  type CaseIssue,
  decodeCase,
  type MeasureItemsValidator,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { arbValidCase, SAFE_INSTRUMENTS } from "../arbitraries/case.js";
import { arbCaseShapedJson, arbJsonValue } from "../arbitraries/json.js";
import { arbMutatedCase } from "../arbitraries/mutate.js";

/** A stand-in for the measures registry: PHQ-9, GAD-7 and EPDS, items 0..3 or null. */
const registryStub: MeasureItemsValidator = (m) => {
  const n = (SAFE_INSTRUMENTS as Readonly<Record<string, number>>)[m.instrument];
  if (n === undefined)
    return [{ code: "unknown-instrument", path: "instrument", message: "unknown instrument" }];
  const out: CaseIssue[] = [];
  if (m.items.length !== n)
    out.push({ code: "item-count", path: "items", message: "wrong item count" });
  m.items.forEach((x, i) => {
    if (x !== null && (x < 0 || x > 3))
      out.push({ code: "item-out-of-range", path: `items[${i}]`, message: "item out of range" });
  });
  return out;
};

/** Whether the sentinel occurs in any string or key of a value. */
const hasSentinel = (u: unknown, s: string): boolean => {
  if (typeof u === "string") return u.includes(s);
  if (typeof u !== "object" || u === null) return false;
  return Object.entries(u).some(([k, v]) => k.includes(s) || hasSentinel(v, s));
};

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

const wellFormed = (e: CaseError): void => {
  expect(e.kind).toBe("case-error");
  expect(e.issues.length).toBeGreaterThan(0);
  for (const i of e.issues) {
    expect(CASE_ISSUE_CODES).toContain(i.code);
    expect(typeof i.path).toBe("string");
    expect(i.message.length).toBeGreaterThan(0);
  }
};

describe("valid cases", () => {
  it("every generated valid case decodes, with or without a registry validator", () => {
    fc.assert(
      fc.property(arbValidCase({ withRelatesTo: true, missingItems: true }), (c) => {
        const plain = decodeCase(c);
        const checked = decodeCase(c, { validateMeasureItems: registryStub });
        if (E.isLeft(plain)) expect.fail(JSON.stringify(plain.left.issues));
        if (E.isLeft(checked)) expect.fail(JSON.stringify(checked.left.issues));
      }),
      { numRuns: 300 },
    );
  });
  it("decoding gives the input back with the defaults filled in", () => {
    fc.assert(
      fc.property(arbValidCase(), (c) => {
        const r = decodeCase(c);
        expect(r).toEqual(
          E.right({ population: "adult", condition: "depression", measures: [], ...c }),
        );
      }),
    );
  });
  it("larger cases decode too", () => {
    fc.assert(
      fc.property(
        arbValidCase({
          minRelationships: 20,
          maxRelationships: 60,
          minEvents: 20,
          maxEvents: 60,
          maxMeasures: 20,
        }),
        (c) => E.isRight(decodeCase(c)),
      ),
      { numRuns: 20 },
    );
  });
  it("decoding is deterministic and does not change its input", () => {
    fc.assert(
      fc.property(arbValidCase(), (c) => {
        const before = structuredClone(c);
        expect(decodeCase(c)).toEqual(decodeCase(c));
        expect(c).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});

describe("arbitrary input never throws", () => {
  it("arbitrary JSON gives a Left with well-formed issues", () => {
    fc.assert(
      fc.property(arbJsonValue(), (j) => {
        const r = decodeCase(j);
        expect(E.isLeft(r)).toBe(true);
        if (E.isLeft(r)) wellFormed(r.left);
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("case-shaped random JSON never throws, and a Left is well formed", () => {
    fc.assert(
      fc.property(arbCaseShapedJson(), (j) => {
        const r = decodeCase(j, { validateMeasureItems: registryStub });
        if (E.isLeft(r)) wellFormed(r.left);
      }),
      { numRuns: 300 },
    );
  });
  it("JSON text with __proto__ keys at every level never pollutes Object.prototype", () => {
    fc.assert(
      fc.property(arbJsonValue({ deepNesting: false }), (j) => {
        const v = JSON.stringify(j);
        const text = `{"format":"ipt-case/1","assessedOn":"2026-01-20","__proto__":${v},"episode":{"__proto__":${v}},"relationships":[{"__proto__":${v},"constructor":{"prototype":${v}}}],"lifeEvents":[{"__proto__":${v}}],"social":{"__proto__":${v}},"measures":[{"__proto__":${v}}]}`;
        const r = decodeCase(JSON.parse(text));
        expect(E.isLeft(r)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTO_NAMES);
      }),
    );
  });
});

describe("mutated cases", () => {
  it("a mutation that certainly invalidates gives a Left; other mutations never throw", () => {
    fc.assert(
      fc.property(arbMutatedCase({ maxMutations: 3 }), (m) => {
        const r = decodeCase(m.input);
        if (m.invalid) expect(E.isLeft(r)).toBe(true);
        if (E.isLeft(r)) wellFormed(r.left);
      }),
      { numRuns: 300 },
    );
  });
  it("dropping only an optional field keeps a case valid", () => {
    fc.assert(
      fc.property(arbMutatedCase({ kinds: ["drop-key"] }), (m) => {
        fc.pre(!m.invalid);
        expect(E.isRight(decodeCase(m.input))).toBe(true);
      }),
    );
  });
  it("messages never contain a sentinel planted in labels, ids, keys, enum values and dates", () => {
    const sentinel = "Zq9SENTINELxJ";
    let planted = 0;
    fc.assert(
      fc.property(
        arbMutatedCase({ sentinel, maxMutations: 4, hugeStringLength: 1000 }),
        fc.boolean(),
        (m, withRegistry) => {
          const r = decodeCase(m.input, withRegistry ? { validateMeasureItems: registryStub } : {});
          if (E.isRight(r)) return;
          if (hasSentinel(m.input, sentinel)) planted++;
          const text = JSON.stringify(r.left);
          expect(text).not.toContain(sentinel);
          // nor any part of it long enough to identify it
          expect(text).not.toContain("SENTINEL");
        },
      ),
      { numRuns: 400 },
    );
    // the property is not vacuous: most rejected inputs did carry the sentinel
    expect(planted).toBeGreaterThan(200);
  });
});
