/**
 * Helpers for the plan tests: the sample cases, small cases built from partial input, and
 * formulations re-focused on another area (to reach every branch of the area details
 * without depending on the scoring weights).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Case, decodeCase, type Formulation, formulate, RULES } from "ipt-formulation";
import type { PlanOptions } from "ipt-formulation/plan";
import { ES } from "ipt-formulation/plan/es";
import { DEFAULT_LOCALES, type LocaleTable, registerLocale } from "ipt-formulation/plan/text";

/**
 * The built-in (English) locale table with the Spanish locale of `ipt-formulation/plan/es`
 * added, as an app that writes Spanish builds it.
 */
export const LOCALES: LocaleTable = registerLocale(DEFAULT_LOCALES, ES);

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Decode a case or fail the test. */
export const decoded = (input: unknown): Case => {
  const r = decodeCase(input);
  if (r._tag === "Left") throw new Error(`case does not decode: ${JSON.stringify(r.left.issues)}`);
  return r.right;
};

/** The sample cases of tests/fixtures, by name without `.json`, in name order. */
export const SAMPLES: ReadonlyMap<string, Case> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [
      f.replace(/\.json$/, ""),
      decoded(JSON.parse(readFileSync(`${dir}${f}`, "utf8"))),
    ]),
);

export const sample = (name: string): Case => {
  const c = SAMPLES.get(name);
  if (c === undefined) throw new Error(`no sample ${name}`);
  return c;
};

/** A case from the parts given, on top of a minimal valid case (assessed 2026-01-12, onset 2025-10). */
export const caseOf = (parts: Record<string, unknown>): Case =>
  decoded({
    format: "ipt-case/1",
    assessedOn: "2026-01-12",
    episode: { onset: "2025-10" },
    relationships: [],
    lifeEvents: [],
    ...parts,
  });

/** A formulation with another focus (the evidence is left as it is). */
export const refocus = (
  f: Formulation,
  primary: Formulation["focus"]["primary"],
  secondary?: Formulation["focus"]["primary"],
): Formulation => ({
  ...f,
  focus: secondary === undefined ? { primary } : { primary, secondary },
});

/** A formulation with extra flags. */
export const withFlags = (f: Formulation, flags: Formulation["flags"]): Formulation => ({
  ...f,
  flags: [...flags, ...f.flags],
});

/** Formulate a case. */
export const formulated = (c: Case): Formulation => formulate(c);

/** A case with a PHQ-9 whose item 9 is positive (the `suicide-risk` flag). */
export const suicidalCase = (parts: Record<string, unknown> = {}): Case =>
  caseOf({
    measures: [
      { instrument: "phq-9", administeredOn: "2026-01-12", items: [2, 2, 2, 2, 1, 2, 1, 1, 2] },
    ],
    ...parts,
  });

/** A plan to render: a case, its (possibly re-focused) formulation, and plan options. */
export interface Scenario {
  readonly name: string;
  readonly c: Case;
  readonly f: Formulation;
  readonly options?: PlanOptions;
}

const scenario = (
  name: string,
  c: Case,
  options?: PlanOptions,
  f: Formulation = formulate(c),
): Scenario => (options === undefined ? { name, c, f } : { name, c, f, options });

const SISTER = (disputeStage?: string): Record<string, unknown> => ({
  id: "s",
  label: "Sister",
  role: "sibling",
  circle: "inner",
  status: "active",
  conflict: 4,
  conflictSince: "2025-08",
  expectationsReciprocal: false,
  ...(disputeStage === undefined ? {} : { disputeStage }),
});

/** An estranged partner in a dispute in dissolution (a transition out of the relationship). */
export const DISSOLVED_PARTNER = {
  id: "p",
  label: "Partner P.",
  role: "partner",
  circle: "inner",
  status: "estranged",
  conflict: 4,
  disputeStage: "dissolution",
  conflictSince: "2025-08",
} as const;

