import { CONDITIONS, type Formulation, formulate, POPULATIONS } from "ipt-formulation";
import {
  areaDetails,
  PLAN_FORMATS,
  type PlanItem,
  planTreatment,
  type TreatmentPlan,
} from "ipt-formulation/plan";
import { describe, expect, it } from "vitest";
import {
  caseOf,
  DISSOLVED_PARTNER,
  refocus,
  SAMPLES,
  sample,
  suicidalCase,
  withFlags,
} from "./support.js";

const keys = (items: readonly PlanItem[]): string[] => items.map((i) => i.key);
const section = (p: TreatmentPlan, kind: string) => p.sections.find((s) => s.kind === kind);
const middleKeys = (p: TreatmentPlan): string[] => keys(section(p, "middle")?.items ?? []);
const planFor = (name: string, options = {}) => {
  const c = sample(name);
  return planTreatment(formulate(c), c, options);
};

describe("the sample cases", () => {
  it("grief: the deceased mother by id and label, prolonged grief not met, grief goals", () => {
    const p = planFor("grief-mother");
    expect(p.focus).toEqual({ primary: "grief" });
    expect(p.areas).toEqual([
      {
        area: "grief",
        focusRole: "primary",
        lifeEventId: "mother-died",
        eventKind: "death",
        date: "2025-08-30",
        deceased: [{ id: "mother", label: "Mother" }],
        prolongedGrief: "not-met",
      },
    ]);
    expect(middleKeys(p)).toEqual([
      "middle.weekly",
      "grief.detail",
      "grief.prolonged-not-met",
      "grief.goal-mourning",
      "grief.goal-reconnect",
      "grief.strategy-link",
      "grief.strategy-reconstruct",
      "grief.strategy-events",
      "grief.strategy-feelings",
    ]);
    const detail = section(p, "middle")?.items[1];
    expect(detail?.params).toEqual({
      person: { kind: "labels", value: ["Mother"], relationshipIds: ["mother"] },
      date: { kind: "date", value: "2025-08-30" },
    });
  });

  it("dispute: the husband by id and label, the impasse stage, and a joint session", () => {
    const p = planFor("dispute-partner");
    expect(p.areas).toEqual([
      {
        area: "role-dispute",
        focusRole: "primary",
        person: { id: "husband", label: "Husband" },
        stage: "impasse",
        jointSession: true,
      },
    ]);
    expect(middleKeys(p)).toEqual([
      "middle.weekly",
      "dispute.detail",
      "dispute.stage-impasse",
      "dispute.goal",
      "dispute.goal-neutral",
      "dispute.strategy-expectations",
      "dispute.strategy-communication",
      "dispute.strategy-parallels",
      "dispute.joint-session",
    ]);
    const joint = section(p, "middle")?.items.find((i) => i.key === "dispute.joint-session");
    expect(joint?.params).toEqual({
      person: { kind: "label", value: "Husband", relationshipId: "husband" },
    });
    expect(joint?.evidence).toBe("found");
    expect(joint?.source).toContain("Stuart");
  });

  it("transition: the job loss gives the old and new roles by its kind", () => {
    const p = planFor("transition-job-loss");
    expect(p.areas[0]).toEqual({
      area: "role-transition",
      focusRole: "primary",
      lifeEventId: "laid-off",
      eventKind: "job-loss",
      date: "2025-11",
    });
    const detail = section(p, "middle")?.items.find((i) => i.key === "transition.detail");
    expect(detail?.params).toEqual({
      event: { kind: "term", vocabulary: "eventPhrase", value: "job-loss" },
      date: { kind: "date", value: "2025-11" },
      old: { kind: "term", vocabulary: "oldRole", value: "job-loss" },
      new: { kind: "term", vocabulary: "newRole", value: "job-loss" },
    });
    expect(middleKeys(p)).toEqual([
      "middle.weekly",
      "transition.detail",
      "transition.goal-mourn",
      "transition.goal-new-role",
      "transition.goal-mastery",
      "transition.strategy-weigh",
      "transition.strategy-feelings",
      "transition.strategy-support",
    ]);
  });

  it("deficits: a poorer prognosis and alternatives to discuss (CBT, medication, combined)", () => {
    const p = planFor("deficits-isolation");
    expect(p.areas).toEqual([
      {
        area: "interpersonal-deficits",
        focusRole: "primary",
        poorerPrognosis: true,
        alternatives: ["cbt", "medication", "combined"],
      },
    ]);
    const items = section(p, "middle")?.items ?? [];
    expect(keys(items).slice(1, 3)).toEqual(["deficits.prognosis", "deficits.recheck"]);
    expect(items[1]?.evidence).toBe("found");
    expect(keys(items)).toContain("deficits.goal-isolation");
  });

  it("perinatal: the birth gives 'life before the baby' → 'parenthood'; EPDS replaces PHQ-9", () => {
    const p = planFor("perinatal-birth");
    expect(p.areas[0]).toMatchObject({ area: "role-transition", eventKind: "birth" });
    expect(p.treatment.format).toBe("standard");
    expect(p.treatment.sessions).toBe(12);
    expect(p.measurement.map((m) => m.instrument)).toEqual(["epds", "gad-7"]);
    expect(keys(p.adaptations)).toEqual(["adapt.perinatal", "adapt.perinatal-default"]);
  });

  it("a close call: both areas are planned, the secondary after the primary, and the choice is flagged", () => {
    const p = planFor("divorce-dispute-and-transition");
    expect(p.focus.secondary).toBeDefined();
    expect(p.areas.map((a) => [a.area, a.focusRole])).toEqual([
      [p.focus.primary, "primary"],
      [p.focus.secondary, "secondary"],
    ]);
    expect(keys(section(p, "opening")?.items ?? [])).toContain("opening.close-call");
    const roles = (section(p, "middle")?.items ?? []).flatMap((i) =>
      i.focus === undefined ? [] : [i.focus.role],
    );
    expect(roles.indexOf("secondary")).toBeGreaterThan(roles.lastIndexOf("primary"));
    const dispute = p.areas.find((a) => a.area === "role-dispute");
    expect(dispute).toMatchObject({ person: { id: "ex", label: "Ex-wife" }, stage: "dissolution" });
  });

  it("every item carries a source and an evidence marker, in every sample and format", () => {
    for (const c of SAMPLES.values())
      for (const format of PLAN_FORMATS) {
        const p = planTreatment(formulate(c), c, { format });
        const items = [...p.sections.flatMap((s) => s.items), ...p.adaptations];
        for (const i of items) {
          expect(i.source.length).toBeGreaterThan(10);
          expect(["found", "unverified"]).toContain(i.evidence);
        }
        for (const m of p.measurement) expect(["found", "unverified"]).toContain(m.evidence);
        expect(p.status).toBe("draft");
      }
  });
});

