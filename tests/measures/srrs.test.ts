import { describe, expect, it } from "vitest";
import {
  type LifeEventLike,
  SRRS_BANDS,
  SRRS_DEATH_BY_ROLE,
  SRRS_EVENTS,
  SRRS_MAPPING,
  scoreLifeChangeUnits,
} from "../../src/measures/index.js";
import { LIFE_EVENT_KINDS, RELATIONSHIP_ROLES } from "../../src/model/vocabularies.js";

const ev = (
  id: string,
  kind: LifeEventLike["kind"],
  date: string,
  extra: Partial<LifeEventLike> = {},
): LifeEventLike => ({
  id,
  kind,
  date,
  ...extra,
});

describe("the SRRS table", () => {
  it("has the 43 events of Holmes & Rahe 1967 Table 3, ranked", () => {
    expect(SRRS_EVENTS).toHaveLength(43);
    expect(SRRS_EVENTS.map((e) => e.rank)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    const lcu = SRRS_EVENTS.map((e) => e.lcu);
    expect(lcu.slice(0, 8)).toEqual([100, 73, 65, 63, 63, 53, 50, 47]);
    expect(lcu.slice(-3)).toEqual([13, 12, 11]);
    expect([...lcu].sort((a, b) => b - a)).toEqual(lcu);
    expect(SRRS_EVENTS[19]).toEqual({ rank: 20, event: "Mortgage over $10,000", lcu: 31 });
    expect(SRRS_EVENTS[35]).toEqual({ rank: 36, event: "Change in social activities", lcu: 18 });
  });

  it("maps every life event kind, to ranks that exist", () => {
    expect(Object.keys(SRRS_MAPPING).sort()).toEqual([...LIFE_EVENT_KINDS].sort());
    for (const rule of Object.values(SRRS_MAPPING)) {
      const ranks =
        rule.type === "fixed" || rule.type === "marital"
          ? [rule.rank]
          : rule.type === "self-or-relative"
            ? [rule.selfRank, rule.relativeRank]
            : [];
      for (const r of ranks) expect(SRRS_EVENTS[r - 1]?.rank).toBe(r);
      expect(rule.note.length).toBeGreaterThan(0);
    }
    expect(Object.keys(SRRS_DEATH_BY_ROLE).sort()).toEqual([...RELATIONSHIP_ROLES].sort());
  });

  it("bands: below 150, 150-299, 300 or more", () => {
    expect(SRRS_BANDS.map((b) => [b.id, b.min, b.max])).toEqual([
      ["low", 0, 149],
      ["moderate", 150, 299],
      ["high", 300, null],
    ]);
  });
});

describe("scoreLifeChangeUnits: mapping", () => {
  const ref = { reference: "2026-01-15" };
  const one = (e: LifeEventLike, opts: Parameters<typeof scoreLifeChangeUnits>[1] = ref) =>
    scoreLifeChangeUnits([e], opts);

  it.each([
    ["marriage", 50, "direct"],
    ["divorce", 73, "direct"],
    ["pregnancy", 40, "direct"],
    ["birth", 39, "direct"],
    ["adoption", 39, "direct"],
    ["child-left-home", 29, "direct"],
    ["retirement", 45, "direct"],
    ["promotion", 29, "direct"],
    ["demotion", 29, "direct"],
    ["study-start", 26, "direct"],
    ["graduation", 26, "direct"],
    ["school-change", 20, "direct"],
    ["relocation", 20, "direct"],
    ["financial-change", 38, "direct"],
    ["job-loss", 47, "judgement"],
    ["job-start", 20, "judgement"],
    ["pregnancy-loss", 44, "judgement"],
    ["new-relationship", 18, "judgement"],
    ["cohabitation", 25, "judgement"],
    ["caregiving-start", 44, "judgement"],
    ["caregiving-end", 25, "judgement"],
    ["migration", 20, "judgement"],
    ["legal-problem", 11, "judgement"],
    ["military-deployment", 20, "judgement"],
  ] as const)("%s counts %i LCU (%s)", (kind, lcu, basis) => {
    const r = one(ev("e", kind, "2025-11"));
    expect(r.total).toBe(lcu);
    expect(r.counted[0]).toMatchObject({ eventId: "e", kind, lcu, basis });
    expect(r.counted[0]?.rule.length).toBeGreaterThan(0);
  });

  it("'other' has no SRRS event and is listed as unmapped", () => {
    const r = one(ev("x", "other", "2025-11"));
    expect(r.total).toBe(0);
    expect(r.unmapped).toEqual([
      expect.objectContaining({ eventId: "x", reason: "no-srrs-event" }),
    ]);
  });

  it("a death counts by the role of the deceased", () => {
    const relationships = [
      { id: "h", role: "spouse" },
      { id: "p", role: "partner" },
      { id: "m", role: "parent" },
      { id: "g", role: "grandparent" },
      { id: "f", role: "friend" },
      { id: "c", role: "colleague" },
      { id: "w", role: "not-a-role" },
    ];
    const death = (ids: string[]) =>
      one(ev("d", "death", "2025-10", { relationshipIds: ids }), { ...ref, relationships });
    expect(death(["h"]).counted[0]).toMatchObject({ srrsRank: 1, lcu: 100, basis: "direct" });
    expect(death(["p"]).counted[0]).toMatchObject({ srrsRank: 1, lcu: 100, basis: "judgement" });
    expect(death(["m"]).counted[0]).toMatchObject({ srrsRank: 5, lcu: 63, basis: "direct" });
    expect(death(["g"]).counted[0]).toMatchObject({ srrsRank: 5, lcu: 63, basis: "judgement" });
    expect(death(["f"]).counted[0]).toMatchObject({ srrsRank: 17, lcu: 37, basis: "direct" });
    expect(death(["c"]).unmapped[0]).toMatchObject({ reason: "no-srrs-event" });
    expect(death(["w"]).unmapped[0]).toMatchObject({ reason: "no-srrs-event" });
    // two people involved: the closest one counts, once
    expect(death(["f", "m", "c"]).counted).toEqual([expect.objectContaining({ lcu: 63 })]);
  });

  it("a death with no known relationship counts as the lowest death weight, by judgement", () => {
    expect(one(ev("d", "death", "2025-10")).counted[0]).toMatchObject({
      lcu: 37,
      basis: "judgement",
    });
    expect(
      one(ev("d", "death", "2025-10", { relationshipIds: ["ghost"] })).counted[0],
    ).toMatchObject({
      lcu: 37,
      basis: "judgement",
    });
    expect(one(ev("d", "death", "2025-10")).counted[0]?.rule).toContain("relationship not known");
  });

  it("separation and reconciliation: direct for a spouse, by analogy otherwise", () => {
    const relationships = [
      { id: "h", role: "spouse" },
      { id: "b", role: "partner" },
    ];
    const opts = { ...ref, relationships };
    expect(
      one(ev("s", "separation", "2025-10", { relationshipIds: ["h"] }), opts).counted[0],
    ).toMatchObject({
      lcu: 65,
      basis: "direct",
    });
    expect(
      one(ev("s", "separation", "2025-10", { relationshipIds: ["b"] }), opts).counted[0],
    ).toMatchObject({
      lcu: 65,
      basis: "judgement",
    });
    expect(one(ev("r", "reconciliation", "2025-10"), opts).counted[0]).toMatchObject({
      lcu: 45,
      basis: "judgement",
    });
  });

  it("illness, injury and disability: the patient without a person involved, a relative with one", () => {
    expect(one(ev("i", "illness-diagnosis", "2025-10")).counted[0]).toMatchObject({
      srrsRank: 6,
      lcu: 53,
    });
    expect(
      one(ev("i", "illness-diagnosis", "2025-10", { relationshipIds: ["m"] })).counted[0],
    ).toMatchObject({
      srrsRank: 11,
      lcu: 44,
    });
    expect(one(ev("i", "injury", "2025-10")).counted[0]).toMatchObject({
      lcu: 53,
      basis: "direct",
    });
    expect(
      one(ev("i", "disability", "2025-10", { relationshipIds: ["m"] })).counted[0],
    ).toMatchObject({
      lcu: 44,
      basis: "judgement",
    });
  });

  it("reports distress beside the LCU, never mixed in", () => {
    const r = scoreLifeChangeUnits(
      [ev("a", "relocation", "2025-10", { distress: 4 }), ev("b", "relocation", "2025-11")],
      ref,
    );
    expect(r.counted.map((c) => [c.lcu, c.distress])).toEqual([
      [20, 4],
      [20, null],
    ]);
    expect(r.total).toBe(40);
  });
});

describe("scoreLifeChangeUnits: the 12-month window", () => {
  it("counts events 0 to 12 months before the reference, by the mid-period rule", () => {
    const r = scoreLifeChangeUnits(
      [
        ev("same-day", "marriage", "2025-10-15"),
        ev("inside", "divorce", "2024-10-15"), // 365 days: 11.99 months
        ev("outside", "retirement", "2024-10-14"), // 366 days: 12.02 months
        ev("after", "relocation", "2025-10-16"),
        ev("year", "pregnancy", "2025"), // 2025-07-02
        ev("old-year", "pregnancy", "2024"), // 2024-07-02: 15.4 months
        ev("bad", "birth", "2025-13"),
      ],
      { reference: "2025-10" }, // 2025-10-15
    );
    expect(r.counted.map((c) => c.eventId)).toEqual(["same-day", "inside", "year"]);
    expect(r.counted[0]?.monthsBeforeReference).toBe(0);
    expect(r.outsideWindow.map((x) => [x.eventId, x.reason])).toEqual([
      ["outside", "before-window"],
      ["after", "after-reference"],
      ["old-year", "before-window"],
      ["bad", "invalid-date"],
    ]);
    expect(r.outsideWindow[3]?.monthsBeforeReference).toBeNull();
    expect(r.total).toBe(50 + 73 + 40);
    expect(r.windowMonths).toBe(12);
    expect(r.reference).toBe("2025-10");
  });

  it("a year-precision reference stands for 2 July", () => {
    const r = scoreLifeChangeUnits(
      [ev("a", "marriage", "2024-07-03"), ev("b", "marriage", "2024-06-30")],
      {
        reference: "2025",
      },
    );
    expect(r.counted.map((c) => c.eventId)).toEqual(["a"]);
  });

  it("an invalid reference puts every event outside the window", () => {
    const r = scoreLifeChangeUnits([ev("a", "marriage", "2025-01")], { reference: "soon" });
    expect(r.total).toBe(0);
    expect(r.outsideWindow[0]?.reason).toBe("invalid-date");
  });
});

describe("scoreLifeChangeUnits: bands and caveats", () => {
  const many = (n: number, kind: LifeEventLike["kind"]) =>
    Array.from({ length: n }, (_, i) => ev(`e${i}`, kind, "2025-12"));

  it.each([
    ["nothing", [], 0, "low"],
    [
      "divorce, separation, legal problem",
      [...many(1, "divorce"), ...many(1, "separation"), ...many(1, "legal-problem")],
      149,
      "low",
    ],
    ["three marriages", many(3, "marriage"), 150, "moderate"],
    [
      "three divorces, two pregnancies",
      [...many(3, "divorce"), ...many(2, "pregnancy")],
      299,
      "moderate",
    ],
    ["six marriages", many(6, "marriage"), 300, "high"],
  ] as const)("%s: total %i is %s", (_, events, total, band) => {
    const r = scoreLifeChangeUnits(events, { reference: "2026-01-10" });
    expect(r.total).toBe(total);
    expect(r.band.id).toBe(band);
  });

  it("notes that the weights were rated by adults, for adolescents", () => {
    expect(
      scoreLifeChangeUnits([], { reference: "2026", population: "adolescent" }).caveats,
    ).toHaveLength(1);
    expect(scoreLifeChangeUnits([], { reference: "2026", population: "adult" }).caveats).toEqual(
      [],
    );
    expect(scoreLifeChangeUnits([], { reference: "2026" }).source).toMatch(/Holmes/);
  });

  it("scores the sample cases' life events", () => {
    // grief-mother: mother (parent) died 2025-08-30, onset 2025-10
    const grief = scoreLifeChangeUnits(
      [ev("mother-died", "death", "2025-08-30", { relationshipIds: ["mother"] })],
      { reference: "2025-10", relationships: [{ id: "mother", role: "parent" }] },
    );
    expect(grief.total).toBe(63);
    // perinatal-birth: birth 2025-10-02 and a job loss 2025-09, onset 2025-11
    const perinatal = scoreLifeChangeUnits(
      [
        ev("birth", "birth", "2025-10-02", { relationshipIds: ["baby"] }),
        ev("leave", "job-loss", "2025-09"),
      ],
      { reference: "2025-11" },
    );
    expect(perinatal.total).toBe(39 + 47);
    // transition-job-loss: laid off 2025-11 (counted), moved 2018 (outside)
    const job = scoreLifeChangeUnits(
      [
        ev("laid-off", "job-loss", "2025-11", { relationshipIds: ["ex-boss"] }),
        ev("moved", "relocation", "2018"),
      ],
      { reference: "2025-12" },
    );
    expect([job.total, job.outsideWindow.map((x) => x.eventId)]).toEqual([47, ["moved"]]);
  });
});
