/**
 * Case-level helpers for the formulation: every administered measure scored, the flags the
 * measures raise for the case, and the grief evidence of grief instruments.
 *
 * @module
 */
import * as E from "../internal/either.js";
import type { FlagSeverity, Population } from "../model/vocabularies.js";
import type { InstrumentRegistry, MeasureFlagCode } from "./instrument.js";
import { type Administration, compareAdministrations } from "./internal/order.js";
import { measureError } from "./internal/util.js";
import type { MeasureError, MeasureIssue } from "./measureError.js";
import type { LifeEventLike, MeasureLike } from "./measureLike.js";
import type { MeasureScore, ProlongedGriefResult, ScoreRange } from "./measureScore.js";
import { DEFAULT_REGISTRY } from "./registry.js";
import { scoreMeasure } from "./scoreMeasure.js";

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link scoreCaseMeasures} needs from the case besides the measures.
 *
 * @category Measures
 */
export interface CaseMeasureContext {
  /** The case's life events: a measure's `relatesTo` is resolved to its loss date. */
  readonly lifeEvents?: readonly LifeEventLike[] | undefined;
  /** The case population (`adolescent` uses the 6-month grief duration). */
  readonly population?: Population | undefined;
}

/**
 * One measure of a case, scored: its position in `measures` and the score or the error.
 *
 * @category Measures
 */
export interface CaseMeasureScore {
  /** Position in the case's `measures`. */
  readonly index: number;
  readonly instrument: string;
  readonly administeredOn: string;
  /** The score, or the error with paths such as `measures[2].items[8]`. */
  readonly result: E.Either<MeasureError, MeasureScore>;
}

/**
 * One measure that contributed to a case-level flag.
 *
 * @category Measures
 */
export interface MeasureFlagEvidence {
  /** Position in the case's `measures`. */
  readonly measureIndex: number;
  readonly instrument: string;
  readonly administeredOn: string;
  /** 0-based index of the item, for item-level flags. */
  readonly item?: number;
  readonly severity: FlagSeverity;
  readonly message: string;
}

/**
 * A case-level flag raised by the measures: one per code, its severity the highest among
 * the measures that raised it, with every contributing measure as evidence.
 *
 * @category Measures
 */
export interface CaseMeasureFlag {
  readonly code: MeasureFlagCode;
  readonly severity: FlagSeverity;
  readonly message: string;
  /** The sources of the contributing rules, distinct, in evidence order, joined by `; `. */
  readonly source: string;
  readonly evidence: readonly MeasureFlagEvidence[];
}

/**
 * Grief evidence from one grief measure about one loss.
 *
 * @category Measures
 */
export interface GriefMeasureEvidence {
  /** Position in the case's `measures`. */
  readonly measureIndex: number;
  /** The loss the measure is about (`Measure.relatesTo`). */
  readonly lifeEventId: string;
  readonly instrument: string;
  readonly administeredOn: string;
  readonly total: number;
  readonly range: ScoreRange;
  /** The caseness threshold the strength is scaled from (PG-13-R 30, ICG 26). */
  readonly cutOff: number;
  /** In [0, 1]: 0 below the cut-off, 0.5 at it, rising linearly to 1 at the maximum. */
  readonly strength: number;
  /** The categorical result of the measure, where the instrument defines one. */
  readonly prolongedGrief: ProlongedGriefResult["status"] | null;
  /** The rule, in words. */
  readonly rule: string;
  readonly source: string;
}

// -------------------------------------------------------------------------------------
// scoring
// -------------------------------------------------------------------------------------

/** The issue at the case's path of its measure: `items[8]` becomes `measures[2].items[8]`. */
const prefix = (i: number, x: MeasureIssue): MeasureIssue => ({
  ...x,
  path: `measures[${i}]${x.path === "" || x.path.startsWith("[") ? x.path : `.${x.path}`}`,
});

/**
 * Score every measure of a case, in input order, each as an `Either`: one bad measure does
 * not hide the others. Error paths are prefixed with the measure's position
 * (`measures[2].items[8]`); messages, which read after the path, and what was expected are
 * kept. A measure's `relatesTo` is resolved in `context.lifeEvents` to
 * the loss date the prolonged grief duration needs; an unresolved id leaves it unknown.
 *
 * @param measures - the case's measures
 * @param registry - the instruments known (default: {@link DEFAULT_REGISTRY})
 * @param context - the case's life events and population
 * @returns one entry per measure, in input order
 *
 * @example
 * // One good and one unknown instrument
 * scoreCaseMeasures([
 *   { instrument: "phq-9", administeredOn: "2026-01", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
 *   { instrument: "bdi-ii", administeredOn: "2026-01", items: [] },
 * ]).map((s) => E.isRight(s.result))
 * //=> [true, false]
 *
 * @category Measures
 */
