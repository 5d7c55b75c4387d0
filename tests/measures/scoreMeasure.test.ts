import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REGISTRY,
  EPDS,
  GAD7,
  HAMD17,
  ICG,
  type Instrument,
  instrumentRange,
  listInstruments,
  PG13R,
  PHQ9,
  scoreMeasure,
  validateMeasureItems,
} from "../../src/measures/index.js";
import { itemsWithTotal, left, right } from "./support.js";

const score = (
  instrument: Instrument,
  items: readonly (number | null)[],
  administeredOn = "2026-01-12",
) => right(scoreMeasure({ instrument: instrument.id, administeredOn, items }));

describe("band boundaries (both sides of every published cut-off)", () => {
  // [instrument, total, expected band id]
  const cases: readonly (readonly [Instrument, number, string])[] = [
    [PHQ9, 0, "minimal"],
    [PHQ9, 4, "minimal"],
    [PHQ9, 5, "mild"],
    [PHQ9, 9, "mild"],
    [PHQ9, 10, "moderate"],
    [PHQ9, 14, "moderate"],
    [PHQ9, 15, "moderately-severe"],
    [PHQ9, 19, "moderately-severe"],
    [PHQ9, 20, "severe"],
    [PHQ9, 27, "severe"],
    [GAD7, 0, "minimal"],
    [GAD7, 4, "minimal"],
    [GAD7, 5, "mild"],
    [GAD7, 9, "mild"],
    [GAD7, 10, "moderate"],
    [GAD7, 14, "moderate"],
    [GAD7, 15, "severe"],
    [GAD7, 21, "severe"],
    [EPDS, 0, "below-threshold"],
    [EPDS, 9, "below-threshold"],
    [EPDS, 10, "possible-depression"],
    [EPDS, 12, "possible-depression"],
    [EPDS, 13, "probable-depression"],
    [EPDS, 30, "probable-depression"],
    [HAMD17, 0, "no-depression"],
    [HAMD17, 7, "no-depression"],
    [HAMD17, 8, "mild"],
    [HAMD17, 16, "mild"],
    [HAMD17, 17, "moderate"],
    [HAMD17, 23, "moderate"],
    [HAMD17, 24, "severe"],
    [HAMD17, 52, "severe"],
    [PG13R, 10, "below-threshold"],
    [PG13R, 29, "below-threshold"],
    [PG13R, 30, "probable-pgd"],
    [PG13R, 50, "probable-pgd"],
    [ICG, 0, "at-or-below-cut-off"],
    [ICG, 25, "at-or-below-cut-off"],
    [ICG, 26, "above-cut-off"],
    [ICG, 29, "above-cut-off"],
    [ICG, 30, "trial-threshold"],
    [ICG, 76, "trial-threshold"],
  ];
  it.each(cases)("%s total %i is in band %s", (instrument, total, band) => {
    const s = score(instrument, itemsWithTotal(instrument, total));
    expect(s.total).toBe(total);
    expect(s.band?.id).toBe(band);
    expect(s.band?.source.length).toBeGreaterThan(0);
    expect(s.validity.status).toBe("valid");
  });

  it("every instrument's bands cover its range, contiguous and ascending", () => {
    for (const inst of listInstruments(DEFAULT_REGISTRY)) {
      const r = instrumentRange(inst);
      expect(inst.bands[0]?.min).toBe(r.min);
      expect(inst.bands.at(-1)?.max).toBe(r.max);
      inst.bands.slice(1).forEach((b, i) => {
        expect(b.min).toBe((inst.bands[i]?.max ?? Number.NaN) + 1);
      });
    }
  });

  it("total ranges match the published ranges", () => {
    expect(instrumentRange(PHQ9)).toEqual({ min: 0, max: 27 });
    expect(instrumentRange(GAD7)).toEqual({ min: 0, max: 21 });
    expect(instrumentRange(EPDS)).toEqual({ min: 0, max: 30 });
    expect(instrumentRange(HAMD17)).toEqual({ min: 0, max: 52 });
    expect(instrumentRange(PG13R)).toEqual({ min: 10, max: 50 });
    expect(instrumentRange(ICG)).toEqual({ min: 0, max: 76 });
  });
});

