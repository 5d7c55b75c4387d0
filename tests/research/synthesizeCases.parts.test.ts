/**
 * What each part of the synthetic-case generator promises, checked on cohorts drawn inside
 * each test: the pattern's own person and event, the background people and events, social
 * ratings, episode, measures, ids and labels.
 */
import {
  ACCESSORY_GRIEF_SIGNS,
  type CaseInput,
  decodeCase,
  type ProblemArea,
  RELATIONSHIP_ROLE_LABELS,
} from "ipt-formulation";
import { type SyntheticCase, synthesizeCase } from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { right } from "./support.js";

type Person = CaseInput["relationships"][number];
type Event = CaseInput["lifeEvents"][number];

/** `n` cases of one pattern (or the default mix), seed 7. */
const draw = (n: number, pattern?: ProblemArea): SyntheticCase[] =>
  Array.from({ length: n }, (_, i) =>
    right(
      synthesizeCase(i, pattern === undefined ? { seed: 7 } : { seed: 7, mix: { [pattern]: 1 } }),
    ),
  );

const DAY = 86_400_000;
/** The first and last day (days since 1970) of a partial date. */
const span = (p: string): [number, number] => {
  const [y, m, d] = p.split("-").map(Number) as [number, number?, number?];
  if (d !== undefined)
    return [Date.UTC(y, (m as number) - 1, d) / DAY, Date.UTC(y, (m as number) - 1, d) / DAY];
  if (m !== undefined) return [Date.UTC(y, m - 1, 1) / DAY, Date.UTC(y, m, 1) / DAY - 1];
  return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
};
const MONTH = 365.2425 / 12;
/** How many months before `later` the date `p` can be, given both dates' precision: [least, most]. */
const monthsBetween = (p: string, later: string): [number, number] => {
  const [a0, a1] = span(p);
  const [b0, b1] = span(later);
  return [(b0 - a1) / MONTH, (b1 - a0) / MONTH];
};
const precision = (p: string): "day" | "month" | "year" =>
  p.length === 10 ? "day" : p.length === 7 ? "month" : "year";

/** The share of `xs` for which `pred` holds. */
const share = <T>(xs: readonly T[], pred: (x: T) => boolean): number =>
  xs.filter(pred).length / xs.length;
/** `x` within `tolerance` of `target`. */
const near = (x: number, target: number, tolerance = 0.07): void => {
  expect(Math.abs(x - target), `${x} vs ${target}`).toBeLessThanOrEqual(tolerance);
};
const between = (x: number, lo: number, hi: number): void => {
  expect(x).toBeGreaterThanOrEqual(lo);
  expect(x).toBeLessThanOrEqual(hi);
};

/** The onset of a case (all the tests below keep to cases whose onset is known). */
const onsetOf = (c: CaseInput): string => c.episode.onset as string;
const known = (cs: readonly SyntheticCase[]) =>
  cs.filter((s) => s.case.episode.onset !== undefined);

