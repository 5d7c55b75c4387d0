/**
 * The distributions a synthetic case is drawn from: dates as day numbers (no clock), and the
 * generator's weighted vocabularies (populations, networks, losses, disputes, transitions,
 * circles, contact and support). Mostly one set of tables.
 *
 * @module
 */
import type {
  CaseInput,
  Circle,
  Condition,
  ContactFrequency,
  LifeEventKind,
  Population,
  RelationshipRole,
} from "ipt-formulation";
import type { Rng } from "./internal/random.js";

// ---------------------------------------------------------------------------------------
// dates (day numbers since 1970-01-01, UTC; no clock)
// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.2425 / 12;
export const ASSESSED_FROM = Date.UTC(2021, 0, 1) / DAY_MS;
export const ASSESSED_TO = Date.UTC(2025, 11, 31) / DAY_MS;

export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export type Precision = "day" | "month" | "year";

/** A day as a partial date of the given precision; truncation never moves it later. */
export const partial = (day: number, precision: Precision): string =>
  isoDay(day).slice(0, precision === "day" ? 10 : precision === "month" ? 7 : 4);

export const monthsBefore = (day: number, months: number): number =>
  Math.round(day - months * MONTH_DAYS);

// ---------------------------------------------------------------------------------------
// vocabularies of the generator
// ---------------------------------------------------------------------------------------

export type Weighted<T> = readonly [readonly [T, number], ...(readonly [T, number])[]];
export type RelationshipInput = CaseInput["relationships"][number];
export type LifeEventInput = CaseInput["lifeEvents"][number];
export type SocialInput = NonNullable<CaseInput["social"]>;
export type MeasureInput = NonNullable<CaseInput["measures"]>[number];

export const POPULATION_MIX: Weighted<Population> = [
  ["adult", 0.72],
  ["older-adult", 0.14],
  ["adolescent", 0.1],
  ["perinatal", 0.04],
];

export const NETWORK: Readonly<Record<Population, Weighted<RelationshipRole>>> = {
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

export const DECEASED: Readonly<Record<Population, Weighted<RelationshipRole>>> = {
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

export const DISPUTANT: Readonly<Record<Population, Weighted<RelationshipRole>>> = {
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

export const TRANSITIONS: Readonly<Record<Population, Weighted<LifeEventKind>>> = {
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

export const CONDITION_MIX: Weighted<Condition> = [
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

export const circleFor = (rng: Rng, role: RelationshipRole): Circle =>
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

export const CONTACT: Readonly<Record<Circle, readonly [ContactFrequency, ContactFrequency]>> = {
  inner: ["daily", "weekly"],
  middle: ["weekly", "monthly"],
  outer: ["monthly", "yearly"],
};

export const SUPPORT: Readonly<Record<Circle, readonly [number, number]>> = {
  inner: [2, 4],
  middle: [1, 3],
  outer: [0, 2],
};

type Scale = 0 | 1 | 2 | 3 | 4;
export const scale = (rng: Rng, min: number, max: number): Scale => rng.int(min, max) as Scale;
