/**
 * The words and numbers a clinician reads in a formulation, pinned exactly: each rule's
 * explanation and factors, the flags' messages, the evidence order on ties, the per-person
 * and per-event views, and the measures inside `formulate`. Written to kill the mutants
 * Stryker found surviving in src/scoring/{formulate,rules,measuresStep}.ts; every expected
 * value below is derived in a comment from the default model (docs/scoring.md).
 */
import { type Case, CITATIONS, DAYS_PER_MONTH, formulate, monthsBetween } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { DEFAULT_REGISTRY, GAD7, registerInstrument } from "ipt-formulation/measures";
import { describe, expect, it } from "vitest";
import {
  area,
  build,
  codes,
  contributions,
  deceased,
  ev,
  first,
  formulateCase,
  model,
  only,
  PGD_SIGNS,
  pg13,
  pgItems,
  type Rel,
  rel,
  spouseAtImpasse,
  threeFriends,
  trail,
} from "./support.js";

describe("explanations: when, who, and how far mourned or adapted", () => {
  it("says 'around onset', '1 month' in the singular, and 'after onset' for later events", () => {
    const f = formulateCase({
      lifeEvents: [
        ev("e0", "relocation", { date: "2025-10-15" }),
        ev("e1", "promotion"),
        ev("e2", "graduation", { date: "2025-11-15" }),
      ],
    });
    // relocation 0.6 × time 1 × distress unknown 0.75 × adjustment unknown 0.8 = 0.36;
    // promotion 0.5 × 1 × 0.75 × 0.8 = 0.3; graduation 31 days after onset:
    // 0.45 × 2^(−1.018/3) × 0.75 × 0.8 = 0.213385.
    expect(trail(f, "role-transition")).toEqual([
      ["transition.life-change", 0.36, "Move, around onset, adaptation not recorded."],
      [
        "transition.life-change",
        0.3,
        "Promotion, about 1 month before onset, adaptation not recorded.",
      ],
      [
        "transition.life-change",
        0.213385,
        "Graduation, about 1 month after onset, adaptation not recorded.",
      ],
    ]);
  });

  it("a death with nobody recorded: 'A death', the unknown-person closeness 0.6, 'mourning not recorded'", () => {
    const f = formulateCase({ lifeEvents: [ev("d", "death", { date: "2025-10-15" })] });
    const e = first(f, "grief", "grief.death-near-onset");
    // 0.8 × 0.6 × 1 × 0.75 × 0.8 = 0.288
    expect(e).toMatchObject({
      contribution: 0.288,
      factors: { base: 0.8, closeness: 0.6, time: 1, distress: 0.75, adjustment: 0.8 },
      explanation: "A death, around onset, mourning not recorded.",
      source: { kind: "life-event", lifeEventId: "d", relationshipIds: [] },
    });
  });

  it("a pregnancy loss with nobody recorded counts with closeness 1 (not the unknown-person 0.6)", () => {
    const f = formulateCase({
      lifeEvents: [ev("p", "pregnancy-loss", { date: "2025-10-15", distress: 4, adjusted: false })],
    });
    // 0.8 × 1 × 1 × (0.5 + 0.125 × 4) × 1 = 0.8; unmourned: 0.6 × 1 × max(1, 0.6) × 1 = 0.6
    expect(trail(f, "grief")).toEqual([
      ["grief.death-near-onset", 0.8, "A pregnancy loss, around onset, not yet mourned."],
      [
        "grief.unmourned-loss",
        0.6,
        "A pregnancy loss has not been mourned; an unmourned loss keeps its weight however long ago it was.",
      ],
    ]);
    expect(first(f, "grief", "grief.death-near-onset").factors.closeness).toBe(1);
  });

  it("a death counts by the closest person involved; on a tie, the first by id", () => {
    const f = formulateCase({
      relationships: [
        deceased("a-aunt", "Aunt", "outer", "other-relative"),
        deceased("b-bro", "Brother", "inner", "sibling"),
        deceased("c-cousin", "Cousin", "inner", "other-relative"),
      ],
      lifeEvents: [ev("d", "death", { relationshipIds: ["c-cousin", "a-aunt", "b-bro"] })],
    });
    expect(first(f, "grief", "grief.death-near-onset")).toMatchObject({
      contribution: 0.48, // 0.8 × inner 1 × 1 × 0.75 × 0.8
      factors: { closeness: 1 },
      explanation:
        "Death of Brother (inner circle), about 1 month before onset, mourning not recorded.",
      source: { relationshipIds: ["a-aunt", "b-bro", "c-cousin"] },
    });
  });

  it("prolonged grief signs short of the criteria say which part is missing", () => {
    const f = formulateCase({
      relationships: [deceased("m", "Mum", "inner", "parent")],
      lifeEvents: [
        ev("d1", "death", { relationshipIds: ["m"], griefSigns: ["avoidance", "disbelief"] }),
        ev("d2", "death", { date: "2023-01", griefSigns: ["yearning", "intense-loneliness"] }),
      ],
    });
    const signs = area(f, "grief").evidence.filter((e) => e.rule === "grief.prolonged-grief-signs");
    // partial weight 0.35 × closeness × (core + accessory) / 4
    expect(signs.map((e) => [e.contribution, e.factors, e.explanation])).toEqual([
      [
        0.175, // 0.35 × 1 × 2/4
        { base: 0.35, closeness: 1, signs: 0.5 },
        "Death of Mum (inner circle): no core grief sign and 2 of 8 other signs, before the DSM-5-TR time criterion.",
      ],
      [
        0.105, // 0.35 × 0.6 × 2/4, three years after the loss: the time criterion is met
        { base: 0.35, closeness: 0.6, signs: 0.5 },
        "A death: a core grief sign and 1 of 8 other signs.",
      ],
    ]);
    expect(codes(f)).not.toContain("prolonged-grief");
  });

  it("prolonged grief signs that meet the criteria: full weight, the count of signs and the months since the loss", () => {
    const f = formulateCase({
      relationships: [deceased("gran", "Gran", "middle", "grandparent")],
      lifeEvents: [
        ev("d", "death", {
          date: "2024-06-15",
          relationshipIds: ["gran"],
          griefSigns: PGD_SIGNS,
          adjusted: true,
          distress: 0,
        }),
      ],
    });
    expect(first(f, "grief", "grief.prolonged-grief-signs")).toMatchObject({
      contribution: 0.525, // 0.75 × middle 0.7 × 1
      factors: { base: 0.75, closeness: 0.7, signs: 1 },
      explanation:
        "Death of Gran (middle circle): prolonged grief signs meet the DSM-5-TR time and symptom criteria (a core sign and 3 of 8 others, 19 months since the loss).",
    });
  });
});

