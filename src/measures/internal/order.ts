/**
 * The deterministic order of administrations of one instrument; never re-exported.
 *
 * @module
 */
import { comparePartialDates } from "../../model/partialDate.js";

/** What the order reads of an administration. */
export interface Administration {
  readonly index: number;
  readonly administeredOn: string;
  readonly total: number | null;
}

/**
 * Earlier first, by the mid-period rule (`comparePartialDates`: a tie on the middle day puts
 * the less precise date first); on the same date the lower total comes first (so the later
 * of two same-day administrations is the higher: the cautious reading); then input position.
 */
export const compareAdministrations = (a: Administration, b: Administration): number =>
  comparePartialDates(a.administeredOn, b.administeredOn) ||
  (a.total ?? -Infinity) - (b.total ?? -Infinity) ||
  a.index - b.index;
