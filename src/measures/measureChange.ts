/**
 * The plain-data result of change detection: what a change between the first and last
 * administration of an instrument amounts to.
 *
 * @module
 */
import type { ReliableChangeThreshold } from "./instrument.js";

// -------------------------------------------------------------------------------------
// model: results
// -------------------------------------------------------------------------------------

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
