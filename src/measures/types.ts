/**
 * The data model of the measures module: instrument definitions (pure data), the loose input
 * shapes it reads, and the plain-data results and errors it returns.
 *
 * Input types are structural and loose on purpose: the case model's `Measure`, `LifeEvent` and
 * `Relationship` are assignable to them, and so is an app's own record of the same shape.
 *
 * @module
 */
import type { FlagSeverity, LifeEventKind, Population } from "../model/vocabularies.js";

export type { FlagSeverity };

// -------------------------------------------------------------------------------------
// model: inputs
// -------------------------------------------------------------------------------------

/**
 * One administered instrument, as the case format stores it: item scores in the
 * instrument's order (already keyed), `null` for a missing item.
 *
 * @category Measures
 */
export interface MeasureInput {
  /** Instrument id: a built-in (`phq-9`, `gad-7`, `epds`, `hamd-17`, `pg-13-r`, `icg`) or one an app registered. */
  readonly instrument: string;
  /** When it was administered, as a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly administeredOn: string;
  /** Item scores in the instrument's order; `null` = missing. */
  readonly items: readonly (number | null)[];
  /** Optional: the id of the life event (a loss) a grief instrument is about. */
  readonly relatesTo?: string | undefined;
}

/**
 * The part of a life event the measures module reads (the case model's `LifeEvent` is
 * assignable to it).
 *
 * @category Measures
 */
export interface LifeEventInput {
  /** Unique id within the case. */
  readonly id: string;
  /** What happened. */
  readonly kind: LifeEventKind;
  /** When it happened, as a partial date. */
  readonly date: string;
  /** Who was involved (the person who died, the partner divorced, ...). */
  readonly relationshipIds?: readonly string[] | undefined;
  /** Patient-rated distress 0..4; reported beside life change units, never mixed into them. */
  readonly distress?: number | undefined;
  /** Whether the patient has adapted to it (not read here). */
  readonly adjusted?: boolean | undefined;
  /** Prolonged grief signs (not read here). */
  readonly griefSigns?: readonly string[] | undefined;
}

/**
 * The part of a relationship the life-change scoring reads, to tell a spouse's death from a
 * friend's (the case model's `Relationship` is assignable to it).
 *
 * @category Measures
 */
export interface RelationshipInput {
  /** Unique id within the case, referenced by `LifeEventInput.relationshipIds`. */
  readonly id: string;
  /** Who the person is to the patient (`spouse`, `parent`, `friend`, ...). */
  readonly role: string;
}

// -------------------------------------------------------------------------------------
// model: instrument definitions
// -------------------------------------------------------------------------------------

/** Who completes an instrument. @category Measures */
export type InstrumentRater = "self-report" | "clinician";

/**
 * What an instrument measures. `depression` instruments may raise `severe-symptoms`; `grief`
 * instruments give grief evidence for the loss they relate to.
 *
 * @category Measures
 */
export type InstrumentConstruct = "depression" | "anxiety" | "grief" | "other";

/** Whether a higher total means more symptoms (all built-ins) or better health. @category Measures */
export type ScoreDirection = "higher-is-worse" | "higher-is-better";

/**
 * One item of an instrument: its printed number, its valid (keyed) range and whether it
 * counts towards the total.
 *
 * @category Measures
 */
export interface ItemDefinition {
  /** The question number as printed on the form (1-based; PG-13-R uses 3..13). */
  readonly number: number;
  /** A short symptom label (never item text), or `null` where the licence does not allow one or none is confirmed. */
  readonly topic: string | null;
  /** Lowest valid keyed score. */
  readonly min: number;
  /** Highest valid keyed score. */
  readonly max: number;
  /** The item is reverse-keyed on the form; scores in `items` arrive already keyed. */
  readonly reverseKeyed: boolean;
  /** The item counts towards the total (PG-13-R's impairment question does not). */
  readonly scored: boolean;
}

/**
 * A band of the total score: `min..max` inclusive, with its label and the publication it
 * comes from.
 *
 * @category Measures
 */
export interface Band {
  /** Stable kebab-case id, e.g. `moderately-severe`. */
  readonly id: string;
  /** Display label, e.g. `Moderately severe`. */
  readonly label: string;
  /** Lowest total in the band (inclusive). */
  readonly min: number;
  /** Highest total in the band (inclusive). */
  readonly max: number;
  readonly source: string;
}

/**
 * A published band convention the library documents but does not use by default (e.g. the
 * older HAM-D bands). Register a variant instrument to use one.
 *
 * @category Measures
 */
