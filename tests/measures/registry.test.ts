import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { BuiltinInstrument } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REGISTRY,
  getInstrument,
  HAMD17,
  INSTRUMENT_LICENSES,
  type Instrument,
  type InstrumentRegistry,
  listInstruments,
  PG13R,
  PHQ9,
  registerInstrument,
  scoreMeasure,
  validateInstrument,
} from "../../src/measures/index.js";
import { BUILTIN_INSTRUMENTS } from "../../src/model/vocabularies.js";
import { GAD2 as custom, left, right } from "./support.js";

const codes = (i: Instrument, r: InstrumentRegistry = DEFAULT_REGISTRY) =>
  validateInstrument(i, r).map((x) => [x.code, x.path]);

describe("the default registry", () => {
  it("holds the six built-ins in order, matching the vocabulary", () => {
    expect(listInstruments(DEFAULT_REGISTRY).map((i) => i.id)).toEqual([...BUILTIN_INSTRUMENTS]);
  });

  it("is frozen, deeply", () => {
    expect(Object.isFrozen(DEFAULT_REGISTRY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_REGISTRY.instruments)).toBe(true);
    expect(Object.isFrozen(PHQ9.bands[0])).toBe(true);
    expect(Object.isFrozen(PHQ9.items[8])).toBe(true);
  });

  it("every built-in passes its own validation (apart from its id being taken)", () => {
    for (const inst of listInstruments(DEFAULT_REGISTRY)) {
      expect(validateInstrument(inst, { instruments: [] })).toEqual([]);
      expect(codes(inst)).toEqual([["duplicate-instrument", "id"]]);
    }
  });

  it("looks instruments up by exact id", () => {
    expect(getInstrument(DEFAULT_REGISTRY, "hamd-17")).toEqual(O.some(HAMD17));
    expect(O.isNone(getInstrument(DEFAULT_REGISTRY, "HAMD-17"))).toBe(true);
    expect(O.isNone(getInstrument(DEFAULT_REGISTRY, "__proto__"))).toBe(true);
  });

  it("ships no topics for the restricted and unconfirmed-licence instruments, except PG-13-R's DSM labels", () => {
    for (const inst of listInstruments(DEFAULT_REGISTRY)) {
      const topics = inst.items.filter((it) => it.topic !== null).length;
      const { status } = INSTRUMENT_LICENSES[inst.id as BuiltinInstrument];
      if (inst.id === PG13R.id) expect(topics).toBe(inst.items.length);
      else if (status === "restricted" || status === "unconfirmed") expect(topics).toBe(0);
      else expect(topics).toBe(inst.items.length);
    }
    expect(INSTRUMENT_LICENSES[PG13R.id as BuiltinInstrument].status).toBe("unconfirmed");
    expect(
      listInstruments(DEFAULT_REGISTRY)
        .filter((i) => i.items.every((it) => it.topic === null))
        .map((i) => i.id),
    ).toEqual(["epds", "icg"]);
  });
});

