/**
 * Seeded synthetic cohorts: valid, clinically plausible `ipt-case/1` cases for demos,
 * benchmarks, teaching and method checks. Never real patients, and marked as such.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  ACCESSORY_GRIEF_SIGNS,
  type CaseInput,
  type Circle,
  type Condition,
  type ContactFrequency,
  type GriefSign,
  type LifeEventKind,
  type Population,
  PROBLEM_AREAS,
  type ProblemArea,
  RELATIONSHIP_ROLE_LABELS,
  type RelationshipRole,
} from "ipt-formulation";
import { fail } from "./internal/fail.js";
import { createRng, isSeed, MAX_SEED, mix32, type Rng } from "./internal/random.js";
import type { ResearchError } from "./researchError.js";

// ---------------------------------------------------------------------------------------
// model
// ---------------------------------------------------------------------------------------

/**
 * The relative frequency of each generating pattern (the problem area a synthetic case is
 * built around). Weights need not sum to 1; an area left out weighs 0.
 *
 * @category Synthetic cohorts
 */
export type PatternMix = Readonly<Partial<Record<ProblemArea, number>>>;

/**
 * The default pattern mix: role transition 40%, role dispute 30%, grief 20%, interpersonal
 * deficits 10%.
 *
 * A design choice, roughly after the distribution of problem areas in the Maintenance
 * Therapies in Late-Life Depression study (MTLLD; Miller et al.: transition 41%, disputes
 * 34.5%, grief 23%, deficits about 1–2% of the first 127 of 180 patients aged 60 and over).
 * Deficits are raised to 10% because general adult outpatient samples see them more often
 * than MTLLD's late-life sample ("relatively infrequent", Markowitz & Weissman 2004) and so
 * that a cohort has enough of them to analyse. Not an epidemiological estimate.
 *
 * @category Synthetic cohorts
 * @see Miller, M. D. et al. Interpersonal psychotherapy for late-life depression: past, present and future (MTLLD problem areas). PMC3330480.
 */
export const DEFAULT_PATTERN_MIX: Readonly<Record<ProblemArea, number>> = Object.freeze({
  "role-transition": 0.4,
  "role-dispute": 0.3,
  grief: 0.2,
  "interpersonal-deficits": 0.1,
});

/** The id prefix of every synthetic case. @category Synthetic cohorts */
export const SYNTHETIC_ID_PREFIX = "synthetic-";

/** The most cases one call generates. @category Synthetic cohorts */
export const MAX_SYNTHETIC_COUNT = 100_000_000;

/**
 * Options of {@link synthesizeCases} and {@link synthesizeCase}.
 *
 * @category Synthetic cohorts
 */
export interface SynthesizeOptions {
  /** The seed, an integer in 0..4,294,967,295. Same seed, same cases. */
  readonly seed: number;
  /** The pattern mix (default {@link DEFAULT_PATTERN_MIX}); replaces the default entirely. */
  readonly mix?: PatternMix;
}

/**
 * Options of {@link synthesizeCases}.
 *
 * @category Synthetic cohorts
 */
export interface SynthesizeCohortOptions extends SynthesizeOptions {
  /** How many cases, 0..100,000,000. */
  readonly count: number;
}

/**
 * One synthetic case with the pattern it was built around (the "intended" area, e.g. to
 * check how often the scoring model recovers it).
 *
 * @category Synthetic cohorts
 */
export interface SyntheticCase {
  /** The 0-based position in the cohort; the id is `synthetic-` and `index + 1` in six digits. */
  readonly index: number;
  readonly pattern: ProblemArea;
  /** A valid `ipt-case/1` case (it decodes with `decodeCase`), plain JSON data. */
  readonly case: CaseInput;
}

// ---------------------------------------------------------------------------------------
// dates (day numbers since 1970-01-01, UTC; no clock)
// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.2425 / 12;
const ASSESSED_FROM = Date.UTC(2021, 0, 1) / DAY_MS;
const ASSESSED_TO = Date.UTC(2025, 11, 31) / DAY_MS;

const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

type Precision = "day" | "month" | "year";

/** A day as a partial date of the given precision; truncation never moves it later. */
const partial = (day: number, precision: Precision): string =>
  isoDay(day).slice(0, precision === "day" ? 10 : precision === "month" ? 7 : 4);

