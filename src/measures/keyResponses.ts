/**
 * Keying: turning raw option positions (0 = the first printed option) into item scores.
 *
 * Part of `ipt-formulation/measures` only; the EPDS definition comes from the main entry by
 * the package's own name, so both entries share one instance.
 *
 * @module
 */

import {
  EPDS,
  type Instrument,
  type MeasureError,
  type MeasureIssue,
  type MeasureItemIssueCode,
} from "ipt-formulation";
import * as E from "../internal/either.js";
import { isNonEmpty, issue, measureError } from "./internal/util.js";

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
          `must hold ${items.length} option positions for ${instrument.shortName}`,
          { min: items.length, max: items.length },
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
          `must be an integer option position from 0 to ${last} or null`,
          { type: "integer", min: 0, max: last },
        ),
      );
      return null;
    }
    if (p < 0 || p > last) {
      issues.push(
        issue(
          "item-out-of-range",
          `items[${i}]`,
          `must be an option position from 0 to ${last} or null`,
          { min: 0, max: last },
        ),
      );
      return null;
    }
    return def.reverseKeyed ? def.max - p : def.min + p;
  });
  return isNonEmpty(issues) ? E.left(measureError(issues)) : E.right(keyed);
}

/**
 * Key raw EPDS option positions (0 = the first printed option, 3 = the last) into item
 * scores: items 1, 2 and 4 score the position; items 3 and 5–10 score `3 − position`.
 * `null` stays `null`.
 *
 * A wrong count, a non-integer or a position outside 0..3 is an issue naming the item by
 * path, never the value. Never throws.
 *
 * @param optionPositions - ten raw positions in form order; `null` = missing
 * @returns the keyed scores for `Measure.items`, or the issues
 *
 * @example
 * // The first option everywhere: items 3 and 5-10 score 3
 * keyEpdsResponses([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
 * //=> right([0, 0, 3, 0, 3, 3, 3, 3, 3, 3])
 *
 * @example
 * // Position 4 does not exist
 * keyEpdsResponses([4, 0, 0, 0, 0, 0, 0, 0, 0, 0])
 * //=> left({ kind: "measure-error", issues: [{ code: "item-out-of-range", path: "items[0]", ... }], ... })
 *
 * @category Measures
 * @see CamCOPS `epds.py` (`REVERSE_QUESTIONS = {3, 5, 6, 7, 8, 9, 10}`); NSW Health, Scoring the EPDS/EDS.
 */
export function keyEpdsResponses(
  optionPositions: readonly (number | null)[],
): E.Either<MeasureError, readonly (number | null)[]> {
  return keyResponses(EPDS, optionPositions);
}
