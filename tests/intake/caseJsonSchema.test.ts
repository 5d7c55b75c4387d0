/**
 * The shipped JSON Schema (draft 2020-12) and decodeCase agree on every structural question;
 * what the schema cannot express is listed, and only the decoder rejects it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { decodeCase } from "ipt-formulation";
import { CASE_JSON_SCHEMA_ID, caseJsonSchema } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";
import { arbMutatedCase } from "../arbitraries/mutate.js";
import { codesOf, fullCase, minimalCase, type Rec, withAt } from "../io/helpers.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(caseJsonSchema());
const ajvAccepts = (u: unknown): boolean => validate(u) === true;
const decoderAccepts = (u: unknown): boolean => E.isRight(decodeCase(u));

const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const fixtures: [string, unknown][] = readdirSync(fixturesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(`${fixturesDir}${f}`, "utf8")) as unknown]);

/** Structurally invalid cases: both must reject each one. */
const structural: [string, unknown][] = [
  ["not an object", []],
  ["null", null],
  ["a string", "ipt-case/1"],
  ["missing format", withAt(fullCase(), ["format"], undefined)],
  ["missing assessedOn", withAt(fullCase(), ["assessedOn"], undefined)],
  ["missing episode", withAt(fullCase(), ["episode"], undefined)],
  ["missing relationships", withAt(minimalCase(), ["relationships"], undefined)],
  ["missing lifeEvents", withAt(minimalCase(), ["lifeEvents"], undefined)],
  ["missing relationship id", withAt(fullCase(), ["relationships", 1, "id"], undefined)],
  ["missing relationship label", withAt(fullCase(), ["relationships", 1, "label"], undefined)],
  ["missing relationship role", withAt(fullCase(), ["relationships", 1, "role"], undefined)],
  ["missing relationship circle", withAt(fullCase(), ["relationships", 1, "circle"], undefined)],
  ["missing relationship status", withAt(fullCase(), ["relationships", 1, "status"], undefined)],
  ["missing event kind", withAt(fullCase(), ["lifeEvents", 1, "kind"], undefined)],
  ["missing event date", withAt(fullCase(), ["lifeEvents", 1, "date"], undefined)],
  ["missing measure items", withAt(fullCase(), ["measures", 0, "items"], undefined)],
  ["missing measure instrument", withAt(fullCase(), ["measures", 0, "instrument"], undefined)],
  ["wrong format", withAt(fullCase(), ["format"], "ipt-case/2")],
  ["episode an array", withAt(fullCase(), ["episode"], [])],
  ["relationships an object", withAt(minimalCase(), ["relationships"], {})],
  ["priorEpisodes a string", withAt(fullCase(), ["episode", "priorEpisodes"], "1")],
  ["priorEpisodes fractional", withAt(fullCase(), ["episode", "priorEpisodes"], 1.5)],
  ["priorEpisodes negative", withAt(fullCase(), ["episode", "priorEpisodes"], -1)],
  ["priorEpisodes past 2^53", withAt(fullCase(), ["episode", "priorEpisodes"], 2 ** 53)],
  ["label a number", withAt(fullCase(), ["relationships", 0, "label"], 1)],
  ["label too long", withAt(fullCase(), ["relationships", 0, "label"], "x".repeat(81))],
  ["label of 81 emoji", withAt(fullCase(), ["relationships", 0, "label"], "😀".repeat(81))],
  ["empty label", withAt(fullCase(), ["relationships", 0, "label"], "")],
  ["id too long", withAt(fullCase(), ["id"], "x".repeat(65))],
  ["empty instrument", withAt(fullCase(), ["measures", 0, "instrument"], "")],
  ["bad population", withAt(fullCase(), ["population"], "child")],
  ["bad condition", withAt(fullCase(), ["condition"], "flu")],
  ["bad role", withAt(fullCase(), ["relationships", 0, "role"], "boss")],
  ["bad circle", withAt(fullCase(), ["relationships", 0, "circle"], "Inner")],
  ["bad status", withAt(fullCase(), ["relationships", 0, "status"], "alive")],
  ["bad contact", withAt(fullCase(), ["relationships", 0, "contact"], "hourly")],
  ["bad dispute stage", withAt(fullCase(), ["relationships", 1, "disputeStage"], "war")],
  ["bad kind", withAt(fullCase(), ["lifeEvents", 1, "kind"], "wedding")],
  ["bad grief sign", withAt(fullCase(), ["lifeEvents", 0, "griefSigns", 0], "sadness")],
  [
    "eleven grief signs",
    withAt(fullCase(), ["lifeEvents", 0, "griefSigns"], Array(11).fill("yearning")),
  ],
  ["scale 5", withAt(fullCase(), ["relationships", 0, "support"], 5)],
  ["scale -1", withAt(fullCase(), ["relationships", 0, "conflict"], -1)],
  ["scale 2.5", withAt(fullCase(), ["lifeEvents", 0, "distress"], 2.5)],
  ["scale '2'", withAt(fullCase(), ["social", "loneliness"], "2")],
  ["boolean as string", withAt(fullCase(), ["social", "lifelongIsolation"], "true")],
  ["item a string", withAt(fullCase(), ["measures", 0, "items", 0], "2")],
  ["item fractional", withAt(fullCase(), ["measures", 0, "items", 0], 0.5)],
  ["201 items", withAt(fullCase(), ["measures", 0, "items"], Array(201).fill(0))],
  ["relationshipIds a string", withAt(fullCase(), ["lifeEvents", 0, "relationshipIds"], "mother")],
  ["unknown key at root", { ...fullCase(), name: "Jane" }],
  ["unknown key in episode", withAt(fullCase(), ["episode", "x"], 1)],
  ["unknown key in relationship", withAt(fullCase(), ["relationships", 0, "x"], 1)],
  ["unknown key in event", withAt(fullCase(), ["lifeEvents", 0, "x"], 1)],
  ["unknown key in social", withAt(fullCase(), ["social", "x"], 1)],
  ["unknown key in measure", withAt(fullCase(), ["measures", 0, "x"], 1)],
  [
    "JSON __proto__ key at root",
    JSON.parse(`${JSON.stringify(fullCase()).slice(0, -1)},"__proto__":{"polluted":true}}`),
  ],
  ["assessedOn a year", withAt(fullCase(), ["assessedOn"], "2026")],
  ["assessedOn a month", withAt(fullCase(), ["assessedOn"], "2026-01")],
  ...["2025-1", "25", "2025/01", "2025-13", "2025-00", "2025-01-32", "2025-01-01T00:00", ""].map(
    (d): [string, unknown] => [
      `onset ${JSON.stringify(d)}`,
      withAt(fullCase(), ["episode", "onset"], d),
    ],
  ),
  ["bad conflictSince format", withAt(fullCase(), ["relationships", 1, "conflictSince"], "March")],
  ["bad event date format", withAt(fullCase(), ["lifeEvents", 0, "date"], "2025-8-30")],
  ["bad administeredOn format", withAt(fullCase(), ["measures", 0, "administeredOn"], "20260120")],
];

