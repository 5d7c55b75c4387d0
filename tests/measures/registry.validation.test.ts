/**
 * validateInstrument's issues, exactly (code, path and message), and the edges of each
 * rule: an app shows these messages to whoever registers an instrument, so the words are
 * behaviour. A message reads after its path, which it does not repeat. Written to kill the mutants Stryker found surviving in
 * src/measures/registry.ts (registry.test.ts checks codes and paths only).
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REGISTRY,
  GAD7,
  type Instrument,
  instrumentRange,
  PG13R,
  validateInstrument,
} from "../../src/measures/index.js";
import { GAD2 as custom } from "./support.js";

const plain: Instrument = { ...custom, casenessBand: null };
const band = (id: string, min: number, max: number) => ({ id, label: id, min, max, source: "s" });
const flag = {
  code: "suicide-risk",
  item: 1,
  min: 1,
  max: 3,
  severity: "urgent",
  message: "m",
  source: "s",
} as const;
const pg = PG13R.prolongedGrief;
if (pg === null) throw new Error("PG-13-R has an algorithm");
const pgx = (over: Partial<typeof pg>): Instrument => ({
  ...PG13R,
  id: "pg-x",
  prolongedGrief: { ...pg, ...over },
});

const issue = (code: string, path: string, message: string) => ({ code, path, message });
const itemRef = (path: string, last: number) =>
  issue("invalid-reference", path, `must be an index into items (0 to ${last})`);

describe("validateInstrument: every issue, word for word", () => {
  it.each<[string, unknown, ReturnType<typeof issue>[]]>([
    [
      "an id that is not kebab-case",
      { ...custom, id: "Bad_Id" },
      [issue("invalid-instrument-id", "id", "must be a kebab-case id of at most 64 characters")],
    ],
    [
      "an id of 65 characters",
      { ...custom, id: "a".repeat(65) },
      [issue("invalid-instrument-id", "id", "must be a kebab-case id of at most 64 characters")],
    ],
    ["an id of 64 characters", { ...custom, id: "a".repeat(64) }, []],
    ["a built-in's id", GAD7, [issue("duplicate-instrument", "id", "is already registered")]],
    [
      "blank or missing texts",
      { ...custom, shortName: " ", name: "", citation: 5 },
      [
        issue("invalid-text", "shortName", "must be text"),
        issue("invalid-text", "name", "must be text"),
        issue("invalid-text", "citation", "must be text"),
      ],
    ],
    [
      "no items",
      { ...custom, items: [] },
      [issue("invalid-items", "items", "must hold at least one item")],
    ],
    [
      "an item with min = max, and one with a fractional min",
      {
        ...custom,
        items: [
          { ...custom.items[0], min: 2, max: 2 },
          { ...custom.items[1], min: 0.5 },
        ],
      },
      [
        issue("invalid-item-range", "items[0]", "must have integer min and max with min below max"),
        issue("invalid-item-range", "items[1]", "must have integer min and max with min below max"),
      ],
    ],
    [
      "no scored item",
      { ...custom, items: custom.items.map((i) => ({ ...i, scored: false })) },
      [issue("invalid-items", "items", "must hold at least one scored item")],
    ],
    [
      "bands with a gap",
      { ...plain, bands: [band("a", 0, 2), band("b", 4, 6)] },
      [
        issue(
          "invalid-bands",
          "bands[1].min",
          "must be one more than bands[0].max (bands are contiguous and ascending)",
        ),
      ],
    ],
    [
      "bands that overlap",
      { ...plain, bands: [band("a", 0, 3), band("b", 3, 6)] },
      [
        issue(
          "invalid-bands",
          "bands[1].min",
          "must be one more than bands[0].max (bands are contiguous and ascending)",
        ),
      ],
    ],
    [
      "bands that start above the lowest total",
      { ...plain, bands: [band("a", 1, 2), band("b", 3, 6)] },
      [issue("invalid-bands", "bands[0].min", "must equal the lowest possible total")],
    ],
    [
      "bands that stop below the highest total",
      { ...plain, bands: [band("a", 0, 2), band("b", 3, 5)] },
      [issue("invalid-bands", "bands[1].max", "must equal the highest possible total")],
    ],
    [
      "a repeated band id",
      { ...plain, bands: [band("a", 0, 2), band("a", 3, 6)] },
      [issue("invalid-bands", "bands[1].id", "must be a unique kebab-case id")],
    ],
    [
      "a band id that is not kebab-case",
      { ...plain, bands: [band("A b", 0, 2), band("b", 3, 6)] },
      [issue("invalid-bands", "bands[0].id", "must be a unique kebab-case id")],
    ],
    [
      "a band with min above max",
      { ...plain, bands: [band("a", 0, 2), band("b", 5, 3)] },
      [issue("invalid-bands", "bands[1]", "must have integer min and max with min not above max")],
    ],
    [
      "a band with a fractional bound",
      { ...plain, bands: [band("a", 0, 2.5), band("b", 3, 6)] },
      [issue("invalid-bands", "bands[0]", "must have integer min and max with min not above max")],
    ],
    [
      "no bands",
      { ...plain, bands: [] },
      [issue("invalid-bands", "bands", "must hold at least one band")],
    ],
    [
      "a band without label or source",
      {
        ...custom,
        bands: [{ ...band("below", 0, 2), label: "", source: "" }, band("positive", 3, 6)],
      },
      [
        issue("invalid-text", "bands[0].label", "must be text"),
        issue("invalid-text", "bands[0].source", "must name a source"),
      ],
    ],
    [
      "an alternative band set short of the range",
      {
        ...custom,
        alternativeBandSets: [{ id: "x", label: "x", source: "s", bands: [band("a", 0, 5)] }],
      },
      [
        issue(
          "invalid-bands",
          "alternativeBandSets[0].bands[0].max",
          "must equal the highest possible total",
        ),
      ],
    ],
    [
      "subscales outside the items, repeated or empty",
      {
        ...custom,
        subscales: [
          { id: "s", label: "s", items: [0, 2], source: "s" },
          { id: "t", label: "t", items: [1, 1], source: "s" },
          { id: "u", label: "u", items: [], source: "s" },
          { id: "v", label: "v", items: [-1, 0.5], source: "s" },
        ],
      },
      [
        itemRef("subscales[0].items[1]", 1),
        issue("invalid-reference", "subscales[1].items", "must list distinct item indices"),
        issue("invalid-reference", "subscales[2].items", "must list distinct item indices"),
        itemRef("subscales[3].items[0]", 1),
        itemRef("subscales[3].items[1]", 1),
      ],
    ],
    [
      "item flags outside the items or their range",
      {
        ...custom,
        itemFlags: [
          flag,
          { ...flag, item: 2 },
          { ...flag, min: 0, max: 4 },
          { ...flag, min: 2, max: 1 },
          { ...flag, min: 0, max: 3 },
          { ...flag, item: -1 },
          { ...flag, min: -1 },
          { ...flag, min: 1.5 },
          { ...flag, max: 2.5 },
        ],
      },
      [
        itemRef("itemFlags[1].item", 1),
        ...[2, 3].map((j) =>
          issue(
            "invalid-parameter",
            `itemFlags[${j}]`,
            "must have integer min and max inside the item's range, min not above max",
          ),
        ),
        itemRef("itemFlags[5].item", 1),
        ...[6, 7, 8].map((j) =>
          issue(
            "invalid-parameter",
            `itemFlags[${j}]`,
            "must have integer min and max inside the item's range, min not above max",
          ),
        ),
      ],
    ],
    [
      "maxMissing equal to the number of scored items",
      { ...custom, missingItems: { maxMissing: 2, source: "s" } },
      [
        issue(
          "invalid-parameter",
          "missingItems.maxMissing",
          "must be an integer from 0 to one less than the number of scored items",
        ),
      ],
    ],
    [
      "maxMissing one less than the scored items",
      { ...custom, missingItems: { maxMissing: 1, source: "s" } },
      [],
    ],
    [
      "a reliable change of 0 points",
      { ...custom, reliableChange: { points: 0, basis: "reliable-change-index", source: "s" } },
      [issue("invalid-parameter", "reliableChange.points", "must be a positive number")],
    ],
    [
      "an infinite reliable change",
      {
        ...custom,
        reliableChange: {
          points: Number.POSITIVE_INFINITY,
          basis: "reliable-change-index",
          source: "s",
        },
      },
      [issue("invalid-parameter", "reliableChange.points", "must be a positive number")],
    ],
    [
      "severe and caseness bands that name no band",
      { ...custom, severeSymptomsBand: "nope", casenessBand: "nada" },
      [
        issue("invalid-reference", "severeSymptomsBand", "must be null or the id of a band"),
        issue("invalid-reference", "casenessBand", "must be null or the id of a band"),
      ],
    ],
    [
      "a prolonged grief algorithm with bad references and parameters",
      pgx({
        coreItems: [],
        accessoryItems: [2, 11],
        impairmentItem: 12,
        accessoryRequired: 3,
        minMonths: { adult: -1, adolescent: 6 },
      }),
      [
        itemRef("prolongedGrief.accessoryItems[1]", 10),
        itemRef("prolongedGrief.impairmentItem", 10),
        issue("invalid-reference", "prolongedGrief.coreItems", "must list at least one item"),
        issue(
          "invalid-parameter",
          "prolongedGrief.accessoryRequired",
          "must be an integer from 0 to the number of accessory items",
        ),
        issue(
          "invalid-parameter",
          "prolongedGrief.minMonths",
          "must hold non-negative whole months",
        ),
      ],
    ],
    [
      "a core item outside the items",
      pgx({ coreItems: [0, 11] }),
      [itemRef("prolongedGrief.coreItems[1]", 10)],
    ],
  ])("%s", (_what, instrument, expected) => {
    expect(validateInstrument(instrument as Instrument)).toEqual(expected);
  });

  it("accepts the edges of the algorithm's parameters: all accessory items required, 0 months", () => {
    expect(
      validateInstrument(
        pgx({
          accessoryRequired: pg.accessoryItems.length,
          minMonths: { adult: 0, adolescent: 0 },
        }),
      ),
    ).toEqual([]);
    expect(validateInstrument(pgx({ accessoryRequired: 0 }))).toEqual([]);
  });

  it.each([
    ["one more accessory item than there are", { accessoryRequired: pg.accessoryItems.length + 1 }],
    ["a negative requirement", { accessoryRequired: -1 }],
    ["a fractional requirement", { accessoryRequired: 1.5 }],
  ])("refuses %s", (_what, over) => {
    expect(validateInstrument(pgx(over))).toEqual([
      issue(
        "invalid-parameter",
        "prolongedGrief.accessoryRequired",
        "must be an integer from 0 to the number of accessory items",
      ),
    ]);
  });

  it.each([
    { adult: 12, adolescent: 1.5 },
    { adult: 12.5, adolescent: 6 },
    { adult: 12, adolescent: -1 },
    { adult: -1, adolescent: 6 },
  ])("refuses minMonths %j", (minMonths) => {
    expect(validateInstrument(pgx({ minMonths }))).toEqual([
      issue("invalid-parameter", "prolongedGrief.minMonths", "must hold non-negative whole months"),
    ]);
  });

  it("checks ids against the registry it is given", () => {
    expect(validateInstrument(GAD7, { instruments: [] })).toEqual([]);
    expect(validateInstrument({ ...custom, id: "gad-7" }, DEFAULT_REGISTRY)).toEqual([
      issue("duplicate-instrument", "id", "is already registered"),
    ]);
  });
});

describe("validateInstrument: definitions from plain JavaScript", () => {
  it("refuses a numeric instrument id and a numeric band id (they are not strings)", () => {
    expect(validateInstrument({ ...custom, id: 5 } as unknown as Instrument)).toEqual([
      issue("invalid-instrument-id", "id", "must be a kebab-case id of at most 64 characters"),
    ]);
    const bands = [{ ...custom.bands[0], id: 5 }, custom.bands[1]];
    expect(validateInstrument({ ...custom, bands } as unknown as Instrument)).toEqual([
      issue("invalid-bands", "bands[0].id", "must be a unique kebab-case id"),
    ]);
  });

  it("accepts a definition that leaves out the optional lists (band sets, subscales, flags)", () => {
    const { alternativeBandSets: _a, subscales: _s, itemFlags: _f, ...bare } = custom;
    expect(validateInstrument(bare as unknown as Instrument)).toEqual([]);
  });

  it("reports a missing missing-item rule instead of throwing", () => {
    const { missingItems: _m, ...noRule } = custom;
    expect(validateInstrument(noRule as unknown as Instrument)).toEqual([
      issue(
        "invalid-parameter",
        "missingItems.maxMissing",
        "must be an integer from 0 to one less than the number of scored items",
      ),
    ]);
  });

  it("a flag whose item is not an index is one reference issue, its range left unchecked", () => {
    const itemFlags = [{ ...flag, item: "1", min: 0, max: 9 }];
    expect(validateInstrument({ ...custom, itemFlags } as unknown as Instrument)).toEqual([
      itemRef("itemFlags[0].item", 1),
    ]);
  });

  it("accepts a flag on a single value (min = max)", () => {
    expect(validateInstrument({ ...custom, itemFlags: [{ ...flag, min: 3, max: 3 }] })).toEqual([]);
  });
});

describe("instrumentRange", () => {
  it("sums the scored items only", () => {
    expect(instrumentRange(PG13R)).toEqual({ min: 10, max: 50 });
    expect(instrumentRange(custom)).toEqual({ min: 0, max: 6 });
  });
});
