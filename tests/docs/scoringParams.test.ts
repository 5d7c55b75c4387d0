import { readFileSync } from "node:fs";
import { DEFAULT_PARAMS } from "ipt-formulation";
import { SCORING_PARAM_RANGES } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";
import {
  COMMAND,
  DOC_FILE,
  END,
  formatRange,
  MODEL_FILE,
  paramRows,
  renderParamsTable,
  START,
  withParamsTable,
} from "../../scripts/scoring-params-table.js";

const doc = readFileSync(DOC_FILE, "utf8");
const modelSource = readFileSync(MODEL_FILE, "utf8");
const rows = paramRows(modelSource);

/** The paths of the parameters as the table lists them: a record of weights as `path.*`. */
const tablePaths = (o: unknown, p = ""): string[] =>
  typeof o === "object" && o !== null && !Array.isArray(o)
    ? p === "transition.kinds"
      ? [`${p}.*`]
      : Object.entries(o).flatMap(([k, v]) => tablePaths(v, p === "" ? k : `${p}.${k}`))
    : [p];

describe("the parameter table of docs/scoring.md", () => {
  it("is the one generated from the TSDoc, the ranges and the defaults", () => {
    const between = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    expect(
      between,
      `docs/scoring.md's parameter table is out of step with ScoringParams: run \`${COMMAND}\``,
    ).toBe(renderParamsTable(rows));
    expect(withParamsTable(doc, renderParamsTable(rows))).toBe(doc);
  });

  it("has one row per parameter, in the order of DEFAULT_PARAMS", () => {
    expect(rows.map((r) => r.path)).toEqual(tablePaths(DEFAULT_PARAMS));
  });

  it.each(rows.map((r) => [r.path, r] as const))(
    "%s has a meaning, a unit and a source",
    (_, r) => {
      expect(r.meaning).toMatch(/^\S.*\.$/);
      expect(r.meaning).not.toContain("Unit:");
      expect(r.unit).not.toBe("");
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(s).not.toMatch(/^\s*$|\*\/|@see/);
    },
  );

  it.each(
    rows.filter((r) => r.path in SCORING_PARAM_RANGES).map((r) => [r.path, r.range] as const),
  )("%s shows the schema's range, %s", (path, range) => {
    expect(range).toBe(formatRange(SCORING_PARAM_RANGES[path] as never));
  });

  it.each([
    ["[0, 1]", { min: 0, max: 1, minExclusive: false, maxExclusive: false, integer: false }],
    ["(0, 600]", { min: 0, max: 600, minExclusive: true, maxExclusive: false, integer: false }],
    ["[0, 1)", { min: 0, max: 1, minExclusive: false, maxExclusive: true, integer: false }],
    ["1..50", { min: 1, max: 50, minExclusive: false, maxExclusive: false, integer: true }],
  ] as const)("writes a range as %s", (text, range) => {
    expect(formatRange(range)).toBe(text);
  });

  it.each([
    [
      "a field without a unit",
      (s: string) => s.replace("counts fully. Unit: months.", "counts fully."),
      /kernel\.plateauMonths: its TSDoc gives no "Unit/,
    ],
    [
      "a field without a source",
      (s: string) =>
        s.replace(/(Distress factor of an event rated 0\. Unit: weight\.)\s*\*\s*@see[^\n]*/, "$1"),
      /distress\.none: its TSDoc gives no @see source/,
    ],
    [
      "a field without TSDoc",
      (s: string) => s.replace(/\/\*\*[^/]*?\*\/\s*(readonly measure: number;)/, "$1"),
      /grief\.measure: no TSDoc/,
    ],
  ] as const)("refuses %s", (_, edit, error) => {
    const edited = edit(modelSource);
    expect(edited).not.toBe(modelSource);
    expect(() => paramRows(edited)).toThrow(error);
  });

  it("refuses a guide without the markers", () => {
    expect(() => withParamsTable("# no table here\n")).toThrow(START);
  });
});