export interface BandSet {
  readonly id: string;
  readonly label: string;
  readonly bands: readonly Band[];
  readonly source: string;
}

/**
 * A subscale: a named subset of items summed on its own (e.g. EPDS-3A, items 3–5).
 *
 * @category Measures
 */
export interface SubscaleDefinition {
  readonly id: string;
  readonly label: string;
  /** 0-based indices into `items`. */
  readonly items: readonly number[];
  readonly source: string;
}

/**
 * The missing-item rule. With `maxMissing` 0 every scored item must be answered; otherwise a
 * form with up to `maxMissing` scored items missing is prorated (each missing item replaced
 * by the mean of the answered ones, i.e. `sum × n / answered`, rounded half up).
 *
 * @category Measures
 */
export interface MissingItemRule {
  readonly maxMissing: number;
  readonly source: string;
}

/** The codes of flags the measures raise. @category Measures */
export const MEASURE_FLAG_CODES = ["suicide-risk", "severe-symptoms"] as const;
/** A flag code raised by a measure. @category Measures */
export type MeasureFlagCode = (typeof MEASURE_FLAG_CODES)[number];

/**
 * An item-level flag rule: raise `code` when the item's score is within `min..max`.
 *
 * @category Measures
 */
export interface ItemFlagRule {
  readonly code: MeasureFlagCode;
  /** 0-based index into `items`. */
  readonly item: number;
  /** Lowest score that raises the flag (inclusive). */
  readonly min: number;
  /** Highest score that raises the flag (inclusive). */
  readonly max: number;
  readonly severity: FlagSeverity;
  /** Plain-language message; names the item and the threshold, never a patient's value. */
  readonly message: string;
  readonly source: string;
}

/** What a change threshold was derived as. @category Measures */
export type ReliableChangeBasis =
  | "reliable-change-index"
  | "minimal-important-difference"
  | "service-criterion";

/**
 * The smallest change in total that counts as reliable (or clinically important) for one
 * person, with its basis and source.
 *
 * @category Measures
 */
export interface ReliableChangeThreshold {
  /** Points of change at or beyond which the change counts. */
  readonly points: number;
  readonly basis: ReliableChangeBasis;
  readonly source: string;
}

/**
 * The categorical prolonged grief disorder algorithm of a grief instrument, as data
 * (DSM-5-TR structure: duration, a core symptom, enough accessory symptoms, impairment).
 *
 * @category Measures
 */
export interface ProlongedGriefAlgorithm {
  /** Indices of the core items (yearning, preoccupation); at least one must be endorsed. */
  readonly coreItems: readonly number[];
  /** Indices of the accessory items. */
  readonly accessoryItems: readonly number[];
  /** How many accessory items must be endorsed. */
  readonly accessoryRequired: number;
  /** A symptom item counts as endorsed at or above this score. */
  readonly symptomMin: number;
  /** Index of the impairment item, or `null` when the instrument has none. */
  readonly impairmentItem: number | null;
  /** The impairment item counts as endorsed at or above this score. */
  readonly impairmentMin: number;
  /** Months since the death required: adults, and adolescents (the `adolescent` population). */
  readonly minMonths: { readonly adult: number; readonly adolescent: number };
  readonly source: string;
}

/**
 * A complete instrument definition: data only, what scoring needs with the sources of each
 * rule. The six built-ins use this shape, and an app registers its own with
 * `registerInstrument` (`ipt-formulation/measures`). The built-ins' licences and the
 * decisions behind them are `INSTRUMENT_LICENCES` and `INSTRUMENT_NOTES` of
 * `ipt-formulation/measures`.
 *
 * @category Measures
 */
export interface Instrument {
  /** Stable kebab-case id used in `Measure.instrument`. */
  readonly id: string;
  /** Short display name, e.g. `PHQ-9`. */
  readonly shortName: string;
  /** Full name. */
  readonly name: string;
  /** The publication that defines it. */
  readonly citation: string;
  readonly construct: InstrumentConstruct;
  readonly rater: InstrumentRater;
  /** The items in form order; `items.length` is the item count a measure must have. */
  readonly items: readonly ItemDefinition[];
  /** Bands of the total: contiguous, ascending, covering the whole range. */
  readonly bands: readonly Band[];
  /** Other published band conventions, documented but not used by default. */
  readonly alternativeBandSets: readonly BandSet[];
  readonly subscales: readonly SubscaleDefinition[];
  readonly missingItems: MissingItemRule;
  readonly itemFlags: readonly ItemFlagRule[];
  /** The published reliable-change threshold, or `null` where none was found. */
  readonly reliableChange: ReliableChangeThreshold | null;
  readonly direction: ScoreDirection;
  /** Band id from which the `severe-symptoms` flag is raised (that band and above), or `null`. */
  readonly severeSymptomsBand: string | null;
  /** Band id from which a total marks a probable case (that band and above), or `null`. */
  readonly casenessBand: string | null;
  /** The categorical prolonged grief algorithm, or `null`. */
  readonly prolongedGrief: ProlongedGriefAlgorithm | null;
}