describe("the unmourned-loss rule and the time criterion", () => {
  it("an old unmourned loss keeps the persistence floor 0.6 in its weight", () => {
    const f = formulateCase({
      relationships: [deceased("m", "Mum", "inner", "parent")],
      lifeEvents: [
        ev("d", "death", { date: "2019-03", relationshipIds: ["m"], distress: 3, adjusted: false }),
      ],
    });
    // 0.6 × closeness 1 × max(kernel ≈ 0.0002, floor 0.6) × distress (0.5 + 0.125 × 3) = 0.315
    expect(first(f, "grief", "grief.unmourned-loss")).toMatchObject({
      contribution: 0.315,
      factors: { base: 0.6, closeness: 1, persistence: 0.6, distress: 0.875 },
    });
  });

  it("the time criterion is inclusive: with adultMonths 0 a loss on the assessment day meets it", () => {
    const c = build({
      relationships: [deceased("m", "Mum", "inner", "parent")],
      lifeEvents: [
        ev("d", "death", { date: "2026-01-15", relationshipIds: ["m"], griefSigns: PGD_SIGNS }),
      ],
    });
    const f = formulate(c, model({ grief: { adultMonths: 0 } }));
    expect(f.flags.map((x) => [x.code, x.ref])).toEqual([
      ["prolonged-grief", { lifeEventId: "d" }],
    ]);
    expect(first(f, "grief", "grief.prolonged-grief-signs").factors.signs).toBe(1);
    expect(formulate(c).flags).toEqual([]);
  });
});

describe("disputes: who the separation fight is with, and how a conflict links to onset", () => {
  it("a separation with several people in conflict counts the strongest conflict; on a tie, the first by id", () => {
    const ex = (id: string, label: string, conflict: 2 | 4): Rel =>
      rel(id, { label, role: "ex-partner", circle: "middle", status: "estranged", conflict });
    const f = formulateCase({
      relationships: [ex("a", "Ann", 2), ex("b", "Bob", 4), ex("c", "Cy", 4)],
      lifeEvents: [ev("s", "separation", { relationshipIds: ["c", "a", "b"] })],
    });
    expect(first(f, "role-dispute", "dispute.separation-with-conflict")).toMatchObject({
      contribution: 0.68, // 0.8 × conflict 4/4 × dispute closeness middle 0.85 × time 1
      factors: { base: 0.8, conflict: 1, closeness: 0.85, time: 1 },
      explanation: "Separation with ongoing conflict with Bob (middle circle).",
    });
    // The transition is scaled by ongoingConflict 0.6: 0.8 × 1 × 0.75 × 0.8 × 0.6 = 0.288.
    expect(first(f, "role-transition", "transition.life-change")).toMatchObject({
      contribution: 0.288,
      factors: { kind: 0.8, time: 1, distress: 0.75, adjustment: 0.8, ongoingConflict: 0.6 },
      explanation:
        "Separation, about 1 month before onset, adaptation not recorded; the conflict goes on, so it counts partly as a dispute.",
    });
  });

  it("only a separation or divorce counts a fight, and never with someone who has died", () => {
    const boss = formulateCase({
      relationships: [
        rel("b", { label: "Boss", role: "supervisor", circle: "outer", conflict: 3 }),
      ],
      lifeEvents: [ev("j", "job-loss", { relationshipIds: ["b"] })],
    });
    expect(
      area(boss, "role-dispute").evidence.map((e) => [e.rule, e.contribution, e.factors]),
    ).toEqual([
      [
        "dispute.current-conflict",
        0.129094, // 0.85 × 3/4 × outer 0.6 × unknown expectations 0.6 × stage 0.75 × active 1 × since unknown 0.75
        {
          base: 0.85,
          conflict: 0.75,
          closeness: 0.6,
          expectations: 0.6,
          stage: 0.75,
          status: 1,
          onsetLink: 0.75,
        },
      ],
    ]);
    expect(first(boss, "role-transition", "transition.life-change").factors).toEqual({
      kind: 0.85,
      time: 1,
      distress: 0.75,
      adjustment: 0.8,
    });
    const widowed = formulateCase({
      relationships: [
        rel("x", {
          label: "Ex",
          role: "ex-partner",
          circle: "middle",
          status: "deceased",
          conflict: 3,
        }),
      ],
      lifeEvents: [ev("s", "divorce", { relationshipIds: ["x"] })],
    });
    expect(area(widowed, "role-dispute").evidence).toEqual([]);
    // A divorce does not date a death: the ex's loss is also grief of unknown date.
    expect(area(widowed, "grief").evidence).toEqual([
      expect.objectContaining({
        rule: "grief.undated-death",
        contribution: 0.315, // 0.45 × middle 0.7
        factors: { base: 0.45, closeness: 0.7 },
        source: { kind: "relationship", relationshipId: "x" },
      }),
      expect.objectContaining({
        rule: "grief.conflict-with-deceased",
        contribution: 0.21, // 0.4 × 3/4 × middle 0.7
        factors: { base: 0.4, conflict: 0.75, closeness: 0.7 },
        source: { kind: "relationship", relationshipId: "x" },
        explanation:
          "Unresolved conflict with Ex (middle circle), who has died: grief work, not a dispute.",
      }),
    ]);
    expect(first(widowed, "role-transition", "transition.life-change").contribution).toBe(0.51);
  });

  it("a conflict that began after onset decays by the after-onset half-life and says so", () => {
    const f = formulateCase({
      relationships: [
        rel("h", { label: "H", role: "spouse", conflict: 4, conflictSince: "2025-12-15" }),
      ],
    });
    const t = (Number(new Date("2025-10-15")) - Number(new Date("2025-12-15"))) / 864e5;
    const link = 2 ** (t / DAYS_PER_MONTH / 3); // about 2 months after onset, half-life 3
    const e = first(f, "role-dispute", "dispute.current-conflict");
    expect(e.factors.onsetLink).toBeCloseTo(link, 6);
    expect(e.explanation).toBe(
      "Conflict with H (inner circle) rated 4/4, expectations not recorded, stage not recorded, began about 2 months after onset.",
    );
  });

  it("a conflict 12 to 18 months old decays from the chronic plateau by the before-onset half-life", () => {
    const f = formulateCase({
      relationships: [
        rel("k", { label: "K", role: "sibling", conflict: 4, conflictSince: "2024-07-15" }),
      ],
    });
    const months = monthsBetween("2024-07-15", "2025-10-15");
    if (months._tag === "None") throw new Error("dates");
    // 2^(−(t − 12) / 6) with t ≈ 15 months: about 0.706, above the chronic floor 0.5
    const link = 2 ** (-(months.value - 12) / 6);
    expect(link).toBeGreaterThan(0.7);
    const e = first(f, "role-dispute", "dispute.current-conflict");
    expect(e.factors.onsetLink).toBeCloseTo(link, 6);
    expect(e.explanation).toContain("began about 15 months before onset");
  });
});

