import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type CaseMeasureScore,
  DEFAULT_REGISTRY,
  EPDS,
  GAD7,
  griefMeasureEvidence,
  HAMD17,
  ICG,
  type MeasureLike,
  measureChanges,
  measureFlags,
  PG13R,
  PHQ9,
  registerInstrument,
  scoreCaseMeasures,
} from "../../src/measures/index.js";
import { itemsWithTotal } from "./support.js";

const phq = (administeredOn: string, total: number, item9 = 0): MeasureLike => {
  const items = itemsWithTotal(PHQ9, total - item9);
  items[8] = item9;
  return { instrument: "phq-9", administeredOn, items };
};
const at = (
  instrument: string,
  administeredOn: string,
  items: readonly (number | null)[],
  relatesTo?: string,
): MeasureLike =>
  relatesTo === undefined
    ? { instrument, administeredOn, items }
    : { instrument, administeredOn, items, relatesTo };
const withTotal = (inst: typeof PHQ9, total: number) => itemsWithTotal(inst, total);

describe("scoreCaseMeasures", () => {
  it("scores every measure in input order, errors as values with the measure's position", () => {
    const out = scoreCaseMeasures([
      phq("2026-01", 10),
      at("phq-9", "2026-02", [0, 0, 0, 0, 0, 0, 0, 0, 9]),
      at("bdi-ii", "2026-02", []),
    ]);
    expect(out.map((s) => [s.index, s.instrument, s.administeredOn, E.isRight(s.result)])).toEqual([
      [0, "phq-9", "2026-01", true],
      [1, "phq-9", "2026-02", false],
      [2, "bdi-ii", "2026-02", false],
    ]);
    const e1 = out[1]?.result;
    expect(e1 && E.isLeft(e1) && e1.left.issues).toEqual([
      {
        code: "item-out-of-range",
        path: "measures[1].items[8]",
        message: "must be from 0 to 3 or null (PHQ-9 item 9)",
        expected: { min: 0, max: 3 },
      },
    ]);
    expect(e1 && E.isLeft(e1) && e1.left.message).toBe(
      "1 issue: measures[1].items[8] must be from 0 to 3 or null (PHQ-9 item 9)",
    );
    const e2 = out[2]?.result;
    expect(e2 && E.isLeft(e2) && e2.left.issues[0]?.path).toBe("measures[2].instrument");
  });

  it("prefixes every issue of a measure with several", () => {
    const out = scoreCaseMeasures([at("gad-7", "2026", [9, 9, 0, 0, 0, 0, 0])]);
    const r = out[0]?.result;
    expect(r && E.isLeft(r) && r.left.issues.map((i) => i.path)).toEqual([
      "measures[0].items[0]",
      "measures[0].items[1]",
    ]);
  });

  it("resolves relatesTo to the loss date and passes the population", () => {
    const items = [5, 5, 4, 4, 4, 1, 1, 1, 1, 1, 1];
    const events = [{ id: "loss", kind: "death" as const, date: "2025-06" }];
    const adult = scoreCaseMeasures([at("pg-13-r", "2025-12-20", items, "loss")], undefined, {
      lifeEvents: events,
    });
    const teen = scoreCaseMeasures([at("pg-13-r", "2025-12-20", items, "loss")], undefined, {
      lifeEvents: events,
      population: "adolescent",
    });
    const unresolved = scoreCaseMeasures([at("pg-13-r", "2025-12-20", items, "other")], undefined, {
      lifeEvents: events,
    });
    const status = (xs: readonly CaseMeasureScore[]) => {
      const r = xs[0]?.result;
      return r && E.isRight(r) ? r.right.prolongedGrief?.status : undefined;
    };
    expect(status(adult)).toBe("not-met");
    expect(status(teen)).toBe("met");
    expect(status(unresolved)).toBe("indeterminate");
  });
});

