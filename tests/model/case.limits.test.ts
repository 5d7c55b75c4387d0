/**
 * The zod schemas of `ipt-case/1` at their limits, used directly as an app validating a part
 * of a case would: every field of every part accepted, each length and count limit exactly
 * (the last accepted value and the first rejected one), the defaults filled in, and a
 * malformed date told apart from a well-formed one that is not a calendar date.
 *
 * Stryker counts these schema definitions as static mutants (they run while the module
 * loads), which the project's `ignoreStatic` leaves out of the score, so nothing else here
 * would notice `.max(64)` turned into `.min(64)`.
 */
import {
  CaseSchema,
  DaySchema,
  EpisodeSchema,
  GRIEF_SIGNS,
  LifeEventSchema,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MEASURE_ITEMS,
  MeasureSchema,
  PartialDateSchema,
  RelationshipSchema,
  SocialSchema,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fullCase, minimalCase, type Rec, withAt } from "../io/helpers.js";

const full = fullCase() as {
  episode: Rec;
  relationships: Rec[];
  lifeEvents: Rec[];
  social: Rec;
  measures: Rec[];
};

/** Each part schema with a sample of that part using all its fields (from `fullCase`). */
const PARTS: readonly [string, z.ZodType, Rec][] = [
  ["EpisodeSchema", EpisodeSchema, full.episode],
  ["RelationshipSchema", RelationshipSchema, full.relationships[1] as Rec],
  ["LifeEventSchema", LifeEventSchema, full.lifeEvents[0] as Rec],
  ["SocialSchema", SocialSchema, full.social],
  ["MeasureSchema", MeasureSchema, full.measures[1] as Rec],
];

/** The zod issues of parsing `value`, as `code` plus the limit or format where there is one. */
const issueSummary = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const at = i.path.join(".");
    if (i.code === "too_big") return `${at} too_big ${String(i.maximum)}`;
    if (i.code === "too_small") return `${at} too_small ${String(i.minimum)}`;
    if (i.code === "invalid_format") return `${at} invalid_format ${i.format}`;
    if (i.code === "custom") return `${at} custom ${JSON.stringify(i.params)}`;
    return `${at} ${i.code}`;
  });
};

describe("part schemas", () => {
  it.each(PARTS)("%s accepts a part with every field and keeps it whole", (_name, schema, part) => {
    expect(schema.parse(part)).toEqual(part);
  });
  it.each(PARTS)("%s rejects an unknown key beside valid fields", (_name, schema, part) => {
    expect(issueSummary(schema, { ...part, extra: 1 })).toEqual([" unrecognized_keys"]);
  });
  it("EpisodeSchema and SocialSchema accept an empty object (every field is optional)", () => {
    expect(EpisodeSchema.parse({})).toEqual({});
    expect(SocialSchema.parse({})).toEqual({});
  });
});

const chars = (n: number): string => "x".repeat(n);
const ID = MAX_ID_LENGTH;

/**
 * One limit: the schema, a valid sample, the path to vary, and the values on either side of
 * the limit with the issue each gives (none for an accepted value).
 */
const LIMITS: readonly [string, z.ZodType, Rec, (string | number)[], [unknown, string[]][]][] = [
  [
    "a relationship id: 1..64 characters",
    RelationshipSchema,
    full.relationships[0] as Rec,
    ["id"],
    [
      ["", ["id too_small 1"]],
      [chars(1), []],
      [chars(ID), []],
      [chars(ID + 1), ["id too_big 64"]],
    ],
  ],
  [
    "a relationship label: 1..80 characters",
    RelationshipSchema,
    full.relationships[0] as Rec,
    ["label"],
    [
      ["", ["label too_small 1"]],
      [chars(1), []],
      [chars(MAX_LABEL_LENGTH), []],
      [chars(MAX_LABEL_LENGTH + 1), ["label too_big 80"]],
    ],
  ],
  [
    "a life event id: 1..64 characters",
    LifeEventSchema,
    full.lifeEvents[1] as Rec,
    ["id"],
    [
      ["", ["id too_small 1"]],
      [chars(ID), []],
      [chars(ID + 1), ["id too_big 64"]],
    ],
  ],
  [
    "a life event's relationship id: 1..64 characters",
    LifeEventSchema,
    full.lifeEvents[0] as Rec,
    ["relationshipIds", 0],
    [
      ["", ["relationshipIds.0 too_small 1"]],
      [chars(ID), []],
      [chars(ID + 1), ["relationshipIds.0 too_big 64"]],
    ],
  ],
  [
    "grief signs: none up to all ten",
    LifeEventSchema,
    full.lifeEvents[0] as Rec,
    ["griefSigns"],
    [
      [[], []],
      [["yearning"], []],
      [[...GRIEF_SIGNS], []],
      [[...GRIEF_SIGNS, "yearning"], ["griefSigns too_big 10"]],
    ],
  ],
  [
    "an instrument id: 1..64 characters",
    MeasureSchema,
    full.measures[0] as Rec,
    ["instrument"],
    [
      ["", ["instrument too_small 1"]],
      [chars(1), []],
      [chars(ID), []],
      [chars(ID + 1), ["instrument too_big 64"]],
    ],
  ],
  [
    "the loss a measure relates to: 1..64 characters",
    MeasureSchema,
    full.measures[1] as Rec,
    ["relatesTo"],
    [
      ["", ["relatesTo too_small 1"]],
      [chars(ID), []],
      [chars(ID + 1), ["relatesTo too_big 64"]],
    ],
  ],
  [
    "measure items: none up to 200",
    MeasureSchema,
    full.measures[0] as Rec,
    ["items"],
    [
      [[], []],
      [[1], []],
      [Array(MAX_MEASURE_ITEMS).fill(null), []],
      [Array(MAX_MEASURE_ITEMS + 1).fill(0), ["items too_big 200"]],
    ],
  ],
  [
    "prior episodes: an integer from 0",
    EpisodeSchema,
    full.episode,
    ["priorEpisodes"],
    [
      [-1, ["priorEpisodes too_small 0"]],
      [0, []],
      [1, []],
      [12, []],
      [1.5, ["priorEpisodes invalid_type"]],
    ],
  ],
  [
    "a case id: 1..64 characters",
    CaseSchema,
    fullCase(),
    ["id"],
    [
      ["", ["id too_small 1"]],
      [chars(1), []],
      [chars(ID), []],
      [chars(ID + 1), ["id too_big 64"]],
    ],
  ],
];