describe("area detail from the evidence", () => {
  it("areaDetails is the plan's areas, without building the plan (the TSDoc example too)", () => {
    for (const c of SAMPLES.values())
      for (const area of ["grief", "role-dispute", "role-transition"] as const) {
        const f = refocus(formulate(c), area, "interpersonal-deficits");
        expect(areaDetails(f, c)).toEqual(planTreatment(f, c).areas);
      }
    const c = sample("grief-mother");
    expect(areaDetails(formulate(c), c)).toEqual([
      {
        area: "grief",
        focusRole: "primary",
        lifeEventId: "mother-died",
        eventKind: "death",
        date: "2025-08-30",
        deceased: [{ id: "mother", label: "Mother" }],
        prolongedGrief: "not-met",
      },
    ]);
  });

  it("grief: a pregnancy loss names no one", () => {
    const c = caseOf({
      lifeEvents: [
        { id: "pl", kind: "pregnancy-loss", date: "2025-09", distress: 4, adjusted: false },
      ],
    });
    const p = planTreatment(formulate(c), c);
    expect(p.areas[0]).toMatchObject({ area: "grief", eventKind: "pregnancy-loss", deceased: [] });
    expect(middleKeys(p)[1]).toBe("grief.detail-pregnancy-loss");
  });

  it("grief: a death with no person recorded, and a death of several people", () => {
    const c = caseOf({
      lifeEvents: [{ id: "d", kind: "death", date: "2025-09", distress: 4, adjusted: false }],
    });
    expect(middleKeys(planTreatment(formulate(c), c))[1]).toBe("grief.detail-unnamed");
    const two = caseOf({
      relationships: [
        { id: "b", label: "Brother", role: "sibling", circle: "inner", status: "deceased" },
        { id: "a", label: "Aunt", role: "other-relative", circle: "middle", status: "deceased" },
        { id: "w", label: "Witness", role: "friend", circle: "outer", status: "active" },
      ],
      lifeEvents: [
        {
          id: "crash",
          kind: "death",
          date: "2025-09-03",
          relationshipIds: ["b", "w", "a"],
          distress: 4,
          adjusted: false,
        },
      ],
    });
    const g = planTreatment(formulate(two), two).areas[0];
    expect(g).toMatchObject({
      deceased: [
        { id: "a", label: "Aunt" },
        { id: "b", label: "Brother" },
      ],
    });
  });

  it("grief: people of a death event count as the deceased when none is marked deceased", () => {
    const c = caseOf({
      relationships: [
        { id: "g", label: "Gran", role: "grandparent", circle: "inner", status: "active" },
      ],
      lifeEvents: [
        {
          id: "d",
          kind: "death",
          date: "2025-09",
          relationshipIds: ["g"],
          distress: 4,
          adjusted: false,
        },
      ],
    });
    expect(planTreatment(formulate(c), c).areas[0]).toMatchObject({
      deceased: [{ id: "g", label: "Gran" }],
    });
  });

  it("grief: a conflict with someone who has died names that person, with no date", () => {
    const c = caseOf({
      relationships: [
        {
          id: "dad",
          label: "Father",
          role: "parent",
          circle: "inner",
          status: "deceased",
          conflict: 4,
        },
      ],
    });
    const p = planTreatment(formulate(c), c);
    expect(p.areas[0]).toEqual({
      area: "grief",
      focusRole: "primary",
      deceased: [{ id: "dad", label: "Father" }],
      prolongedGrief: "not-met",
    });
    expect(middleKeys(p).slice(1, 3)).toEqual(["grief.detail-no-date", "grief.goal-mourning"]);
  });

  it("grief: a death with no date names that person when it is the strongest grief evidence", () => {
    // The mother (inner, no death event): 0.45 from grief.undated-death; a friend (outer)
    // who died a month before onset, not mourned: 0.28 and 0.21 from the dated rules.
    const c = caseOf({
      relationships: [
        { id: "mum", label: "Mother", role: "parent", circle: "inner", status: "deceased" },
        { id: "jo", label: "Friend J.", role: "friend", circle: "outer", status: "deceased" },
      ],
      lifeEvents: [
        {
          id: "jo-died",
          kind: "death",
          date: "2025-09",
          relationshipIds: ["jo"],
          distress: 4,
          adjusted: false,
        },
      ],
    });
    const f = formulate(c);
    expect(f.areas[0]?.evidence[0]).toMatchObject({
      rule: "grief.undated-death",
      source: { kind: "relationship", relationshipId: "mum" },
    });
    expect(f.flags.map((x) => [x.code, x.ref])).toEqual([
      ["death-undated", { relationshipId: "mum" }],
    ]);
    const p = planTreatment(f, c);
    expect(p.areas[0]).toEqual({
      area: "grief",
      focusRole: "primary",
      deceased: [{ id: "mum", label: "Mother" }],
      prolongedGrief: "not-met",
    });
    expect(middleKeys(p).slice(1, 3)).toEqual(["grief.detail-no-date", "grief.goal-mourning"]);
    // Once her death is dated, the dated loss is the detail, with its date.
    const dated = caseOf({
      relationships: c.relationships,
      lifeEvents: [
        ...c.lifeEvents,
        { id: "mum-died", kind: "death", date: "2025-08", relationshipIds: ["mum"], distress: 4 },
      ],
    });
    expect(planTreatment(formulate(dated), dated).areas[0]).toMatchObject({
      lifeEventId: "mum-died",
      date: "2025-08",
      deceased: [{ id: "mum", label: "Mother" }],
    });
  });

  it("grief: prolonged grief comes from the formulation's flag on that loss", () => {
    const c = caseOf({
      relationships: [
        { id: "m", label: "Mum", role: "parent", circle: "inner", status: "deceased" },
      ],
      lifeEvents: [
        {
          id: "d",
          kind: "death",
          date: "2023",
          relationshipIds: ["m"],
          distress: 4,
          adjusted: false,
          griefSigns: ["yearning", "avoidance", "disbelief", "meaninglessness"],
        },
      ],
    });
    const f = formulate(c);
    expect(f.flags.map((x) => x.code)).toContain("prolonged-grief");
    const p = planTreatment(f, c);
    expect(p.areas[0]).toMatchObject({ prolongedGrief: "met", lifeEventId: "d" });
    expect(middleKeys(p)).toContain("grief.prolonged-met");
  });

  it("grief with no evidence at all: the loss is to be found with the patient", () => {
    const c = caseOf({});
    const p = planTreatment(refocus(formulate(c), "grief"), c);
    expect(p.areas[0]).toEqual({
      area: "grief",
      focusRole: "primary",
      deceased: [],
      prolongedGrief: "not-met",
    });
    expect(middleKeys(p)[1]).toBe("grief.detail-unknown");
    expect(middleKeys(p)).not.toContain("grief.prolonged-not-met");
  });

  it("dispute from a separation with ongoing conflict: the person the fight goes on with", () => {
    const c = caseOf({
      relationships: [
        {
          id: "p",
          label: "Partner P.",
          role: "partner",
          circle: "inner",
          status: "estranged",
          conflict: 3,
        },
        {
          id: "q",
          label: "Partner Q.",
          role: "partner",
          circle: "inner",
          status: "estranged",
          conflict: 3,
        },
        {
          id: "o",
          label: "Partner O.",
          role: "partner",
          circle: "middle",
          status: "estranged",
          conflict: 3,
        },
        {
          id: "n",
          label: "Partner N.",
          role: "partner",
          circle: "outer",
          status: "estranged",
          conflict: 1,
        },
        { id: "k", label: "Kid", role: "child", circle: "inner", status: "active" },
      ],
      lifeEvents: [
        {
          id: "s",
          kind: "separation",
          date: "2025-09",
          relationshipIds: ["q", "p", "k", "o", "n"],
          distress: 4,
        },
      ],
    });
    const f = formulate(c);
    // Keep only the separation's evidence, so the detail is read from the life event.
    const only: Formulation = {
      ...f,
      focus: { primary: "role-dispute" },
      areas: f.areas.map((a) => ({
        ...a,
        evidence: a.evidence.filter((e) => e.source.kind === "life-event"),
      })),
    };
    const d = planTreatment(only, c).areas[0];
    expect(d).toEqual({
      area: "role-dispute",
      focusRole: "primary",
      person: { id: "p", label: "Partner P." },
      lifeEventId: "s",
      jointSession: true,
    });
    const p = planTreatment(only, c);
    expect(middleKeys(p)).toContain("dispute.detail-no-stage");
    expect(middleKeys(p)).toContain("dispute.strategy-stage");
  });

  it("dispute with no identifiable other party: no joint session, a generic 'other person'", () => {
    const c = caseOf({});
    const p = planTreatment(refocus(formulate(c), "role-dispute"), c);
    expect(p.areas[0]).toEqual({ area: "role-dispute", focusRole: "primary", jointSession: false });
    expect(middleKeys(p)).not.toContain("dispute.joint-session");
    const comm = section(p, "middle")?.items.find(
      (i) => i.key === "dispute.strategy-communication",
    );
    expect(comm?.params).toEqual({
      person: { kind: "term", vocabulary: "fallback", value: "other-person" },
    });
    expect(middleKeys(p)[1]).toBe("dispute.detail-unknown");
  });

  it("each dispute stage has its own goal", () => {
    for (const stage of ["renegotiation", "impasse", "dissolution"] as const) {
      const c = caseOf({
        relationships: [
          {
            id: "s",
            label: "Sister",
            role: "sibling",
            circle: "inner",
            status: "active",
            conflict: 4,
            conflictSince: "2025-08",
            expectationsReciprocal: false,
            disputeStage: stage,
          },
        ],
      });
      const p = planTreatment(refocus(formulate(c), "role-dispute"), c);
      expect(middleKeys(p)).toContain(`dispute.stage-${stage}`);
      expect(p.areas[0]).toMatchObject({ stage, person: { id: "s", label: "Sister" } });
    }
  });

  it("transition out of a dissolved relationship: the person, with the separation's roles", () => {
    const c = caseOf({ relationships: [DISSOLVED_PARTNER] });
    const p = planTreatment(refocus(formulate(c), "role-transition"), c);
    expect(p.areas[0]).toEqual({
      area: "role-transition",
      focusRole: "primary",
      person: { id: "p", label: "Partner P." },
    });
    const detail = section(p, "middle")?.items[1];
    expect(detail?.key).toBe("transition.detail-dissolution");
    expect(detail?.params.old).toEqual({
      kind: "term",
      vocabulary: "oldRole",
      value: "separation",
    });
  });

  it("transition with no evidence: generic old and new roles", () => {
    const c = caseOf({});
    const p = planTreatment(refocus(formulate(c), "role-transition"), c);
    expect(p.areas[0]).toEqual({ area: "role-transition", focusRole: "primary" });
    const goal = section(p, "middle")?.items.find((i) => i.key === "transition.goal-mourn");
    expect(goal?.params).toEqual({
      old: { kind: "term", vocabulary: "fallback", value: "old-role" },
    });
  });

  it("evidence naming ids missing from the case is skipped, never invented", () => {
    const empty = caseOf({});
    const sources = [
      sample("grief-mother"),
      sample("dispute-partner"),
      sample("transition-job-loss"),
      caseOf({
        relationships: [
          {
            id: "dad",
            label: "Father",
            role: "parent",
            circle: "inner",
            status: "deceased",
            conflict: 4,
          },
          DISSOLVED_PARTNER,
        ],
        lifeEvents: [
          { id: "s", kind: "separation", date: "2025-09", relationshipIds: ["p"], distress: 4 },
        ],
      }),
    ];
    for (const other of sources)
      for (const area of ["grief", "role-dispute", "role-transition"] as const) {
        const p = planTreatment(refocus(formulate(other), area), empty);
        expect(p.areas[0]).toEqual(
          area === "role-dispute"
            ? { area, focusRole: "primary", jointSession: false }
            : area === "grief"
              ? { area, focusRole: "primary", deceased: [], prolongedGrief: "not-met" }
              : { area, focusRole: "primary" },
        );
      }
  });

  it("grief: evidence from a grief measure about a loss points to that loss", () => {
    const c = sample("grief-mother");
    const f = formulate(c);
    const viaMeasure: Formulation = {
      ...f,
      areas: f.areas.map((a) => ({
        ...a,
        evidence: a.evidence.map((e) => ({
          ...e,
          source: { kind: "measure" as const, measureIndex: 0, lifeEventId: "mother-died" },
        })),
      })),
    };
    expect(planTreatment(viaMeasure, c).areas[0]).toMatchObject({
      lifeEventId: "mother-died",
      deceased: [{ id: "mother", label: "Mother" }],
    });
    const unattached: Formulation = {
      ...f,
      areas: f.areas.map((a) => ({
        ...a,
        evidence: a.evidence.map((e) => ({
          ...e,
          source: { kind: "measure" as const, measureIndex: 0 },
        })),
      })),
    };
    expect(planTreatment(unattached, c).areas[0]).toMatchObject({ deceased: [] });
  });

  it("a formulation without the focus area's scores gives an empty detail", () => {
    const c = sample("grief-mother");
    const f = formulate(c);
    expect(planTreatment({ ...f, areas: [] }, c).areas[0]).toMatchObject({ deceased: [] });
  });
});

