/**
 * Treatment formats as data (session range, default, frequency, sources) and the phase
 * arithmetic that turns a format and a session count into session numbers per phase.
 *
 * ## Phase arithmetic
 *
 * With `n` sessions in the format's main series (inclusive spans):
 *
 * | format | range (default) | pre-group | opening | middle | ending |
 * |---|---|---|---|---|---|
 * | `standard` | 12–16 (12), weekly | – | 1–3 | 4…n−3 | n−2…n |
 * | `brief` | 8 (8), weekly | – | 1–2 | 3…n−2 | n−1…n |
 * | `adolescent` | 12–16 (12), weekly | – | 1–4 | 5…n−4 | n−3…n |
 * | `group` | 8–16 (8), weekly | individual 1 (2 for adolescents) | group 1 | group 2…n−1 | group n |
 * | `counselling` | 3–6 (6), weekly | – | 1 | 2…n−1 | n |
 * | `maintenance` | 3–36 (24), monthly | – | 1 | 2…n−1 | n |
 *
 * Every middle phase has at least one session at the bottom of its range. A requested count
 * outside the range is rounded and clamped to it (the plan records the request).
 *
 * @module
 */
import type { Population } from "ipt-formulation";
import type { PlanSourceKey } from "./sources.js";

// model

/** How often sessions take place. @category Plan */
export type SessionFrequency = "weekly" | "monthly";

/** A session series: the sessions of an individual format, pre-group sessions, or group sessions. @category Plan */
export type SessionSeries = "sessions" | "pre-group" | "group";

/**
 * The treatment formats a plan can use: standard acute IPT, brief IPT (IPT-B), IPT for
 * adolescents (IPT-A), WHO group IPT, interpersonal counselling (IPC), and monthly
 * maintenance IPT (IPT-M).
 *
 * @category Plan
 */
export const PLAN_FORMATS = [
  "standard",
  "brief",
  "adolescent",
  "group",
  "counselling",
  "maintenance",
] as const;
/** A treatment format. @category Plan */
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** A format's session range, default, frequency, and the sources of its dosage and of its phase split. @category Plan */
export interface FormatSpec {
  readonly format: PlanFormat;
  readonly minSessions: number;
  readonly maxSessions: number;
  readonly defaultSessions: number;
  readonly frequency: SessionFrequency;
  /** The series the phases are numbered in: `group` for group IPT, else `sessions`. */
  readonly series: Exclude<SessionSeries, "pre-group">;
  /** Where the dosage comes from. */
  readonly dosageSource: PlanSourceKey;
  /** Where the split into phases comes from. */
  readonly phaseSource: PlanSourceKey;
}

/**
 * The formats as data. See the module documentation for the phase arithmetic.
 *
 * @example
 * // Standard IPT: 12 to 16 weekly sessions, 12 by default
 * FORMAT_SPECS.standard
 * //=> { format: "standard", minSessions: 12, maxSessions: 16, defaultSessions: 12, frequency: "weekly", ... }
 *
 * @category Plan
 */
export const FORMAT_SPECS: Readonly<Record<PlanFormat, FormatSpec>> = {
  standard: {
    format: "standard",
    minSessions: 12,
    maxSessions: 16,
    defaultSessions: 12,
    frequency: "weekly",
    series: "sessions",
    dosageSource: "acutePhases",
    phaseSource: "acutePhases",
  },
  brief: {
    format: "brief",
    minSessions: 8,
    maxSessions: 8,
    defaultSessions: 8,
    frequency: "weekly",
    series: "sessions",
    dosageSource: "briefIpt",
    phaseSource: "briefPhases",
  },
  adolescent: {
    format: "adolescent",
    minSessions: 12,
    maxSessions: 16,
    defaultSessions: 12,
    frequency: "weekly",
    series: "sessions",
    dosageSource: "iptAIndications",
    phaseSource: "iptA",
  },
  group: {
    format: "group",
    minSessions: 8,
    maxSessions: 16,
    defaultSessions: 8,
    frequency: "weekly",
    series: "group",
    dosageSource: "whoGroup",
    phaseSource: "groupPhaseSplit",
  },
  counselling: {
    format: "counselling",
    minSessions: 3,
    maxSessions: 6,
    defaultSessions: 6,
    frequency: "weekly",
    series: "sessions",
    dosageSource: "ipc",
    phaseSource: "ipc",
  },
  maintenance: {
    format: "maintenance",
    minSessions: 3,
    maxSessions: 36,
    defaultSessions: 24,
    frequency: "monthly",
    series: "sessions",
    dosageSource: "maintenance",
    phaseSource: "maintenancePhases",
  },
};

