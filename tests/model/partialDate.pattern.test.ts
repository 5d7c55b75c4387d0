/**
 * PARTIAL_DATE_PATTERN exactly: what each group captures and where the anchors bite. Apps
 * use the exported pattern to take a date apart, and Stryker counts its mutants as static
 * (the literal is built once, at load), outside the project's score.
 *
 * The partial-date mutants Stryker leaves alive are equivalent, all in the tail of
 * comparePartialDates (see the report of issue 8): once the middles tie, the coarser date's
 * text is a prefix of the finer's ("2025" < "2025-07-02", "2025-09" < "2025-09-15"), so the
 * precision rank and the text order always agree, and equal middles with equal precision
 * mean equal strings.
 */
import { PARTIAL_DATE_PATTERN } from "ipt-formulation";
import { describe, expect, it } from "vitest";

describe("PARTIAL_DATE_PATTERN", () => {
  it.each([
    ["2025", ["2025", undefined, undefined]],
    ["2025-09", ["2025", "09", undefined]],
    ["2025-09-30", ["2025", "09", "30"]],
    ["0000-00-00", ["0000", "00", "00"]],
    ["2025-99-99", ["2025", "99", "99"]],
  ])("%j: year, month and day groups", (text, groups) => {
    expect(PARTIAL_DATE_PATTERN.exec(text)?.slice(1)).toEqual(groups);
  });
  it.each([
    "x2025",
    "2025x",
    "12025",
    "202",
    "20a5",
    "2025-",
    "2025-9",
    "2025-0a",
    "2025-090",
    "2025-09-",
    "2025-09-3",
    "2025-09-3a",
    "2025-09-300",
    "2025-09-30x",
    "2025--09",
    "",
  ])("%j does not match", (text) => {
    expect(PARTIAL_DATE_PATTERN.test(text)).toBe(false);
  });
});