export function scoreCaseMeasures(
  measures: readonly MeasureLike[],
  registry: InstrumentRegistry = DEFAULT_REGISTRY,
  context: CaseMeasureContext = {},
): readonly CaseMeasureScore[] {
  // Only grief measures name a loss; most cases need no date lookup at all.
  const dates = measures.some((m) => m.relatesTo !== undefined)
    ? new Map((context.lifeEvents ?? []).map((e) => [e.id, e.date] as const))
    : new Map<string, string>();
  return measures.map((m, index) => {
    const result = scoreMeasure(m, registry, {
      lossDate: m.relatesTo === undefined ? undefined : dates.get(m.relatesTo),
      population: context.population,
    });
    return {
      index,
      instrument: m.instrument,
      administeredOn: m.administeredOn,
      result: E.mapLeft((e: MeasureError) =>
        measureError([
          prefix(index, e.issues[0]),
          ...e.issues.slice(1).map((x) => prefix(index, x)),
        ]),
      )(result),
    };
  });
}

// -------------------------------------------------------------------------------------
// flags
// -------------------------------------------------------------------------------------

const SEVERITY_RANK: Readonly<Record<FlagSeverity, number>> = { urgent: 0, warning: 1, info: 2 };

interface Scored extends Administration {
  readonly score: MeasureScore;
}

const scoredOf = (scored: readonly CaseMeasureScore[]): readonly Scored[] => {
  const out: Scored[] = [];
  for (const s of scored)
    if (E.isRight(s.result)) {
      const score = s.result.right;
      out.push({ index: s.index, administeredOn: score.administeredOn, total: score.total, score });
    }
  return out;
};

/** The latest administration of each instrument (by {@link compareAdministrations}). */
const latestPerInstrument = (xs: readonly Scored[]): readonly Scored[] => {
  const latest = new Map<string, Scored>();
  for (const x of xs) {
    const cur = latest.get(x.score.instrument);
    if (cur === undefined || compareAdministrations(cur, x) < 0) latest.set(x.score.instrument, x);
  }
  return [...latest.values()].sort((a, b) => a.index - b.index);
};

/** One measure's flag, as evidence for the case-level flag, with its source and a short label. */
interface Contribution {
  readonly evidence: MeasureFlagEvidence;
  readonly source: string;
  /** e.g. `PHQ-9 item 9`, or `PHQ-9` for a total-level flag. */
  readonly label: string;
}

const contributions = (xs: readonly Scored[], code: MeasureFlagCode): readonly Contribution[] => {
  const out: Contribution[] = [];
  for (const { index, score } of xs)
    for (const f of score.flags)
      if (f.code === code)
        out.push({
          evidence: {
            measureIndex: index,
            instrument: score.instrument,
            administeredOn: score.administeredOn,
            ...(f.item === undefined ? {} : { item: f.item }),
            severity: f.severity,
            message: f.message,
          },
          source: f.source,
          label:
            f.item === undefined
              ? score.shortName
              : `${score.shortName} item ${f.itemNumber ?? f.item + 1}`,
        });
  return out;
};

const distinct = (xs: readonly string[]): readonly string[] => [...new Set(xs)];

/** One flag from its contributions: the highest severity, one message, every source. */
const combine = (
  code: MeasureFlagCode,
  cs: readonly Contribution[],
  summary: (severity: FlagSeverity, labels: string) => string,
): readonly CaseMeasureFlag[] => {
  const first = cs[0];
  if (first === undefined) return [];
  const severity = cs.reduce<FlagSeverity>(
    (acc, c) =>
      SEVERITY_RANK[c.evidence.severity] < SEVERITY_RANK[acc] ? c.evidence.severity : acc,
    "info",
  );
  const labels = distinct(cs.map((c) => c.label)).join(", ");
  return [
    {
      code,
      severity,
      message: cs.length === 1 ? first.evidence.message : summary(severity, labels),
      source: distinct(cs.map((c) => c.source)).join("; "),
      evidence: cs.map((c) => c.evidence),
    },
  ];
};