const monthsBefore = (day: number, months: number): number => Math.round(day - months * MONTH_DAYS);

// ---------------------------------------------------------------------------------------
// vocabularies of the generator
// ---------------------------------------------------------------------------------------

type Weighted<T> = readonly [readonly [T, number], ...(readonly [T, number])[]];
type RelationshipInput = CaseInput["relationships"][number];
type LifeEventInput = CaseInput["lifeEvents"][number];
type SocialInput = NonNullable<CaseInput["social"]>;
type MeasureInput = NonNullable<CaseInput["measures"]>[number];

const POPULATION_MIX: Weighted<Population> = [
  ["adult", 0.72],
  ["older-adult", 0.14],
  ["adolescent", 0.1],
  ["perinatal", 0.04],
];

const NETWORK: Readonly<Record<Population, Weighted<RelationshipRole>>> = {
  adult: [
    ["partner", 1],
    ["parent", 2],
    ["sibling", 2],
    ["child", 1],
    ["friend", 3],
    ["colleague", 2],
    ["supervisor", 0.5],
    ["neighbour", 1],
    ["other-relative", 1],
  ],
  "older-adult": [
    ["child", 3],
    ["grandchild", 2],
    ["sibling", 2],
    ["friend", 2],
    ["neighbour", 2],
    ["carer", 0.5],
    ["other-relative", 1],
  ],
  adolescent: [
    ["parent", 2],
    ["sibling", 2],
    ["grandparent", 1],
    ["friend", 3],
    ["classmate", 2],
    ["teacher", 1],
    ["other-relative", 0.5],
  ],
  perinatal: [
    ["parent", 2],
    ["sibling", 2],
    ["friend", 3],
    ["colleague", 1],
    ["other-relative", 1],
  ],
};

const DECEASED: Readonly<Record<Population, Weighted<RelationshipRole>>> = {
  adult: [
    ["parent", 4],
    ["spouse", 1],
    ["sibling", 1],
    ["friend", 1],
    ["grandparent", 1],
    ["child", 0.3],
  ],
  "older-adult": [
    ["spouse", 4],
    ["sibling", 2],
    ["friend", 2],
    ["child", 0.5],
  ],
  adolescent: [
    ["grandparent", 4],
    ["parent", 1],
    ["friend", 1],
    ["sibling", 0.5],
  ],
  perinatal: [
    ["parent", 2],
    ["grandparent", 1],
    ["sibling", 0.5],
  ],
};

const DISPUTANT: Readonly<Record<Population, Weighted<RelationshipRole>>> = {
  adult: [
    ["spouse", 3],
    ["partner", 2],
    ["parent", 1],
    ["sibling", 1],
    ["colleague", 0.5],
    ["supervisor", 0.5],
  ],
  "older-adult": [
    ["spouse", 3],
    ["child", 3],
    ["sibling", 1],
  ],
  adolescent: [
    ["parent", 5],
    ["sibling", 1],
    ["friend", 1],
    ["teacher", 0.5],
  ],
  perinatal: [
    ["partner", 3],
    ["spouse", 2],
    ["parent", 2],
  ],
};

const TRANSITIONS: Readonly<Record<Population, Weighted<LifeEventKind>>> = {
  adult: [
    ["job-loss", 3],
    ["job-start", 1],
    ["promotion", 1],
    ["demotion", 0.5],
    ["separation", 2],
    ["divorce", 1.5],
    ["marriage", 1],
    ["cohabitation", 0.5],
    ["birth", 1],
    ["relocation", 2],
    ["migration", 1],
    ["illness-diagnosis", 2],
    ["caregiving-start", 1],
    ["financial-change", 0.5],
  ],
  "older-adult": [
    ["retirement", 4],
    ["illness-diagnosis", 3],
    ["caregiving-start", 2],
    ["relocation", 2],
    ["disability", 1.5],
    ["child-left-home", 0.5],
    ["caregiving-end", 0.5],
  ],
  adolescent: [
    ["school-change", 3],
    ["relocation", 2],
    ["study-start", 1],
    ["new-relationship", 1],
    ["illness-diagnosis", 1],
    ["migration", 1],
    ["graduation", 0.5],
  ],
  perinatal: [
    ["birth", 5],
    ["pregnancy", 3],
    ["relocation", 1],
    ["cohabitation", 0.5],
    ["job-loss", 0.5],
  ],
};

