/**
 * The plain-data result of scoring one measure (validity, subscales, flags, the prolonged
 * grief result, caseness) and the context some scores need.
 *
 * @module
 */
import type { FlagSeverity, Population } from "../model/vocabularies.js";
import type {
  Band,
  InstrumentConstruct,
  MeasureFlagCode,
  ReliableChangeThreshold,
  ScoreDirection,
} from "./instrument.js";

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