/**
 * The case-level flags the measures raise, one per code, urgent first:
 *
 * - `suicide-risk`: from every successfully scored administration with a safety item at its
 *   threshold (PHQ-9 item 9 ≥ 1 and EPDS item 10 ≥ 1 urgent; HAM-D item 3 ≥ 3 urgent, 1–2
 *   warning), even when the total is invalid. Every administration counts, not only the
 *   latest: an earlier endorsement still calls for a check, and the evidence carries its date.
 * - `safety-item-unanswered` (warning): from the latest administration of each instrument
 *   that left a suicide-risk item blank (PHQ-9 item 9, EPDS item 10, HAM-D item 3): a missing
 *   answer is not a "no", and the item should be asked. An earlier blank that a later
 *   administration answered does not count.
 * - `severe-symptoms` (warning): from the latest administration of each depression
 *   instrument whose total reaches its severe band (PHQ-9 ≥ 20, HAM-D-17 ≥ 24); severity is a
 *   current state, so older administrations do not count.
 *
 * Severity is the highest among contributors; evidence lists each contributing measure in
 * input order; the result does not depend on anything else of the input order.
 *
 * @param scored - the output of {@link scoreCaseMeasures}
 * @returns zero to three flags
 *
 * @example
 * // PHQ-9 item 9 endorsed and a severe total
 * measureFlags(scoreCaseMeasures([{ instrument: "phq-9", administeredOn: "2026-01", items: [3, 3, 3, 3, 2, 2, 2, 2, 1] }])).map((f) => [f.code, f.severity])
 * //=> [["suicide-risk", "urgent"], ["severe-symptoms", "warning"]]
 *
 * @category Measures
 * @see The formulation specification, flags table (`suicide-risk`, `severe-symptoms`).
 */
export function measureFlags(scored: readonly CaseMeasureScore[]): readonly CaseMeasureFlag[] {
  const all = scoredOf(scored);
  const suicide = contributions(all, "suicide-risk");
  const latest = latestPerInstrument(all);
  const unanswered = contributions(latest, "safety-item-unanswered");
  const severe = contributions(latest, "severe-symptoms");
  return [
    ...combine(
      "suicide-risk",
      suicide,
      (severity, labels) =>
        `Suicide-related items were endorsed on ${suicide.length} administrations (${labels}): ${severity === "urgent" ? "assess suicide risk now" : "review suicide risk"}.`,
    ),
    ...combine(
      "safety-item-unanswered",
      unanswered,
      (_, labels) =>
        `Suicide-risk items were not answered on ${unanswered.length} instruments (${labels}): ask them.`,
    ),
    ...combine(
      "severe-symptoms",
      severe,
      (_, labels) =>
        `Totals in the severe band on ${severe.length} depression instruments (${labels}): severe depressive symptoms.`,
    ),
  ].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

// -------------------------------------------------------------------------------------
// grief evidence
// -------------------------------------------------------------------------------------

/**
 * The grief evidence of grief instruments (PG-13-R, ICG, or a registered `grief`
 * instrument with a caseness band) that name the loss they are about (`relatesTo`), one
 * entry per such measure with a total, in input order.
 *
 * Strength, in [0, 1], from the total `t`, the caseness cut-off `c` (PG-13-R 30, ICG 26) and
 * the maximum `M`: `0` when `t < c`, else `0.5 + 0.5 × (t − c) / (M − c)`. A total at the
 * cut-off is half-strength evidence (a probable case), the maximum full. Measures without a
 * total (too many missing items) or without `relatesTo` give none. The categorical PG-13-R
 * result is reported beside the strength, not mixed into it.
 *
 * @param scored - the output of {@link scoreCaseMeasures}
 * @returns the evidence entries
 *
 * @example
 * // PG-13-R total 40 about the mother's death: 0.5 + 0.5 × 10 / 20
 * griefMeasureEvidence(scoreCaseMeasures([{ instrument: "pg-13-r", administeredOn: "2026-01", relatesTo: "mother-died", items: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1] }]))[0].strength
 * //=> 0.75
 *
 * @category Measures
 * @see Prigerson et al. 2021 (PG-13-R ≥ 30); Prigerson et al. 1995 (ICG > 25).
 */
export function griefMeasureEvidence(
  scored: readonly CaseMeasureScore[],
): readonly GriefMeasureEvidence[] {
  return scoredOf(scored).flatMap(({ index, score }) => {
    const { total, caseness, relatesTo } = score;
    if (
      score.construct !== "grief" ||
      relatesTo === undefined ||
      total === null ||
      caseness === null
    )
      return [];
    const c = caseness.min;
    const max = score.range.max;
    const strength = total < c ? 0 : max === c ? 1 : 0.5 + (0.5 * (total - c)) / (max - c);
    return [
      {
        measureIndex: index,
        lifeEventId: relatesTo,
        instrument: score.instrument,
        administeredOn: score.administeredOn,
        total,
        range: score.range,
        cutOff: c,
        strength,
        prolongedGrief: score.prolongedGrief === null ? null : score.prolongedGrief.status,
        rule: `${score.shortName}: 0 below ${c}; 0.5 at ${c}, rising linearly to 1 at ${max}`,
        source: caseness.source,
      },
    ];
  });
}