const CONDITION_MIX: Weighted<Condition> = [
  ["depression", 0.85],
  ["persistent-depression", 0.08],
  ["anxiety", 0.04],
  ["other", 0.03],
];

const CLOSE_ROLES: ReadonlySet<RelationshipRole> = new Set([
  "spouse",
  "partner",
  "parent",
  "child",
]);
const DISTANT_ROLES: ReadonlySet<RelationshipRole> = new Set([
  "colleague",
  "supervisor",
  "neighbour",
  "classmate",
  "teacher",
  "carer",
]);

const circleFor = (rng: Rng, role: RelationshipRole): Circle =>
  CLOSE_ROLES.has(role)
    ? rng.weighted([
        ["inner", 0.8],
        ["middle", 0.2],
      ])
    : DISTANT_ROLES.has(role)
      ? rng.weighted([
          ["outer", 0.7],
          ["middle", 0.3],
        ])
      : rng.weighted([
          ["inner", 0.15],
          ["middle", 0.6],
          ["outer", 0.25],
        ]);

const CONTACT: Readonly<Record<Circle, readonly [ContactFrequency, ContactFrequency]>> = {
  inner: ["daily", "weekly"],
  middle: ["weekly", "monthly"],
  outer: ["monthly", "yearly"],
};

const SUPPORT: Readonly<Record<Circle, readonly [number, number]>> = {
  inner: [2, 4],
  middle: [1, 3],
  outer: [0, 2],
};

type Scale = 0 | 1 | 2 | 3 | 4;
const scale = (rng: Rng, min: number, max: number): Scale => rng.int(min, max) as Scale;

// ---------------------------------------------------------------------------------------
// the builder of one case
// ---------------------------------------------------------------------------------------

/** The mutable draft of one case while it is built; frozen into plain JSON at the end. */
interface Draft {
  readonly rng: Rng;
  readonly population: Population;
  readonly relationships: RelationshipInput[];
  readonly events: LifeEventInput[];
  readonly roleCounts: Map<RelationshipRole, number>;
}

const MAX_RELATIONSHIPS = 15;
const MAX_EVENTS = 6;

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A pseudonymous label from the role: "Friend", then "Friend 2", "Friend 3". */
const labelFor = (d: Draft, role: RelationshipRole): string => {
  const k = (d.roleCounts.get(role) ?? 0) + 1;
  d.roleCounts.set(role, k);
  return k === 1 ? RELATIONSHIP_ROLE_LABELS[role] : `${RELATIONSHIP_ROLE_LABELS[role]} ${k}`;
};

const addPerson = (
  d: Draft,
  role: RelationshipRole,
  fields: Omit<RelationshipInput, "id" | "label" | "role">,
): string => {
  const id = `r${pad2(d.relationships.length + 1)}`;
  d.relationships.push({ id, label: labelFor(d, role), role, ...fields });
  return id;
};

const addEvent = (d: Draft, fields: Omit<LifeEventInput, "id">): void => {
  d.events.push({ id: `e${pad2(d.events.length + 1)}`, ...fields });
};

/** The precision a clinician records an event with: mostly the month. */
const eventPrecision = (rng: Rng): Precision =>
  rng.weighted([
    ["day", 0.35],
    ["month", 0.6],
    ["year", 0.05],
  ]);

/** At most one spouse or partner and two parents: a role already filled is drawn as a friend instead. */
const plausibleRole = (d: Draft, role: RelationshipRole): RelationshipRole => {
  const count = (r: RelationshipRole): number => d.roleCounts.get(r) ?? 0;
  if ((role === "spouse" || role === "partner") && count("spouse") + count("partner") > 0)
    return "friend";
  if (role === "parent" && count("parent") >= 2) return "friend";
  return role;
};

/**
 * A person of the everyday network: mostly active, little conflict. One who has died has a
 * `death` event naming them, as the case format asks: long before onset and mourned, like
 * the other background events (an undated death is grief evidence that would hide the
 * case's pattern). With the events already at their maximum, the person is drawn as
 * `ended` instead.
 */
