/**
 * The errors of the measures module, as plain data: the stable issue codes, one issue, and
 * the error that carries every issue found.
 *
 * @module
 */

import type { Issue } from "../model/issue.js";

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
 * One problem with a measure or an instrument definition: an {@link Issue} with a measures
 * code. Its path is relative to the measure (`items[8]`, `instrument`) or the definition
 * (`bands[2].min`), `measures[2].items[8]` from {@link scoreCaseMeasures}; its message reads
 * after the path and never repeats a value from the input.
 *
 * @category Measures
 */
export type MeasureIssue<C extends MeasureIssueCode = MeasureIssueCode> = Issue<C>;

/**
 * Why a measure could not be scored or an instrument not registered: every issue found.
 *
 * @category Measures
 */
export interface MeasureError {
  readonly kind: "measure-error";
  /** A one-line summary naming the first issue's path: how many issues, and the first. */
  readonly message: string;
  readonly issues: readonly [MeasureIssue, ...MeasureIssue[]];
}
