/**
 * Properties of the partial-date helpers, checked against the JS `Date` (UTC, proleptic
 * Gregorian) as an independent oracle, and the `Ord` laws of ordPartialDate.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import {
  comparePartialDates,
  DAYS_PER_MONTH,
  daysInMonth,
  firstDay,
  isAfter,
  isPartialDate,
  lastDay,
  midDay,
  monthsBetween,
  ordPartialDate,
  PARTIAL_DATE_PATTERN,
  type PartialDateParts,
  parsePartialDate,
  toMidDay,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";
import {
  arbDay,
  arbPartialDate,
  dayNumberToIso,
  daysInMonthOracle,
  isoToDayNumber,
} from "../arbitraries/dates.js";

const FULL = { min: "0001-01-01", max: "9999-12-31" } as const;

const parts = (s: string): PartialDateParts => {
  const p = parsePartialDate(s);
  if (O.isNone(p)) throw new Error(`not a partial date: ${s}`);
  return p.value;
};

/** Valid partial dates over the whole range, and now and then a string that is not one. */
const arbDateLike = fc.oneof(
  { weight: 8, arbitrary: arbPartialDate(FULL) },
  { weight: 1, arbitrary: fc.constantFrom("2025-02-30", "0000", "x", "", "2025-13") },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** The first day, the middle and the last day of a period, by the `Date` oracle. */
const oracle = (s: string): { first: number; mid: number; last: number } => {
  const y = s.slice(0, 4);
  if (s.length === 4)
    return {
      first: isoToDayNumber(`${y}-01-01`),
      mid: isoToDayNumber(`${y}-07-02`),
      last: isoToDayNumber(`${y}-12-31`),
    };
  if (s.length === 7) {
    const n = daysInMonthOracle(Number(y), Number(s.slice(5, 7)));
    return {
      first: isoToDayNumber(`${s}-01`),
      mid: isoToDayNumber(`${s}-15`),
      last: isoToDayNumber(`${s}-${String(n).padStart(2, "0")}`),
    };
  }
  const d = isoToDayNumber(s);
  return { first: d, mid: d, last: d };
};

describe("agreement with the JS Date", () => {
  it("daysInMonth matches Date for every month of years 1..9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(daysInMonthOracle(y, m));
      }),
      { numRuns: 2000 },
    );
    for (const y of [1900, 2000, 2024, 2025, 2100, 2400])
      expect(daysInMonth(y, 2)).toBe(daysInMonthOracle(y, 2));
  });
  it("a Y-M-D triple is a partial date exactly when Date has that day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isPartialDate(s)).toBe(d <= daysInMonthOracle(y, m));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it("firstDay, midDay and lastDay match Date for random valid dates of all precisions", () => {
    fc.assert(
      fc.property(arbPartialDate(FULL), (s) => {
        const p = parts(s);
        const o = oracle(s);
        expect(firstDay(p)).toBe(o.first);
        expect(midDay(p)).toBe(o.mid);
        expect(lastDay(p)).toBe(o.last);
        expect(toMidDay(s)).toEqual(O.some(o.mid));
        expect(firstDay(p) <= midDay(p) && midDay(p) <= lastDay(p)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it("a day's day number round-trips through the Date oracle", () => {
    fc.assert(
      fc.property(arbDay(FULL), (s) => {
        expect(dayNumberToIso(midDay(parts(s)))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
  it("parse gives back the fields of the text", () => {
    fc.assert(
      fc.property(arbPartialDate(FULL), (s) => {
        const p = parts(s);
        const [y, m, d] = s.split("-").map(Number);
        expect(p.year).toBe(y);
        expect(p.month).toBe(m);
        expect(p.day).toBe(d);
        expect(p.precision).toBe(["year", "month", "day"][s.split("-").length - 1]);
      }),
    );
  });
});

describe("parsePartialDate against PARTIAL_DATE_PATTERN and the Date oracle", () => {
  const calendarValid = (s: string): boolean => {
    const m = PARTIAL_DATE_PATTERN.exec(s);
    if (m === null) return false;
    const y = Number(m[1]);
    if (y < 1) return false;
    if (m[2] === undefined) return true;
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return false;
    if (m[3] === undefined) return true;
    const d = Number(m[3]);
    return d >= 1 && d <= daysInMonthOracle(y, mo);
  };
  it("agree on strings made of digits, dashes and a few other characters", () => {
    const unit = fc.constantFrom(..."0123456789", "-", "-", "-", "x", " ", "/", "٣", "T");
    const shaped = fc.oneof(
      fc.string({ unit, maxLength: 12 }),
      // near-dates: the right length and separators, random characters
      fc
        .tuple(
          fc.string({ unit, minLength: 4, maxLength: 4 }),
          fc.string({ unit, minLength: 2, maxLength: 2 }),
          fc.string({ unit, minLength: 2, maxLength: 2 }),
          fc.constantFrom("-", "x", "--"),
          fc.nat({ max: 2 }),
        )
        .map(([y, m, d, sep, n]) => [y, m, d].slice(0, n + 1).join(sep)),
    );
    fc.assert(
      fc.property(shaped, (s) => {
        expect(isPartialDate(s)).toBe(calendarValid(s));
        if (isPartialDate(s)) expect(O.isSome(parsePartialDate(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it.each(["2025x01", "2025-01x01", "2025-0a", "20a5", "2025-01-0a", "-2025", "2025-", "2025-01-"])(
    "%j is rejected",
    (s) => {
      expect(isPartialDate(s)).toBe(false);
      expect(calendarValid(s)).toBe(false);
    },
  );
});

describe("monthsBetween", () => {
  it("is the mid-day difference over DAYS_PER_MONTH, and antisymmetric", () => {
    fc.assert(
      fc.property(arbPartialDate(FULL), arbPartialDate(FULL), (a, b) => {
        const ab = monthsBetween(a, b);
        const ba = monthsBetween(b, a);
        expect(ab).toEqual(O.some((oracle(b).mid - oracle(a).mid) / DAYS_PER_MONTH));
        if (O.isSome(ab) && O.isSome(ba)) expect(ab.value + ba.value).toBeCloseTo(0, 9);
      }),
    );
  });
});

describe("ordPartialDate laws", () => {
  const cmp = ordPartialDate.compare;
  it("reflexive: compare(a, a) = 0 and equals(a, a)", () => {
    fc.assert(
      fc.property(arbDateLike, (a) => {
        expect(cmp(a, a)).toBe(0);
        expect(ordPartialDate.equals(a, a)).toBe(true);
      }),
    );
  });
  it("antisymmetric: a ≤ b and b ≤ a only when a = b; compare(a, b) = -compare(b, a)", () => {
    fc.assert(
      fc.property(arbDateLike, arbDateLike, (a, b) => {
        expect(cmp(a, b)).toBe(-cmp(b, a) || 0);
        if (cmp(a, b) <= 0 && cmp(b, a) <= 0) expect(a).toBe(b);
      }),
      { numRuns: 1000 },
    );
  });
  it("transitive: a ≤ b and b ≤ c give a ≤ c", () => {
    fc.assert(
      fc.property(arbDateLike, arbDateLike, arbDateLike, (a, b, c) => {
        if (cmp(a, b) <= 0 && cmp(b, c) <= 0) expect(cmp(a, c)).toBeLessThanOrEqual(0);
        if (cmp(a, b) >= 0 && cmp(b, c) >= 0) expect(cmp(a, c)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
  it("total and consistent: equals agrees with compare; near dates are often tied on the middle", () => {
    const near = arbPartialDate({ min: "2025-06-01", max: "2025-08-31" });
    fc.assert(
      fc.property(near, near, (a, b) => {
        expect([-1, 0, 1]).toContain(cmp(a, b));
        expect(ordPartialDate.equals(a, b)).toBe(cmp(a, b) === 0);
        expect(ordPartialDate.equals(a, b)).toBe(a === b);
      }),
    );
  });
  it("follows the middle of the period", () => {
    fc.assert(
      fc.property(arbPartialDate(FULL), arbPartialDate(FULL), (a, b) => {
        const ma = oracle(a).mid;
        const mb = oracle(b).mid;
        if (ma < mb) expect(cmp(a, b)).toBe(-1);
        if (ma > mb) expect(cmp(a, b)).toBe(1);
      }),
    );
  });
  it("sorts any list the same whatever its input order", () => {
    fc.assert(
      fc.property(
        fc
          .array(arbDateLike, { maxLength: 12 })
          .chain((xs) =>
            fc.tuple(
              fc.constant(xs),
              fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }),
            ),
          ),
        ([xs, shuffled]) => {
          expect([...shuffled].sort(cmp)).toEqual([...xs].sort(cmp));
        },
      ),
    );
  });
  it("comparePartialDates is the compare of ordPartialDate", () => {
    expect(ordPartialDate.compare).toBe(comparePartialDates);
  });
});

describe("isAfter", () => {
  it("is true exactly when the period starts after the reference period ends", () => {
    fc.assert(
      fc.property(arbPartialDate(FULL), arbPartialDate(FULL), (s, r) => {
        expect(isAfter(s, r)).toBe(oracle(s).first > oracle(r).last);
      }),
      { numRuns: 1000 },
    );
  });
  it("a date generated up to a day is never after it (what arbValidCase relies on)", () => {
    fc.assert(
      fc.property(
        arbDay({ min: "1950-01-01", max: "2030-12-31" }).chain((ref) =>
          fc.tuple(fc.constant(ref), arbPartialDate({ min: "1900-01-01", max: ref })),
        ),
        ([ref, s]) => {
          expect(isAfter(s, ref)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it("a day after the reference day is after it; a year containing it is not", () => {
    fc.assert(
      fc.property(arbDay({ min: "1900-01-01", max: "9998-12-30" }), (ref) => {
        const next = dayNumberToIso(isoToDayNumber(ref) + 1);
        expect(isAfter(next, ref)).toBe(true);
        expect(isAfter(ref.slice(0, 4), ref)).toBe(false);
        expect(isAfter(ref.slice(0, 7), ref)).toBe(false);
      }),
    );
  });
  it("is false when either string is not a partial date", () => {
    fc.assert(
      fc.property(
        arbPartialDate(FULL),
        fc.constantFrom("2025-02-30", "", "x", "0000"),
        (s, bad) => {
          expect(isAfter(s, bad)).toBe(false);
          expect(isAfter(bad, s)).toBe(false);
        },
      ),
    );
  });
});