describe("every case", () => {
  it("decodes, numbers its people and events, and labels people by role, then role and count", () => {
    for (const s of draw(300)) {
      const c = s.case;
      expect(decodeCase(c)._tag, c.id).toBe("Right");
      expect(c.relationships.map((r) => r.id)).toEqual(
        c.relationships.map((_, i) => `r${String(i + 1).padStart(2, "0")}`),
      );
      expect(c.lifeEvents.map((e) => e.id)).toEqual(
        c.lifeEvents.map((_, i) => `e${String(i + 1).padStart(2, "0")}`),
      );
      const seen = new Map<string, number>();
      for (const r of c.relationships) {
        const k = (seen.get(r.role) ?? 0) + 1;
        seen.set(r.role, k);
        const base = RELATIONSHIP_ROLE_LABELS[r.role];
        expect(r.label).toBe(k === 1 ? base : `${base} ${k}`);
      }
      between(c.relationships.length, 3, 15);
      between(c.lifeEvents.length, 0, 6);
    }
  });

  it("episode: onset 1 to 18 months before the assessment, as a month (70 %) or a day; prior episodes in 80 %", () => {
    const cs = draw(600).map((s) => s.case);
    const withOnset = cs.filter((c) => c.episode.onset !== undefined);
    near(withOnset.length / cs.length, 0.92, 0.04);
    near(
      share(withOnset, (c) => precision(onsetOf(c)) === "month"),
      0.7,
    );
    expect(withOnset.every((c) => precision(onsetOf(c)) !== "year")).toBe(true);
    for (const c of withOnset) {
      const [least, most] = monthsBetween(onsetOf(c), c.assessedOn);
      expect(most).toBeGreaterThanOrEqual(1 - 0.05);
      expect(least).toBeLessThanOrEqual(18 + 0.05);
    }
    const prior = cs
      .filter((c) => c.episode.priorEpisodes !== undefined)
      .map((c) => c.episode.priorEpisodes as number);
    near(prior.length / cs.length, 0.8);
    near(
      share(prior, (p) => p === 0),
      0.4,
    );
    near(
      share(prior, (p) => p === 1),
      0.25,
    );
    near(
      share(prior, (p) => p >= 2 && p <= 4),
      0.25,
    );
    near(
      share(prior, (p) => p >= 5 && p <= 8),
      0.1,
      0.05,
    );
    expect(prior.every((p) => p <= 8)).toBe(true);
  });

  it("population, condition and assessment date", () => {
    const cs = draw(600).map((s) => s.case);
    near(
      share(cs, (c) => c.population === "adult"),
      0.72,
    );
    near(
      share(cs, (c) => c.population === "older-adult"),
      0.14,
      0.05,
    );
    near(
      share(cs, (c) => c.population === "adolescent"),
      0.1,
      0.05,
    );
    near(
      share(cs, (c) => c.population === "perinatal"),
      0.04,
      0.03,
    );
    for (const c of cs)
      between(span(c.assessedOn)[0], span("2021-01-01")[0], span("2025-12-31")[0]);
    const deficits = draw(400, "interpersonal-deficits").map((s) => s.case);
    const others = draw(400, "grief").map((s) => s.case);
    near(
      share(deficits, (c) => c.condition === "persistent-depression"),
      0.3 + 0.7 * 0.08,
    );
    near(
      share(others, (c) => c.condition === "persistent-depression"),
      0.08,
      0.04,
    );
    near(
      share(others, (c) => c.condition === "depression"),
      0.85,
      0.05,
    );
  });

  it("a PHQ-9 on the assessment day in 65 %: eight items 0-3, item 9 endorsed (1-2) in about 15 %", () => {
    const cs = draw(600).map((s) => s.case);
    const measured = cs.filter((c) => (c.measures ?? []).length > 0);
    near(measured.length / cs.length, 0.65);
    for (const c of measured) {
      const [m] = c.measures ?? [];
      expect(c.measures?.length).toBe(1);
      expect(m?.instrument).toBe("phq-9");
      expect(m?.administeredOn).toBe(c.assessedOn);
      const items = m?.items as number[];
      expect(items).toHaveLength(9);
      for (const x of items.slice(0, 8)) between(x, 0, 3);
      between(items[8] as number, 0, 2);
    }
    near(
      share(measured, (c) => (c.measures?.[0]?.items[8] as number) > 0),
      0.15,
      0.05,
    );
    // The items follow a severity level: both mild and severe profiles occur.
    const totals = measured.map((c) =>
      (c.measures?.[0]?.items ?? []).slice(0, 8).reduce<number>((a, b) => a + Number(b), 0),
    );
    expect(Math.min(...totals)).toBeLessThanOrEqual(4);
    expect(Math.max(...totals)).toBeGreaterThanOrEqual(20);
  });

  it("social ratings: half the cases without deficits have low ones, the other half none", () => {
    const cs = draw(500, "role-dispute").map((s) => s.case);
    const rated = cs.filter((c) => c.social !== undefined);
    near(rated.length / cs.length, 0.5);
    for (const c of rated) {
      expect(Object.keys(c.social ?? {}).sort()).toEqual([
        "communicationDifficulty",
        "loneliness",
        "rejectionSensitivity",
      ]);
      between(c.social?.loneliness as number, 0, 2);
      between(c.social?.communicationDifficulty as number, 0, 1);
      between(c.social?.rejectionSensitivity as number, 0, 2);
    }
    expect(new Set(rated.map((c) => c.social?.loneliness))).toEqual(new Set([0, 1, 2]));
  });
});

