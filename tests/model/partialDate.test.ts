/** Partial dates: parsing, the mid-period rule, period bounds, ordering, isAfter. */
import * as O from "fp-ts/lib/Option.js";
import { sort } from "fp-ts/lib/ReadonlyArray.js";
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
import { isoToDayNumber } from "../arbitraries/dates.js";

const parts = (s: string): PartialDateParts => {
  const p = parsePartialDate(s);
  if (O.isNone(p)) throw new Error(`not a partial date: ${s}`);
  return p.value;
};

describe("parsePartialDate", () => {
  it("reads the three precisions", () => {
    expect(parsePartialDate("2025")).toEqual(O.some({ year: 2025, precision: "year" }));
    expect(parsePartialDate("2025-09")).toEqual(
      O.some({ year: 2025, month: 9, precision: "month" }),
    );
    expect(parsePartialDate("2025-09-30")).toEqual(
      O.some({ year: 2025, month: 9, day: 30, precision: "day" }),
    );
  });
  it("accepts years 0001..9999 and real leap days", () => {
    for (const s of ["0001", "9999", "9999-12-31", "2024-02-29", "2000-02-29", "1600-02-29"])
      expect(O.isSome(parsePartialDate(s))).toBe(true);
  });
  it.each([
    "2025-02-29",
    "1900-02-29",
    "2100-02-29",
    "2025-04-31",
    "2025-06-31",
    "2025-09-31",
    "2025-11-31",
    "2025-13",
    "2025-00",
    "2025-01-00",
    "2025-01-32",
    "0000",
    "0000-01-01",
    "10000",
    "2025-1",
    "2025-01-1",
    "25",
    "",
    " 2025",
    "2025 ",
    "2025-01-01T00:00",
    "2025/01/01",
    "٢٠٢٥",
    "２０２５",
  ])("%j is not a partial date", (s) => {
    expect(parsePartialDate(s)).toEqual(O.none);
    expect(isPartialDate(s)).toBe(false);
  });
  it("PARTIAL_DATE_PATTERN matches the shapes only (calendar checks come after)", () => {
    expect(PARTIAL_DATE_PATTERN.test("2025-02-30")).toBe(true);
    expect(PARTIAL_DATE_PATTERN.test("2025-99-99")).toBe(true);
    expect(PARTIAL_DATE_PATTERN.test("2025-1")).toBe(false);
  });
});