/**
 * What JSON Schema cannot express: ajv accepts each of these, the decoder rejects it with the
 * given code. Keep in step with docs/case-format.md ("What the JSON Schema does not check").
 */
const crossFieldOnly: [string, unknown, string][] = [
  [
    "duplicate relationship ids",
    withAt(fullCase(), ["relationships", 1, "id"], "mother"),
    "duplicate-id",
  ],
  [
    "duplicate life event ids",
    withAt(fullCase(), ["lifeEvents", 1, "id"], "mother-died"),
    "duplicate-id",
  ],
  [
    "unresolved relationshipIds entry",
    withAt(fullCase(), ["lifeEvents", 0, "relationshipIds", 0], "ghost"),
    "unknown-reference",
  ],
  [
    "unresolved relatesTo",
    withAt(fullCase(), ["measures", 1, "relatesTo"], "ghost"),
    "unknown-reference",
  ],
  [
    "onset after assessedOn",
    withAt(fullCase(), ["episode", "onset"], "2026-02"),
    "date-after-assessment",
  ],
  [
    "conflictSince after assessedOn",
    withAt(fullCase(), ["relationships", 1, "conflictSince"], "2027"),
    "date-after-assessment",
  ],
  [
    "event date after assessedOn",
    withAt(fullCase(), ["lifeEvents", 1, "date"], "2026-01-21"),
    "date-after-assessment",
  ],
  [
    "administeredOn after assessedOn",
    withAt(fullCase(), ["measures", 0, "administeredOn"], "2026-01-21"),
    "date-after-assessment",
  ],
  [
    "grief signs on a non-loss",
    withAt(fullCase(), ["lifeEvents", 1, "griefSigns"], ["yearning"]),
    "grief-signs-not-loss",
  ],
  [
    "duplicate grief signs",
    withAt(fullCase(), ["lifeEvents", 0, "griefSigns"], ["yearning", "yearning"]),
    "duplicate-value",
  ],
  ["30 February", withAt(fullCase(), ["lifeEvents", 0, "date"], "2025-02-30"), "invalid-date"],
  [
    "29 February of a common year",
    withAt(fullCase(), ["assessedOn"], "2025-02-29"),
    "invalid-date",
  ],
  ["31 April", withAt(fullCase(), ["episode", "onset"], "2025-04-31"), "invalid-date"],
  ["year 0000", withAt(fullCase(), ["episode", "onset"], "0000"), "invalid-date"],
  [
    "more relationships than the size limit",
    {
      ...minimalCase(),
      relationships: Array.from({ length: 2001 }, (_, i) => ({
        id: `r${i}`,
        label: "R",
        role: "friend",
        circle: "outer",
        status: "active",
      })),
    },
    "too-many",
  ],
  [
    "more measures than the size limit",
    {
      ...minimalCase(),
      measures: Array.from({ length: 101 }, () => ({
        instrument: "gad-7",
        administeredOn: "2020",
        items: [0, 0, 0, 0, 0, 0, 0],
      })),
    },
    "too-many",
  ],
  // The instrument registry (built-in or the `registry` option) is not in the schema either.
  [
    "an instrument the registry does not know",
    withAt(fullCase(), ["measures", 0, "instrument"], "phq-10"),
    "unknown-instrument",
  ],
  ["a wrong item count", withAt(fullCase(), ["measures", 0, "items"], [1, 2, 3]), "item-count"],
  [
    "an item out of the instrument's range",
    withAt(fullCase(), ["measures", 0, "items", 0], 9),
    "item-out-of-range",
  ],
];