describe("the grief pattern", () => {
  it("a loss near onset: the deceased person first, a death 0-4 months before onset", () => {
    const cs = known(draw(600, "grief")).map((s) => s.case);
    const losses = cs.filter((c) => c.lifeEvents[0]?.kind === "death");
    expect(
      losses.length + cs.filter((c) => c.lifeEvents[0]?.kind === "pregnancy-loss").length,
    ).toBe(cs.length);
    for (const c of losses) {
      const person = c.relationships[0] as Person;
      expect(person).toMatchObject({ id: "r01", status: "deceased", contact: "none" });
      expect(person.support).toBeUndefined();
      expect(person.conflict).toBeUndefined();
      expect(["inner", "middle"]).toContain(person.circle);
      const death = c.lifeEvents[0] as Event;
      expect(death.relationshipIds).toEqual(["r01"]);
      between(death.distress as number, 3, 4);
      expect(death.adjusted).not.toBe(true);
    }
    near(
      share(losses, (c) => c.relationships[0]?.circle === "inner"),
      0.7,
    );
    const acute = losses.filter((c) => c.lifeEvents[0]?.griefSigns === undefined);
    const prolonged = losses.filter((c) => c.lifeEvents[0]?.griefSigns !== undefined);
    near(prolonged.length / losses.length, 0.2);
    near(
      share(acute, (c) => c.lifeEvents[0]?.adjusted === false),
      0.9,
      0.05,
    );
    for (const c of acute) {
      const [least, most] = monthsBetween((c.lifeEvents[0] as Event).date, onsetOf(c));
      expect(most).toBeGreaterThanOrEqual(-0.05);
      expect(least).toBeLessThanOrEqual(4.05);
    }
    const precisions = acute.map((c) => precision((c.lifeEvents[0] as Event).date));
    near(
      share(precisions, (p) => p === "day"),
      0.35,
    );
    near(
      share(precisions, (p) => p === "month"),
      0.6,
    );
    expect(precisions).toContain("year");
  });

  it("a prolonged grief: an older loss with a core sign and 3 to 6 accessory signs, never adjusted", () => {
    const cs = draw(800, "grief")
      .map((s) => s.case)
      .filter((c) => c.lifeEvents[0]?.griefSigns !== undefined);
    for (const c of cs) {
      const death = c.lifeEvents[0] as Event;
      const [core, ...rest] = death.griefSigns ?? [];
      expect(["yearning", "preoccupation"]).toContain(core);
      between(rest.length, 3, 6);
      expect(new Set(rest).size).toBe(rest.length);
      for (const sign of rest) expect(ACCESSORY_GRIEF_SIGNS).toContain(sign);
      expect(death.adjusted).toBe(false);
      // At least 14 months before the assessment (past the 12-month criterion) and 1 before onset.
      expect(monthsBetween(death.date, c.assessedOn)[1]).toBeGreaterThanOrEqual(14 - 0.05);
      if (c.episode.onset !== undefined)
        expect(monthsBetween(death.date, onsetOf(c))[1]).toBeGreaterThanOrEqual(1 - 0.05);
    }
    near(
      share(cs, (c) => c.lifeEvents[0]?.griefSigns?.[0] === "yearning"),
      0.7,
      0.1,
    );
    const counts = new Set(cs.map((c) => (c.lifeEvents[0]?.griefSigns?.length as number) - 1));
    expect(counts).toEqual(new Set([3, 4, 5, 6]));
  });

  it("perinatal: a pregnancy loss in 60 %, with no person", () => {
    const cs = draw(2000, "grief")
      .map((s) => s.case)
      .filter((c) => c.population === "perinatal");
    const losses = cs.filter((c) => c.lifeEvents[0]?.kind === "pregnancy-loss");
    near(losses.length / cs.length, 0.6, 0.15);
    for (const c of losses) {
      const e = c.lifeEvents[0] as Event;
      expect(e.relationshipIds).toBeUndefined();
      expect(e.adjusted).toBe(false);
      between(e.distress as number, 3, 4);
      // Not also a death near onset: the loss has no person, and perinatal life changes
      // include no death. A death is only that of a background person who has died, mourned.
      for (const x of c.lifeEvents.filter((x) => x.kind === "death")) {
        expect(x.adjusted).toBe(true);
        const [id] = x.relationshipIds ?? [];
        expect(c.relationships.find((r) => r.id === id)?.status).toBe("deceased");
      }
      if (c.episode.onset !== undefined) {
        const [least, most] = monthsBetween(e.date, onsetOf(c));
        expect(most).toBeGreaterThanOrEqual(-0.05);
        expect(least).toBeLessThanOrEqual(3.05);
      }
    }
  });
});