describe("measureFlags", () => {
  it("raises nothing for calm measures", () => {
    expect(measureFlags(scoreCaseMeasures([phq("2026-01", 12)]))).toEqual([]);
    expect(measureFlags([])).toEqual([]);
  });

  it("one suicide-risk flag for one safety item, with its message and source", () => {
    const flags = measureFlags(scoreCaseMeasures([phq("2026-01", 6, 1)]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: "suicide-risk",
      severity: "urgent",
      evidence: [
        {
          measureIndex: 0,
          instrument: "phq-9",
          administeredOn: "2026-01",
          item: 8,
          severity: "urgent",
        },
      ],
    });
    expect(flags[0]?.message).toMatch(/^PHQ-9 item 9/);
    expect(flags[0]?.source).toMatch(/AACN/);
  });

  it("deduplicates across measures: one flag, highest severity, every contributor as evidence", () => {
    const hamd = Array(17).fill(0);
    hamd[2] = 1;
    const epds = [0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    const flags = measureFlags(
      scoreCaseMeasures([
        at("hamd-17", "2026-01", hamd),
        at("epds", "2026-01", epds),
        phq("2026-02", 3, 1),
      ]),
    );
    expect(flags.map((f) => [f.code, f.severity])).toEqual([["suicide-risk", "urgent"]]);
    expect(flags[0]?.evidence.map((e) => [e.measureIndex, e.severity])).toEqual([
      [0, "warning"],
      [1, "urgent"],
      [2, "urgent"],
    ]);
    expect(flags[0]?.message).toBe(
      "Suicide-related items were endorsed on 3 administrations (HAM-D-17 item 3, EPDS item 10, PHQ-9 item 9): assess suicide risk now.",
    );
    expect(flags[0]?.source.split("; ").length).toBeGreaterThan(3);
  });

  it("a HAM-D item 3 of 1-2 alone gives a warning-level suicide-risk flag", () => {
    const hamd = Array(17).fill(0);
    hamd[2] = 2;
    const two = Array(17).fill(0);
    two[2] = 1;
    const flags = measureFlags(
      scoreCaseMeasures([at("hamd-17", "2026-01", hamd), at("hamd-17", "2026-02", two)]),
    );
    expect(flags.map((f) => [f.code, f.severity])).toEqual([["suicide-risk", "warning"]]);
    expect(flags[0]?.message).toMatch(/review suicide risk\.$/);
  });

  it("every administration counts for suicide-risk; only the latest for severe-symptoms", () => {
    const flags = measureFlags(scoreCaseMeasures([phq("2026-03", 8), phq("2026-01", 24, 2)]));
    expect(flags.map((f) => f.code)).toEqual(["suicide-risk"]);
    const now = measureFlags(scoreCaseMeasures([phq("2026-01", 8), phq("2026-03", 21)]));
    expect(now.map((f) => [f.code, f.severity])).toEqual([["severe-symptoms", "warning"]]);
    expect(now[0]?.evidence.map((e) => e.measureIndex)).toEqual([1]);
  });

  it("severe-symptoms combines depression instruments; urgent comes first", () => {
    const hamd = itemsWithTotal(HAMD17, 30); // item 3 at 4: urgent as well
    const flags = measureFlags(
      scoreCaseMeasures([phq("2026-01", 22, 1), at("hamd-17", "2026-01", hamd)]),
    );
    expect(flags.map((f) => [f.code, f.severity])).toEqual([
      ["suicide-risk", "urgent"],
      ["severe-symptoms", "warning"],
    ]);
    expect(flags[1]?.message).toBe(
      "Totals in the severe band on 2 depression instruments (PHQ-9, HAM-D-17): severe depressive symptoms.",
    );
  });

  it("on the same date the higher total counts as the latest", () => {
    const flags = measureFlags(scoreCaseMeasures([phq("2026-01-10", 22), phq("2026-01-10", 5)]));
    expect(flags.map((f) => f.code)).toEqual(["severe-symptoms"]);
    expect(flags[0]?.evidence[0]?.measureIndex).toBe(0);
  });

  it("ignores erroneous measures and never depends on input order beyond evidence order", () => {
    const ms = [phq("2026-01", 22, 1), at("phq-9", "2026", [4]), phq("2026-02", 25, 3)];
    const a = measureFlags(scoreCaseMeasures(ms));
    const b = measureFlags(scoreCaseMeasures([...ms].reverse()));
    expect(a.map((f) => [f.code, f.severity])).toEqual(b.map((f) => [f.code, f.severity]));
  });
});

describe("griefMeasureEvidence", () => {
  it.each([
    [PG13R, 29, 0],
    [PG13R, 30, 0.5],
    [PG13R, 40, 0.75],
    [PG13R, 50, 1],
    [ICG, 25, 0],
    [ICG, 26, 0.5],
    [ICG, 76, 1],
  ] as const)("%s total %i gives strength %d", (inst, total, strength) => {
    const ev = griefMeasureEvidence(
      scoreCaseMeasures([at(inst.id, "2026-01", withTotal(inst, total), "loss-1")]),
    );
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({
      lifeEventId: "loss-1",
      instrument: inst.id,
      total,
      measureIndex: 0,
    });
    expect(ev[0]?.strength).toBeCloseTo(strength, 10);
    expect(ev[0]?.rule).toContain("linearly");
  });

  it("gives none without relatesTo, for invalid totals, errors and non-grief instruments", () => {
    const pgItems = withTotal(PG13R, 40);
    const missing: (number | null)[] = [...pgItems];
    missing[0] = null;
    expect(
      griefMeasureEvidence(
        scoreCaseMeasures([
          at("pg-13-r", "2026-01", pgItems),
          at("pg-13-r", "2026-01", missing, "loss"),
          at("pg-13-r", "2026-01", [1], "loss"),
          at("phq-9", "2026-01", withTotal(PHQ9, 20), "loss"),
        ]),
      ),
    ).toEqual([]);
  });

  it("reports the categorical PG-13-R status beside the strength", () => {
    const ev = griefMeasureEvidence(
      scoreCaseMeasures(
        [at("pg-13-r", "2026-03", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 1], "loss")],
        undefined,
        {
          lifeEvents: [{ id: "loss", kind: "death", date: "2024-12" }],
        },
      ),
    );
    expect(ev[0]).toMatchObject({
      strength: 1,
      prolongedGrief: "met",
      cutOff: 30,
      range: { min: 10, max: 50 },
    });
    const icg = griefMeasureEvidence(
      scoreCaseMeasures([at("icg", "2026-03", Array(19).fill(2), "loss")]),
    );
    expect(icg[0]?.prolongedGrief).toBeNull();
  });

  it("a caseness band at the very top gives 1 there (no division by zero)", () => {
    const reg = E.getOrElseW(() => DEFAULT_REGISTRY)(
      registerInstrument(DEFAULT_REGISTRY, {
        ...ICG,
        id: "icg-top",
        bands: [
          { id: "below", label: "below", min: 0, max: 75, source: "test" },
          { id: "top", label: "top", min: 76, max: 76, source: "test" },
        ],
        casenessBand: "top",
      }),
    );
    const ev = griefMeasureEvidence(
      scoreCaseMeasures([at("icg-top", "2026", Array(19).fill(4), "loss")], reg),
    );
    expect(ev[0]?.strength).toBe(1);
  });
});