describe("safety first", () => {
  it("an urgent flag puts a safety assessment before the opening phase", () => {
    const c = suicidalCase({
      relationships: [
        { id: "m", label: "Mum", role: "parent", circle: "inner", status: "deceased" },
      ],
      lifeEvents: [
        {
          id: "d",
          kind: "death",
          date: "2025-09",
          relationshipIds: ["m"],
          distress: 4,
          adjusted: false,
        },
      ],
    });
    const f = formulate(c);
    expect(f.flags[0]?.code).toBe("suicide-risk");
    for (const format of PLAN_FORMATS) {
      const p = planTreatment(f, c, { format });
      expect(p.sections[0]?.kind).toBe("safety");
      expect(p.sections[0]?.span).toBeUndefined();
      expect(p.sections[0]?.items[0]).toMatchObject({
        key: "safety.assess",
        params: { flag: { kind: "term", vocabulary: "flag", value: "suicide-risk" } },
      });
      expect(p.sections[1]?.kind).toBe(format === "group" ? "pre-group" : "opening");
      expect(keys(p.sections[0]?.items ?? []).includes("safety.ipt-a-not-acute")).toBe(
        format === "adolescent",
      );
    }
  });

  it("for adolescents, the safety step adds that IPT-A is not for acutely suicidal adolescents", () => {
    const c = suicidalCase({ population: "adolescent" });
    const p = planTreatment(formulate(c), c);
    expect(keys(p.sections[0]?.items ?? [])).toEqual(["safety.assess", "safety.ipt-a-not-acute"]);
    const adultInIptA = suicidalCase();
    const q = planTreatment(formulate(adultInIptA), adultInIptA, { format: "adolescent" });
    expect(keys(q.sections[0]?.items ?? [])).toContain("safety.ipt-a-not-acute");
  });

  it("one safety item per urgent flag code, none without an urgent flag", () => {
    const c = suicidalCase();
    const f = formulate(c);
    const twice = withFlags(f, [f.flags[0] as Formulation["flags"][number]]);
    expect(planTreatment(twice, c).sections[0]?.items).toHaveLength(1);
    for (const s of SAMPLES.values())
      expect(planTreatment(formulate(s), s).sections[0]?.kind).not.toBe("safety");
  });
});