describe("the dispute pattern", () => {
  it("a close person in marked conflict since before onset, first in the list", () => {
    const cs = known(draw(600, "role-dispute")).map((s) => s.case);
    const people = cs.map((c) => c.relationships[0] as Person);
    for (const [i, p] of people.entries()) {
      between(p.conflict as number, 3, 4);
      between(p.support as number, 0, 2);
      expect(["inner", "middle"]).toContain(p.circle);
      expect(["active", "estranged"]).toContain(p.status);
      expect(["daily", "weekly"]).toContain(p.contact);
      expect(p.expectationsReciprocal).not.toBe(true);
      const since = p.conflictSince as string;
      expect(precision(since)).not.toBe("year");
      const [least, most] = monthsBetween(since, onsetOf(cs[i] as CaseInput));
      expect(most).toBeGreaterThanOrEqual(1 - 0.05);
      expect(least).toBeLessThanOrEqual(60.05);
      // The dispute adds no event: every event is background, at least two years before onset.
      for (const e of cs[i]?.lifeEvents ?? [])
        expect(monthsBetween(e.date, onsetOf(cs[i] as CaseInput))[1]).toBeGreaterThanOrEqual(
          24 - 0.05,
        );
    }
    near(
      share(people, (p) => p.circle === "inner"),
      0.8,
    );
    near(
      share(people, (p) => p.status === "active"),
      0.9,
      0.05,
    );
    near(
      share(people, (p) => p.contact === "daily"),
      0.7,
    );
    near(
      share(people, (p) => p.expectationsReciprocal === false),
      0.85,
      0.05,
    );
    near(
      share(people, (p) => precision(p.conflictSince as string) === "month"),
      0.7,
    );
    near(
      share(people, (p) => p.disputeStage === "impasse"),
      0.5,
    );
    near(
      share(people, (p) => p.disputeStage === "renegotiation"),
      0.4,
    );
    near(
      share(people, (p) => p.disputeStage === "dissolution"),
      0.1,
      0.05,
    );
    const chronic = cs.filter(
      (c) => monthsBetween(c.relationships[0]?.conflictSince as string, onsetOf(c))[0] > 13,
    );
    near(chronic.length / cs.length, 0.2);
    for (const c of chronic)
      expect(
        monthsBetween(c.relationships[0]?.conflictSince as string, onsetOf(c))[1],
      ).toBeGreaterThanOrEqual(24 - 0.05);
  });
});

describe("the transition pattern", () => {
  const cs = () => known(draw(1500, "role-transition")).map((s) => s.case);

  it("a life change 0-4 months before onset, distressing, not adapted to in 85 %", () => {
    const all = cs();
    for (const c of all) {
      const e = c.lifeEvents[0] as Event;
      between(e.distress as number, 2, 4);
      expect(e.adjusted).not.toBe(true);
      const [least, most] = monthsBetween(e.date, onsetOf(c));
      expect(most).toBeGreaterThanOrEqual(-0.05);
      expect(least).toBeLessThanOrEqual(4.05);
    }
    near(
      share(all, (c) => c.lifeEvents[0]?.adjusted === false),
      0.85,
      0.05,
    );
  });

  it("with the person the change involves, first in the list", () => {
    const drawn = cs();
    const byKind = (kind: string) => drawn.filter((c) => c.lifeEvents[0]?.kind === kind);
    const first = (c: CaseInput) => c.relationships[0] as Person;
    for (const c of byKind("birth")) {
      expect(first(c)).toMatchObject({
        role: "child",
        circle: "inner",
        status: "active",
        contact: "daily",
      });
      expect(c.lifeEvents[0]?.relationshipIds).toEqual(["r01"]);
    }
    const parting = [...byKind("separation"), ...byKind("divorce")];
    expect(parting.length).toBeGreaterThan(10);
    for (const c of parting) {
      expect(first(c)).toMatchObject({
        role: "ex-partner",
        circle: "middle",
        status: "ended",
        contact: "monthly",
      });
      between(first(c).conflict as number, 0, 1);
      expect(c.lifeEvents[0]?.relationshipIds).toEqual(["r01"]);
    }
    const caring = byKind("caregiving-start");
    expect(caring.length).toBeGreaterThan(5);
    for (const c of caring) {
      expect(first(c)).toMatchObject({
        role: c.population === "older-adult" ? "spouse" : "parent",
        circle: "inner",
        status: "active",
        contact: "daily",
      });
      between(first(c).support as number, 0, 2);
    }
    expect(new Set(caring.map((c) => first(c).role))).toEqual(new Set(["spouse", "parent"]));
    for (const c of byKind("child-left-home"))
      expect(first(c)).toMatchObject({
        role: "child",
        circle: "inner",
        status: "active",
        contact: "monthly",
      });
    for (const c of [...byKind("job-loss"), ...byKind("relocation"), ...byKind("retirement")])
      expect(c.lifeEvents[0]?.relationshipIds).toBeUndefined();
  });
});

