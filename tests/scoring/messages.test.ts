/**
 * Every number a flag message or an evidence explanation states for a model parameter or an
 * instrument threshold is the value of the model or instrument that produced it (#22): cases
 * that raise each flag and each rule with such a number are formulated under perturbed
 * models, and each message is read back against the model's parameters.
 */
import {
  ACCESSORY_GRIEF_SIGNS,
  type Case,
  type CaseInput,
  DEFAULT_MODEL,
  type Formulation,
  formulate,
  type ScoringModel,
} from "ipt-formulation";
import {
  DEFAULT_REGISTRY,
  type InstrumentRegistry,
  PG13R,
  PHQ9,
  registerInstrument,
} from "ipt-formulation/measures";
import { perturbModels } from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { sample } from "./fixtures.js";
import { area, build, ev, model, PGD_SIGNS, pg13, pgItems, rel, threeFriends } from "./support.js";

// -------------------------------------------------------------------------------------
// models
// -------------------------------------------------------------------------------------

const perturbed = (): readonly ScoringModel[] => {
  const r = perturbModels({ seed: 22, runs: 4, epsilon: 0.3 });
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left));
  return r.right.models;
};

/** The default model, hand-picked overrides of each parameter a message states, and seeded perturbations. */
const models = (): readonly [string, ScoringModel][] => [
  ["the default model", DEFAULT_MODEL],
  ["a shorter grief time", model({ grief: { adultMonths: 3, adolescentMonths: 2 } })],
  ["a longer grief time", model({ grief: { adultMonths: 18, adolescentMonths: 9 } })],
  ["a one-month grief time", model({ grief: { adultMonths: 1, adolescentMonths: 1 } })],
  [
    "a wider focus and a higher exclusion threshold",
    model({
      focus: { margin: 0.3, minScore: 0.5 },
      deficits: { exclusionThreshold: 0.55, closeTiesExpected: 5 },
    }),
  ],
  [
    "a narrower focus and a lower exclusion threshold",
    model({
      focus: { margin: 0.1, minScore: 0.1 },
      deficits: { exclusionThreshold: 0.2, closeTiesExpected: 2 },
    }),
  ],
  ...perturbed().map((m, i): [string, ScoringModel] => [`perturbed model ${i + 1} (seed 22)`, m]),
];

// -------------------------------------------------------------------------------------
// reading numbers back
// -------------------------------------------------------------------------------------

const NUMBER = String.raw`(\d+(?:\.\d+)?(?:e-?\d+)?)`;

/**
 * Each phrase in which a message states a model parameter, with the parameter's value for a
 * case under a model. A message may state a parameter only in one of these phrases.
 */
const PHRASES: readonly {
  readonly parameter: string;
  readonly pattern: RegExp;
  readonly value: (m: ScoringModel, c: Case) => number;
}[] = [
  {
    parameter: "grief.adultMonths / grief.adolescentMonths",
    pattern: new RegExp(String.raw`criteria \(${NUMBER} months? or more`, "g"),
    value: (m, c) =>
      c.population === "adolescent" ? m.params.grief.adolescentMonths : m.params.grief.adultMonths,
  },
  {
    parameter: "focus.margin",
    pattern: new RegExp(String.raw`the model's margin \(${NUMBER}\)`, "g"),
    value: (m) => m.params.focus.margin,
  },
  {
    parameter: "focus.minScore",
    pattern: new RegExp(String.raw`the model's minimum score \(${NUMBER}\)`, "g"),
    value: (m) => m.params.focus.minScore,
  },
  {
    parameter: "deficits.exclusionThreshold",
    pattern: new RegExp(`exclusion threshold ${NUMBER}`, "g"),
    value: (m) => m.params.deficits.exclusionThreshold,
  },
  {
    parameter: "deficits.closeTiesExpected",
    pattern: new RegExp(String.raw`\(${NUMBER} or more expected\)`, "g"),
    value: (m) => m.params.deficits.closeTiesExpected,
  },
];

/** Every flag message and evidence explanation of a formulation. */
const messagesOf = (f: Formulation): string[] => [
  ...f.flags.map((x) => x.message),
  ...f.areas.flatMap((a) => a.evidence.map((e) => e.explanation)),
];

/** The numbers a phrase states in a text. */
const stated = (text: string, pattern: RegExp): number[] =>
  [...text.matchAll(pattern)].map((m) => Number(m[1]));

const flagMessage = (f: Formulation, code: string): string | undefined =>
  f.flags.find((x) => x.code === code)?.message;

const explanation = (f: Formulation, rule: string): string | undefined =>
  f.areas.flatMap((a) => a.evidence).find((e) => e.rule === rule)?.explanation;