describe("formats and options", () => {
  it("the format defaults from the population; options.format overrides it", () => {
    const teen = caseOf({ population: "adolescent" });
    expect(planTreatment(formulate(teen), teen).treatment).toMatchObject({
      format: "adolescent",
      sessions: 12,
      parentSessions: 2,
    });
    const older = caseOf({ population: "older-adult" });
    expect(planTreatment(formulate(older), older).treatment.format).toBe("standard");
    expect(planTreatment(formulate(older), older, { format: "brief" }).treatment).toMatchObject({
      format: "brief",
      sessions: 8,
      frequency: "weekly",
      timeFrame: { unit: "weeks", count: 8 },
    });
  });

  it("sections follow the phase arithmetic of the format and session count", () => {
    const c = sample("grief-mother");
    const p = planTreatment(formulate(c), c, { sessions: 16 });
    expect(p.sections.map((s) => [s.kind, s.span?.from, s.span?.to])).toEqual([
      ["opening", 1, 3],
      ["middle", 4, 13],
      ["ending", 14, 16],
    ]);
  });

  it("each phase carries the source of its session numbers and whether it was found", () => {
    const c = caseOf({ population: "adolescent" });
    const f = formulate(c);
    const marks = (p: TreatmentPlan) => p.sections.map((s) => [s.kind, s.timing?.evidence]);
    expect(marks(planTreatment(f, c))).toEqual([
      ["opening", "found"],
      ["middle", "found"],
      ["ending", "found"],
    ]);
    expect(marks(planTreatment(f, c, { sessions: 14 }))[1]).toEqual(["middle", "unverified"]);
    expect(marks(planTreatment(f, c, { format: "brief" }))[0]).toEqual(["opening", "unverified"]);
    expect(marks(planTreatment(f, c, { format: "group" })).slice(0, 2)).toEqual([
      ["pre-group", "found"],
      ["opening", "unverified"],
    ]);
    expect(planTreatment(f, c, { format: "counselling" }).sections[0]?.timing?.source).toContain(
      "Judd",
    );
    const s = suicidalCase();
    const safety = planTreatment(formulate(s), s).sections[0];
    expect(safety?.kind).toBe("safety");
    expect(safety?.timing).toBeUndefined();
  });

  it("a request outside the range is clamped and recorded; a non-number is recorded as null", () => {
    const c = sample("grief-mother");
    const f = formulate(c);
    expect(planTreatment(f, c, { sessions: 30 }).treatment).toMatchObject({
      sessions: 16,
      requestedSessions: 30,
    });
    expect(planTreatment(f, c, { sessions: Number.NaN }).treatment).toMatchObject({
      sessions: 12,
      requestedSessions: null,
    });
    expect(planTreatment(f, c, { sessions: 14 }).treatment.requestedSessions).toBeUndefined();
  });

  it("IPT-A: limited sick role, closeness circle, parent sessions (1 to 3), parents at the end", () => {
    const c = caseOf({ population: "adolescent" });
    const f = formulate(c);
    const p = planTreatment(f, c, { parentSessions: 7 });
    expect(p.treatment.parentSessions).toBe(3);
    expect(planTreatment(f, c, { parentSessions: 0 }).treatment.parentSessions).toBe(1);
    expect(planTreatment(f, c, { parentSessions: Number.NaN }).treatment.parentSessions).toBe(2);
    const opening = keys(section(p, "opening")?.items ?? []);
    expect(opening).toContain("opening.limited-sick-role");
    expect(opening).not.toContain("opening.sick-role");
    expect(opening).toContain("opening.closeness-circle");
    expect(opening).toContain("opening.parents");
    expect(keys(section(p, "ending")?.items ?? [])).toContain("ending.parents");
    expect(planTreatment(f, c, { format: "standard" }).treatment.parentSessions).toBe(0);
  });

  it("group IPT: pre-group session(s) hold the formulation and contract; a caregiver session for adolescents", () => {
    const adult = sample("grief-mother");
    const p = planTreatment(formulate(adult), adult, { format: "group" });
    expect(p.treatment).toMatchObject({ format: "group", sessions: 8, preGroupSessions: 1 });
    expect(keys(section(p, "pre-group")?.items ?? [])).toEqual([
      "pregroup.individual",
      "opening.formulation",
      "opening.contract",
    ]);
    expect(keys(section(p, "opening")?.items ?? [])).toEqual(["opening.group"]);
    expect(middleKeys(p).slice(0, 2)).toEqual(["middle.weekly", "middle.group"]);
    expect(keys(section(p, "ending")?.items ?? [])[0]).toBe("ending.group");
    expect(p.measurement[0]?.series).toBe("group");
    const teen = caseOf({ population: "adolescent" });
    const q = planTreatment(formulate(teen), teen, { format: "group" });
    expect(q.treatment.preGroupSessions).toBe(2);
    expect(keys(section(q, "pre-group")?.items ?? [])).toContain("pregroup.caregiver");
  });

  it("counselling: triage in the opening, a short ending", () => {
    const c = sample("transition-job-loss");
    const p = planTreatment(formulate(c), c, { format: "counselling" });
    expect(keys(section(p, "opening")?.items ?? [])).toContain("opening.triage");
    expect(keys(section(p, "ending")?.items ?? [])).toEqual([
      "ending.review",
      "ending.relapse",
      "ending.nonresponse",
    ]);
  });

  it("maintenance: a new monthly contract, every-session measures, a review at the end", () => {
    const c = sample("dispute-partner");
    const p = planTreatment(formulate(c), c, { format: "maintenance", sessions: 12 });
    expect(p.treatment).toMatchObject({
      frequency: "monthly",
      timeFrame: { unit: "months", count: 12 },
    });
    expect(keys(section(p, "opening")?.items ?? [])).toEqual([
      "opening.maintenance-contract",
      "opening.review-formulation",
    ]);
    expect(keys(section(p, "ending")?.items ?? [])).toContain("ending.maintenance-review");
    expect(p.measurement[0]).toMatchObject({
      instrument: "phq-9",
      rule: "every-session",
      evidence: "unverified",
    });
    expect(p.measurement[0]?.sessions).toHaveLength(12);
  });

  it("flags become cautions in the opening: no clear focus, unknown onset", () => {
    const c = caseOf({ episode: {} });
    const f = formulate(c);
    const noFocus = withFlags(f, [
      { code: "no-clear-focus", severity: "warning", message: "none" },
    ]);
    const opening = keys(section(planTreatment(noFocus, c), "opening")?.items ?? []);
    expect(opening).toContain("opening.no-clear-focus");
    expect(opening).toContain("opening.onset-unknown");
    const closeCallAlone = withFlags(f, [{ code: "close-call", severity: "info", message: "x" }]);
    const cc = section(planTreatment(closeCallAlone, c), "opening")?.items.find(
      (i) => i.key === "opening.close-call",
    );
    expect(cc?.params.secondary).toEqual({
      kind: "term",
      vocabulary: "problemArea",
      value: f.areas[1]?.area,
    });
  });
});

