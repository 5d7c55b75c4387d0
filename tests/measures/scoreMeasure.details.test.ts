/**
 * Scoring and keying details a clinician or an app relies on, pinned exactly: messages,
 * the flags of a custom instrument (item order, item numbers, a rule at 0, a missing item),
 * subscale ranges, same-day administrations, how case-level flags combine and sort, and the
 * edges of the prolonged grief duration. Written to kill the mutants Stryker found surviving
 * in src/measures/{scoreMeasure,keyResponses,prolongedGrief,caseMeasures,internal/order}.ts.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REGISTRY,
  evaluateProlongedGrief,
  GAD7,
  griefMeasureEvidence,
  HAMD17,
  type Instrument,
  type InstrumentRegistry,
  keyResponses,
  type MeasureLike,
  measureFlags,
  PG13R,
  PHQ9,
  registerInstrument,
  scoreCaseMeasures,
  scoreMeasure,
} from "../../src/measures/index.js";
import { itemsWithTotal, left, right } from "./support.js";

/**
 * A custom three-item scale: items numbered 3, 4 and 7 (not 1..3), the first two rated 1–4;
 * its flags are listed out of item order, one of them fires at 0, and one has severity info.
 */
const X: Instrument = {
  ...GAD7,
  id: "x-scale",
  shortName: "X",
  name: "X scale",
  items: [
    { number: 3, topic: "a", min: 1, max: 4, reverseKeyed: false, scored: true },
    { number: 4, topic: "b", min: 1, max: 4, reverseKeyed: false, scored: true },
    { number: 7, topic: "c", min: 0, max: 3, reverseKeyed: false, scored: true },
  ],
  bands: [{ id: "all", label: "All", min: 2, max: 11, source: "s" }],
  subscales: [{ id: "ab", label: "A and B", items: [0, 1], source: "s" }],
  itemFlags: [
    {
      code: "suicide-risk",
      item: 1,
      min: 3,
      max: 4,
      severity: "info",
      message: "item 4 high",
      source: "src-b",
    },
    {
      code: "suicide-risk",
      item: 0,
      min: 4,
      max: 4,
      severity: "warning",
      message: "item 3 at max",
      source: "src-a",
    },
    {
      code: "suicide-risk",
      item: 2,
      min: 0,
      max: 0,
      severity: "info",
      message: "item 7 at zero",
      source: "src-c",
    },
  ],
  casenessBand: null,
  severeSymptomsBand: null,
  prolongedGrief: null,
  missingItems: { maxMissing: 1, source: "s" },
};

const withX = (): InstrumentRegistry => {
  const r = registerInstrument(DEFAULT_REGISTRY, X);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};

const phq = (administeredOn: string, total: number | "invalid"): MeasureLike => ({
  instrument: "phq-9",
  administeredOn,
  items: total === "invalid" ? [3, 3, 3, 3, 3, 3, null, null, null] : itemsWithTotal(PHQ9, total),
});

describe("scoreMeasure: messages", () => {
  it("a non-integer item names its path, its range and the item", () => {
    expect(
      left(
        scoreMeasure({
          instrument: "phq-9",
          administeredOn: "2026-01",
          items: [0, 0, 1.5, 0, 0, 0, 0, 0, 0],
        }),
      ).issues,
    ).toEqual([
      {
        code: "not-integer",
        path: "items[2]",
        message: "must be an integer from 0 to 3 or null (PHQ-9 item 3)",
        expected: { type: "integer", min: 0, max: 3 },
      },
    ]);
  });

  it("severe-symptoms names the instrument, the band and its lower edge", () => {
    const s = right(scoreMeasure(phq("2026-01", 22)));
    expect(s.flags).toEqual([
      {
        code: "severe-symptoms",
        severity: "warning",
        message: "PHQ-9 total in the 'Severe' band (20 or more): severe depressive symptoms.",
        source: PHQ9.bands[4]?.source,
      },
    ]);
  });
});