describe("daysInMonth", () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [1600, 2, 29],
    [4, 2, 29],
    [1, 2, 28],
    [2025, 1, 31],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
    [2025, 7, 31],
    [2025, 8, 31],
  ])("%i-%i has %i days", (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe("the mid-period rule", () => {
  it("a year stands for 2 July, a month for its 15th, a day for itself", () => {
    expect(midDay(parts("2025"))).toBe(isoToDayNumber("2025-07-02"));
    expect(midDay(parts("2024"))).toBe(isoToDayNumber("2024-07-02"));
    expect(midDay(parts("2025-09"))).toBe(isoToDayNumber("2025-09-15"));
    expect(midDay(parts("2025-02"))).toBe(isoToDayNumber("2025-02-15"));
    expect(midDay(parts("2025-09-30"))).toBe(isoToDayNumber("2025-09-30"));
  });
  it("day numbers count from 1970-01-01", () => {
    expect(midDay(parts("1970-01-01"))).toBe(0);
    expect(midDay(parts("1969-12-31"))).toBe(-1);
    expect(firstDay(parts("1970"))).toBe(0);
    expect(lastDay(parts("1970"))).toBe(364);
  });
  it("toMidDay parses and applies the rule", () => {
    expect(toMidDay("1970-01")).toEqual(O.some(14));
    expect(toMidDay("2025")).toEqual(O.some(isoToDayNumber("2025-07-02")));
    expect(toMidDay("2025-02-30")).toEqual(O.none);
  });
});

describe("firstDay and lastDay", () => {
  it.each([
    ["2025", "2025-01-01", "2025-12-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["2025-04", "2025-04-01", "2025-04-30"],
    ["2025-12", "2025-12-01", "2025-12-31"],
    ["2025-09-14", "2025-09-14", "2025-09-14"],
  ])("%s runs from %s to %s", (s, first, last) => {
    expect(firstDay(parts(s))).toBe(isoToDayNumber(first));
    expect(lastDay(parts(s))).toBe(isoToDayNumber(last));
  });
});

describe("monthsBetween", () => {
  it("measures from middle to middle in mean Gregorian months", () => {
    const m = monthsBetween("2025", "2026-01-02");
    expect(O.isSome(m) && m.value).toBeCloseTo(
      (isoToDayNumber("2026-01-02") - isoToDayNumber("2025-07-02")) / DAYS_PER_MONTH,
      12,
    );
    expect(O.isSome(m) && m.value).toBeCloseTo(6.045, 3);
  });
  it("is negative from later to earlier, zero for the same date", () => {
    const m = monthsBetween("2025-09", "2025-08");
    expect(O.isSome(m) && m.value).toBeCloseTo(-31 / DAYS_PER_MONTH, 12);
    expect(monthsBetween("2025-09", "2025-09")).toEqual(O.some(0));
  });
  it("a year is 12 months, mid-year to mid-year", () => {
    expect(monthsBetween("2024", "2025")).toEqual(O.some(365 / DAYS_PER_MONTH));
  });
  it("is none when either date is invalid", () => {
    expect(monthsBetween("2025-02-30", "2025")).toEqual(O.none);
    expect(monthsBetween("2025", "x")).toEqual(O.none);
  });
  it("DAYS_PER_MONTH is 365.2425 / 12", () => {
    expect(DAYS_PER_MONTH).toBe(30.436875);
  });
});

describe("comparePartialDates and ordPartialDate", () => {
  it("orders by the middle of the period", () => {
    expect(comparePartialDates("2025-09", "2025-09-20")).toBe(-1);
    expect(comparePartialDates("2025-09-20", "2025-09")).toBe(1);
    expect(comparePartialDates("2025-09", "2025-09-10")).toBe(1);
    expect(comparePartialDates("2024", "2025-01")).toBe(-1);
    expect(comparePartialDates("2025", "2025-06-30")).toBe(1);
  });
  it("breaks a tie of middles by precision: year, then month, then day", () => {
    expect(comparePartialDates("2025", "2025-07-02")).toBe(-1);
    expect(comparePartialDates("2025-07-02", "2025")).toBe(1);
    expect(comparePartialDates("2025-09", "2025-09-15")).toBe(-1);
    expect(comparePartialDates("2025-09-15", "2025-09")).toBe(1);
  });
  it("is 0 only for equal strings", () => {
    expect(comparePartialDates("2025-09", "2025-09")).toBe(0);
    expect(ordPartialDate.equals("2025", "2025")).toBe(true);
    expect(ordPartialDate.equals("2025", "2025-07-02")).toBe(false);
  });
  it("sorts invalid strings first, by their text", () => {
    expect(comparePartialDates("bad", "2025")).toBe(-1);
    expect(comparePartialDates("2025", "bad")).toBe(1);
    expect(comparePartialDates("a", "b")).toBe(-1);
    expect(comparePartialDates("b", "a")).toBe(1);
    expect(comparePartialDates("2025-02-30", "2025-02-30")).toBe(0);
  });
  it("sorts a list deterministically", () => {
    expect(sort(ordPartialDate)(["2025-09-20", "2024", "2025-09", "oops", "2025"])).toEqual([
      "oops",
      "2024",
      "2025",
      "2025-09",
      "2025-09-20",
    ]);
  });
});

describe("isAfter", () => {
  it.each([
    ["2026", "2026-01-20", false],
    ["2026-01", "2026-01-20", false],
    ["2026-01-20", "2026-01-20", false],
    ["2026-01-19", "2026-01-20", false],
    ["2025", "2026-01-20", false],
    ["2026-01-21", "2026-01-20", true],
    ["2026-02", "2026-01-20", true],
    ["2027", "2026-01-20", true],
    ["2027", "2026", true],
    ["2026-06", "2026", false],
    ["2026-12-31", "2026", false],
    ["2025-02-30", "2020-01-01", false],
    ["2030", "2026-02-30", false],
  ] as const)("isAfter(%j, %j) is %s", (s, ref, expected) => {
    expect(isAfter(s, ref)).toBe(expected);
  });
});