describe("adaptation notes and measurement", () => {
  const EXPECTED_CONDITION: Record<string, string[]> = {
    depression: [],
    "persistent-depression": ["adapt.persistent-depression"],
    bipolar: ["adapt.bipolar"],
    bulimia: ["adapt.bulimia"],
    "binge-eating": ["adapt.binge-eating"],
    "substance-use": ["adapt.substance-use"],
    anxiety: ["adapt.anxiety"],
    ptsd: ["adapt.ptsd"],
    other: ["adapt.other"],
  };
  const EXPECTED_POPULATION: Record<string, string[]> = {
    adult: [],
    adolescent: ["adapt.adolescent", "adapt.adolescent-contraindications"],
    "older-adult": ["adapt.older-adult"],
    perinatal: ["adapt.perinatal", "adapt.perinatal-default"],
  };

  it("one note (or none) per condition, each sourced", () => {
    for (const condition of CONDITIONS) {
      const c = caseOf({ condition });
      const p = planTreatment(formulate(c), c);
      expect(keys(p.adaptations)).toEqual(EXPECTED_CONDITION[condition]);
      for (const a of p.adaptations) expect(a.source).not.toBe("");
    }
  });

  it("notes per population, each sourced", () => {
    for (const population of POPULATIONS) {
      const c = caseOf({ population });
      const p = planTreatment(formulate(c), c);
      expect(keys(p.adaptations)).toEqual(EXPECTED_POPULATION[population]);
    }
  });

  it("the evidence markers of the adaptations mirror what was verified", () => {
    const evidence = (condition: string) => {
      const c = caseOf({ condition });
      return planTreatment(formulate(c), c).adaptations[0]?.evidence;
    };
    expect(evidence("bipolar")).toBe("found");
    expect(evidence("bulimia")).toBe("found");
    expect(evidence("substance-use")).toBe("found");
    expect(evidence("binge-eating")).toBe("unverified");
    expect(evidence("persistent-depression")).toBe("unverified");
  });

  it("PHQ-9 and GAD-7 every 4 sessions and at the last; PG-13-R for grief; SRM for bipolar", () => {
    const c = sample("grief-mother");
    const p = planTreatment(formulate(c), c, { sessions: 14 });
    expect(p.measurement.map((m) => [m.instrument, m.rule, m.sessions])).toEqual([
      ["phq-9", "every-4", [1, 5, 9, 13, 14]],
      ["gad-7", "every-4", [1, 5, 9, 13, 14]],
      ["pg-13-r", "baseline-and-end", [1, 14]],
    ]);
    expect(planTreatment(formulate(c), c, { sessions: 13 }).measurement[0]?.sessions).toEqual([
      1, 5, 9, 13,
    ]);
    const b = caseOf({ condition: "bipolar" });
    const q = planTreatment(formulate(b), b);
    expect(q.measurement.at(-1)).toMatchObject({ instrument: "srm", rule: "every-session" });
    expect(q.measurement.at(-1)?.sessions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("plain data", () => {
  it("survives a JSON round trip unchanged, and is deterministic", () => {
    for (const c of SAMPLES.values())
      for (const format of PLAN_FORMATS) {
        const f = formulate(c);
        const p = planTreatment(f, c, { format });
        expect(JSON.parse(JSON.stringify(p))).toEqual(p);
        expect(JSON.stringify(planTreatment(f, c, { format }))).toBe(JSON.stringify(p));
      }
  });

  it("copies the case id, assessment date and model stamp", () => {
    const c = sample("grief-mother");
    const f = formulate(c);
    const p = planTreatment(f, c);
    expect(p).toMatchObject({
      format: "ipt-plan/1",
      status: "draft",
      caseId: "sample-grief",
      assessedOn: "2026-01-12",
      model: f.model,
      population: "adult",
      condition: "depression",
    });
    const anonymous = caseOf({});
    expect("caseId" in planTreatment(formulate(anonymous), anonymous)).toBe(false);
  });
});