describe("the deficits pattern", () => {
  it("high loneliness and communication difficulty, lifelong isolation in 70 %, a small, distant network", () => {
    const cs = draw(500, "interpersonal-deficits").map((s) => s.case);
    for (const c of cs) {
      const s = c.social;
      between(s?.loneliness as number, 3, 4);
      between(s?.communicationDifficulty as number, 2, 4);
      between(s?.rejectionSensitivity as number, 1, 4);
      expect(s?.lifelongIsolation).not.toBe(false);
    }
    near(
      share(cs, (c) => c.social?.lifelongIsolation === true),
      0.7,
    );
    const people = cs.flatMap((c) => c.relationships);
    near(
      share(people, (p) => p.circle === "inner"),
      0.2 * 0.3,
      0.05,
    );
    const mean = people.length / cs.length;
    between(mean, 3.8, 4.8);
    // No trigger: every event is background, at least two years before onset.
    for (const c of known(
      cs.map((x, index) => ({ index, pattern: "interpersonal-deficits" as const, case: x })),
    ).map((s) => s.case))
      for (const e of c.lifeEvents)
        expect(monthsBetween(e.date, onsetOf(c))[1]).toBeGreaterThanOrEqual(24 - 0.05);
  });
});

describe("the background", () => {
  /** The people a case has besides the pattern's own (all of them for deficits). */
  const background = () =>
    draw(500, "interpersonal-deficits")
      .concat(
        draw(500, "role-dispute").map((s) => ({
          ...s,
          case: { ...s.case, relationships: s.case.relationships.slice(1) },
        })),
      )
      .map((s) => s.case);

  it("people: mostly active; contact by circle, none when not active; support by circle; little conflict", () => {
    const people = background().flatMap((c) => c.relationships);
    near(
      share(people, (p) => p.status === "active"),
      0.88,
      0.05,
    );
    near(
      share(people, (p) => p.status === "ended"),
      0.06,
      0.03,
    );
    near(
      share(people, (p) => p.status === "estranged"),
      0.04,
      0.03,
    );
    near(
      share(people, (p) => p.status === "deceased"),
      0.02,
      0.02,
    );
    const contact = {
      inner: ["daily", "weekly"],
      middle: ["weekly", "monthly"],
      outer: ["monthly", "yearly"],
    };
    const support = { inner: [2, 4], middle: [1, 3], outer: [0, 2] };
    for (const p of people) {
      if (p.status === "active") expect(contact[p.circle]).toContain(p.contact);
      else expect(p.contact).toBe("none");
      if (p.status === "deceased") {
        expect(p.support).toBeUndefined();
        expect(p.conflict).toBeUndefined();
      } else {
        between(p.support as number, ...(support[p.circle] as [number, number]));
        between(p.conflict as number, 0, 2);
      }
    }
    const active = people.filter((p) => p.status === "active");
    near(
      share(active, (p) => p.contact === contact[p.circle][0]),
      0.6,
    );
    const rated = people.filter((p) => p.conflict !== undefined);
    near(
      share(rated, (p) => p.conflict === 0),
      0.6,
    );
    near(
      share(rated, (p) => p.conflict === 1),
      0.3,
    );
    expect(new Set(people.map((p) => p.support))).toEqual(new Set([0, 1, 2, 3, 4, undefined]));
  });

  it("circles by role: close family inner, acquaintances outer, the rest mostly middle", () => {
    const people = draw(600, "role-dispute").flatMap((s) => s.case.relationships.slice(1));
    const of = (roles: readonly string[]) => people.filter((p) => roles.includes(p.role));
    const close = of(["partner", "parent", "child", "spouse"]);
    const distant = of(["colleague", "supervisor", "neighbour", "classmate", "teacher", "carer"]);
    const other = of(["sibling", "friend", "grandparent", "grandchild", "other-relative"]);
    near(
      share(close, (p) => p.circle === "inner"),
      0.8,
    );
    expect(close.every((p) => p.circle !== "outer")).toBe(true);
    near(
      share(distant, (p) => p.circle === "outer"),
      0.7,
    );
    expect(distant.every((p) => p.circle !== "inner")).toBe(true);
    near(
      share(other, (p) => p.circle === "inner"),
      0.15,
      0.05,
    );
    near(
      share(other, (p) => p.circle === "middle"),
      0.6,
    );
    // Deficits: a distant network in 80 % of draws, so the inner circle is rare.
    const lonely = draw(400, "interpersonal-deficits").flatMap((s) => s.case.relationships);
    const lonelyClose = lonely.filter((p) =>
      ["partner", "parent", "child", "spouse"].includes(p.role),
    );
    near(
      share(lonelyClose, (p) => p.circle === "inner"),
      0.2 * 0.8,
      0.07,
    );
  });

  it("at most one spouse or partner and two parents: a role already taken is drawn as a friend", () => {
    const cases = draw(600).map((s) => s.case);
    for (const c of cases) {
      const roles = c.relationships.map((r) => r.role);
      expect(roles.filter((r) => r === "spouse" || r === "partner").length).toBeLessThanOrEqual(1);
      expect(roles.filter((r) => r === "parent").length).toBeLessThanOrEqual(2);
    }
    expect(cases.some((c) => c.relationships.filter((r) => r.role === "parent").length === 2)).toBe(
      true,
    );
  });

  it("events: old (2-10 years before onset), mildly distressing, mostly adjusted, as years or months", () => {
    const cs = known(draw(500, "role-dispute")).map((s) => s.case);
    const all = cs.flatMap((c) => c.lifeEvents.map((e) => ({ e, onset: onsetOf(c) })));
    for (const { e, onset } of all) {
      between(e.distress as number, 0, 2);
      expect(typeof e.adjusted).toBe("boolean");
      expect(precision(e.date)).not.toBe("day");
      const [least, most] = monthsBetween(e.date, onset);
      expect(most).toBeGreaterThanOrEqual(24 - 0.05);
      expect(least).toBeLessThanOrEqual(120.05);
    }
    // The shares and counts of the background events drawn as such: the deaths of background
    // people who have died (see the next test) come on top.
    const events = all.filter(({ e }) => e.kind !== "death");
    near(
      share(events, ({ e }) => e.adjusted === true),
      0.85,
      0.05,
    );
    near(
      share(events, ({ e }) => precision(e.date) === "year"),
      0.4,
    );
    const counts = cs.map((c) => c.lifeEvents.filter((e) => e.kind !== "death").length);
    near(
      share(counts, (n) => n === 0),
      0.35,
    );
    near(
      share(counts, (n) => n === 1),
      0.35,
    );
    near(
      share(counts, (n) => n === 2),
      0.2,
    );
    near(
      share(counts, (n) => n === 3),
      0.1,
      0.05,
    );
  });

  it("a person who has died has one death event naming them, long before onset and mourned: no undated death", () => {
    const cs = known(draw(1500, "role-dispute").concat(draw(1500, "interpersonal-deficits"))).map(
      (s) => s.case,
    );
    const dead = cs.flatMap((c) =>
      c.relationships.filter((r) => r.status === "deceased").map((r) => ({ c, r })),
    );
    expect(dead.length).toBeGreaterThan(20);
    for (const { c, r } of dead) {
      const deaths = c.lifeEvents.filter(
        (e) => e.kind === "death" && (e.relationshipIds ?? []).includes(r.id),
      );
      expect(deaths).toHaveLength(1);
      const e = deaths[0] as Event;
      expect(e.relationshipIds).toEqual([r.id]);
      expect(e.adjusted).toBe(true);
      expect(e.griefSigns).toBeUndefined();
      between(e.distress as number, 0, 2);
      const [least, most] = monthsBetween(e.date, onsetOf(c));
      expect(most).toBeGreaterThanOrEqual(24 - 0.05);
      expect(least).toBeLessThanOrEqual(120.05);
    }
    // Every death of these cases is such a background death.
    expect(cs.flatMap((c) => c.lifeEvents).filter((e) => e.kind === "death")).toHaveLength(
      dead.length,
    );
  });
});
