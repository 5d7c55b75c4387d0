import {
  type Case,
  type CaseInput,
  decodeCase,
  type Formulation,
  formulate,
  type ProblemArea,
} from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { defineModel } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";

type Rel = CaseInput["relationships"][number];
type Ev = CaseInput["lifeEvents"][number];

const build = (over: Partial<CaseInput> = {}): Case => {
  const input: CaseInput = {
    format: "ipt-case/1",
    id: "t",
    assessedOn: "2026-01-15",
    episode: { onset: "2025-10-15" },
    relationships: [],
    lifeEvents: [],
    ...over,
  };
  const r = decodeCase(input);
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};

const rel = (over: Partial<Rel> & { id: string }): Rel => ({
  label: over.id,
  role: "friend",
  circle: "inner",
  status: "active",
  ...over,
});

const ev = (over: Partial<Ev> & { id: string; kind: Ev["kind"] }): Ev => ({
  date: "2025-09-15",
  ...over,
});

const score = (f: Formulation, area: ProblemArea): number =>
  f.areas.find((a) => a.area === area)?.score ?? -1;
const rules = (f: Formulation, area: ProblemArea): string[] =>
  f.areas.find((a) => a.area === area)?.evidence.map((e) => e.rule) ?? [];
const codes = (f: Formulation): string[] => f.flags.map((x) => x.code);

describe("grief rules", () => {
  const mother = rel({ id: "mum", label: "Mum", role: "parent", status: "deceased" });

  it("a close death near onset, not mourned, makes grief primary", () => {
    const f = formulate(
      build({
        relationships: [mother],
        lifeEvents: [
          ev({ id: "d", kind: "death", relationshipIds: ["mum"], distress: 4, adjusted: false }),
        ],
      }),
    );
    expect(f.focus.primary).toBe("grief");
    expect(rules(f, "grief")).toEqual(["grief.death-near-onset", "grief.unmourned-loss"]);
    expect(f.areas[0]?.evidence[0]?.explanation).toContain("Death of Mum (inner circle)");
  });

  it("closer people weigh more: inner > middle > outer", () => {
    const s = (circle: "inner" | "middle" | "outer") =>
      score(
        formulate(
          build({
            relationships: [{ ...mother, circle }],
            lifeEvents: [ev({ id: "d", kind: "death", relationshipIds: ["mum"] })],
          }),
        ),
        "grief",
      );
    expect(s("inner")).toBeGreaterThan(s("middle"));
    expect(s("middle")).toBeGreaterThan(s("outer"));
  });

  it("a death long before onset counts little, unless it was never mourned", () => {
    const old = (adjusted: boolean) =>
      formulate(
        build({
          relationships: [mother],
          lifeEvents: [
            ev({
              id: "d",
              kind: "death",
              date: "2019-03",
              relationshipIds: ["mum"],
              distress: 3,
              adjusted,
            }),
          ],
        }),
      );
    const mourned = old(true);
    const unmourned = old(false);
    expect(score(mourned, "grief")).toBeLessThan(0.05);
    expect(score(unmourned, "grief")).toBeGreaterThan(0.25);
    expect(rules(unmourned, "grief")).toContain("grief.unmourned-loss");
  });

  it("prolonged grief signs: a core sign and 3 others, 12 months after the death, give the flag and full weight", () => {
    const signs = ["yearning", "avoidance", "disbelief", "emotional-numbness"] as const;
    const f = formulate(
      build({
        relationships: [mother],
        lifeEvents: [
          ev({
            id: "d",
            kind: "death",
            date: "2024-12-01",
            relationshipIds: ["mum"],
            griefSigns: [...signs],
          }),
        ],
      }),
    );
    expect(codes(f)).toContain("prolonged-grief");
    expect(f.flags.find((x) => x.code === "prolonged-grief")?.ref).toEqual({ lifeEventId: "d" });
    expect(f.focus.primary).toBe("grief");
    const pg = f.areas[0]?.evidence.find((e) => e.rule === "grief.prolonged-grief-signs");
    expect(pg?.contribution).toBe(0.75);
  });

  it("the DSM-5-TR time criterion: not before 12 months for adults, 6 for adolescents", () => {
    const signs = ["preoccupation", "avoidance", "disbelief", "meaninglessness"] as const;
    const death = ev({
      id: "d",
      kind: "death",
      date: "2025-05-01",
      relationshipIds: ["mum"],
      griefSigns: [...signs],
    });
    const adult = formulate(build({ relationships: [mother], lifeEvents: [death] }));
    const teen = formulate(
      build({ population: "adolescent", relationships: [mother], lifeEvents: [death] }),
    );
    expect(codes(adult)).not.toContain("prolonged-grief");
    expect(codes(teen)).toContain("prolonged-grief");
    expect(
      adult.areas[0]?.evidence.find((e) => e.rule === "grief.prolonged-grief-signs")?.explanation,
    ).toContain("before the DSM-5-TR time criterion");
  });

  it("two accessory signs are not enough for the flag, and a core sign is required", () => {
    const f = (signs: Ev["griefSigns"]) =>
      formulate(
        build({
          relationships: [mother],
          lifeEvents: [
            ev({
              id: "d",
              kind: "death",
              date: "2024-01",
              relationshipIds: ["mum"],
              griefSigns: signs,
            }),
          ],
        }),
      );
    expect(codes(f(["yearning", "avoidance", "disbelief"]))).not.toContain("prolonged-grief");
    expect(
      codes(f(["avoidance", "disbelief", "meaninglessness", "emotional-numbness"])),
    ).not.toContain("prolonged-grief");
  });

  it("a conflict with someone who has died is grief, not a dispute", () => {
    const f = formulate(
      build({
        relationships: [
          { ...mother, conflict: 4, expectationsReciprocal: false, disputeStage: "impasse" },
        ],
      }),
    );
    expect(score(f, "role-dispute")).toBe(0);
    // No death event names her: the loss itself is grief of unknown date as well.
    expect(rules(f, "grief")).toEqual(["grief.undated-death", "grief.conflict-with-deceased"]);
  });

  it("a pregnancy loss with no person recorded still counts as a close loss", () => {
    const f = formulate(
      build({
        lifeEvents: [ev({ id: "p", kind: "pregnancy-loss", distress: 4, adjusted: false })],
      }),
    );
    expect(f.focus.primary).toBe("grief");
    expect(f.areas[0]?.evidence[0]?.explanation).toContain("pregnancy loss");
  });

  it("a death of someone not in the inventory counts with the model's unknown-person closeness", () => {
    const f = formulate(build({ lifeEvents: [ev({ id: "d", kind: "death" })] }));
    expect(f.areas[0]?.evidence[0]?.factors.closeness).toBe(0.6);
  });
});