describe("caseness", () => {
  it.each([
    [PHQ9, 9, false],
    [PHQ9, 10, true],
    [GAD7, 9, false],
    [GAD7, 10, true],
    [EPDS, 12, false],
    [EPDS, 13, true],
    [PG13R, 29, false],
    [PG13R, 30, true],
    [ICG, 25, false],
    [ICG, 26, true],
  ] as const)("%s total %i: probable case %s", (instrument, total, met) => {
    expect(score(instrument, itemsWithTotal(instrument, total)).caseness?.met).toBe(met);
  });

  it("HAM-D has no caseness threshold; an invalid total has no caseness verdict", () => {
    expect(score(HAMD17, itemsWithTotal(HAMD17, 30)).caseness).toBeNull();
    const invalid = score(GAD7, [1, null, 1, 1, 1, 1, 1]);
    expect(invalid.caseness).toMatchObject({ min: 10, met: null });
  });
});

describe("missing-item rule", () => {
  it("PHQ-9: one or two missing items are prorated (mean of the answered)", () => {
    const two = score(PHQ9, [1, 1, 1, 1, 1, 1, 1, null, null]);
    expect(two.validity).toMatchObject({
      status: "prorated",
      missing: 2,
      answered: 7,
      maxMissing: 2,
    });
    expect(two.rawSum).toBe(7);
    expect(two.total).toBe(9);
    expect(two.band?.id).toBe("mild");
    const one = score(PHQ9, [3, 3, 3, 3, 3, 2, 2, 2, null]);
    // 21 × 9 / 8 = 23.625 -> 24
    expect(one.total).toBe(24);
    expect(one.validity.status).toBe("prorated");
  });

  it("PHQ-9: prorated halves round up (4 × 9 / 8 = 4.5 -> 5)", () => {
    const s = score(PHQ9, [1, 1, 1, 1, 0, 0, 0, 0, null]);
    expect(s.total).toBe(5);
    expect(s.band?.id).toBe("mild");
  });

  it("PHQ-9: three missing items make the total invalid", () => {
    const s = score(PHQ9, [3, 3, 3, 3, 3, 3, null, null, null]);
    expect(s.validity).toMatchObject({
      status: "invalid-too-many-missing",
      missing: 3,
      answered: 6,
    });
    expect(s.total).toBeNull();
    expect(s.band).toBeNull();
    expect(s.rawSum).toBe(18);
    // Item 9 is the safety item: left blank, it is flagged to be asked, never read as 0.
    expect(s.flags).toEqual([
      {
        code: "safety-item-unanswered",
        severity: "warning",
        item: 8,
        path: "items[8]",
        itemNumber: 9,
        message: "PHQ-9 item 9 (suicide risk) was not answered: ask it.",
        source: PHQ9.itemFlags[0]?.source,
      },
    ]);
  });

  it("PHQ-9: all items missing is invalid", () => {
    const s = score(PHQ9, Array(9).fill(null));
    expect(s.validity).toMatchObject({
      status: "invalid-too-many-missing",
      answered: 0,
      missing: 9,
    });
  });

  it.each([GAD7, EPDS, HAMD17, PG13R, ICG])(
    "%s: no published prorating rule, so one missing item is invalid",
    (inst) => {
      expect(inst.missingItems.maxMissing).toBe(0);
      const items: (number | null)[] = itemsWithTotal(inst, instrumentRange(inst).max);
      items[0] = null;
      const s = score(inst, items);
      expect(s.validity.status).toBe("invalid-too-many-missing");
      expect(s.total).toBeNull();
      expect(s.validity.source.length).toBeGreaterThan(0);
    },
  );

  it("PG-13-R: a missing impairment question does not affect the symptom total", () => {
    const items = [...itemsWithTotal(PG13R, 33).slice(0, 10), null];
    const s = score(PG13R, items);
    expect(s.validity.status).toBe("valid");
    expect(s.total).toBe(33);
  });

  it("item-level flags are raised from answered items even when the total is invalid", () => {
    const s = score(PHQ9, [null, null, null, 0, 0, 0, 0, 0, 2]);
    expect(s.total).toBeNull();
    expect(s.flags.map((f) => f.code)).toEqual(["suicide-risk"]);
  });
});

