/**
 * `ipt-formulation/samples`: the sample cases are the fixtures of tests/fixtures (same files,
 * same data), each with the focus the fixtures' README says IPT would choose, and
 * `formulate` gives each that focus. Deeply frozen.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeCase, formulate, PROBLEM_AREAS, type ProblemArea } from "ipt-formulation";
import { SAMPLE_CASES, SAMPLE_NAMES, type SampleName } from "ipt-formulation/samples";
import { describe, expect, it } from "vitest";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The fixture files (tests/fixtures/*.json), by name without `.json`. */
const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length));

/**
 * The README's table, `| file | the focus IPT would choose |`: for each file, the problem
 * areas its focus cell starts with (`grief (...)`, `role-dispute or role-transition, ...`).
 */
const readmeFocus = (): ReadonlyMap<string, readonly string[]> => {
  const rows = readFileSync(`${FIXTURES}README.md`, "utf8")
    .split("\n")
    .map((l) => /^\|\s*([a-z0-9-]+)\.json\s*\|\s*([^|]+)\|/.exec(l))
    .filter((m) => m !== null);
  return new Map(
    rows.map((m) => {
      const areas = /^([a-z-]+(?: or [a-z-]+)*)/.exec((m[2] ?? "").trim())?.[1] ?? "";
      return [m[1] ?? "", areas.split(" or ")] as const;
    }),
  );
};

describe("SAMPLE_CASES", () => {
  it("has one sample per fixture file, under its file's name, in SAMPLE_NAMES order", () => {
    expect([...SAMPLE_NAMES].sort()).toEqual([...fixtureNames].sort());
    expect(Object.keys(SAMPLE_CASES)).toEqual([...SAMPLE_NAMES]);
    for (const name of SAMPLE_NAMES) expect(SAMPLE_CASES[name].name).toBe(name);
  });

  it.each(SAMPLE_NAMES)("%s: its case is its fixture file's data", (name) => {
    expect(SAMPLE_CASES[name].case).toEqual(
      JSON.parse(readFileSync(`${FIXTURES}${name}.json`, "utf8")),
    );
  });

  it("the expected focus is the README's, in its order (one area, or two for a close call)", () => {
    const readme = readmeFocus();
    expect([...readme.keys()].sort()).toEqual([...SAMPLE_NAMES].sort());
    for (const name of SAMPLE_NAMES) {
      const s = SAMPLE_CASES[name];
      expect(s.expectedFocus, name).toEqual(readme.get(name));
      for (const a of s.expectedFocus) expect(PROBLEM_AREAS).toContain(a);
    }
    // the close call is the one sample with two
    expect(SAMPLE_NAMES.filter((n) => SAMPLE_CASES[n].expectedFocus.length === 2)).toEqual([
      "divorce-dispute-and-transition",
    ]);
  });

  it.each(SAMPLE_NAMES)("%s: formulate(decodeCase(case)) gives the expected focus", (name) => {
    const s = SAMPLE_CASES[name];
    const decoded = decodeCase(s.case);
    if (decoded._tag === "Left") throw new Error(`${name} does not decode`);
    const focus = formulate(decoded.right).focus;
    expect(s.expectedFocus).toContain(focus.primary);
    if (s.expectedFocus.length === 2) {
      // a close call: the other one is secondary
      const other = s.expectedFocus.find((a: ProblemArea) => a !== focus.primary);
      expect(focus.secondary).toBe(other);
    }
  });

  it("every title is one short line", () => {
    for (const name of SAMPLE_NAMES) {
      const { title } = SAMPLE_CASES[name];
      expect(title.length, name).toBeGreaterThan(0);
      expect(title.length, name).toBeLessThanOrEqual(80);
      expect(title).not.toContain("\n");
    }
  });

  it("is deeply frozen: the table, each sample, its case and the case's parts", () => {
    const name: SampleName = "grief-mother";
    const s = SAMPLE_CASES[name];
    expect(Object.isFrozen(SAMPLE_NAMES)).toBe(true);
    expect(Object.isFrozen(SAMPLE_CASES)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.expectedFocus)).toBe(true);
    expect(Object.isFrozen(s.case)).toBe(true);
    expect(Object.isFrozen(s.case.relationships)).toBe(true);
    expect(Object.isFrozen(s.case.relationships?.[0])).toBe(true);
    expect(() => {
      (s.case as { id: string }).id = "changed";
    }).toThrow(TypeError);
  });
});