describe("dispute rules", () => {
  const husband = (over: Partial<Rel> = {}): Rel =>
    rel({
      id: "h",
      label: "Husband",
      role: "spouse",
      conflict: 3,
      expectationsReciprocal: false,
      conflictSince: "2025-06",
      ...over,
    });

  it("a current conflict with non-reciprocal expectations before onset makes role-dispute primary", () => {
    const f = formulate(build({ relationships: [husband({ disputeStage: "impasse" })] }));
    expect(f.focus.primary).toBe("role-dispute");
    expect(f.areas[0]?.evidence[0]?.explanation).toContain(
      "Conflict with Husband (inner circle) rated 3/4",
    );
  });

  it("impasse weighs more than renegotiation; non-reciprocal more than unknown more than reciprocal", () => {
    const s = (over: Partial<Rel>) =>
      score(formulate(build({ relationships: [husband(over)] })), "role-dispute");
    expect(s({ disputeStage: "impasse" })).toBeGreaterThan(s({ disputeStage: "renegotiation" }));
    expect(s({ expectationsReciprocal: false })).toBeGreaterThan(
      s({ expectationsReciprocal: undefined as never }),
    );
    expect(s({ expectationsReciprocal: true })).toBeLessThan(s({ expectationsReciprocal: false }));
  });

  it("a conflict that began well after onset counts less; a chronic one keeps a floor", () => {
    const s = (conflictSince: string) =>
      score(formulate(build({ relationships: [husband({ conflictSince })] })), "role-dispute");
    expect(s("2025-12")).toBeLessThan(s("2025-09"));
    const chronic = s("2010");
    expect(chronic).toBeLessThan(s("2025-06"));
    expect(chronic).toBeCloseTo(0.85 * 0.75 * 1 * 1 * 0.75 * 1 * 0.5, 5);
  });

  it("dissolution points also to a transition", () => {
    const f = formulate(build({ relationships: [husband({ disputeStage: "dissolution" })] }));
    expect(rules(f, "role-transition")).toEqual(["transition.dispute-dissolution"]);
  });

  it("a divorce with an ongoing fight is dispute evidence and weighs less as a transition", () => {
    const ex = rel({
      id: "ex",
      label: "Ex",
      role: "ex-partner",
      status: "estranged",
      circle: "middle",
    });
    const divorce = ev({
      id: "div",
      kind: "divorce",
      relationshipIds: ["ex"],
      distress: 4,
      adjusted: false,
    });
    const calm = formulate(build({ relationships: [ex], lifeEvents: [divorce] }));
    const fight = formulate(
      build({ relationships: [{ ...ex, conflict: 4 }], lifeEvents: [divorce] }),
    );
    expect(calm.focus.primary).toBe("role-transition");
    expect(rules(fight, "role-dispute")).toContain("dispute.separation-with-conflict");
    expect(score(fight, "role-transition")).toBeLessThan(score(calm, "role-transition"));
  });
});