/**
 * One scenario per format, per branch of the area details, and per caution: together with the
 * samples (tests/plan/golden.test.ts), every message of the plan is rendered at least once.
 */
export const scenarios = (): readonly Scenario[] => {
  const empty = caseOf({});
  const teen = suicidalCase({ id: "teen-1", population: "adolescent" });
  const dissolved = caseOf({
    relationships: [DISSOLVED_PARTNER],
  });
  const deadFather = caseOf({
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
  const prolonged = caseOf({
    population: "older-adult",
    condition: "persistent-depression",
    relationships: [{ id: "m", label: "Mum", role: "parent", circle: "inner", status: "deceased" }],
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
  const noStage = caseOf({ relationships: [SISTER()] });
  return [
    scenario("brief", sample("grief-mother"), { format: "brief" }),
    scenario("adolescent-urgent", teen, { parentSessions: 3, sessions: 14 }),
    scenario("group-adult-adjusted", sample("dispute-partner"), { format: "group", sessions: 20 }),
    scenario("group-adolescent", caseOf({ population: "adolescent" }), { format: "group" }),
    scenario("counselling", sample("transition-job-loss"), { format: "counselling", sessions: 4 }),
    scenario("maintenance-bipolar", caseOf({ condition: "bipolar" }), {
      format: "maintenance",
      sessions: 5,
    }),
    scenario(
      "pregnancy-loss",
      caseOf({
        population: "perinatal",
        lifeEvents: [
          { id: "pl", kind: "pregnancy-loss", date: "2025-09", distress: 4, adjusted: false },
        ],
      }),
    ),
    scenario(
      "grief-unnamed",
      caseOf({
        condition: "ptsd",
        lifeEvents: [{ id: "d", kind: "death", date: "2025-09", distress: 4, adjusted: false }],
      }),
    ),
    scenario("grief-no-date", deadFather),
    scenario("grief-prolonged", prolonged),
    scenario("grief-unknown", empty, undefined, refocus(formulate(empty), "grief")),
    scenario("dispute-unknown", empty, undefined, refocus(formulate(empty), "role-dispute")),
    scenario("dispute-no-stage", noStage, undefined, refocus(formulate(noStage), "role-dispute")),
    ...(["renegotiation", "impasse", "dissolution"] as const).map((stage) => {
      const c = caseOf({ relationships: [SISTER(stage)] });
      return scenario(`dispute-${stage}`, c, undefined, refocus(formulate(c), "role-dispute"));
    }),
    scenario(
      "transition-dissolution",
      dissolved,
      undefined,
      refocus(formulate(dissolved), "role-transition", "grief"),
    ),
    scenario("transition-unknown", empty, undefined, refocus(formulate(empty), "role-transition")),
    scenario(
      "cautions",
      caseOf({ episode: {}, condition: "anxiety" }),
      undefined,
      withFlags(refocus(formulate(caseOf({ episode: {} })), "interpersonal-deficits"), [
        { code: "close-call", severity: "info", message: "close" },
        { code: "no-clear-focus", severity: "info", message: "none" },
      ]),
    ),
  ];
};

type Evidence = Formulation["areas"][number]["evidence"][number];

/** A piece of evidence for an area, from the first rule of that area (the fields the plan does not read are left empty). */
export const evidence = (
  area: Formulation["focus"]["primary"],
  source: Evidence["source"],
  contribution = 0.5,
  effect: Evidence["effect"] = "add",
): Evidence => ({
  rule: RULES.find((r) => r.area === area)?.id ?? RULES[0].id,
  area,
  effect,
  contribution,
  factors: {},
  source,
  explanation: "",
  citations: [],
});

/** A formulation focused on `area`, whose only scored area is that one with the evidence given, in order. */
export const withEvidence = (
  f: Formulation,
  area: Formulation["focus"]["primary"],
  trail: readonly Evidence[],
): Formulation => ({
  ...refocus(f, area),
  areas: [{ area, score: 0.5, rank: 1, evidence: trail }],
});
