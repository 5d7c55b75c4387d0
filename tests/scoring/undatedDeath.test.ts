/**
 * A person who has died with no `death` event naming them (issue 15): the rule
 * `grief.undated-death`, the `death-undated` flag, which events date a loss, and how the
 * undated loss meets the deficits exclusion. The variants of the case, with their
 * focus, are the golden tests of tests/fixtures/undated-death.
 */
import { DEFAULT_PARAMS, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { describe, expect, it } from "vitest";
import {
  all,
  area,
  build,
  codes,
  deceased,
  ev,
  first,
  formulateCase,
  model,
  type Rel,
  rel,
  threeFriends,
} from "./support.js";

const mum = (): Rel => deceased("mum", "Mum", "inner", "parent");

describe("grief.undated-death", () => {
  it.each([
    ["inner", 1, 0.45],
    ["middle", 0.7, 0.315],
    ["outer", 0.35, 0.1575],
  ] as const)("in the %s circle: 0.45 × closeness %f = %f, the whole of grief", (circle, w, c) => {
    const f = formulateCase({ relationships: [deceased("p", "Pat", circle, "friend")] });
    expect(area(f, "grief").evidence).toEqual([
      {
        rule: "grief.undated-death",
        area: "grief",
        effect: "add",
        contribution: c,
        factors: { base: 0.45, closeness: w },
        source: { kind: "relationship", relationshipId: "p" },
        explanation: `Death of Pat (${circle} circle), date not recorded: a loss that can be neither tied to onset nor set aside as remote.`,
        citations: [
          expect.stringContaining("ch. Grief"),
          expect.stringContaining("ch. Interpersonal deficits"),
        ],
      },
    ]);
    expect(area(f, "grief").score).toBe(c);
  });

  it("weighs grief.undatedDeath from the model", () => {
    const f = formulate(
      build({ relationships: [mum()] }),
      model({ grief: { undatedDeath: 0.2 }, closeness: { inner: 0.9 } }),
    );
    expect(first(f, "grief", "grief.undated-death")).toMatchObject({
      contribution: 0.18,
      factors: { base: 0.2, closeness: 0.9 },
    });
  });

  it("only for someone who has died: an active, estranged or ended relationship no event names is no loss", () => {
    const f = formulateCase({
      relationships: [
        rel("a"),
        rel("e", { status: "estranged" }),
        rel("x", { status: "ended", circle: "middle" }),
      ],
    });
    expect(area(f, "grief").evidence).toEqual([]);
    expect(codes(f)).not.toContain("death-undated");
  });

  it.each([
    ["a death naming only them", [ev("d", "death", { relationshipIds: ["mum"] })]],
    ["a death naming them among others", [ev("d", "death", { relationshipIds: ["dad", "mum"] })]],
    [
      "a pregnancy loss naming them (it records when that loss happened)",
      [ev("p", "pregnancy-loss", { relationshipIds: ["mum"] })],
    ],
  ])("a loss event dates it: %s", (_, lifeEvents) => {
    const f = formulateCase({
      relationships: [mum(), deceased("dad", "Dad", "inner", "parent")],
      lifeEvents,
    });
    expect(all(f, "grief", "grief.undated-death").map((e) => e.source)).not.toContainEqual({
      kind: "relationship",
      relationshipId: "mum",
    });
    expect(f.flags.filter((x) => x.ref?.relationshipId === "mum")).toEqual([]);
  });

  it.each([
    ["a death naming no one", ev("d", "death")],
    ["a death naming someone else", ev("d", "death", { relationshipIds: ["bro"] })],
    ["a divorce naming them", ev("s", "divorce", { relationshipIds: ["mum"] })],
  ])("any other event leaves it undated: %s", (_, event) => {
    const f = formulateCase({
      relationships: [mum(), deceased("bro", "Bro", "middle", "sibling")],
      lifeEvents: [event],
    });
    expect(first(f, "grief", "grief.undated-death").source).toEqual({
      kind: "relationship",
      relationshipId: "mum",
    });
    expect(f.flags.filter((x) => x.code === "death-undated").map((x) => x.ref)).toContainEqual({
      relationshipId: "mum",
    });
  });

  it("combines with a conflict with the deceased by noisy-OR: two pieces of evidence about one person", () => {
    const f = formulateCase({ relationships: [{ ...mum(), conflict: 4 }] });
    expect(area(f, "grief").evidence.map((e) => [e.rule, e.contribution])).toEqual([
      ["grief.undated-death", 0.45],
      ["grief.conflict-with-deceased", 0.4],
    ]);
    expect(area(f, "grief").score).toBe(0.67); // 1 − (1 − 0.45)(1 − 0.4)
    expect(area(f, "role-dispute").score).toBe(0);
    expect(f.people).toEqual([
      {
        id: "mum",
        areas: [
          {
            area: "grief",
            weight: 0.67,
            rules: ["grief.conflict-with-deceased", "grief.undated-death"],
          },
        ],
      },
    ]);
  });
});

describe("the death-undated flag", () => {
  it("word for word: a warning naming the relationship by id, never its label", () => {
    const f = formulateCase({
      relationships: [deceased("r1", "Maria Lopez Garcia", "middle", "grandparent")],
    });
    expect(f.flags).toEqual([
      {
        code: "death-undated",
        severity: "warning",
        message:
          "A person in the inventory has died, but no death event records when: record when the death happened, so the loss can be tied to the onset or set aside as remote. Until then it counts as grief of unknown date.",
        source:
          "Weissman, Markowitz & Klerman 2018, ch. Grief: tie the onset of symptoms to the death; facilitate mourning.",
        ref: { relationshipId: "r1" },
      },
    ]);
    expect(explainFormulation(f)).toContain(
      "  [WARNING] death-undated: A person in the inventory has died, but no death event records when",
    );
  });

  it("one per person, in relationship id order whatever the input order, after onset-unknown and before prolonged-grief", () => {
    const people = [
      deceased("c", "C", "outer", "friend"),
      deceased("a", "A", "inner", "parent"),
      deceased("b", "B", "middle", "sibling"),
      deceased("g", "G", "inner", "grandparent"),
    ];
    const lifeEvents = [
      ev("g-died", "death", {
        date: "2024-06-15",
        relationshipIds: ["g"],
        griefSigns: ["yearning", "avoidance", "disbelief", "emotional-numbness"],
      }),
    ];
    const flagsOf = (relationships: Rel[]) =>
      formulate(build({ episode: {}, relationships, lifeEvents })).flags.map((x) => [
        x.code,
        x.ref,
      ]);
    const want = [
      ["onset-unknown", undefined],
      ["death-undated", { relationshipId: "a" }],
      ["death-undated", { relationshipId: "b" }],
      ["death-undated", { relationshipId: "c" }],
      ["prolonged-grief", { lifeEventId: "g-died" }],
    ];
    expect(flagsOf(people)).toEqual(want);
    expect(flagsOf([...people].reverse())).toEqual(want);
  });
});

describe("an undated loss and the deficits exclusion", () => {
  const isolated = {
    social: { lifelongIsolation: true, loneliness: 4, communicationDifficulty: 4 },
  } as const;

  it.each(["inner", "middle"] as const)(
    "a close (%s) undated loss excludes deficits whatever the social pattern",
    (circle) => {
      const f = formulateCase({
        ...isolated,
        relationships: [deceased("p", "P", circle, "parent")],
      });
      expect(f.focus.primary).toBe("grief");
      expect(area(f, "interpersonal-deficits").score).toBe(0);
      expect(first(f, "interpersonal-deficits", "deficits.exclusion").source).toEqual({
        kind: "areas",
        areas: ["grief"],
      });
    },
  );

  it("the default weights guarantee it: grief.undatedDeath × closeness.middle reaches the exclusion threshold", () => {
    const p = DEFAULT_PARAMS;
    expect(p.grief.undatedDeath * p.closeness.middle).toBeGreaterThanOrEqual(
      p.deficits.exclusionThreshold,
    );
    // …and an undated loss weighs less than a dated death at onset whose distress and
    // mourning are not recorded: it cannot be tied to onset.
    expect(p.grief.undatedDeath).toBeLessThan(
      p.grief.deathBase * p.distress.unknown * p.adjustment.unknown,
    );
  });

  it("an outer-circle undated loss excludes deficits too: it is a loss that cannot be excluded", () => {
    const f = formulateCase({
      ...isolated,
      relationships: [deceased("p", "P", "outer", "friend")],
    });
    const m = first(f, "interpersonal-deficits", "deficits.exclusion");
    expect(m.contribution).toBe(0);
    expect(m.factors).toEqual({ strongestAcute: 0.1575, threshold: 0.3, undatedDeaths: 1 });
    expect(m.source).toEqual({ kind: "areas", areas: ["grief"] });
    expect(m.explanation).toBe(
      "Not a candidate: a person has died with no date recorded, a loss that cannot be excluded; deficits is chosen only by exclusion.",
    );
    expect(area(f, "interpersonal-deficits").score).toBe(0);
    expect(f.focus.primary).toBe("grief");
  });

  it("the exclusion counts every undated death, whatever the model's weights", () => {
    const f = formulateCase(
      {
        ...isolated,
        relationships: [
          deceased("p", "P", "outer", "friend"),
          deceased("q", "Q", "middle", "friend"),
        ],
      },
      // a model whose undated-death weight is far below the exclusion threshold
      model({ grief: { undatedDeath: 0.05 } }),
    );
    const m = first(f, "interpersonal-deficits", "deficits.exclusion");
    expect(m.factors.undatedDeaths).toBe(2);
    expect(m.explanation).toContain("2 people have died with no date recorded");
    expect(area(f, "interpersonal-deficits").score).toBe(0);
    expect(f.focus.primary).toBe("grief");
  });

  it("the undated loss does not count as a close tie", () => {
    const f = formulateCase({ relationships: [...threeFriends(), mum()] });
    expect(area(f, "interpersonal-deficits").evidence).toEqual([]);
  });
});