describe("transition rules", () => {
  it.each([
    "birth",
    "marriage",
    "retirement",
    "job-loss",
    "relocation",
    "migration",
    "illness-diagnosis",
    "child-left-home",
    "divorce",
  ] as const)(
    "%s near onset, not adapted to, makes role-transition primary (positive changes included)",
    (kind) => {
      const f = formulate(
        build({ lifeEvents: [ev({ id: "e", kind, distress: 3, adjusted: false })] }),
      );
      expect(f.focus.primary).toBe("role-transition");
    },
  );

  it("an adapted change counts less than one not adapted to", () => {
    const s = (adjusted: boolean) =>
      score(
        formulate(build({ lifeEvents: [ev({ id: "e", kind: "job-loss", adjusted })] })),
        "role-transition",
      );
    expect(s(true)).toBeLessThan(s(false));
  });

  it("recency is relative to onset, not to the assessment date", () => {
    const early = build({
      assessedOn: "2026-01-15",
      episode: { onset: "2023-03" },
      lifeEvents: [ev({ id: "e", kind: "job-loss", date: "2023-02" })],
    });
    const late = build({
      assessedOn: "2026-01-15",
      episode: { onset: "2025-12" },
      lifeEvents: [ev({ id: "e", kind: "job-loss", date: "2023-02" })],
    });
    expect(score(formulate(early), "role-transition")).toBeGreaterThan(
      score(formulate(late), "role-transition") * 5,
    );
  });

  it("an event after onset still counts, decaying with its distance", () => {
    const s = (date: string) =>
      score(
        formulate(build({ lifeEvents: [ev({ id: "e", kind: "job-loss", date })] })),
        "role-transition",
      );
    expect(s("2025-11-15")).toBeGreaterThan(s("2026-01-15"));
    expect(s("2026-01-15")).toBeGreaterThan(0);
  });
});

describe("deficits: chosen by exclusion", () => {
  const isolated = { lifelongIsolation: true, loneliness: 4, communicationDifficulty: 3 } as const;

  it("leads when no acute area has evidence and the social pattern is present", () => {
    const f = formulate(build({ social: isolated }));
    expect(f.focus.primary).toBe("interpersonal-deficits");
  });

  it("cannot lead when an acute area has real evidence (score 0 past the exclusion threshold)", () => {
    const f = formulate(
      build({ social: isolated, lifeEvents: [ev({ id: "e", kind: "job-loss", distress: 3 })] }),
    );
    expect(f.focus.primary).toBe("role-transition");
    expect(score(f, "interpersonal-deficits")).toBe(0);
    const ex = f.areas
      .find((a) => a.area === "interpersonal-deficits")
      ?.evidence.find((e) => e.rule === "deficits.exclusion");
    expect(ex).toMatchObject({
      effect: "multiply",
      contribution: 0,
      source: { kind: "areas", areas: ["role-transition"] },
    });
  });

  it("weak acute evidence scales deficits down without removing it", () => {
    const f = formulate(
      build({
        social: isolated,
        lifeEvents: [
          ev({ id: "e", kind: "graduation", date: "2023-01", adjusted: true, distress: 0 }),
        ],
      }),
    );
    const d = score(f, "interpersonal-deficits");
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(score(formulate(build({ social: isolated })), "interpersonal-deficits"));
  });

  it("a small network counts: fewer close supportive ties, more deficits evidence", () => {
    const friends = (n: number) =>
      Array.from({ length: n }, (_, i) => rel({ id: `f${i}`, circle: "middle", support: 3 }));
    const s = (n: number) =>
      score(formulate(build({ relationships: friends(n) })), "interpersonal-deficits");
    expect(s(0)).toBeGreaterThan(s(1));
    expect(s(1)).toBeGreaterThan(s(2));
    expect(s(3)).toBe(0);
  });
});