/**
 * An immutable set of instruments. Build one from {@link DEFAULT_REGISTRY} with
 * `registerInstrument` (`ipt-formulation/measures`).
 *
 * @category Measures
 */
export interface InstrumentRegistry {
  /** The instruments in registration order (built-ins first). */
  readonly instruments: readonly Instrument[];
}

// -------------------------------------------------------------------------------------
// model: errors
// -------------------------------------------------------------------------------------

/**
 * Codes of problems with a measure's items. They are the same strings the case decoder
 * uses, so {@link validateMeasureItems} plugs into it as is.
 *
 * @category Measures
 */
export const MEASURE_ITEM_ISSUE_CODES = [
  "unknown-instrument",
  "item-count",
  "not-integer",
  "item-out-of-range",
] as const;
/** A code of a problem with a measure's items. @category Measures */
export type MeasureItemIssueCode = (typeof MEASURE_ITEM_ISSUE_CODES)[number];

/**
 * Codes of problems with an instrument definition given to `registerInstrument`
 * (`ipt-formulation/measures`).
 *
 * @category Measures
 */
export const INSTRUMENT_ISSUE_CODES = [
  "duplicate-instrument",
  "invalid-instrument-id",
  "invalid-text",
  "invalid-items",
  "invalid-item-range",
  "invalid-bands",
  "invalid-reference",
  "invalid-parameter",
] as const;
/** A code of a problem with an instrument definition. @category Measures */
export type InstrumentIssueCode = (typeof INSTRUMENT_ISSUE_CODES)[number];

/** Every stable code of a measures issue. @category Measures */
export const MEASURE_ISSUE_CODES = [
  ...MEASURE_ITEM_ISSUE_CODES,
  ...INSTRUMENT_ISSUE_CODES,
] as const;
/** A stable code of a measures issue. @category Measures */
export type MeasureIssueCode = (typeof MEASURE_ISSUE_CODES)[number];

/**
 * One problem, as plain data. The message names the path and what was expected; it never
 * repeats a value from the input.
 *
 * @category Measures
 */
export interface MeasureIssue<C extends MeasureIssueCode = MeasureIssueCode> {
  readonly code: C;
  /** Path relative to the measure (`items[8]`, `instrument`) or definition (`bands[2].min`); `measures[2].items[8]` from {@link scoreCaseMeasures}. */
  readonly path: string;
  readonly message: string;
}

/**
 * Why a measure could not be scored or an instrument not registered: every issue found.
 *
 * @category Measures
 */
export interface MeasureError {
  readonly kind: "measure-error";
  readonly issues: readonly [MeasureIssue, ...MeasureIssue[]];
}

// -------------------------------------------------------------------------------------
// model: results
// -------------------------------------------------------------------------------------

/** Whether a total could be computed. @category Measures */
export type ValidityStatus = "valid" | "prorated" | "invalid-too-many-missing";

/**
 * How complete the scored items were and what the missing-item rule made of it.
 *
 * @category Measures
 */
export interface MeasureValidity {
  readonly status: ValidityStatus;
  /** Scored items answered. */
  readonly answered: number;
  /** Scored items missing (`null`). */
  readonly missing: number;
  /** The most missing items the instrument's rule allows. */
  readonly maxMissing: number;
  readonly source: string;
}

/** An inclusive score range. @category Measures */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A subscale's total: the sum of its items, or `null` when any of them is missing.
 *
 * @category Measures
 */
export interface SubscaleScore {
  readonly id: string;
  readonly label: string;
  readonly total: number | null;
  readonly range: ScoreRange;
  readonly source: string;
}

/**
 * A flag raised by one measure: an item at its threshold (`item` set) or a total in a
 * flagged band.
 *
 * @category Measures
 */