// -------------------------------------------------------------------------------------
// cases
// -------------------------------------------------------------------------------------

/** A death of the mother `monthsAgo` whole months before the assessment (2026-01-15), with four prolonged grief signs. */
const griefCase = (monthsAgo: number, population: CaseInput["population"] = "adult"): Case => {
  const y = 2026 * 12 + 0 - monthsAgo;
  const date = `${Math.floor(y / 12)}-${String((y % 12) + 1).padStart(2, "0")}-15`;
  return build({
    population,
    relationships: [rel("mum", { label: "Mother", role: "parent", status: "deceased" })],
    lifeEvents: [ev("died", "death", { date, relationshipIds: ["mum"], griefSigns: PGD_SIGNS })],
  });
};

/** Loneliness, no close ties, and an acute area: the deficits rules and the exclusion. */
const deficitsCase = (acute: CaseInput["lifeEvents"]): Case =>
  build({ social: { loneliness: 4 }, lifeEvents: acute });

/** Three close friends and nothing else: no evidence at all. */
const quiet = (): Case => build({ relationships: threeFriends() });

/** Every case of this file: each raises a flag or rule that states a parameter under some model. */
const CASES: readonly [string, Case][] = [
  ["an adult's loss 30 months ago", griefCase(30)],
  ["an adolescent's loss 30 months ago", griefCase(30, "adolescent")],
  ["an adult's loss 5 months ago", griefCase(5)],
  ["the divorce sample", sample("divorce-dispute-and-transition.json")],
  ["a case with three close friends and no event", quiet()],
  ["loneliness beside a recent death", deficitsCase([ev("d", "death")])],
  [
    "loneliness beside a remote relocation",
    deficitsCase([ev("m", "relocation", { date: "2023-06-15" })]),
  ],
  ["loneliness alone", deficitsCase([])],
];

// -------------------------------------------------------------------------------------
// tests
// -------------------------------------------------------------------------------------

describe("numbers in messages come from the model that produced them", () => {
  it.each(models())("under %s, every parameter a message states is the model's value", (_, m) => {
    const met = new Set<string>();
    for (const [, c] of CASES)
      for (const text of messagesOf(formulate(c, m)))
        for (const { parameter, pattern, value } of PHRASES)
          for (const n of stated(text, pattern)) {
            expect(n, text).toBe(value(m, c));
            met.add(parameter);
          }
    // The cases are chosen so that every phrase is met under every model.
    expect([...met].sort()).toEqual(PHRASES.map((x) => x.parameter).sort());
  });

  it.each(models().filter(([, m]) => m.params.grief.adultMonths !== 12))(
    "under %s, no message states the default adult grief time of 12 months",
    (_, m) => {
      for (const [, c] of CASES)
        for (const text of messagesOf(formulate(c, m)))
          expect(text).not.toMatch(/\b12 months or more/);
    },
  );
});

describe("the prolonged-grief flag states the model's time threshold", () => {
  it.each(models())(
    "under %s, an adult's and an adolescent's loss each state their own threshold",
    (_, m) => {
      const { adultMonths, adolescentMonths } = m.params.grief;
      for (const [population, needed] of [
        ["adult", adultMonths],
        ["adolescent", adolescentMonths],
      ] as const) {
        const message = flagMessage(formulate(griefCase(30, population), m), "prolonged-grief");
        expect(message).toBeDefined();
        const unit = needed === 1 ? "month" : "months";
        expect(message).toContain(`(${needed} ${unit} or more, a core sign and 3 or more others)`);
      }
    },
  );

  it.each(models())(
    "under %s, the flag is raised from the model's threshold on, never before it",
    (_, m) => {
      const needed = m.params.grief.adultMonths;
      const after = formulate(griefCase(Math.ceil(needed) + 1), m);
      expect(
        stated(flagMessage(after, "prolonged-grief") ?? "", PHRASES[0]?.pattern as RegExp),
      ).toEqual([needed]);
      if (needed >= 2) {
        const before = formulate(griefCase(Math.floor(needed) - 1), m);
        expect(flagMessage(before, "prolonged-grief")).toBeUndefined();
      }
    },
  );

  it("with grief.adultMonths 3, a loss 5 months ago raises the flag and says 3 months", () => {
    const f = formulate(griefCase(5), model({ grief: { adultMonths: 3 } }));
    expect(flagMessage(f, "prolonged-grief")).toBe(
      "A loss meets the DSM-5-TR prolonged grief time and symptom criteria (3 months or more, a core sign and 3 or more others): assess for prolonged grief disorder.",
    );
  });

  it("the prolonged grief signs explanation counts the other signs out of the vocabulary's", () => {
    const text = explanation(formulate(griefCase(30)), "grief.prolonged-grief-signs");
    expect(text).toContain(`of ${ACCESSORY_GRIEF_SIGNS.length} others`);
  });
});

