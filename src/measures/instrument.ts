/**
 * Instrument definitions of the measures module (pure data): items, bands, subscales, the
 * missing-item rule, flag rules, reliable change, the prolonged grief algorithm, and the
 * registry that holds them.
 *
 * @module
 */
import type { FlagSeverity } from "../model/vocabularies.js";

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
export const MEASURE_FLAG_CODES = [
  "suicide-risk",
  "safety-item-unanswered",
  "severe-symptoms",
] as const;
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
 * decisions behind them are `INSTRUMENT_LICENSES` and `INSTRUMENT_NOTES` of
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