describe("flags and focus", () => {
  it("onset-unknown: time falls back to assessedOn", () => {
    const f = formulate(
      build({ episode: {}, lifeEvents: [ev({ id: "e", kind: "job-loss", date: "2025-12" })] }),
    );
    expect(codes(f)).toContain("onset-unknown");
    expect(f.reference).toEqual({ date: "2026-01-15", basis: "assessment" });
    expect(f.areas[0]?.evidence[0]?.explanation).toContain("before the assessment");
  });

  it("no-clear-focus when no area reaches the minimum score", () => {
    const f = formulate(
      build({
        relationships: [
          rel({ id: "a", support: 3 }),
          rel({ id: "b", support: 3 }),
          rel({ id: "c", support: 3 }),
        ],
      }),
    );
    expect(codes(f)).toEqual(["no-clear-focus"]);
    expect(f.focus).toEqual({ primary: "grief" });
  });

  it("flags are sorted urgent first, then warning, then info", () => {
    const f = formulate(build({ episode: {}, relationships: [rel({ id: "h", conflict: 2 })] }));
    const order = f.flags.map((x) => x.severity);
    expect(
      [...order].sort(
        (a, b) =>
          ["urgent", "warning", "info"].indexOf(a) - ["urgent", "warning", "info"].indexOf(b),
      ),
    ).toEqual(order);
  });

  it("a secondary focus needs to be within the margin and to have evidence of its own", () => {
    const c = build({
      relationships: [
        rel({
          id: "h",
          conflict: 4,
          expectationsReciprocal: false,
          disputeStage: "impasse",
          conflictSince: "2025-06",
        }),
      ],
      lifeEvents: [ev({ id: "e", kind: "job-loss", distress: 3, adjusted: false })],
    });
    const f = formulate(c);
    expect(f.focus.primary).toBe("role-dispute");
    expect(codes(f)).toContain("close-call");
    expect(f.focus.secondary).toBeDefined();
    const narrow = defineModel({ params: { focus: { margin: 0 } } });
    if (narrow._tag === "Left") throw new Error("model");
    const g = formulate(c, narrow.right);
    expect(g.focus.secondary).toBeUndefined();
    expect(codes(g)).not.toContain("close-call");
    const strict = defineModel({ params: { focus: { secondaryMinEvidence: 1 } } });
    if (strict._tag === "Left") throw new Error("model");
    expect(formulate(c, strict.right).focus.secondary).toBeUndefined();
  });
});

describe("per-person and per-event views", () => {
  it("show which areas each person and event bears on, strongest first", () => {
    const f = formulate(
      build({
        relationships: [
          rel({
            id: "ex",
            role: "ex-partner",
            status: "estranged",
            conflict: 3,
            disputeStage: "dissolution",
            expectationsReciprocal: false,
          }),
          rel({ id: "calm" }),
        ],
        lifeEvents: [ev({ id: "div", kind: "divorce", relationshipIds: ["ex"], distress: 4 })],
      }),
    );
    expect(f.people.map((p) => p.id)).toEqual(["ex"]);
    const ex = f.people[0];
    expect(ex?.areas.map((a) => a.area).sort()).toEqual(["role-dispute", "role-transition"]);
    expect(ex?.areas[0]?.weight).toBeGreaterThanOrEqual(ex?.areas[1]?.weight ?? 0);
    expect(f.events.map((e) => e.id)).toEqual(["div"]);
    expect(f.events[0]?.areas.find((a) => a.area === "role-dispute")?.rules).toEqual([
      "dispute.separation-with-conflict",
    ]);
  });
});

describe("explainFormulation", () => {
  it("puts flags before the focus, names the areas in the chosen tradition and lists evidence", () => {
    const f = formulate(build({ episode: {}, social: { lifelongIsolation: true, loneliness: 4 } }));
    const text = explainFormulation(f, { tradition: "stuart-robertson", maxEvidence: 1 });
    expect(text.indexOf("[WARNING] onset-unknown")).toBeGreaterThan(-1);
    expect(text.indexOf("[WARNING] onset-unknown")).toBeLessThan(
      text.indexOf("Suggested focus: Interpersonal sensitivity"),
    );
    expect(text).toContain("… and");
    expect(text).toContain("no evidence");
    expect(text.endsWith("\n")).toBe(true);
    expect(text).toContain("decision support");
  });
});