describe("scoreMeasure on a custom instrument", () => {
  // Scored inside each test, not at collection: Stryker's per-test coverage only sees code
  // that runs in a test.
  const score = () =>
    right(
      scoreMeasure(
        { instrument: "x-scale", administeredOn: "2026-01", items: [4, 3, null] },
        withX(),
      ),
    );

  it("raises item flags in item order, numbered as the definition numbers its items; a missing safety item is never read as 0 (even for a rule at 0) but flagged as unanswered", () => {
    expect(score().flags).toEqual([
      {
        code: "suicide-risk",
        severity: "warning",
        item: 0,
        path: "items[0]",
        itemNumber: 3,
        message: "item 3 at max",
        source: "src-a",
      },
      {
        code: "suicide-risk",
        severity: "info",
        item: 1,
        path: "items[1]",
        itemNumber: 4,
        message: "item 4 high",
        source: "src-b",
      },
      {
        code: "safety-item-unanswered",
        severity: "warning",
        item: 2,
        path: "items[2]",
        itemNumber: 7,
        message: "X item 7 (suicide risk) was not answered: ask it.",
        source: "src-c",
      },
    ]);
  });

  it("a subscale's range sums its items' minimums and maximums", () => {
    expect(score().subscales).toEqual([
      { id: "ab", label: "A and B", total: 7, range: { min: 2, max: 8 }, source: "s" },
    ]);
  });

  it("prorates one missing item: 7 × 3 / 2 = 10.5, rounded half up to 11", () => {
    const s = score();
    expect([s.total, s.rawSum, s.range, s.validity.status]).toEqual([
      11,
      7,
      { min: 2, max: 11 },
      "prorated",
    ]);
  });
});