export interface MeasureFlag {
  readonly code: MeasureFlagCode;
  readonly severity: FlagSeverity;
  /** 0-based index of the item that raised it (as in `items[8]`), when item-level. */
  readonly item?: number;
  /** Path of that item, e.g. `items[8]`, when item-level. */
  readonly path?: string;
  /** The item's printed question number (PHQ-9 item 9 has index 8), when item-level. */
  readonly itemNumber?: number;
  readonly message: string;
  readonly source: string;
}

/** The state of one criterion of the categorical algorithm. @category Measures */
export type CriterionStatus = "met" | "not-met" | "unknown";

/**
 * The categorical prolonged grief result of one grief measure: each DSM-5-TR criterion and
 * the overall status. `indeterminate` when a criterion could not be judged (a missing item,
 * an unknown loss date) and none failed.
 *
 * @category Measures
 */
export interface ProlongedGriefResult {
  readonly status: "met" | "not-met" | "indeterminate";
  /** Months from the loss to the administration (mid-period rule), or `null` if unknown. */
  readonly monthsSinceLoss: number | null;
  readonly requiredMonths: number;
  readonly duration: CriterionStatus;
  readonly core: CriterionStatus;
  readonly accessory: CriterionStatus;
  /** Accessory items endorsed. */
  readonly accessoryEndorsed: number;
  readonly accessoryRequired: number;
  readonly impairment: CriterionStatus;
  readonly source: string;
}

/**
 * The caseness threshold of an instrument (the lowest total of its caseness band, e.g. PHQ-9
 * 10, PG-13-R 30) and whether a total reaches it.
 *
 * @category Measures
 */
export interface Caseness {
  readonly bandId: string;
  readonly label: string;
  /** Lowest total that marks a probable case. */
  readonly min: number;
  /** Whether the total reaches `min`; `null` when there is no total. */
  readonly met: boolean | null;
  readonly source: string;
}

/**
 * The score of one administered measure, with everything that explains it.
 *
 * @category Measures
 */
export interface MeasureScore {
  readonly instrument: string;
  readonly shortName: string;
  readonly construct: InstrumentConstruct;
  readonly administeredOn: string;
  readonly relatesTo?: string;
  /** Total of the keyed scored items, prorated when the rule allows; `null` when invalid. */
  readonly total: number | null;
  /** Sum of the answered keyed scored items, before prorating. */
  readonly rawSum: number;
  /** The instrument's total range. */
  readonly range: ScoreRange;
  /** The band of `total`, or `null` when there is no total. */
  readonly band: Band | null;
  /** The instrument's caseness threshold and whether `total` reaches it; `null` for instruments without one. */
  readonly caseness: Caseness | null;
  readonly subscales: readonly SubscaleScore[];
  /** Flags raised, items first (in item order), then total-level flags. */
  readonly flags: readonly MeasureFlag[];
  readonly validity: MeasureValidity;
  readonly direction: ScoreDirection;
  readonly reliableChange: ReliableChangeThreshold | null;
  /** The categorical prolonged grief result, for instruments that define one. */
  readonly prolongedGrief: ProlongedGriefResult | null;
  /** The instrument's citation. */
  readonly source: string;
}

/**
 * Context some scores need beyond the measure itself.
 *
 * @category Measures
 */
export interface ScoreContext {
  /** Date of the loss the measure relates to (for the prolonged grief duration criterion). */
  readonly lossDate?: string | undefined;
  /** The case population: `adolescent` uses the 6-month grief duration. */
  readonly population?: Population | undefined;
}

/**
 * What a change between two administrations amounts to.
 *
 * @category Measures
 */
export const CHANGE_STATUSES = [
  "reliable-improvement",
  "reliable-deterioration",
  "no-reliable-change",
  "threshold-unpublished",
] as const;
/** What a change between two administrations amounts to. @category Measures */
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/**
 * One end of a change: which administration and its total.
 *
 * @category Measures
 */
export interface ChangePoint {
  /** Position in the case's `measures`. */
  readonly measureIndex: number;
  readonly administeredOn: string;
  readonly total: number;
}

/**
 * The change on one instrument between its first and last administration.
 *
 * @category Measures
 */
export interface MeasureChange {
  readonly instrument: string;
  readonly shortName: string;
  /** Administrations with a total (invalid ones are left out). */
  readonly administrations: number;
  readonly first: ChangePoint;
  readonly last: ChangePoint;
  /** `last.total − first.total`. */
  readonly difference: number;
  /** `difference / first.total × 100`, or `null` when the first total is 0. */
  readonly percentChange: number | null;
  /** The threshold applied, or `null` when none is published. */
  readonly threshold: ReliableChangeThreshold | null;
  readonly status: ChangeStatus;
}