describe("registerInstrument", () => {
  it("adds a valid instrument and returns a new frozen registry", () => {
    const reg = E.getOrElseW(() => undefined)(registerInstrument(DEFAULT_REGISTRY, custom));
    expect(reg).toBeDefined();
    if (reg === undefined) return;
    expect(listInstruments(reg).map((i) => i.id)).toEqual([...BUILTIN_INSTRUMENTS, "gad-2"]);
    expect(listInstruments(DEFAULT_REGISTRY)).toHaveLength(6);
    expect(Object.isFrozen(reg)).toBe(true);
    const s = right(
      scoreMeasure({ instrument: "gad-2", administeredOn: "2026", items: [2, 1] }, reg),
    );
    expect(s).toMatchObject({ total: 3, band: { id: "positive" }, caseness: { met: true } });
    expect(
      E.isLeft(scoreMeasure({ instrument: "gad-2", administeredOn: "2026", items: [2, 1] })),
    ).toBe(true);
  });

  it("stores a frozen copy: later changes to the caller's object do not leak in", () => {
    const mine = structuredClone(custom) as { -readonly [K in keyof Instrument]: Instrument[K] };
    const reg = E.getOrElseW(() => DEFAULT_REGISTRY)(registerInstrument(DEFAULT_REGISTRY, mine));
    mine.shortName = "changed";
    expect(O.map((i: Instrument) => i.shortName)(getInstrument(reg, "gad-2"))).toEqual(
      O.some("GAD-2"),
    );
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it("registers a HAM-D variant with the older band convention", () => {
    const older = HAMD17.alternativeBandSets[0];
    expect(older?.id).toBe("older-8-14-19-23");
    if (older === undefined) return;
    const reg = registerInstrument(DEFAULT_REGISTRY, {
      ...HAMD17,
      id: "hamd-17-older",
      bands: older.bands,
      severeSymptomsBand: "severe",
    });
    const items = Array(17).fill(0);
    items.splice(0, 5, 4, 4, 4, 2, 2); // 16... plus below
    items[6] = 3; // 19
    const s = right(
      scoreMeasure(
        { instrument: "hamd-17-older", administeredOn: "2026", items },
        E.getOrElseW(() => DEFAULT_REGISTRY)(reg),
      ),
    );
    expect(s.total).toBe(19);
    expect(s.band?.id).toBe("severe");
    expect(s.flags.map((f) => [f.code, f.severity])).toEqual([
      ["suicide-risk", "urgent"],
      ["severe-symptoms", "warning"],
    ]);
  });

  it("refuses a taken id", () => {
    const e = left(registerInstrument(DEFAULT_REGISTRY, PHQ9));
    expect(e.issues).toEqual([
      expect.objectContaining({ code: "duplicate-instrument", path: "id" }),
    ]);
  });

  it.each(["", "GAD-2", "gad 2", "-gad", "gad--2", "a".repeat(65)])("refuses the id %j", (id) => {
    expect(codes({ ...custom, id })).toEqual([["invalid-instrument-id", "id"]]);
  });

  it("refuses missing text", () => {
    expect(codes({ ...custom, shortName: " ", name: "", citation: "" })).toEqual([
      ["invalid-text", "shortName"],
      ["invalid-text", "name"],
      ["invalid-text", "citation"],
    ]);
  });

  it("refuses no items, bad item ranges and no scored item", () => {
    expect(codes({ ...custom, items: [] })).toEqual([["invalid-items", "items"]]);
    const bad = { ...custom.items[0], min: 3, max: 3 } as Instrument["items"][number];
    const frac = { ...custom.items[0], min: 0, max: 2.5 } as Instrument["items"][number];
    expect(codes({ ...custom, items: [bad, frac] })).toEqual([
      ["invalid-item-range", "items[0]"],
      ["invalid-item-range", "items[1]"],
    ]);
    const unscored = custom.items.map((it) => ({ ...it, scored: false }));
    expect(codes({ ...custom, items: unscored })).toEqual([["invalid-items", "items"]]);
  });

  it("refuses bands with a gap, an overlap, a wrong start or end, bad ids or bounds", () => {
    const plain = { ...custom, casenessBand: null };
    const b = (id: string, min: number, max: number) => ({ id, label: id, min, max, source: "s" });
    expect(codes({ ...plain, bands: [b("a", 0, 2), b("b", 4, 6)] })).toEqual([
      ["invalid-bands", "bands[1].min"],
    ]);
    expect(codes({ ...plain, bands: [b("a", 0, 3), b("b", 3, 6)] })).toEqual([
      ["invalid-bands", "bands[1].min"],
    ]);
    expect(codes({ ...plain, bands: [b("a", 1, 2), b("b", 3, 6)] })).toEqual([
      ["invalid-bands", "bands[0].min"],
    ]);
    expect(codes({ ...plain, bands: [b("a", 0, 2), b("b", 3, 5)] })).toEqual([
      ["invalid-bands", "bands[1].max"],
    ]);
    expect(codes({ ...plain, bands: [b("a", 0, 2), b("a", 3, 6)] })).toEqual([
      ["invalid-bands", "bands[1].id"],
    ]);
    expect(codes({ ...plain, bands: [b("a", 0, 2), b("b", 5, 3)] })).toEqual([
      ["invalid-bands", "bands[1]"],
    ]);
    expect(codes({ ...plain, bands: [] })).toEqual([["invalid-bands", "bands"]]);
    expect(
      codes({
        ...custom,
        bands: [{ ...b("below", 0, 2), label: "", source: "" }, b("positive", 3, 6)],
      }),
    ).toEqual([
      ["invalid-text", "bands[0].label"],
      ["invalid-text", "bands[0].source"],
    ]);
  });

  it("checks alternative band sets the same way", () => {
    const set = {
      id: "x",
      label: "x",
      source: "s",
      bands: [{ id: "a", label: "a", min: 0, max: 5, source: "s" }],
    };
    expect(codes({ ...custom, alternativeBandSets: [set] })).toEqual([
      ["invalid-bands", "alternativeBandSets[0].bands[0].max"],
    ]);
  });

  it("refuses references outside the items and bad parameters", () => {
    expect(
      codes({
        ...custom,
        subscales: [
          { id: "s", label: "s", items: [0, 2], source: "s" },
          { id: "t", label: "t", items: [1, 1], source: "s" },
          { id: "u", label: "u", items: [], source: "s" },
        ],
      }),
    ).toEqual([
      ["invalid-reference", "subscales[0].items[1]"],
      ["invalid-reference", "subscales[1].items"],
      ["invalid-reference", "subscales[2].items"],
    ]);
    const flag = {
      code: "suicide-risk",
      item: 1,
      min: 1,
      max: 3,
      severity: "urgent",
      message: "m",
      source: "s",
    } as const;
    expect(
      codes({
        ...custom,
        itemFlags: [
          flag,
          { ...flag, item: 2 },
          { ...flag, min: 0, max: 4 },
          { ...flag, min: 2, max: 1 },
        ],
      }),
    ).toEqual([
      ["invalid-reference", "itemFlags[1].item"],
      ["invalid-parameter", "itemFlags[2]"],
      ["invalid-parameter", "itemFlags[3]"],
    ]);
    expect(codes({ ...custom, missingItems: { maxMissing: 2, source: "s" } })).toEqual([
      ["invalid-parameter", "missingItems.maxMissing"],
    ]);
    expect(codes({ ...custom, missingItems: { maxMissing: -1, source: "s" } })).toEqual([
      ["invalid-parameter", "missingItems.maxMissing"],
    ]);
    expect(
      codes({
        ...custom,
        reliableChange: { points: 0, basis: "reliable-change-index", source: "s" },
      }),
    ).toEqual([["invalid-parameter", "reliableChange.points"]]);
    expect(codes({ ...custom, severeSymptomsBand: "nope", casenessBand: "nada" })).toEqual([
      ["invalid-reference", "severeSymptomsBand"],
      ["invalid-reference", "casenessBand"],
    ]);
  });

  it("checks a prolonged grief algorithm's references and parameters", () => {
    const pg = PG13R.prolongedGrief;
    if (pg === null) throw new Error("PG-13-R has an algorithm");
    const base = { ...PG13R, id: "pg-x" };
    expect(validateInstrument(base)).toEqual([]);
    expect(
      validateInstrument({
        ...base,
        prolongedGrief: {
          ...pg,
          coreItems: [],
          accessoryItems: [2, 11],
          impairmentItem: 12,
          accessoryRequired: 3,
          minMonths: { adult: -1, adolescent: 6 },
        },
      }).map((x) => [x.code, x.path]),
    ).toEqual([
      ["invalid-reference", "prolongedGrief.accessoryItems[1]"],
      ["invalid-reference", "prolongedGrief.impairmentItem"],
      ["invalid-reference", "prolongedGrief.coreItems"],
      ["invalid-parameter", "prolongedGrief.accessoryRequired"],
      ["invalid-parameter", "prolongedGrief.minMonths"],
    ]);
    expect(
      validateInstrument({ ...base, prolongedGrief: { ...pg, impairmentItem: null } }),
    ).toEqual([]);
  });

  it("never echoes the definition's values in messages", () => {
    const sentinel = "zz-sentinel-123";
    const e = left(
      registerInstrument(DEFAULT_REGISTRY, {
        ...custom,
        id: `${sentinel}-X`,
        shortName: "",
        bands: [{ id: sentinel, label: sentinel, min: 0, max: 77777, source: sentinel }],
      }),
    );
    for (const i of e.issues) {
      expect(i.message).not.toContain(sentinel);
      expect(i.message).not.toContain("77777");
    }
  });
});