const addBackgroundPerson = (
  d: Draft,
  drawn: RelationshipRole,
  distantOnly: boolean,
  refDay: number,
): void => {
  const { rng } = d;
  const role = plausibleRole(d, drawn);
  const circle: Circle = distantOnly
    ? rng.weighted([
        ["middle", 0.3],
        ["outer", 0.7],
      ])
    : circleFor(rng, role);
  const drawnStatus = rng.weighted([
    ["active", 0.88],
    ["ended", 0.06],
    ["estranged", 0.04],
    ["deceased", 0.02],
  ] as const);
  const status =
    drawnStatus === "deceased" && d.events.length >= MAX_EVENTS ? "ended" : drawnStatus;
  const [often, seldom] = CONTACT[circle];
  const [lo, hi] = SUPPORT[circle];
  const id = addPerson(d, role, {
    circle,
    status,
    ...(status === "active" ? { contact: rng.chance(0.6) ? often : seldom } : { contact: "none" }),
    ...(status === "deceased" ? {} : { support: scale(rng, lo, hi) }),
    ...(status === "deceased"
      ? {}
      : {
          conflict: rng.weighted([
            [0, 0.6],
            [1, 0.3],
            [2, 0.1],
          ] as const),
        }),
  });
  if (status === "deceased")
    addEvent(d, {
      kind: "death",
      date: partial(monthsBefore(refDay, rng.int(24, 120)), rng.chance(0.4) ? "year" : "month"),
      relationshipIds: [id],
      distress: scale(rng, 0, 2),
      adjusted: true,
    });
};

/** Old, adjusted events long before the episode: the ordinary history of a life. */
const addBackgroundEvent = (d: Draft, refDay: number): void => {
  const { rng } = d;
  const kind = rng.weighted(TRANSITIONS[d.population]);
  const day = monthsBefore(refDay, rng.int(24, 120));
  addEvent(d, {
    kind,
    date: partial(day, rng.chance(0.4) ? "year" : "month"),
    distress: scale(rng, 0, 2),
    adjusted: rng.chance(0.85),
  });
};

const addGrief = (d: Draft, onsetDay: number, assessedDay: number): void => {
  const { rng } = d;
  if (d.population === "perinatal" && rng.chance(0.6)) {
    addEvent(d, {
      kind: "pregnancy-loss",
      date: partial(monthsBefore(onsetDay, rng.int(0, 3)), eventPrecision(rng)),
      distress: scale(rng, 3, 4),
      adjusted: false,
    });
    return;
  }
  const role = rng.weighted(DECEASED[d.population]);
  const person = addPerson(d, role, {
    circle: rng.chance(0.7) ? "inner" : "middle",
    status: "deceased",
    contact: "none",
  });
  if (rng.chance(0.2)) {
    // An older loss with the signs of prolonged grief (past the 12-month criterion).
    const latest = Math.min(monthsBefore(onsetDay, 1), monthsBefore(assessedDay, 14));
    const signs: GriefSign[] = [
      rng.chance(0.7) ? "yearning" : "preoccupation",
      ...shuffled(rng, ACCESSORY_GRIEF_SIGNS).slice(0, rng.int(3, 6)),
    ];
    addEvent(d, {
      kind: "death",
      date: partial(monthsBefore(latest, rng.int(0, 12)), eventPrecision(rng)),
      relationshipIds: [person],
      distress: scale(rng, 3, 4),
      adjusted: false,
      griefSigns: signs,
    });
    return;
  }
  addEvent(d, {
    kind: "death",
    date: partial(monthsBefore(onsetDay, rng.int(0, 4)), eventPrecision(rng)),
    relationshipIds: [person],
    distress: scale(rng, 3, 4),
    ...(rng.chance(0.9) ? { adjusted: false } : {}),
  });
};

const addDispute = (d: Draft, onsetDay: number): void => {
  const { rng } = d;
  const role = rng.weighted(DISPUTANT[d.population]);
  const chronic = rng.chance(0.2);
  const since = monthsBefore(onsetDay, chronic ? rng.int(24, 60) : rng.int(1, 12));
  addPerson(d, role, {
    circle: rng.chance(0.8) ? "inner" : "middle",
    status: rng.chance(0.9) ? "active" : "estranged",
    contact: rng.chance(0.7) ? "daily" : "weekly",
    support: scale(rng, 0, 2),
    conflict: scale(rng, 3, 4),
    conflictSince: partial(since, rng.chance(0.7) ? "month" : "day"),
    ...(rng.chance(0.85) ? { expectationsReciprocal: false } : {}),
    disputeStage: rng.weighted([
      ["impasse", 0.5],
      ["renegotiation", 0.4],
      ["dissolution", 0.1],
    ] as const),
  });
};