describe("item-level and total-level flags", () => {
  it("PHQ-9 item 9 at 1 raises suicide-risk urgent; at 0 nothing", () => {
    const at = score(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(at.flags).toEqual([
      expect.objectContaining({
        code: "suicide-risk",
        severity: "urgent",
        item: 8,
        path: "items[8]",
        itemNumber: 9,
      }),
    ]);
    expect(at.flags[0]?.source).toMatch(/Simon/);
    expect(score(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags.map((f) => f.code)).toEqual([
      "severe-symptoms",
    ]);
  });

  it("EPDS item 10 at 1 raises suicide-risk urgent; at 0 nothing", () => {
    expect(score(EPDS, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).flags).toEqual([
      expect.objectContaining({
        code: "suicide-risk",
        severity: "urgent",
        item: 9,
        itemNumber: 10,
      }),
    ]);
    expect(score(EPDS, [3, 3, 3, 3, 3, 3, 3, 3, 3, 0]).flags).toEqual([]);
  });

  it.each([
    [0, []],
    [1, ["warning"]],
    [2, ["warning"]],
    [3, ["urgent"]],
    [4, ["urgent"]],
  ] as const)("HAM-D item 3 at %i raises %j", (v, severities) => {
    const items = Array(17).fill(0);
    items[2] = v;
    const s = score(HAMD17, items);
    expect(s.flags.filter((f) => f.code === "suicide-risk").map((f) => f.severity)).toEqual(
      severities,
    );
  });

  it.each([
    [PHQ9, 19, false],
    [PHQ9, 20, true],
    [HAMD17, 23, false],
    [HAMD17, 24, true],
    [GAD7, 21, false],
    [EPDS, 30, false],
    [PG13R, 50, false],
    [ICG, 76, false],
  ] as const)("%s total %i raises severe-symptoms: %s", (inst, total, expected) => {
    const s = score(inst, itemsWithTotal(inst, total));
    const severe = s.flags.filter((f) => f.code === "severe-symptoms");
    expect(severe.length).toBe(expected ? 1 : 0);
    if (expected) {
      expect(severe[0]).toMatchObject({ severity: "warning" });
      expect(severe[0]?.item).toBeUndefined();
    }
  });

  it("item flags come before the total-level flag", () => {
    const s = score(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(s.flags.map((f) => f.code)).toEqual(["suicide-risk", "severe-symptoms"]);
  });
});

describe("subscales", () => {
  it("EPDS-3A sums items 3-5; null when one of them is missing", () => {
    const s = score(EPDS, [0, 0, 3, 2, 1, 0, 0, 0, 0, 0]);
    expect(s.subscales).toEqual([
      expect.objectContaining({ id: "epds-3a", total: 6, range: { min: 0, max: 9 } }),
    ]);
    expect(score(EPDS, [0, 0, 3, null, 1, 0, 0, 0, 0, 0]).subscales[0]?.total).toBeNull();
  });
});

describe("score carries its evidence", () => {
  it("copies the measure's identity and the instrument's parameters", () => {
    const s = right(
      scoreMeasure({
        instrument: "icg",
        administeredOn: "2025-12",
        items: Array(19).fill(1),
        relatesTo: "loss-1",
      }),
    );
    expect(s).toMatchObject({
      instrument: "icg",
      shortName: "ICG",
      construct: "grief",
      administeredOn: "2025-12",
      relatesTo: "loss-1",
      total: 19,
      range: { min: 0, max: 76 },
      direction: "higher-is-worse",
      reliableChange: null,
      prolongedGrief: null,
    });
    expect(s.source).toMatch(/Prigerson/);
    expect("relatesTo" in score(PHQ9, Array(9).fill(0))).toBe(false);
  });

  it("the grief-mother sample PHQ-9 (total 14) is moderate with no flag", () => {
    const s = score(PHQ9, [2, 2, 3, 2, 1, 2, 1, 1, 0]);
    expect(s.total).toBe(14);
    expect(s.band?.id).toBe("moderate");
    expect(s.flags).toEqual([]);
  });
});

describe("errors give the path, never the value", () => {
  it("unknown instrument", () => {
    const e = left(scoreMeasure({ instrument: "bdi-ii", administeredOn: "2026", items: [] }));
    expect(e.kind).toBe("measure-error");
    expect(e.issues).toEqual([
      expect.objectContaining({ code: "unknown-instrument", path: "instrument" }),
    ]);
  });

  it("wrong item count", () => {
    const e = left(scoreMeasure({ instrument: "phq-9", administeredOn: "2026", items: [0, 0, 0] }));
    expect(e.issues).toEqual([
      {
        code: "item-count",
        path: "items",
        message: "must hold 9 item scores for PHQ-9",
        expected: { min: 9, max: 9 },
      },
    ]);
    expect(e.message).toBe("1 issue: items must hold 9 item scores for PHQ-9");
    const tooMany = left(
      scoreMeasure({ instrument: "phq-9", administeredOn: "2026", items: Array(10).fill(0) }),
    );
    expect(tooMany.issues[0]?.code).toBe("item-count");
  });

  it("out-of-range items, each by path", () => {
    const e = left(
      scoreMeasure({
        instrument: "phq-9",
        administeredOn: "2026",
        items: [0, 0, 0, -1, 0, 0, 0, 0, 4],
      }),
    );
    expect(e.issues).toEqual([
      {
        code: "item-out-of-range",
        path: "items[3]",
        message: "must be from 0 to 3 or null (PHQ-9 item 4)",
        expected: { min: 0, max: 3 },
      },
      {
        code: "item-out-of-range",
        path: "items[8]",
        message: "must be from 0 to 3 or null (PHQ-9 item 9)",
        expected: { min: 0, max: 3 },
      },
    ]);
    expect(e.message).toBe(
      "2 issues: items[3] must be from 0 to 3 or null (PHQ-9 item 4) (and more)",
    );
  });

  it("per-item ranges: HAM-D item 4 is 0-2, item 3 is 0-4", () => {
    const items = Array(17).fill(0);
    items[2] = 4;
    items[3] = 3;
    const e = left(scoreMeasure({ instrument: "hamd-17", administeredOn: "2026", items }));
    expect(e.issues.map((i) => i.path)).toEqual(["items[3]"]);
    expect(e.issues[0]?.message).toContain("from 0 to 2");
  });

  it("PG-13-R: symptom items are 1-5, question 13 is 0-1", () => {
    const items = [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];
    const e = left(scoreMeasure({ instrument: "pg-13-r", administeredOn: "2026", items }));
    expect(e.issues.map((i) => [i.path, i.message, i.expected])).toEqual([
      ["items[0]", "must be from 1 to 5 or null (PG-13-R item 3)", { min: 1, max: 5 }],
      ["items[10]", "must be from 0 to 1 or null (PG-13-R item 13)", { min: 0, max: 1 }],
    ]);
  });

  it("non-integers, NaN, infinities and non-numbers", () => {
    const items = [
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "2",
      undefined,
      0,
      0,
      0,
      0,
    ] as unknown as (number | null)[];
    const e = left(scoreMeasure({ instrument: "phq-9", administeredOn: "2026", items }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["not-integer", "items[0]"],
      ["not-integer", "items[1]"],
      ["not-integer", "items[2]"],
      ["not-integer", "items[3]"],
      ["not-integer", "items[4]"],
    ]);
  });

  it("items that are not an array", () => {
    const e = left(
      scoreMeasure({
        instrument: "gad-7",
        administeredOn: "2026",
        items: "0,0" as unknown as number[],
      }),
    );
    expect(e.issues[0]?.code).toBe("item-count");
  });

  it("messages never contain a planted sentinel", () => {
    const sentinel = "ZZ-SENTINEL-Jane-Doe-77";
    const num = 987654321;
    const inputs = [
      { instrument: sentinel, administeredOn: sentinel, items: [num], relatesTo: sentinel },
      {
        instrument: "phq-9",
        administeredOn: sentinel,
        items: [num, 0, 0, 0, 0, 0, 0, 0, -num],
        relatesTo: sentinel,
      },
      { instrument: "phq-9", administeredOn: sentinel, items: [num + 0.5, 0, 0, 0, 0, 0, 0, 0, 0] },
      { instrument: "phq-9", administeredOn: sentinel, items: Array(num % 50).fill(num) },
      { instrument: "pg-13-r", administeredOn: sentinel, items: [sentinel] as unknown as number[] },
    ];
    for (const m of inputs) {
      const e = left(scoreMeasure(m));
      for (const i of [...e.issues, ...validateMeasureItems(m)]) {
        expect(i.message).not.toContain(sentinel);
        expect(i.message).not.toContain(String(num));
        expect(i.message).not.toContain("98765");
        expect(i.path).not.toContain(sentinel);
      }
    }
  });
});

describe("validateMeasureItems", () => {
  it("returns no issue for a valid measure", () => {
    expect(
      validateMeasureItems({ instrument: "epds", items: [0, 1, 2, 3, null, 0, 1, 2, 3, 0] }),
    ).toEqual([]);
  });

  it("reports paths relative to the measure, with the case decoder's codes", () => {
    expect(validateMeasureItems({ instrument: "gad-7", items: [0, 0, 7, 0, 0, 0, 0.5] })).toEqual([
      expect.objectContaining({ code: "item-out-of-range", path: "items[2]" }),
      expect.objectContaining({ code: "not-integer", path: "items[6]" }),
    ]);
    expect(validateMeasureItems({ instrument: "nope", items: [] })).toEqual([
      expect.objectContaining({ code: "unknown-instrument", path: "instrument" }),
    ]);
  });

  it("agrees with scoreMeasure", () => {
    const m = { instrument: "icg", administeredOn: "2026", items: Array(19).fill(5) };
    expect(left(scoreMeasure(m)).issues).toEqual(validateMeasureItems(m));
    expect(E.isRight(scoreMeasure({ ...m, items: Array(19).fill(4) }))).toBe(true);
  });
});