/** A phase of treatment and the sessions it spans. @category Plan */
export type PhaseKind = "pre-group" | "opening" | "middle" | "ending";

/** An inclusive span of session numbers in a series. @category Plan */
export interface SessionSpan {
  readonly series: SessionSeries;
  readonly from: number;
  readonly to: number;
}

/** A phase and its span. @category Plan */
export interface PhaseSpan {
  readonly phase: PhaseKind;
  readonly span: SessionSpan;
}

// constructors

/**
 * The format a case gets when none is asked for: IPT-A for adolescents, standard IPT for
 * everyone else (perinatal cases included: 12 weekly sessions, as in O'Hara et al. 2000).
 *
 * @param population - the case's population
 * @returns the default format
 *
 * @example
 * // Adolescents get IPT-A
 * defaultFormat("adolescent")
 * //=> "adolescent"
 *
 * @example
 * // Perinatal cases get standard IPT
 * defaultFormat("perinatal")
 * //=> "standard"
 *
 * @category Plan
 */
export function defaultFormat(population: Population): PlanFormat {
  return population === "adolescent" ? "adolescent" : "standard";
}

/**
 * The session count used for a format: the request rounded to an integer and clamped to
 * the format's range, or the default when no finite number is given.
 *
 * @param format - the treatment format
 * @param requested - the requested number of sessions, if any
 * @returns a count within the format's range
 *
 * @example
 * // 20 sessions of standard IPT are clamped to 16
 * resolveSessions("standard", 20)
 * //=> 16
 *
 * @example
 * // No request: the default
 * resolveSessions("group")
 * //=> 8
 *
 * @category Plan
 */
export function resolveSessions(format: PlanFormat, requested?: number): number {
  const s = FORMAT_SPECS[format];
  if (requested === undefined || !Number.isFinite(requested)) return s.defaultSessions;
  return Math.min(s.maxSessions, Math.max(s.minSessions, Math.round(requested)));
}

/**
 * The number of individual pre-group sessions of group IPT: one, and a second one with a
 * parent or caregiver for adolescents (Nepal adaptation of WHO group IPT). Other formats
 * have none.
 *
 * @param format - the treatment format
 * @param population - the case's population
 * @returns 0, 1 or 2
 *
 * @example
 * // Group IPT for an adolescent: two pre-group sessions
 * preGroupSessions("group", "adolescent")
 * //=> 2
 *
 * @category Plan
 */
export function preGroupSessions(format: PlanFormat, population: Population): number {
  if (format !== "group") return 0;
  return population === "adolescent" ? 2 : 1;
}

/**
 * The phases of a format with `sessions` sessions, in order, each with its session numbers
 * (see the module documentation for the arithmetic). `sessions` is first brought into the
 * format's range by {@link resolveSessions}.
 *
 * @param format - the treatment format
 * @param sessions - the number of sessions in the main series
 * @param population - the case's population (for group IPT's pre-group sessions; default `adult`)
 * @returns the phases, opening first (pre-group first for group IPT)
 *
 * @example
 * // Standard IPT with 14 sessions
 * phaseSchedule("standard", 14).map((p) => [p.phase, p.span.from, p.span.to])
 * //=> [["opening", 1, 3], ["middle", 4, 11], ["ending", 12, 14]]
 *
 * @example
 * // IPT-A: 4 + 4 + 4
 * phaseSchedule("adolescent", 12).map((p) => [p.span.from, p.span.to])
 * //=> [[1, 4], [5, 8], [9, 12]]
 *
 * @category Plan
 */
export function phaseSchedule(
  format: PlanFormat,
  sessions: number,
  population: Population = "adult",
): readonly PhaseSpan[] {
  const n = resolveSessions(format, sessions);
  const spec = FORMAT_SPECS[format];
  const [opening, ending] = (
    {
      standard: [3, 3],
      brief: [2, 2],
      adolescent: [4, 4],
      group: [1, 1],
      counselling: [1, 1],
      maintenance: [1, 1],
    } as const satisfies Record<PlanFormat, readonly [number, number]>
  )[format];
  const series = spec.series;
  const phases: PhaseSpan[] = [];
  const pre = preGroupSessions(format, population);
  if (pre > 0) phases.push({ phase: "pre-group", span: { series: "pre-group", from: 1, to: pre } });
  phases.push(
    { phase: "opening", span: { series, from: 1, to: opening } },
    { phase: "middle", span: { series, from: opening + 1, to: n - ending } },
    { phase: "ending", span: { series, from: n - ending + 1, to: n } },
  );
  return phases;
}