/** The person a transition involves, if any: a new baby, a former partner, the person cared for, a child leaving. */
const transitionPerson = (d: Draft, kind: LifeEventKind): string | undefined => {
  const { rng } = d;
  switch (kind) {
    case "birth":
      return addPerson(d, "child", { circle: "inner", status: "active", contact: "daily" });
    case "separation":
    case "divorce":
      return addPerson(d, "ex-partner", {
        circle: "middle",
        status: "ended",
        contact: "monthly",
        conflict: scale(rng, 0, 1),
      });
    case "caregiving-start":
      return addPerson(d, d.population === "older-adult" ? "spouse" : "parent", {
        circle: "inner",
        status: "active",
        contact: "daily",
        support: scale(rng, 0, 2),
      });
    case "child-left-home":
      return addPerson(d, "child", { circle: "inner", status: "active", contact: "monthly" });
    default:
      return undefined;
  }
};

const addTransition = (d: Draft, onsetDay: number): void => {
  const { rng } = d;
  const kind = rng.weighted(TRANSITIONS[d.population]);
  const person = transitionPerson(d, kind);
  addEvent(d, {
    kind,
    date: partial(monthsBefore(onsetDay, rng.int(0, 4)), eventPrecision(rng)),
    ...(person === undefined ? {} : { relationshipIds: [person] }),
    distress: scale(rng, 2, 4),
    ...(rng.chance(0.85) ? { adjusted: false } : {}),
  });
};

const socialFor = (rng: Rng, pattern: ProblemArea): SocialInput | undefined => {
  if (pattern === "interpersonal-deficits")
    return {
      ...(rng.chance(0.7) ? { lifelongIsolation: true } : {}),
      loneliness: scale(rng, 3, 4),
      communicationDifficulty: scale(rng, 2, 4),
      rejectionSensitivity: scale(rng, 1, 4),
    };
  if (rng.chance(0.5)) return undefined;
  return {
    loneliness: scale(rng, 0, 2),
    communicationDifficulty: scale(rng, 0, 1),
    rejectionSensitivity: scale(rng, 0, 2),
  };
};

/** A PHQ-9 on the assessment day: a severity level, items around it, item 9 endorsed in about 15%. */
const phq9 = (rng: Rng, assessedOn: string): MeasureInput => {
  const mean = rng.weighted([
    [0.8, 0.25],
    [1.4, 0.4],
    [1.9, 0.25],
    [2.4, 0.1],
  ] as const);
  const item = (): number => Math.min(3, Math.max(0, Math.round(mean + rng.next() * 2 - 1)));
  const items = Array.from({ length: 8 }, item);
  return {
    instrument: "phq-9",
    administeredOn: assessedOn,
    items: [...items, rng.chance(0.15) ? rng.int(1, 2) : 0],
  };
};

function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Draw the number of relationships: 3 + Binomial(12, p), so 3..15. */
const networkSize = (rng: Rng, p: number): number => {
  let n = 3;
  for (let i = 0; i < 12; i++) if (rng.chance(p)) n += 1;
  return n;
};