describe("deficits by exclusion: the scaling message", () => {
  it("states the factor, the strongest acute area and its score", () => {
    const f = formulateCase({
      social: { lifelongIsolation: true },
      lifeEvents: [ev("e", "graduation", { date: "2024-10-15", adjusted: true, distress: 0 })],
    });
    const ex = first(f, "interpersonal-deficits", "deficits.exclusion");
    // graduation 12 months before onset: 0.45 × 2^(−9/6) × 0.5 × 0.35 = 0.027868;
    // factor 1 − 0.027868 / 0.3 = 0.907107
    expect(ex).toMatchObject({
      effect: "multiply",
      contribution: 0.907107,
      factors: { strongestAcute: 0.027868, threshold: 0.3 },
      explanation:
        "Scaled by 0.91: the strongest acute area, role-transition, scores 0.03 (exclusion threshold 0.3).",
    });
  });
});

describe("a dissolution and the social pattern: every factor", () => {
  it("dissolution is also a transition; each rated social field counts by its rating", () => {
    const f = formulateCase({
      relationships: [
        rel("h", {
          label: "H",
          role: "spouse",
          conflict: 2,
          disputeStage: "dissolution",
          expectationsReciprocal: true,
          conflictSince: "2025-08-15",
        }),
      ],
      social: {
        lifelongIsolation: true,
        loneliness: 3,
        communicationDifficulty: 2,
        rejectionSensitivity: 1,
      },
    });
    expect(area(f, "role-transition").evidence).toEqual([
      expect.objectContaining({
        rule: "transition.dispute-dissolution",
        contribution: 0.175, // 0.35 × 2/4 × inner 1 × link 1
        factors: { base: 0.35, conflict: 0.5, closeness: 1, onsetLink: 1 },
        explanation:
          "The dispute with H (inner circle) is in dissolution: ending the relationship is also a role transition.",
      }),
    ]);
    expect(first(f, "role-dispute", "dispute.current-conflict")).toMatchObject({
      contribution: 0.108375, // 0.85 × 0.5 × 1 × reciprocal 0.3 × dissolution 0.85 × 1 × 1
      factors: {
        base: 0.85,
        conflict: 0.5,
        closeness: 1,
        expectations: 0.3,
        stage: 0.85,
        status: 1,
        onsetLink: 1,
      },
      explanation:
        "Conflict with H (inner circle) rated 2/4, expectations reciprocal, dissolution, began about 2 months before onset.",
    });
    expect(
      area(f, "interpersonal-deficits").evidence.map((e) => [
        e.rule,
        e.contribution,
        e.factors,
        e.explanation,
      ]),
    ).toEqual([
      [
        "deficits.lifelong-isolation",
        0.6,
        { base: 0.6 },
        "A long-standing pattern of few or impoverished relationships.",
      ],
      ["deficits.loneliness", 0.375, { base: 0.5, rating: 0.75 }, "Loneliness rated 3/4."],
      [
        "deficits.small-network",
        0.266667, // 0.4 × (1 − 1/3): the spouse is the one close tie
        { base: 0.4, shortfall: 0.666667 },
        "1 close, supportive, active tie in the inner and middle circles (3 or more expected).",
      ],
      [
        "deficits.communication-difficulty",
        0.2,
        { base: 0.4, rating: 0.5 },
        "Difficulty starting or keeping relationships rated 2/4.",
      ],
      [
        "deficits.rejection-sensitivity",
        0.075,
        { base: 0.3, rating: 0.25 },
        "Sensitivity to criticism and rejection rated 1/4.",
      ],
      [
        "deficits.exclusion",
        0.416667, // 1 − 0.175 / 0.3
        { strongestAcute: 0.175, threshold: 0.3 },
        "Scaled by 0.42: the strongest acute area, role-transition, scores 0.17 (exclusion threshold 0.3).",
      ],
    ]);
  });
});