describe("limits: the last value accepted and the first rejected", () => {
  it.each(LIMITS)("%s", (_name, schema, base, path, cases) => {
    for (const [value, expected] of cases)
      expect(issueSummary(schema, withAt(base, path, value)), JSON.stringify(value)).toEqual(
        expected,
      );
  });
});

describe("CaseSchema defaults", () => {
  it("fills in population adult, condition depression and no measures", () => {
    const c = CaseSchema.parse(minimalCase());
    expect(c.population).toBe("adult");
    expect(c.condition).toBe("depression");
    expect(c.measures).toEqual([]);
  });
  it("keeps the values given", () => {
    const c = CaseSchema.parse({
      ...minimalCase(),
      population: "perinatal",
      condition: "ptsd",
      measures: full.measures,
    });
    expect(c.population).toBe("perinatal");
    expect(c.condition).toBe("ptsd");
    expect(c.measures).toEqual(full.measures);
  });
  it("a case with every field parses to itself", () => {
    expect(CaseSchema.parse(fullCase())).toEqual(fullCase());
  });
});

describe("date schemas: malformed text, and well-formed text that is no calendar date", () => {
  const CALENDAR = ' custom {"code":"invalid-date"}';
  const FORMAT = " invalid_format regex";
  it.each<[string, string, z.ZodType, string[]]>([
    ["PartialDateSchema", "0001", PartialDateSchema, []],
    ["PartialDateSchema", "9999-12-31", PartialDateSchema, []],
    ["PartialDateSchema", "2025-12", PartialDateSchema, []],
    ["PartialDateSchema", "2025-02-30", PartialDateSchema, [CALENDAR]],
    ["PartialDateSchema", "0000", PartialDateSchema, [CALENDAR]],
    ["PartialDateSchema", "2025-13", PartialDateSchema, [FORMAT, CALENDAR]],
    ["PartialDateSchema", "2025-00", PartialDateSchema, [FORMAT, CALENDAR]],
    ["PartialDateSchema", "2025-01-32", PartialDateSchema, [FORMAT, CALENDAR]],
    ["PartialDateSchema", "2025-1", PartialDateSchema, [FORMAT, CALENDAR]],
    ["PartialDateSchema", "x2025", PartialDateSchema, [FORMAT, CALENDAR]],
    ["DaySchema", "2024-02-29", DaySchema, []],
    ["DaySchema", "2025-02-29", DaySchema, [CALENDAR]],
    ["DaySchema", "2025-02", DaySchema, [FORMAT]],
    ["DaySchema", "2025", DaySchema, [FORMAT]],
    ["DaySchema", "2025-12-32", DaySchema, [FORMAT, CALENDAR]],
  ])("%s %j", (_name, text, schema, expected) => {
    expect(issueSummary(schema, text)).toEqual(expected);
  });
  it("a bad date inside a case is reported at its path", () => {
    const bad = withAt(fullCase(), ["lifeEvents", 1, "date"], "2025-02-30");
    expect(issueSummary(CaseSchema, bad)).toEqual([`lifeEvents.1.date${CALENDAR}`]);
  });
});