/** Build case `index` of the cohort `seed` with a checked mix. */
const buildCase = (seed: number, index: number, mix: Weighted<ProblemArea>): SyntheticCase => {
  const rng = createRng(mix32(seed, index));
  const pattern = rng.weighted(mix);
  const population = rng.weighted(POPULATION_MIX);
  const deficits = pattern === "interpersonal-deficits";
  const condition: Condition =
    deficits && rng.chance(0.3) ? "persistent-depression" : rng.weighted(CONDITION_MIX);
  const assessedDay = rng.int(ASSESSED_FROM, ASSESSED_TO);
  const assessedOn = isoDay(assessedDay);
  const onsetKnown = rng.chance(0.92);
  const onsetDay = monthsBefore(assessedDay, rng.int(1, 18));
  const d: Draft = { rng, population, relationships: [], events: [], roleCounts: new Map() };

  if (pattern === "grief") addGrief(d, onsetDay, assessedDay);
  else if (pattern === "role-dispute") addDispute(d, onsetDay);
  else if (pattern === "role-transition") addTransition(d, onsetDay);

  const size = Math.max(d.relationships.length, networkSize(rng, deficits ? 0.1 : 0.33));
  while (d.relationships.length < Math.min(size, MAX_RELATIONSHIPS))
    addBackgroundPerson(
      d,
      rng.weighted(NETWORK[population]),
      deficits && rng.chance(0.8),
      onsetDay,
    );

  const background = rng.weighted([
    [0, 0.35],
    [1, 0.35],
    [2, 0.2],
    [3, 0.1],
  ] as const);
  for (let i = 0; i < background && d.events.length < MAX_EVENTS; i++)
    addBackgroundEvent(d, onsetDay);

  const social = socialFor(rng, pattern);
  const priorEpisodes = rng.weighted([
    [0, 0.4],
    [1, 0.25],
    [rng.int(2, 4), 0.25],
    [rng.int(5, 8), 0.1],
  ] as const);
  const episode = {
    ...(onsetKnown ? { onset: partial(onsetDay, rng.chance(0.7) ? "month" : "day") } : {}),
    ...(rng.chance(0.8) ? { priorEpisodes } : {}),
  };
  const measures = rng.chance(0.65) ? [phq9(rng, assessedOn)] : [];
  const c: CaseInput = {
    format: "ipt-case/1",
    id: `${SYNTHETIC_ID_PREFIX}${String(index + 1).padStart(6, "0")}`,
    assessedOn,
    population,
    condition,
    episode,
    relationships: d.relationships,
    lifeEvents: d.events,
    ...(social === undefined ? {} : { social }),
    measures,
  };
  return { index, pattern, case: c };
};

// ---------------------------------------------------------------------------------------
// options
// ---------------------------------------------------------------------------------------

const checkSeedAndMix = (
  o: SynthesizeOptions,
): E.Either<ResearchError, { seed: number; mix: Weighted<ProblemArea> }> => {
  if (!isSeed(o.seed))
    return fail("invalid-option", "options.seed", `seed must be an integer from 0 to ${MAX_SEED}`);
  const given: PatternMix = o.mix ?? DEFAULT_PATTERN_MIX;
  const known: ReadonlySet<string> = new Set(PROBLEM_AREAS);
  for (const key of Object.keys(given))
    if (!known.has(key))
      return fail("invalid-option", "options.mix", "mix may only name the four problem areas");
  const entries = PROBLEM_AREAS.map((a) => [a, given[a] ?? 0] as const);
  for (const [area, w] of entries)
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0)
      return fail(
        "invalid-option",
        `options.mix.${area}`,
        "a mix weight must be a finite number of at least 0",
      );
  const live = entries.filter(([, w]) => w > 0);
  if (live.length === 0)
    return fail("invalid-option", "options.mix", "at least one mix weight must be above 0");
  return E.right({ seed: o.seed, mix: live as unknown as Weighted<ProblemArea> });
};

// ---------------------------------------------------------------------------------------
// generators
// ---------------------------------------------------------------------------------------

/**
 * Synthetic case number `index` of the cohort with this seed, with the pattern it was
 * built around. Case `index` is the same whatever the cohort's size, so cases can be made
 * one at a time, in any order, or in parallel. See {@link synthesizeCases} for the
 * distributions.
 *
 * @param index - the 0-based position, a non-negative integer
 * @param options - `seed` and optionally `mix`
 * @returns the case and its pattern, or a `ResearchError` (`invalid-option`)
 *
 * @example
 * // The first case of cohort 42, and the area it was built around
 * const s = synthesizeCase(0, { seed: 42 });
 * [s.right.case.id, s.right.pattern]
 * //=> ["synthetic-000001", "role-transition"]
 *
 * @category Synthetic cohorts
 */
export function synthesizeCase(
  index: number,
  options: SynthesizeOptions,
): E.Either<ResearchError, SyntheticCase> {
  if (!Number.isSafeInteger(index) || index < 0)
    return fail("invalid-option", "index", "index must be a non-negative integer");
  const checked = checkSeedAndMix(options);
  if (E.isLeft(checked)) return checked;
  return E.right(buildCase(checked.right.seed, index, checked.right.mix));
}