describe("measureChanges", () => {
  it.each([
    [16, 11, "reliable-improvement", -5],
    [16, 12, "no-reliable-change", -4],
    [11, 16, "reliable-deterioration", 5],
    [12, 16, "no-reliable-change", 4],
  ] as const)("PHQ-9 %i -> %i: %s", (from, to, status, difference) => {
    const [c] = measureChanges(scoreCaseMeasures([phq("2026-03", to), phq("2026-01", from)]));
    expect(c).toMatchObject({
      instrument: "phq-9",
      shortName: "PHQ-9",
      administrations: 2,
      first: { measureIndex: 1, administeredOn: "2026-01", total: from },
      last: { measureIndex: 0, administeredOn: "2026-03", total: to },
      difference,
      status,
      threshold: { points: 5 },
    });
  });

  it.each([
    ["gad-7", 7, 3, "reliable-improvement"],
    ["gad-7", 7, 4, "no-reliable-change"],
    ["epds", 14, 10, "reliable-improvement"],
    ["epds", 10, 14, "reliable-deterioration"],
    ["epds", 14, 11, "no-reliable-change"],
  ] as const)("%s %i -> %i: %s", (id, from, to, status) => {
    const inst = id === "gad-7" ? GAD7 : EPDS;
    const [c] = measureChanges(
      scoreCaseMeasures([
        at(id, "2025-11", itemsWithTotal(inst, from)),
        at(id, "2026-01", itemsWithTotal(inst, to)),
      ]),
    );
    expect(c?.status).toBe(status);
  });

  it("HAM-D, PG-13-R and ICG have no published threshold: difference and percent only", () => {
    const hamd = (n: number) => {
      const xs = Array(17).fill(0);
      for (let i = 0; i < n; i++) xs[i] = 1;
      return xs;
    };
    const [c] = measureChanges(
      scoreCaseMeasures([at("hamd-17", "2025-10", hamd(10)), at("hamd-17", "2026-01", hamd(4))]),
    );
    expect(c).toMatchObject({
      status: "threshold-unpublished",
      threshold: null,
      difference: -6,
      percentChange: -60,
    });
  });

  it("lists one change per instrument given twice, by instrument id, whatever the input order", () => {
    const out = measureChanges(
      scoreCaseMeasures([
        phq("2025-10", 16),
        at("gad-7", "2025-10", itemsWithTotal(GAD7, 9)),
        at("hamd-17", "2025-10", Array(17).fill(0)), // given once: no change
        at("epds", "2025-10", itemsWithTotal(EPDS, 12)),
        phq("2026-01", 8),
        at("gad-7", "2026-01", itemsWithTotal(GAD7, 4)),
        at("epds", "2026-01", itemsWithTotal(EPDS, 13)),
      ]),
    );
    expect(out.map((c) => [c.instrument, c.difference])).toEqual([
      ["epds", 1],
      ["gad-7", -5],
      ["phq-9", -8],
    ]);
    const reversed = measureChanges(
      scoreCaseMeasures([
        at("gad-7", "2026-01", itemsWithTotal(GAD7, 4)),
        phq("2026-01", 8),
        at("gad-7", "2025-10", itemsWithTotal(GAD7, 9)),
        phq("2025-10", 16),
      ]),
    );
    expect(reversed.map((c) => c.instrument)).toEqual(["gad-7", "phq-9"]);
  });

  it("percent change is null from a zero total", () => {
    const [c] = measureChanges(scoreCaseMeasures([phq("2025-10", 0), phq("2026-01", 5)]));
    expect(c).toMatchObject({ percentChange: null, status: "reliable-deterioration" });
  });

  it("first and last of several, by date (partial dates at mid-period), invalid ones left out", () => {
    const out = measureChanges(
      scoreCaseMeasures([
        phq("2026-01-20", 10),
        phq("2025", 20), // 2025-07-02
        phq("2025-06-30", 18),
        at("phq-9", "2026-02", [3, 3, 3, null, null, null, 3, 3, 3]),
        at("phq-9", "2026-03", [9]),
        phq("2025-12", 14),
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      administrations: 4,
      first: { measureIndex: 2, total: 18 },
      last: { measureIndex: 0, total: 10 },
      difference: -8,
      status: "reliable-improvement",
    });
  });

  it("same-date ties: the lower total first, then input position", () => {
    const [c] = measureChanges(scoreCaseMeasures([phq("2026-01", 15), phq("2026-01", 9)]));
    expect(c).toMatchObject({
      first: { total: 9 },
      last: { total: 15 },
      status: "reliable-deterioration",
    });
    const [d] = measureChanges(scoreCaseMeasures([phq("2026-01", 9), phq("2026-01", 9)]));
    expect(d).toMatchObject({
      first: { measureIndex: 0 },
      last: { measureIndex: 1 },
      difference: 0,
    });
  });

  it("one change per instrument given twice, sorted by id; single administrations give none", () => {
    const out = measureChanges(
      scoreCaseMeasures([
        phq("2026-01", 10),
        at("gad-7", "2026-01", [1, 1, 1, 1, 1, 1, 1]),
        phq("2026-02", 10),
        at("gad-7", "2026-02", [0, 0, 0, 0, 0, 0, 0]),
        at("epds", "2026-02", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      ]),
    );
    expect(out.map((c) => [c.instrument, c.status])).toEqual([
      ["gad-7", "reliable-improvement"],
      ["phq-9", "no-reliable-change"],
    ]);
  });

  it("a higher-is-better instrument improves upwards", () => {
    const reg = E.getOrElseW(() => DEFAULT_REGISTRY)(
      registerInstrument(DEFAULT_REGISTRY, {
        ...PHQ9,
        id: "wellbeing-9",
        direction: "higher-is-better",
        severeSymptomsBand: null,
        itemFlags: [],
      }),
    );
    const ms = [
      at("wellbeing-9", "2026-01", withTotal(PHQ9, 5)),
      at("wellbeing-9", "2026-03", withTotal(PHQ9, 12)),
    ];
    expect(measureChanges(scoreCaseMeasures(ms, reg))[0]?.status).toBe("reliable-improvement");
    expect(
      measureChanges(
        scoreCaseMeasures(
          [...ms]
            .reverse()
            .map((m, i) => ({ ...m, administeredOn: i === 0 ? "2026-01" : "2026-03" })),
          reg,
        ),
      )[0]?.status,
    ).toBe("reliable-deterioration");
  });
});