describe("choosing the focus: the edges of margin, minimum score and own evidence", () => {
  // role-transition 0.51 (job loss) and grief 0.288 (a death, nobody recorded): 0.222 apart
  const two = (focus: { margin?: number; minScore?: number }) =>
    formulateCase({ lifeEvents: [ev("j", "job-loss"), ev("d", "death")] }, model({ focus }));

  it("a difference equal to the margin is within it", () => {
    const at = two({ margin: 0.222 });
    expect(at.focus).toEqual({ primary: "role-transition", secondary: "grief" });
    expect(codes(at)).toEqual(["close-call"]);
    const past = two({ margin: 0.2219 });
    expect(past.focus).toEqual({ primary: "role-transition" });
    expect(codes(past)).toEqual([]);
  });

  it("a secondary scoring exactly the minimum score is kept; one below it is not", () => {
    expect(two({ margin: 0.3, minScore: 0.288 }).focus).toEqual({
      primary: "role-transition",
      secondary: "grief",
    });
    expect(two({ margin: 0.3, minScore: 0.3 }).focus).toEqual({
      primary: "role-transition",
    });
  });

  it("no-clear-focus only when the first area is below the minimum, not at it", () => {
    expect(codes(two({ minScore: 0.51 }))).not.toContain("no-clear-focus");
    expect(codes(two({ minScore: 0.52 }))).toContain("no-clear-focus");
  });

  it("one strong item is enough own evidence for a secondary, however weak the others", () => {
    const f = formulateCase(
      {
        lifeEvents: [
          ev("d", "death", { distress: 4, adjusted: false }),
          ev("j", "job-loss", { distress: 2 }),
          ev("g", "graduation", { date: "2020-01" }),
        ],
      },
      model({ focus: { margin: 1 } }),
    );
    expect(contributions(f, "role-transition")).toEqual([0.51, 0.000132]);
    expect(f.focus).toEqual({ primary: "grief", secondary: "role-transition" });
  });

  it("own evidence is additive evidence of at least secondaryMinEvidence; the exclusion factor is not evidence", () => {
    const open = model({ focus: { margin: 1, minScore: 0 } });
    const withSocial = (social: Case["social"]) =>
      formulateCase(
        { relationships: threeFriends(), social, lifeEvents: [ev("d", "death", { distress: 0 })] },
        open,
      );
    // grief 0.192 gives an exclusion factor of 0.36; deficits' only additive item is
    // rejection sensitivity 1/4 × 0.3 = 0.075, below 0.1: no secondary.
    const weak = withSocial({ rejectionSensitivity: 1 });
    expect(contributions(weak, "interpersonal-deficits")).toEqual([0.075, 0.36]);
    expect(weak.focus).toEqual({ primary: "grief" });
    // communication difficulty 1/4 × 0.4 = 0.1, exactly the minimum: a secondary.
    const atMin = withSocial({ communicationDifficulty: 1 });
    expect(atMin.focus).toEqual({ primary: "grief", secondary: "interpersonal-deficits" });
  });
});

describe("the prolonged-grief flag on a pregnancy loss", () => {
  it("is raised like for a death", () => {
    const f = formulateCase({
      lifeEvents: [
        ev("p", "pregnancy-loss", {
          date: "2024-06",
          griefSigns: ["preoccupation", "avoidance", "disbelief", "intense-emotional-pain"],
        }),
      ],
    });
    expect(f.flags.map((x) => [x.code, x.ref])).toEqual([
      ["prolonged-grief", { lifeEventId: "p" }],
    ]);
  });
});