describe("the focus flags state the model's margin and minimum score", () => {
  it.each(models())(
    "under %s, the close-call flag is raised within the model's margin and states it",
    (_, m) => {
      const f = formulate(sample("divorce-dispute-and-transition.json"), m);
      const [first, second] = f.areas;
      const within =
        (second?.score ?? 0) > 0 &&
        (first?.score ?? 0) - (second?.score ?? 0) <= m.params.focus.margin + 1e-9;
      const message = flagMessage(f, "close-call");
      expect(message !== undefined).toBe(within);
      if (message !== undefined) expect(message).toContain(`(${m.params.focus.margin})`);
    },
  );

  it.each(models())(
    "under %s, a case without evidence raises the no-clear-focus flag with the model's minimum score",
    (_, m) => {
      expect(flagMessage(formulate(quiet(), m), "no-clear-focus")).toContain(
        `the model's minimum score (${m.params.focus.minScore})`,
      );
    },
  );
});

describe("the deficits explanations state the model's threshold and expected ties", () => {
  it.each(models())(
    "under %s, the exclusion of deficits beside a recent death states the model's threshold",
    (_, m) => {
      const e = area(
        formulate(deficitsCase([ev("d", "death")]), m),
        "interpersonal-deficits",
      ).evidence.find((x) => x.rule === "deficits.exclusion");
      expect(e?.explanation).toContain(
        `exclusion threshold ${m.params.deficits.exclusionThreshold}`,
      );
    },
  );

  it.each(models())(
    "under %s, the small-network explanation states the model's expected ties",
    (_, m) => {
      const text = explanation(formulate(deficitsCase([]), m), "deficits.small-network");
      expect(text).toBe(
        `0 close, supportive, active ties in the inner and middle circles (${m.params.deficits.closeTiesExpected} or more expected).`,
      );
    },
  );
});

// -------------------------------------------------------------------------------------
// instruments
// -------------------------------------------------------------------------------------

const registered = (r: ReturnType<typeof registerInstrument>): InstrumentRegistry => {
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};

/** A PG-13-R copy whose caseness begins at 25, and a PHQ-9 copy whose severe band begins at 18. */
const VARIANTS: InstrumentRegistry = registered(
  registerInstrument(
    registered(
      registerInstrument(DEFAULT_REGISTRY, {
        ...PG13R,
        id: "pg-13-r-25",
        bands: [
          { ...(PG13R.bands[0] as (typeof PG13R.bands)[number]), max: 24 },
          { ...(PG13R.bands[1] as (typeof PG13R.bands)[number]), min: 25 },
        ],
      }),
    ),
    {
      ...PHQ9,
      id: "phq-9-18",
      bands: PHQ9.bands.map((b) =>
        b.id === "moderately-severe"
          ? { ...b, max: 17 }
          : b.id === "severe"
            ? { ...b, min: 18 }
            : b,
      ),
    },
  ),
);

const bandMin = (bands: readonly { id: string; min: number }[], id: string): number =>
  bands.find((b) => b.id === id)?.min ?? Number.NaN;

describe("the measure messages state the instrument's thresholds", () => {
  it.each([
    ["PG-13-R", "pg-13-r", bandMin(PG13R.bands, "probable-pgd")],
    ["a PG-13-R whose caseness begins at 25", "pg-13-r-25", 25],
  ])("the grief measure explanation of %s states its cut-off", (_, instrument, cutOff) => {
    const c = build(
      {
        relationships: [rel("mum", { label: "Mother", role: "parent", status: "deceased" })],
        lifeEvents: [ev("died", "death", { relationshipIds: ["mum"] })],
        measures: [{ ...pg13("died", pgItems(3)), instrument }],
      },
      { registry: VARIANTS },
    );
    const text = explanation(formulate(c, DEFAULT_MODEL, { registry: VARIANTS }), "grief.measure");
    expect(text).toContain(`its cut-off (${cutOff})`);
  });

  it.each([
    ["PHQ-9", "phq-9", bandMin(PHQ9.bands, "severe")],
    ["a PHQ-9 whose severe band begins at 18", "phq-9-18", 18],
  ])("the severe-symptoms flag of %s states where its severe band begins", (_, instrument, min) => {
    const c = build(
      {
        measures: [
          { instrument, administeredOn: "2026-01-10", items: [3, 3, 3, 3, 3, 3, 2, 0, 0] },
        ],
      },
      { registry: VARIANTS },
    );
    const message = flagMessage(
      formulate(c, DEFAULT_MODEL, { registry: VARIANTS }),
      "severe-symptoms",
    );
    expect(message).toContain(`(${min} or more)`);
  });
});
