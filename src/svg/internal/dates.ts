/**
 * Day numbers (days since 1970-01-01, proleptic Gregorian) for the timeline and the onset
 * window, on top of the partial-date helpers of the model.
 *
 * @module
 */
import { firstDay, lastDay, midDay, parsePartialDate } from "ipt-formulation";

/** The first, middle and last day of a partial date's period (all 0 for a string that is not one). */
export function periodOf(s: string): {
  readonly first: number;
  readonly mid: number;
  readonly last: number;
  readonly precision: "year" | "month" | "day";
} {
  const p = parsePartialDate(s);
  if (p._tag === "None") return { first: 0, mid: 0, last: 0, precision: "day" };
  return {
    first: firstDay(p.value),
    mid: midDay(p.value),
    last: lastDay(p.value),
    precision: p.value.precision,
  };
}

/** The calendar date of a day number, `YYYY-MM-DD` (Howard Hinnant's civil_from_days). */
export function dayToIso(day: number): string {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