describe("grief measures inside formulate", () => {
  it("a grief measure names the loss and the person, its cut-off and the categorical result", () => {
    const f = formulateCase({
      relationships: [deceased("gran", "Gran", "middle", "grandparent")],
      lifeEvents: [ev("d", "death", { date: "2024-06-15", relationshipIds: ["gran"] })],
      measures: [pg13("d", [5, 5, 5, 5, 5, 5, 5, 5, 3, 2, 1])],
    });
    expect(first(f, "grief", "grief.measure")).toMatchObject({
      contribution: 0.525, // 0.6 × (0.5 + 0.5 × (45 − 30) / (50 − 30))
      factors: { base: 0.6, strength: 0.875 },
      source: { kind: "measure", measureIndex: 0, lifeEventId: "d" },
      explanation:
        "PG-13-R about the death of Gran (middle circle) totals 45, at or above its cut-off (30); categorical prolonged grief: met.",
    });
    expect(f.events).toEqual([
      {
        id: "d",
        areas: [
          {
            area: "grief",
            weight: expect.any(Number),
            rules: ["grief.death-near-onset", "grief.measure"],
          },
        ],
      },
    ]);
  });

  it("counts a grief measure also when other measures of the case name no loss", () => {
    const f = formulateCase({
      lifeEvents: [ev("d", "death")],
      measures: [
        { instrument: "phq-9", administeredOn: "2026-01-10", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
        pg13("d", pgItems(5)),
      ],
    });
    expect(first(f, "grief", "grief.measure")).toMatchObject({
      contribution: 0.6, // total 50, the maximum: strength 1
      source: { kind: "measure", measureIndex: 1, lifeEventId: "d" },
    });
  });

  it("below the cut-off: strength 0 and 'below its cut-off'; a death with nobody recorded is 'a death'", () => {
    const f = formulateCase({
      lifeEvents: [ev("d", "death")],
      measures: [pg13("d", pgItems(1))],
    });
    expect(first(f, "grief", "grief.measure")).toMatchObject({
      contribution: 0,
      factors: { base: 0.6, strength: 0 },
      explanation:
        "PG-13-R about a death totals 10, below its cut-off (30); categorical prolonged grief: not-met.",
    });
    // Evidence of zero weight bears on nothing: the event's view names only the death.
    expect(f.events).toEqual([
      { id: "d", areas: [{ area: "grief", weight: 0.288, rules: ["grief.death-near-onset"] }] },
    ]);
  });

  it("an instrument with no categorical algorithm (ICG) adds nothing after the cut-off; a pregnancy loss is named as such", () => {
    const f = formulateCase({
      lifeEvents: [ev("p", "pregnancy-loss")],
      measures: [
        {
          instrument: "icg",
          administeredOn: "2026-01-10",
          relatesTo: "p",
          items: Array<number>(19).fill(2),
        },
      ],
    });
    // ICG total 38, cut-off 26, maximum 76: 0.6 × (0.5 + 0.5 × 12 / 50) = 0.372
    expect(first(f, "grief", "grief.measure")).toMatchObject({
      contribution: 0.372,
      explanation: "ICG about a pregnancy loss totals 38, at or above its cut-off (26).",
    });
  });

  it("a grief measure about a life event that is not a loss adds no grief evidence", () => {
    const f = formulateCase({
      lifeEvents: [ev("j", "job-loss", { date: "2025-09" }), ev("d", "death", { date: "2019" })],
      measures: [pg13("j", pgItems(5))],
    });
    expect(area(f, "grief").evidence.map((e) => e.rule)).toEqual(["grief.death-near-onset"]);
    expect(f.measures[0]).toMatchObject({ status: "scored", total: 50 });
    expect(f.measureChanges).toEqual([]); // one administration: no change
  });

  it("on equal contributions, evidence is ordered by rule id (grief.measure before grief.prolonged-grief-signs)", () => {
    const f = formulateCase({
      relationships: [deceased("gran", "Gran", "middle", "grandparent")],
      lifeEvents: [
        ev("d", "death", {
          date: "2024-06-15",
          relationshipIds: ["gran"],
          griefSigns: PGD_SIGNS,
          adjusted: true,
          distress: 0,
        }),
      ],
      measures: [pg13("d", [5, 5, 5, 5, 5, 5, 5, 5, 3, 2, 1])],
    });
    // Both 0.525: 0.6 × 0.875 for the measure, 0.75 × 0.7 × 1 for the signs.
    expect(area(f, "grief").evidence.map((e) => [e.rule, e.contribution])).toEqual([
      ["grief.measure", 0.525],
      ["grief.prolonged-grief-signs", 0.525],
      ["grief.death-near-onset", 0.021826],
    ]);
    expect(first(f, "grief", "grief.death-near-onset").explanation).toBe(
      "Death of Gran (middle circle), about 16 months before onset, mourned.",
    );
  });
});

describe("measures that formulate cannot score", () => {
  it("report why, every issue joined by '; ', and explainFormulation shows each measure's line", () => {
    const reg = registerInstrument(DEFAULT_REGISTRY, { ...GAD7, id: "gad-7-short" });
    if (reg._tag === "Left") throw new Error("registry");
    // Decoded against a wider registry and with item checks off, then formulated with the
    // built-ins: the custom instrument is unknown and the GAD-7 items are out of range.
    const c = build(
      {
        episode: { onset: "2025-10" },
        id: "m",
        measures: [
          { instrument: "phq-9", administeredOn: "2026-01-15", items: [2, 2, 2, 2, 2, 1, 1, 0, 0] },
          {
            instrument: "phq-9",
            administeredOn: "2026-01-14",
            items: [2, 2, 2, null, null, null, 1, 0, 0],
          },
          { instrument: "gad-7-short", administeredOn: "2026-01-13", items: [1, 1, 1, 1, 1, 1, 1] },
          { instrument: "gad-7", administeredOn: "2026-01-13", items: [9, 1, 1, 1, 1, 1, 7] },
        ],
      },
      { registry: reg.right, validateMeasureItems: () => [] },
    );
    const f = formulate(c);
    expect(f.measures.slice(2)).toEqual([
      {
        index: 2,
        status: "not-scored",
        instrument: "gad-7-short",
        administeredOn: "2026-01-13",
        reason: "measures[2].instrument must be the id of a registered instrument",
      },
      {
        index: 3,
        status: "not-scored",
        instrument: "gad-7",
        administeredOn: "2026-01-13",
        reason:
          "measures[3].items[0] must be from 0 to 3 or null (GAD-7 item 1); measures[3].items[6] must be from 0 to 3 or null (GAD-7 item 7)",
      },
    ]);
    const text = explainFormulation(f);
    expect(text).toContain(
      [
        "Measures:",
        "  phq-9 (2026-01-15): 12, Moderate",
        "  phq-9 (2026-01-14): invalid",
        "  gad-7-short (2026-01-13): not scored (measures[2].instrument must be the id of a registered instrument)",
        "  gad-7 (2026-01-13): not scored (measures[3].items[0] must be from 0 to 3 or null (GAD-7 item 1); measures[3].items[6] must be from 0 to 3 or null (GAD-7 item 7))",
        "",
      ].join("\n"),
    );
    expect(text).toContain("Case m, assessed 2026-01-15; time measured from the onset (2025-10).");
  });
});

describe("flags, word for word", () => {
  it("onset-unknown, and explainFormulation's header for a case with no id and no onset", () => {
    const { id: _, ...c } = build({
      episode: {},
      lifeEvents: [ev("e", "job-loss", { date: "2025-12-15", distress: 2 })],
    });
    const f = formulate(c);
    expect(Object.hasOwn(f, "caseId")).toBe(false);
    expect(f.flags).toEqual([
      {
        code: "onset-unknown",
        severity: "warning",
        message:
          "The onset of the episode is not recorded: time was measured from the assessment date instead, so links to onset are approximate.",
        source:
          "Markowitz JC. Interpersonal psychotherapy. Focus 2006;4(2):179: the link of the problem area to the onset of the episode is pragmatic, not etiological.",
      },
    ]);
    expect(explainFormulation(f).split("\n").slice(0, 5)).toEqual([
      "IPT formulation (decision support: a suggestion for the clinician to confirm)",
      "Case (no id), assessed 2026-01-15; time measured from the assessment date (onset unknown).",
      "",
      "Flags:",
      "  [WARNING] onset-unknown: The onset of the episode is not recorded: time was measured from the assessment date instead, so links to onset are approximate.",
    ]);
  });

  const pgdCase = (population: "adult" | "adolescent"): Case =>
    build({
      population,
      relationships: [deceased("m", "Mum", "inner", "parent")],
      lifeEvents: [
        ev("d", "death", { date: "2024-06-15", relationshipIds: ["m"], griefSigns: PGD_SIGNS }),
      ],
    });

  it.each([
    ["adult", 12],
    ["adolescent", 6],
  ] as const)("prolonged-grief for an %s names the %i-month criterion", (population, months) => {
    const flag = formulate(pgdCase(population)).flags.find((x) => x.code === "prolonged-grief");
    expect(flag).toEqual({
      code: "prolonged-grief",
      severity: "warning",
      message: `A loss meets the DSM-5-TR prolonged grief time and symptom criteria (${months} months or more, a core sign and 3 or more others): assess for prolonged grief disorder.`,
      source: expect.stringContaining("Prolonged Grief Disorder"),
      ref: { lifeEventId: "d" },
    });
  });

  it("close-call is an info flag naming both areas and the margin", () => {
    const f = formulateCase({
      relationships: [spouseAtImpasse()],
      lifeEvents: [ev("e", "job-loss", { distress: 3, adjusted: false })],
    });
    expect(f.flags.find((x) => x.code === "close-call")).toEqual({
      code: "close-call",
      severity: "info",
      message:
        "The areas role dispute and role transition score within the model's margin (0.15): choose with the patient which matters most and is workable in the time available.",
      source: CITATIONS.guideFocus,
    });
  });

  it("no-clear-focus names the model's minimum score", () => {
    // Three close friends and no social pattern: no evidence anywhere, so not even the
    // exclusion factor for deficits, and no close call between two areas scoring 0.
    const f = formulateCase({ relationships: threeFriends() });
    expect(f.areas.map((a) => [a.area, a.score, a.evidence])).toEqual([
      ["grief", 0, []],
      ["role-transition", 0, []],
      ["role-dispute", 0, []],
      ["interpersonal-deficits", 0, []],
    ]);
    expect(f.flags).toEqual([
      {
        code: "no-clear-focus",
        severity: "warning",
        message:
          "No problem area reaches the model's minimum score (0.25): review the interpersonal inventory (a hidden loss or conflict?) before choosing a focus.",
        source: expect.stringContaining("Interpersonal deficits"),
      },
    ]);
  });

  it("all six flags at once: urgent, then warnings in code order (losses by event id), then info", () => {
    // No onset; two losses meeting the prolonged grief criteria, listed z before a; a PHQ-9
    // with item 9 at 1 and a total of 22 (severe), given after a clean one; a job loss so
    // that a second area scores. margin 1 makes any two scoring areas a close call and
    // minScore 1 leaves every area short of a clear focus.
    const f = formulateCase(
      {
        episode: {},
        lifeEvents: [
          ev("z-loss", "death", { date: "2024-06", griefSigns: PGD_SIGNS }),
          ev("a-loss", "pregnancy-loss", { date: "2024-06", griefSigns: PGD_SIGNS }),
          ev("job", "job-loss"),
        ],
        measures: [
          { instrument: "phq-9", administeredOn: "2026-01-10", items: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
          { instrument: "phq-9", administeredOn: "2026-01-15", items: [3, 3, 3, 3, 3, 3, 2, 2, 1] },
        ],
      },
      model({ focus: { margin: 1, minScore: 1 } }),
    );
    expect(f.flags.map((x) => [x.severity, x.code, x.ref])).toEqual([
      ["urgent", "suicide-risk", { measureIndex: 1 }],
      ["warning", "onset-unknown", undefined],
      ["warning", "prolonged-grief", { lifeEventId: "a-loss" }],
      ["warning", "prolonged-grief", { lifeEventId: "z-loss" }],
      ["warning", "no-clear-focus", undefined],
      ["warning", "severe-symptoms", { measureIndex: 1 }],
      ["info", "close-call", undefined],
    ]);
    expect(f.flags.find((x) => x.code === "no-clear-focus")?.message).toBe(
      "No problem area reaches the model's minimum score (1): review the interpersonal inventory (a hidden loss or conflict?) before choosing a focus.",
    );
    expect(f.flags.find((x) => x.code === "close-call")?.message).toBe(
      "The areas grief and role transition score within the model's margin (1): choose with the patient which matters most and is workable in the time available.",
    );
    // A flag from a measure carries the measure's index and nothing else.
    expect(Object.keys(f.flags[0]?.ref ?? {})).toEqual(["measureIndex"]);
  });
});

describe("per-person and per-event views", () => {
  it("list a source's areas by weight, not in the vocabulary's order, each with its rules", () => {
    const f = formulateCase({
      relationships: [
        rel("ex", {
          label: "Ex",
          role: "ex-partner",
          circle: "middle",
          status: "estranged",
          conflict: 1,
        }),
      ],
      lifeEvents: [ev("div", "divorce", { relationshipIds: ["ex"], distress: 4, adjusted: false })],
    });
    // transition 0.85 × 1 × 1 × 1 × ongoing 0.6 = 0.51; separation fight 0.8 × 1/4 × 0.85 = 0.17;
    // the relationship's own conflict 0.85 × 1/4 × 0.85 × 0.6 × 0.75 × 0.9 × 0.75 = 0.054859,
    // noisy-OR with 0.17: 0.215538.
    expect(f.people).toEqual([
      {
        id: "ex",
        areas: [
          { area: "role-transition", weight: 0.51, rules: ["transition.life-change"] },
          {
            area: "role-dispute",
            weight: 0.215538,
            rules: ["dispute.current-conflict", "dispute.separation-with-conflict"],
          },
        ],
      },
    ]);
    expect(f.events).toEqual([
      {
        id: "div",
        areas: [
          { area: "role-transition", weight: 0.51, rules: ["transition.life-change"] },
          { area: "role-dispute", weight: 0.17, rules: ["dispute.separation-with-conflict"] },
        ],
      },
    ]);
  });

  it("leave out an event whose evidence rounds to nothing", () => {
    const f = formulateCase({
      lifeEvents: [
        ev("old", "job-loss", { date: "1990", adjusted: true, distress: 0 }),
        ev("new", "job-loss", { date: "2025-09" }),
      ],
    });
    // 35 years before onset the kernel rounds to 0: the event is evidence of nothing.
    expect(first(f, "role-transition", "transition.life-change").contribution).toBe(0.51);
    expect(contributions(f, "role-transition")).toEqual([0.51, 0]);
    expect(f.events.map((e) => e.id)).toEqual(["new"]);
  });
});

describe("formulate stays total on a hand-built Case (not from decodeCase)", () => {
  it("ignores a reference to a relationship the case does not hold", () => {
    const c = build({ lifeEvents: [ev("d", "death")] });
    const dangling: Case = {
      ...c,
      lifeEvents: [{ ...only(c.lifeEvents), relationshipIds: ["ghost"] }],
    };
    const f = formulate(dangling);
    expect(first(f, "grief", "grief.death-near-onset")).toMatchObject({
      contribution: 0.288, // counted as an unknown person, closeness 0.6
      explanation: "A death, about 1 month before onset, mourning not recorded.",
    });
  });

  it("does not throw on an onset that is not a calendar date", () => {
    const c = build({ lifeEvents: [ev("e", "job-loss", { date: "2025-09" })] });
    expect(() => formulate({ ...c, episode: { onset: "2025-02-30" } })).not.toThrow();
  });

  it("raises prolonged-grief only for a loss, even if a non-loss event carries grief signs", () => {
    const c = build({ lifeEvents: [ev("j", "job-loss", { date: "2024-06" })] });
    const signs: Case = {
      ...c,
      lifeEvents: [
        {
          ...only(c.lifeEvents),
          griefSigns: PGD_SIGNS,
        },
      ],
    };
    expect(codes(formulate(signs))).not.toContain("prolonged-grief");
  });

  it("does not throw on a date that is not a calendar date", () => {
    const c = build({ lifeEvents: [ev("e", "job-loss", { date: "2025-09" })] });
    const bad: Case = { ...c, lifeEvents: [{ ...only(c.lifeEvents), date: "2025-02-30" }] };
    expect(() => formulate(bad)).not.toThrow();
  });
});

describe("ties are broken by ids, never by input order", () => {
  it("evidence of one rule with equal contributions is ordered by event id, relationship id, measure index", () => {
    // Two job losses 0.51 each (listed b before a), two conflicts 2/4 with friends
    // (0.85 × 0.5 × 1 × 0.6 × 0.75 × 1 × 0.75 = 0.143438, listed z before y), two equal
    // PG-13-Rs about the death (total 40: 0.6 × 0.75 = 0.45).
    const f = formulateCase({
      relationships: [
        rel("z", { conflict: 2 }),
        rel("y", { conflict: 2 }),
        rel("q", { label: "Q", status: "deceased", conflict: 1 }),
      ],
      lifeEvents: [
        ev("b-job", "job-loss", { relationshipIds: ["z"] }),
        ev("a-job", "job-loss", { relationshipIds: ["z"] }),
        ev("d", "death", { relationshipIds: ["q"] }),
      ],
      measures: [pg13("d", pgItems(4)), pg13("d", pgItems(4))],
    });
    const sources = (a: Parameters<typeof area>[1]) =>
      area(f, a).evidence.map((e) => [e.contribution, e.source]);
    expect(sources("role-transition")).toEqual([
      [0.51, { kind: "life-event", lifeEventId: "a-job", relationshipIds: ["z"] }],
      [0.51, { kind: "life-event", lifeEventId: "b-job", relationshipIds: ["z"] }],
    ]);
    expect(sources("role-dispute")).toEqual([
      [0.143438, { kind: "relationship", relationshipId: "y" }],
      [0.143438, { kind: "relationship", relationshipId: "z" }],
    ]);
    expect(sources("grief")).toEqual([
      [0.48, { kind: "life-event", lifeEventId: "d", relationshipIds: ["q"] }],
      [0.45, { kind: "measure", measureIndex: 0, lifeEventId: "d" }],
      [0.45, { kind: "measure", measureIndex: 1, lifeEventId: "d" }],
      [0.1, { kind: "relationship", relationshipId: "q" }],
    ]);
    // People and events by id; one rule twice for a person is listed once, and both count:
    // z's transition weight is 1 − 0.49² = 0.7599.
    expect(f.people).toEqual([
      {
        id: "q",
        areas: [
          {
            area: "grief",
            weight: 0.532, // 1 − 0.52 × 0.9
            rules: ["grief.conflict-with-deceased", "grief.death-near-onset"],
          },
        ],
      },
      {
        id: "y",
        areas: [{ area: "role-dispute", weight: 0.143438, rules: ["dispute.current-conflict"] }],
      },
      {
        id: "z",
        areas: [
          { area: "role-transition", weight: 0.7599, rules: ["transition.life-change"] },
          { area: "role-dispute", weight: 0.143438, rules: ["dispute.current-conflict"] },
        ],
      },
    ]);
    expect(f.events.map((e) => [e.id, e.areas.map((a) => [a.area, a.weight, a.rules])])).toEqual([
      ["a-job", [["role-transition", 0.51, ["transition.life-change"]]]],
      ["b-job", [["role-transition", 0.51, ["transition.life-change"]]]],
      // 1 − 0.52 × 0.55 × 0.55
      ["d", [["grief", 0.8427, ["grief.death-near-onset", "grief.measure"]]]],
    ]);
  });

  it("a person's areas of equal weight follow the vocabulary's order; the ranking follows the model's tie-break", () => {
    // Dissolution weighted like the dispute itself: 0.85 × 2/4 × 1 × 1 × 1 × 1 × 0.75 both.
    const f = formulateCase(
      {
        relationships: [
          rel("h", { conflict: 2, disputeStage: "dissolution", expectationsReciprocal: false }),
        ],
      },
      model({ transition: { dissolutionBase: 0.85 }, dispute: { stage: { dissolution: 1 } } }),
    );
    expect(f.people).toEqual([
      {
        id: "h",
        areas: [
          { area: "role-dispute", weight: 0.31875, rules: ["dispute.current-conflict"] },
          { area: "role-transition", weight: 0.31875, rules: ["transition.dispute-dissolution"] },
        ],
      },
    ]);
    expect(f.areas.map((a) => [a.area, a.score, a.rank])).toEqual([
      ["role-transition", 0.31875, 1],
      ["role-dispute", 0.31875, 2],
      ["grief", 0, 3],
      ["interpersonal-deficits", 0, 4],
    ]);
  });
});

describe("rule edges: close ties, sign counts, conflicts that do not count", () => {
  it("a close tie is active, inner or middle, with support 2 or more (or not rated); every other factor of each rule", () => {
    const f = formulateCase({
      relationships: [
        rel("a", { circle: "middle", support: 2 }), // a tie
        rel("b", { support: 1 }), // too little support
        rel("c", { circle: "outer", support: 4 }), // too far
        rel("d", { status: "estranged", support: 4 }), // not active
        rel("e"), // a tie: support not rated counts as 2
        rel("x", { role: "ex-partner", status: "ended" }),
        rel("k", { label: "K", role: "sibling", support: 1, conflict: 4, conflictSince: "2019" }),
        rel("u", { label: "U", role: "colleague", circle: "outer", status: "ended", conflict: 1 }),
      ],
      lifeEvents: [
        ev("s", "separation", { relationshipIds: ["x"] }),
        ev("d1", "death", {
          date: "2025-06-15",
          griefSigns: [
            "yearning",
            "avoidance",
            "disbelief",
            "emotional-numbness",
            "meaninglessness",
          ],
        }),
      ],
    });
    // A separation from someone with no conflict recorded is no fight: unscaled, no dispute.
    expect(trail(f, "role-transition")).toEqual([
      [
        "transition.life-change",
        0.48,
        "Separation, about 1 month before onset, adaptation not recorded.",
      ],
    ]);
    expect(first(f, "role-transition", "transition.life-change").factors).toEqual({
      kind: 0.8,
      time: 1,
      distress: 0.75,
      adjustment: 0.8,
    });
    // A core sign and 4 others before the time criterion: 5/4 of the signs, capped at 1.
    expect(first(f, "grief", "grief.prolonged-grief-signs")).toMatchObject({
      contribution: 0.21, // 0.35 × unknown person 0.6 × 1
      factors: { base: 0.35, closeness: 0.6, signs: 1 },
      explanation:
        "A death: a core grief sign and 4 of 8 other signs, before the DSM-5-TR time criterion.",
    });
    expect(
      area(f, "role-dispute").evidence.map((e) => [e.contribution, e.factors, e.explanation]),
    ).toEqual([
      [
        0.19125, // 0.85 × 1 × 1 × 0.6 × 0.75 × 1 × chronic floor 0.5, 75 months old
        {
          base: 0.85,
          conflict: 1,
          closeness: 1,
          expectations: 0.6,
          stage: 0.75,
          status: 1,
          onsetLink: 0.5,
        },
        "Conflict with K (inner circle) rated 4/4, expectations not recorded, stage not recorded, began about 75 months before onset.",
      ],
      [
        0.021516, // 0.85 × 1/4 × outer 0.6 × 0.6 × 0.75 × ended 0.5 × start unknown 0.75
        {
          base: 0.85,
          conflict: 0.25,
          closeness: 0.6,
          expectations: 0.6,
          stage: 0.75,
          status: 0.5,
          onsetLink: 0.75,
        },
        "Conflict with U (outer circle) rated 1/4, expectations not recorded, stage not recorded, start not recorded.",
      ],
    ]);
    // Ties: a and e only. 0.4 × (1 − 2/3), and no acute area under the threshold: excluded.
    expect(trail(f, "interpersonal-deficits")).toEqual([
      [
        "deficits.small-network",
        0.133333,
        "2 close, supportive, active ties in the inner and middle circles (3 or more expected).",
      ],
      [
        "deficits.exclusion",
        0,
        "Not a candidate: role-transition has real evidence (score 0.48 at or above the exclusion threshold 0.3); deficits is chosen only by exclusion.",
      ],
    ]);
  });

  it("with no relationship at all the network falls short by 3: '0 … ties'", () => {
    const f = formulateCase({ social: { loneliness: 1 } });
    expect(first(f, "interpersonal-deficits", "deficits.small-network")).toMatchObject({
      contribution: 0.4,
      factors: { base: 0.4, shortfall: 1 },
      explanation:
        "0 close, supportive, active ties in the inner and middle circles (3 or more expected).",
    });
  });

  it("on a tie between acute areas, the exclusion names the first of grief, dispute, transition", () => {
    // A death with nobody recorded, 0.288, and a move weighted 0.48: 0.48 × 0.75 × 0.8 = 0.288.
    const f = formulateCase(
      { social: { loneliness: 1 }, lifeEvents: [ev("m", "relocation"), ev("d", "death")] },
      model({ transition: { kinds: { relocation: 0.48 } } }),
    );
    expect(area(f, "role-transition").score).toBe(0.288);
    expect(first(f, "interpersonal-deficits", "deficits.exclusion")).toMatchObject({
      contribution: 0.04, // 1 − 0.288 / 0.3
      factors: { strongestAcute: 0.288, threshold: 0.3 },
      source: { kind: "areas", areas: ["grief"] },
      explanation:
        "Scaled by 0.04: the strongest acute area, grief, scores 0.29 (exclusion threshold 0.3).",
    });
  });
});
