/**
 * Keying: turning raw option positions (0 = the first printed option) into item scores.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { isNonEmpty, issue, measureError } from "./internal/util.js";
import type { Instrument, MeasureError, MeasureIssue, MeasureItemIssueCode } from "./types.js";

/**
 * Key raw option positions for an instrument: position `p` (0 = first printed option) scores
 * `min + p` on an item in order and `max − p` on a reverse-keyed item; `null` stays `null`.
 *
 * A wrong count, a non-integer or a position outside `0..max − min` is an issue naming the
 * item by path (`items[3]`), never the value. Never throws.
 *
 * @param instrument - the instrument definition (its items' ranges and keying)
 * @param positions - one raw option position per item, in form order; `null` = missing
 * @returns the keyed item scores, ready for `Measure.items`, or the issues
 *
 * @example
 * // EPDS: item 1 is in order, item 3 is reversed (first option scores 3)
 * keyResponses(EPDS, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
 * //=> right([0, 0, 3, 0, 3, 3, 3, 3, 3, 3])
 *
 * @category Measures
 */
export function keyResponses(
  instrument: Instrument,
  positions: readonly (number | null)[],
): E.Either<MeasureError, readonly (number | null)[]> {
  const items = instrument.items;
  if (!Array.isArray(positions) || positions.length !== items.length) {
    return E.left(
      measureError([
        issue(
          "item-count",
          "items",
          `items must hold ${items.length} option positions for ${instrument.shortName}`,
        ),
      ]),
    );
  }
  const issues: MeasureIssue<MeasureItemIssueCode>[] = [];
  const keyed = items.map((def, i) => {
    const p: unknown = positions[i];
    if (p === null) return null;
    const last = def.max - def.min;
    if (typeof p !== "number" || !Number.isInteger(p)) {
      issues.push(
        issue(
          "not-integer",
          `items[${i}]`,
          `items[${i}] must be an integer option position from 0 to ${last} or null`,
        ),
      );
      return null;
    }
    if (p < 0 || p > last) {
      issues.push(
        issue(
          "item-out-of-range",
          `items[${i}]`,
          `items[${i}] must be an option position from 0 to ${last} or null`,
        ),
      );
      return null;
    }
    return def.reverseKeyed ? def.max - p : def.min + p;
  });
  return isNonEmpty(issues) ? E.left(measureError(issues)) : E.right(keyed);
}
