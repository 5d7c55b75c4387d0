/**
 * fast-check arbitraries and small test helpers for `PartialDate` strings.
 *
 * Dates are generated as a day number in a closed range and then truncated to the chosen
 * precision, so a generated partial date's period always contains a day of the range: it is
 * never `isAfter(range.max)`. (Its period may start before `range.min`: `"1990"` can come
 * from `1990-06-01`.)
 *
 * @module
 */
import fc from "fast-check";
import type { DatePrecision } from "ipt-formulation";

const MS_PER_DAY = 86_400_000;

/** The precisions of a partial date, coarsest first. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ["year", "month", "day"];

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` string, computed with the JS `Date` (proleptic
 * Gregorian, UTC) as an oracle independent of the library's own arithmetic. Works for
 * years 0001..9999 (it avoids `Date.UTC`'s two-digit-year quirk).
 */
export function isoToDayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  dt.setUTCHours(0, 0, 0, 0);
  return Math.round(dt.getTime() / MS_PER_DAY);
}

/** Days in a month by the JS `Date` (day 0 of the next month), an oracle for `daysInMonth`. */
export function daysInMonthOracle(year: number, month: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(year, month, 0);
  return dt.getUTCDate();
}

/** The `YYYY-MM-DD` string of a day number (days since 1970-01-01), years 0001..9999. */
export function dayNumberToIso(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Truncate a `YYYY-MM-DD` string to a precision: `"2025-09-14"` → `"2025"`, `"2025-09"` or itself. */
export function truncateIso(iso: string, precision: DatePrecision): string {
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}

/** Options of {@link arbPartialDate}. */
export interface ArbPartialDateOptions {
  /** Earliest day (`YYYY-MM-DD`, default `1900-01-01`, at least `0001-01-01`). */
  readonly min?: string;
  /** Latest day (`YYYY-MM-DD`, default `2030-12-31`, at most `9999-12-31`). */
  readonly max?: string;
  /** Precisions to draw from (default all three). */
  readonly precisions?: readonly DatePrecision[];
}

/**
 * A valid partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) whose period contains a day in
 * `[min, max]`. About a fifth of the draws land on a month edge (1st or last day of a month,
 * so 28/29 February and 31 December come up often).
 */
export function arbPartialDate(opts: ArbPartialDateOptions = {}): fc.Arbitrary<string> {
  const lo = isoToDayNumber(opts.min ?? "1900-01-01");
  const hi = isoToDayNumber(opts.max ?? "2030-12-31");
  if (lo > hi) throw new RangeError("arbPartialDate: min is after max");
  const precisions = opts.precisions ?? DATE_PRECISIONS;
  const anyDay = fc.integer({ min: lo, max: hi });
  const edgeDay = fc.tuple(anyDay, fc.boolean()).map(([n, last]) => {
    const iso = dayNumberToIso(n);
    const [y, m] = iso.split("-").map(Number) as [number, number];
    const edge = n - (Number(iso.slice(8)) - 1) + (last ? daysInMonthOracle(y, m) - 1 : 0);
    return Math.min(hi, Math.max(lo, edge));
  });
  return fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: anyDay }, { weight: 1, arbitrary: edgeDay }),
      fc.constantFrom(...precisions),
    )
    .map(([n, p]) => truncateIso(dayNumberToIso(n), p));
}

/** A valid calendar day `YYYY-MM-DD` in `[min, max]` (as {@link arbPartialDate} at day precision). */
export function arbDay(opts: Omit<ArbPartialDateOptions, "precisions"> = {}): fc.Arbitrary<string> {
  return arbPartialDate({ ...opts, precisions: ["day"] });
}