/**
 * A seeded synthetic cohort of valid `ipt-case/1` cases, generated lazily.
 *
 * Every case decodes with `decodeCase` and is marked synthetic by its id,
 * `synthetic-000001`, `synthetic-000002`, …. Pure: the same seed and mix give the same
 * cases, byte for byte once serialised, in any runtime; case `i` depends only on the seed,
 * the mix and `i` (its own mulberry32 stream, seeded from both), not on `count`. The
 * result can be iterated more than once and yields the same cases each time; nothing is
 * held in memory.
 *
 * The distributions, all design choices for plausible adult outpatient IPT cases (not
 * estimates from data):
 *
 * - **Pattern**: {@link DEFAULT_PATTERN_MIX} (transition 40%, dispute 30%, grief 20%,
 *   deficits 10%, after the MTLLD distribution), or `mix`.
 * - **Population**: adult 72%, older adult 14%, adolescent 10%, perinatal 4%; roles, losses,
 *   disputes and life changes are drawn from lists suited to each (retirement for older
 *   adults, school change for adolescents, birth for perinatal cases).
 * - **Condition**: depression 85%, persistent depression 8%, anxiety 4%, other 3% (persistent
 *   depression more often with deficits).
 * - **Dates**: `assessedOn` uniform over 2021-01-01..2025-12-31; onset 1–18 months before it,
 *   unknown in 8% (the `onset-unknown` flag); the triggering event 0–4 months before onset;
 *   background events 2–10 years before onset. Partial dates (month or year) are used as
 *   clinicians record them. No date is after `assessedOn`.
 * - **Grief**: the death of an inner- or middle-circle person near onset, not mourned; 20% an
 *   older loss (14+ months before assessment) with a core and 3–6 other prolonged-grief
 *   signs; perinatal: a pregnancy loss in 60%.
 * - **Dispute**: a close person with conflict 3–4 since 1–12 months before onset (20% chronic,
 *   2–5 years), non-reciprocal expectations in 85%, impasse 50% / renegotiation 40% /
 *   dissolution 10%.
 * - **Transition**: a life change near onset, distress 2–4, not adapted to in 85%, with the
 *   person it involves (a new baby, a former partner, the person cared for).
 * - **Deficits**: no acute trigger; a smaller, more distant network; loneliness 3–4,
 *   communication difficulty 2–4, lifelong isolation in 70%.
 * - **Sizes**: 3–15 relationships (3 + Binomial(12, 0.33), mean 7; 3 + Binomial(12, 0.1)
 *   for deficits); 0–6 life events (the trigger, the death of each background person who
 *   has died, and 0–3 background events).
 * - **Background**: people mostly active with little conflict; 2% have died, each with a
 *   `death` event 2–10 years before onset, mourned (no undated deaths: see the
 *   `death-undated` flag).
 * - **Measures**: a PHQ-9 on the assessment day in 65%, item 9 endorsed in about 15%.
 *
 * @param options - `count` (0..100,000,000), `seed` (0..4,294,967,295), optional `mix`
 * @returns an iterable of case inputs, or a `ResearchError` (`invalid-option`)
 *
 * @example
 * // Three cases, always the same for seed 42
 * [...synthesizeCases({ count: 3, seed: 42 }).right].map((c) => c.id)
 * //=> ["synthetic-000001", "synthetic-000002", "synthetic-000003"]
 *
 * @example
 * // Formulate a synthetic cohort and summarise it
 * summarizeCohort(formulateMany(synthesizeCases({ count: 1000, seed: 1 }).right))
 *
 * @example
 * // Only grief and disputes
 * synthesizeCases({ count: 100, seed: 1, mix: { grief: 1, "role-dispute": 1 } })
 *
 * @category Synthetic cohorts
 * @see Miller, M. D. et al. (MTLLD): problem areas of 127 patients aged 60 and over, PMC3330480.
 */
export function synthesizeCases(
  options: SynthesizeCohortOptions,
): E.Either<ResearchError, Iterable<CaseInput>> {
  const { count } = options;
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_SYNTHETIC_COUNT)
    return fail(
      "invalid-option",
      "options.count",
      `count must be an integer from 0 to ${MAX_SYNTHETIC_COUNT}`,
    );
  const checked = checkSeedAndMix(options);
  if (E.isLeft(checked)) return checked;
  const { seed, mix } = checked.right;
  return E.right({
    *[Symbol.iterator](): Generator<CaseInput, void, undefined> {
      for (let i = 0; i < count; i++) yield buildCase(seed, i, mix).case;
    },
  });
}