describe("the generated schema", () => {
  it("is draft 2020-12 with the package $id and a title, and compiles in ajv strict mode", () => {
    const s = caseJsonSchema();
    expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(s.$id).toBe(CASE_JSON_SCHEMA_ID);
    expect(s.title).toBe("IPT case file, format ipt-case/1");
    expect(typeof validate).toBe("function");
  });
  it("is a fresh object each call", () => {
    const a = caseJsonSchema();
    (a.properties as Rec).format = {};
    expect(caseJsonSchema()).not.toEqual(a);
  });
  it("is plain JSON", () => {
    const s = caseJsonSchema();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it("leaves the defaulted fields out of `required`", () => {
    expect(caseJsonSchema().required).toEqual([
      "format",
      "assessedOn",
      "episode",
      "relationships",
      "lifeEvents",
    ]);
  });
});

describe("ajv and decodeCase agree", () => {
  it.each(fixtures)("on the sample case %s (both accept)", (_f, json) => {
    expect(ajvAccepts(json)).toBe(true);
    expect(decoderAccepts(json)).toBe(true);
  });
  it("on 250 generated valid cases (both accept)", () => {
    const corpus = fc.sample(
      arbValidCase({ withRelatesTo: true, missingItems: true, text: "unicode" }),
      {
        numRuns: 150,
        seed: 20260120,
      },
    );
    corpus.push(...fc.sample(arbValidCase(), { numRuns: 100, seed: 7 }));
    expect(corpus).toHaveLength(250);
    for (const c of corpus) {
      expect(ajvAccepts(c), JSON.stringify(validate.errors)).toBe(true);
      expect(decoderAccepts(c)).toBe(true);
    }
  });
  it.each(structural)("on a structurally invalid case: %s (both reject)", (_name, u) => {
    expect(ajvAccepts(u)).toBe(false);
    expect(decoderAccepts(u)).toBe(false);
  });
  it("on generated structural mutations (type swaps, unknown keys, bad enums, huge strings, dropped fields)", () => {
    const corpus = fc.sample(
      arbMutatedCase({
        kinds: ["swap-type", "extra-key", "bad-enum", "huge-string", "drop-key"],
        maxMutations: 2,
        hugeStringLength: 200,
      }),
      { numRuns: 300, seed: 42 },
    );
    let rejected = 0;
    for (const m of corpus) {
      const a = ajvAccepts(m.input);
      expect(decoderAccepts(m.input), JSON.stringify(m.mutations).slice(0, 500)).toBe(a);
      if (!a) rejected++;
    }
    expect(rejected).toBeGreaterThan(200);
  });
});

describe("cross-field rules only the decoder checks", () => {
  it.each(crossFieldOnly)("%s: ajv accepts, the decoder rejects", (_name, u, code) => {
    expect(ajvAccepts(u)).toBe(true);
    expect(codesOf(u).map((c) => c.split("@")[0])).toContain(code);
  });
});
