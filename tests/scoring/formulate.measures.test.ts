import { type CaseInput, decodeCase, type Formulation, formulate } from "ipt-formulation";
import { DEFAULT_REGISTRY, GAD7, registerInstrument } from "ipt-formulation/measures";
import { describe, expect, it } from "vitest";

const build = (over: Partial<CaseInput>): ReturnType<typeof decodeCase> =>
  decodeCase({
    format: "ipt-case/1",
    assessedOn: "2026-01-15",
    episode: { onset: "2025-10-15" },
    relationships: [
      { id: "mum", label: "Mum", role: "parent", circle: "inner", status: "deceased" },
    ],
    lifeEvents: [
      {
        id: "d",
        kind: "death",
        date: "2024-10",
        relationshipIds: ["mum"],
        adjusted: true,
        distress: 2,
      },
    ],
    ...over,
  });

const f = (over: Partial<CaseInput>): Formulation => {
  const r = build(over);
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
  return formulate(r.right);
};

const phq = (items: number[], administeredOn = "2026-01-15") => ({
  instrument: "phq-9",
  administeredOn,
  items,
});

describe("measures inside formulate", () => {
  it("scores each administered measure, in input order, with its index", () => {
    const out = f({
      measures: [
        phq([1, 1, 1, 1, 1, 1, 1, 1, 0]),
        { instrument: "gad-7", administeredOn: "2026-01-15", items: [3, 3, 3, 3, 3, 3, 3] },
      ],
    });
    expect(out.measures.map((m) => [m.index, m.instrument, m.status])).toEqual([
      [0, "phq-9", "scored"],
      [1, "gad-7", "scored"],
    ]);
    const first = out.measures[0];
    expect(first?.status === "scored" && first.total).toBe(8);
  });

  it("PHQ-9 item 9 at 1 raises suicide-risk, urgent and first", () => {
    const out = f({ episode: {}, measures: [phq([1, 1, 1, 1, 1, 1, 1, 1, 1])] });
    expect(out.flags[0]).toMatchObject({
      code: "suicide-risk",
      severity: "urgent",
      ref: { measureIndex: 0 },
    });
    expect(out.flags.map((x) => x.code)).toContain("onset-unknown");
  });

  it("PHQ-9 item 9 at 0 raises no suicide-risk", () => {
    expect(
      f({ measures: [phq([3, 3, 3, 1, 1, 1, 1, 1, 0])] }).flags.map((x) => x.code),
    ).not.toContain("suicide-risk");
  });

  it("EPDS item 10 at 1 raises suicide-risk", () => {
    const out = f({
      population: "perinatal",
      measures: [
        { instrument: "epds", administeredOn: "2026-01", items: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
      ],
    });
    expect(out.flags.map((x) => x.code)).toContain("suicide-risk");
  });

  it("PHQ-9 at 20 raises severe-symptoms, at 19 it does not", () => {
    expect(f({ measures: [phq([3, 3, 3, 3, 3, 3, 2, 0, 0])] }).flags.map((x) => x.code)).toContain(
      "severe-symptoms",
    );
    expect(
      f({ measures: [phq([3, 3, 3, 3, 3, 3, 1, 0, 0])] }).flags.map((x) => x.code),
    ).not.toContain("severe-symptoms");
  });

  it("a PG-13-R about the death, at or above its cut-off, is grief evidence; below it adds nothing", () => {
    const pg = (v: number) => ({
      instrument: "pg-13-r",
      administeredOn: "2026-01-15",
      relatesTo: "d",
      items: [v, v, v, v, v, v, v, v, v, v, 1],
    });
    const without = f({});
    const high = f({ measures: [pg(4)] });
    const low = f({ measures: [pg(2)] });
    const grief = (x: Formulation) => x.areas.find((a) => a.area === "grief");
    expect(grief(high)?.score).toBeGreaterThan(grief(without)?.score ?? 1);
    const ev = grief(high)?.evidence.find((e) => e.rule === "grief.measure");
    expect(ev?.source).toEqual({ kind: "measure", measureIndex: 0, lifeEventId: "d" });
    expect(ev?.explanation).toContain("PG-13-R about the death of Mum (inner circle)");
    expect(grief(low)?.score).toBe(grief(without)?.score);
    expect(high.events.find((e) => e.id === "d")?.areas[0]?.rules).toContain("grief.measure");
  });

  it("a repeated instrument yields change, first vs last, with the reliable-change threshold", () => {
    const out = f({
      measures: [
        phq([2, 2, 2, 2, 2, 2, 2, 2, 0], "2025-11-01"),
        phq([1, 1, 1, 1, 1, 1, 1, 0, 0], "2026-01-10"),
      ],
    });
    expect(out.measureChanges).toHaveLength(1);
    expect(out.measureChanges[0]).toMatchObject({
      instrument: "phq-9",
      difference: -9,
      status: "reliable-improvement",
    });
  });

  it("a measure the registry cannot score is listed as not scored, never thrown", () => {
    const custom = registerInstrument(DEFAULT_REGISTRY, {
      ...GAD7,
      id: "gad-7-copy",
      shortName: "GAD-7 copy",
    });
    if (custom._tag === "Left") throw new Error(JSON.stringify(custom.left));
    const r = decodeCase(
      {
        format: "ipt-case/1",
        assessedOn: "2026-01-15",
        episode: {},
        relationships: [],
        lifeEvents: [],
        measures: [
          { instrument: "gad-7-copy", administeredOn: "2026", items: [0, 0, 0, 0, 0, 0, 0] },
        ],
      },
      { registry: custom.right },
    );
    if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
    expect(formulate(r.right).measures[0]).toMatchObject({
      status: "not-scored",
      instrument: "gad-7-copy",
    });
    expect(formulate(r.right, undefined, { registry: custom.right }).measures[0]).toMatchObject({
      status: "scored",
      total: 0,
    });
  });

  it("the decoder checks item counts and ranges against the registry, naming the item", () => {
    const r = build({ measures: [phq([1, 1, 1, 1, 1, 1, 1, 1, 4])] });
    expect(r._tag).toBe("Left");
    if (r._tag === "Left")
      expect(r.left.issues[0]).toMatchObject({
        code: "item-out-of-range",
        path: "measures[0].items[8]",
      });
    const c = build({ measures: [phq([1, 1, 1])] });
    if (c._tag === "Left")
      expect(c.left.issues[0]).toMatchObject({ code: "item-count", path: "measures[0].items" });
    const u = build({ measures: [{ instrument: "bdi-ii", administeredOn: "2026", items: [] }] });
    if (u._tag === "Left")
      expect(u.left.issues[0]).toMatchObject({
        code: "unknown-instrument",
        path: "measures[0].instrument",
      });
  });
});
