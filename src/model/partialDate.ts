/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, because clinicians often know only the
 * year or month an event happened.
 *
 * Arithmetic uses the middle of the period (the specification's mid-period rule):
 * a year stands for 2 July, a month for its 15th, a day for itself. All helpers are pure
 * and use proleptic Gregorian day numbers (days since 1970-01-01), never the clock or a
 * time zone.
 *
 * @module
 */

import type { Ord } from "fp-ts/lib/Ord.js";
import * as O from "../internal/option.js";

/** How precisely a partial date is known. @category Dates */
export type DatePrecision = "year" | "month" | "day";

/**
 * A partial date taken apart. `month` and `day` are present only at that precision.
 *
 * @category Dates
 */
export interface PartialDateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** The regular expression a partial date string matches (calendar validity is checked separately). @category Dates */
export const PARTIAL_DATE_PATTERN: RegExp = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The mean length of a Gregorian month in days (365.2425 / 12), the unit of
 * {@link monthsBetween}.
 *
 * @category Dates
 */
export const DAYS_PER_MONTH = 365.2425 / 12;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The number of days in a month of a year (proleptic Gregorian).
 *
 * @param year - the year, e.g. 2024
 * @param month - the month, 1..12
 * @returns 28..31
 *
 * @example
 * // February of a leap year
 * daysInMonth(2024, 2)
 * //=> 29
 *
 * @category Dates
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digits = (s: string, from: number, n: number): number => {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
};

/**
 * Parse a partial date string, checking that the calendar date exists.
 *
 * Years 0001..9999 are accepted; `2025-02-29` and `2025-13` are not dates and give `none`.
 *
 * @param s - the text, e.g. `"2025"`, `"2025-09"` or `"2025-09-30"`
 * @returns the parts, or `none` when the text is not a valid partial date
 *
 * @example
 * // A month-precision date
 * parsePartialDate("2025-09")
 * //=> some({ year: 2025, month: 9, precision: "month" })
 *
 * @example
 * // Not a calendar date
 * parsePartialDate("2025-02-29")
 * //=> none
 *
 * @category Dates
 */
export function parsePartialDate(s: string): O.Option<PartialDateParts> {
  // A hand-written scanner (this runs for every date of every case): the same language as
  // PARTIAL_DATE_PATTERN, without a regular expression.
  const len = s.length;
  if (len !== 4 && len !== 7 && len !== 10) return O.none;
  const year = digits(s, 0, 4);
  if (year < 1) return O.none;
  if (len === 4) return O.some({ year, precision: "year" });
  if (s.charCodeAt(4) !== 45) return O.none;
  const month = digits(s, 5, 2);
  if (month < 1 || month > 12) return O.none;
  if (len === 7) return O.some({ year, month, precision: "month" });
  if (s.charCodeAt(7) !== 45) return O.none;
  const day = digits(s, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return O.none;
  return O.some({ year, month, day, precision: "day" });
}

/**
 * Whether a string is a valid partial date.
 *
 * @param s - the text to check
 * @returns `true` for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real period
 *
 * @example
 * // Month 13 does not exist
 * isPartialDate("2025-13")
 * //=> false
 *
 * @category Dates
 */
export function isPartialDate(s: string): boolean {
  return O.isSome(parsePartialDate(s));
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; Howard Hinnant's days_from_civil). */
const dayNumber = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/**
 * The day number of the middle of a partial date's period (the specification's mid-period
 * rule): a year is 2 July, a month its 15th, a day itself.
 *
 * @param p - parsed partial date
 * @returns days since 1970-01-01
 *
 * @example
 * // 2025 stands for 2025-07-02
 * midDay({ year: 2025, precision: "year" }) === firstDay({ year: 2025, month: 7, day: 2, precision: "day" })
 * //=> true
 *
 * @category Dates
 */
export function midDay(p: PartialDateParts): number {
  return dayNumber(p.year, p.month ?? 7, p.day ?? (p.month === undefined ? 2 : 15));
}

/**
 * The day number of the first day of a partial date's period.
 *
 * @param p - parsed partial date
 * @returns days since 1970-01-01
 *
 * @example
 * // The first day of 1970 is day 0
 * firstDay({ year: 1970, precision: "year" })
 * //=> 0
 *
 * @category Dates
 */
export function firstDay(p: PartialDateParts): number {
  return dayNumber(p.year, p.month ?? 1, p.day ?? 1);
}

/**
 * The day number of the last day of a partial date's period.
 *
 * @param p - parsed partial date
 * @returns days since 1970-01-01
 *
 * @example
 * // The last day of 1970 is day 364
 * lastDay({ year: 1970, precision: "year" })
 * //=> 364
 *
 * @category Dates
 */
export function lastDay(p: PartialDateParts): number {
  const month = p.month ?? 12;
  return dayNumber(p.year, month, p.day ?? daysInMonth(p.year, month));
}

/**
 * The mid-period day number of a partial date string, or `none` if it is not one.
 *
 * @param s - a partial date string
 * @returns days since 1970-01-01 of the middle of its period
 *
 * @example
 * // A month stands for its 15th
 * toMidDay("1970-01")
 * //=> some(14)
 *
 * @category Dates
 */
export function toMidDay(s: string): O.Option<number> {
  return O.map(midDay)(parsePartialDate(s));
}

/**
 * Months from `from` to `to` by the mid-period rule, in mean Gregorian months
 * ({@link DAYS_PER_MONTH} days); negative when `to` is earlier. Invalid dates give `none`.
 *
 * @param from - the earlier date, as a partial date string
 * @param to - the later date, as a partial date string
 * @returns the signed number of months, fractional
 *
 * @example
 * // From the middle of 2025 (2 July) to 2026-01-02: about 6 months
 * monthsBetween("2025", "2026-01-02")
 * //=> some(6.04…)
 *
 * @example
 * // Later to earlier is negative
 * monthsBetween("2025-09", "2025-08")
 * //=> some(-1.01…)
 *
 * @category Dates
 */
export function monthsBetween(from: string, to: string): O.Option<number> {
  const a = toMidDay(from);
  const b = toMidDay(to);
  return O.isSome(a) && O.isSome(b) ? O.some((b.value - a.value) / DAYS_PER_MONTH) : O.none;
}

/**
 * Compare two partial date strings by the middle of their periods; a tie is broken by
 * precision (year before month before day) and then by the text, so the order is total and
 * never depends on input order. Invalid strings sort first, by their text.
 *
 * @param a - a partial date string
 * @param b - a partial date string
 * @returns -1, 0 or 1
 *
 * @example
 * // September 2025 (mid 15th) comes before 2025-09-20
 * comparePartialDates("2025-09", "2025-09-20")
 * //=> -1
 *
 * @category Dates
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (O.isNone(pa) || O.isNone(pb)) {
    if (O.isSome(pa)) return 1;
    if (O.isSome(pb)) return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const da = midDay(pa.value);
  const db = midDay(pb.value);
  if (da !== db) return da < db ? -1 : 1;
  const rank = { year: 0, month: 1, day: 2 } as const;
  const ra = rank[pa.value.precision];
  const rb = rank[pb.value.precision];
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The fp-ts `Ord` of partial date strings, by {@link comparePartialDates}.
 *
 * @example
 * // Sort a list of dates
 * import { sort } from "fp-ts/lib/ReadonlyArray.js";
 * sort(ordPartialDate)(["2025-09-20", "2024", "2025-09"])
 * //=> ["2024", "2025-09", "2025-09-20"]
 *
 * @category Dates
 */
export const ordPartialDate: Ord<string> = {
  equals: (x, y) => comparePartialDates(x, y) === 0,
  compare: comparePartialDates,
};

/**
 * Whether a partial date lies wholly after a reference date: its period starts after the
 * reference day. `2026` is not after `2026-01-20` (it may be January 2026); `2026-02` is.
 *
 * @param s - the partial date to test
 * @param reference - the reference date (e.g. `assessedOn`)
 * @returns `true` only when both parse and the whole period is later
 *
 * @example
 * // The period has begun by the reference date
 * isAfter("2026", "2026-01-20")
 * //=> false
 *
 * @category Dates
 */
export function isAfter(s: string, reference: string): boolean {
  const p = parsePartialDate(s);
  const r = parsePartialDate(reference);
  return O.isSome(p) && O.isSome(r) && firstDay(p.value) > lastDay(r.value);
}