describe("keyResponses: messages and the range of positions", () => {
  it("an item rated 1–5 has option positions 0 to 4", () => {
    expect(left(keyResponses(PG13R, [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).issues).toEqual([
      {
        code: "item-out-of-range",
        path: "items[0]",
        message: "must be an option position from 0 to 4 or null",
        expected: { min: 0, max: 4 },
      },
    ]);
    expect(right2(keyResponses(PG13R, [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))).toEqual([
      5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  it("a fractional position names the item and its last position", () => {
    expect(left(keyResponses(PG13R, [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5])).issues).toEqual([
      {
        code: "not-integer",
        path: "items[10]",
        message: "must be an integer option position from 0 to 1 or null",
        expected: { type: "integer", min: 0, max: 1 },
      },
    ]);
  });
});

function right2<A>(e: E.Either<unknown, A>): A {
  if (E.isLeft(e)) throw new Error("expected a value");
  return e.right;
}

describe("evaluateProlongedGrief: the duration on the day of the loss", () => {
  const pg = PG13R.prolongedGrief;
  if (pg === null) throw new Error("PG-13-R has an algorithm");
  const items = [5, 5, 4, 4, 4, 4, 1, 1, 1, 1, 1];

  it("a loss on the administration day is 0 months since (known), not unknown", () => {
    const r = evaluateProlongedGrief(pg, items, "2026-01-15", { lossDate: "2026-01-15" });
    expect([r.monthsSinceLoss, r.duration, r.status]).toEqual([0, "not-met", "not-met"]);
  });

  it("the duration criterion is inclusive: 0 required months are met on the day", () => {
    const r = evaluateProlongedGrief(
      { ...pg, minMonths: { adult: 0, adolescent: 0 } },
      items,
      "2026-01-15",
      { lossDate: "2026-01-15" },
    );
    expect([r.monthsSinceLoss, r.requiredMonths, r.duration, r.status]).toEqual([
      0,
      0,
      "met",
      "met",
    ]);
  });
});

describe("scoreCaseMeasures: loss dates", () => {
  it("resolves relatesTo even when other measures name no loss", () => {
    const [, pg] = scoreCaseMeasures(
      [
        phq("2026-01", 5),
        {
          instrument: "pg-13-r",
          administeredOn: "2026-03",
          relatesTo: "d",
          items: [5, 5, 4, 4, 4, 4, 1, 1, 1, 1, 1],
        },
      ],
      DEFAULT_REGISTRY,
      { lifeEvents: [{ id: "d", kind: "death", date: "2025-01" }] },
    );
    const s = right(
      pg?.result ?? E.left({ kind: "measure-error", message: "", issues: [] as never }),
    );
    expect(s.prolongedGrief).toMatchObject({ duration: "met", status: "met" });
  });
});

describe("measureFlags: which administration is the latest, and how flags combine", () => {
  const flagsOf = (ms: readonly MeasureLike[], registry = DEFAULT_REGISTRY) =>
    measureFlags(scoreCaseMeasures(ms, registry));

  it.each([
    ["listed first", [phq("2026-01-10", 22), phq("2026-01-10", "invalid")], 0],
    ["listed second", [phq("2026-01-10", "invalid"), phq("2026-01-10", 22)], 1],
  ] as const)(
    "on the same date an administration without a total counts as the earlier one (severe total %s)",
    (_where, ms, severeIndex) => {
      const severe = flagsOf(ms).find((f) => f.code === "severe-symptoms");
      expect(severe?.evidence.map((e) => e.measureIndex)).toEqual([severeIndex]);
    },
  );

  it("on the same date and total, the later in input order is the latest", () => {
    const severe = flagsOf([phq("2026-01-10", 22), phq("2026-01-10", 22)]).find(
      (f) => f.code === "severe-symptoms",
    );
    expect(severe?.evidence.map((e) => e.measureIndex)).toEqual([1]);
  });

  it("lists severe-symptoms evidence in input order of the latest administrations, without an item", () => {
    const hamd = (administeredOn: string): MeasureLike => ({
      instrument: "hamd-17",
      administeredOn,
      items: itemsWithTotal(HAMD17, 30),
    });
    const severe = flagsOf([hamd("2026-01-01"), phq("2026-01-05", 22), hamd("2026-01-10")]).find(
      (f) => f.code === "severe-symptoms",
    );
    expect(severe?.evidence.map((e) => [e.measureIndex, e.instrument])).toEqual([
      [1, "phq-9"],
      [2, "hamd-17"],
    ]);
    for (const e of severe?.evidence ?? []) expect(Object.hasOwn(e, "item")).toBe(false);
    expect(severe?.message).toBe(
      "Totals in the severe band on 2 depression instruments (PHQ-9, HAM-D-17): severe depressive symptoms.",
    );
  });

  it("labels each item by its number, joins distinct sources with '; ', keeps the highest severity", () => {
    const registry = withX();
    const [suicide] = flagsOf(
      [
        { instrument: "x-scale", administeredOn: "2026-01-01", items: [4, 1, 1] },
        { instrument: "x-scale", administeredOn: "2026-01-02", items: [1, 3, 1] },
      ],
      registry,
    );
    expect(suicide).toEqual({
      code: "suicide-risk",
      severity: "warning",
      message:
        "Suicide-related items were endorsed on 2 administrations (X item 3, X item 4): review suicide risk.",
      source: "src-a; src-b",
      evidence: [
        {
          measureIndex: 0,
          instrument: "x-scale",
          administeredOn: "2026-01-01",
          item: 0,
          severity: "warning",
          message: "item 3 at max",
        },
        {
          measureIndex: 1,
          instrument: "x-scale",
          administeredOn: "2026-01-02",
          item: 1,
          severity: "info",
          message: "item 4 high",
        },
      ],
    });
  });

  it("sorts the flags by severity: an info suicide-risk after a severe-symptoms warning", () => {
    const flags = flagsOf(
      [
        { instrument: "x-scale", administeredOn: "2026-01-01", items: [1, 3, 1] },
        phq("2026-01-05", 22),
      ],
      withX(),
    );
    expect(flags.map((f) => [f.code, f.severity])).toEqual([
      ["severe-symptoms", "warning"],
      ["suicide-risk", "info"],
    ]);
  });
});

describe("griefMeasureEvidence", () => {
  it("gives nothing for a grief instrument without a caseness band", () => {
    const noCut = registerInstrument(DEFAULT_REGISTRY, {
      ...PG13R,
      id: "pg-no-cut",
      casenessBand: null,
    });
    if (E.isLeft(noCut)) throw new Error(JSON.stringify(noCut.left.issues));
    const scored = scoreCaseMeasures(
      [
        {
          instrument: "pg-no-cut",
          administeredOn: "2026-01",
          relatesTo: "d",
          items: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 1],
        },
      ],
      noCut.right,
      { lifeEvents: [{ id: "d", kind: "death", date: "2025-01" }] },
    );
    expect(E.isRight(scored[0]?.result ?? E.left(null))).toBe(true);
    expect(griefMeasureEvidence(scored)).toEqual([]);
  });
});
