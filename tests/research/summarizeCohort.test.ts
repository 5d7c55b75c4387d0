import * as E from "fp-ts/lib/Either.js";
import { FLAG_CODES, type Formulation, formulate, PROBLEM_AREAS } from "ipt-formulation";
import {
  type BatchRecord,
  formulateMany,
  summarizeCohort,
  wilsonInterval,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { asAsync, left, right, SAMPLE_INPUTS, sampleCase } from "./support.js";

const inputs = Object.values(SAMPLE_INPUTS);

describe("summarizeCohort", () => {
  it("counts primary areas with Wilson intervals, secondary foci, mean scores and flags", () => {
    const records = [...formulateMany(inputs)];
    const s = right(summarizeCohort(records));
    const fs = records.flatMap((r) => (r.ok ? [r.formulation] : []));
    expect(s.total).toBe(6);
    expect(s.invalid).toBe(0);
    expect(s.invalidIssues).toEqual([]);
    expect(s.groups).toEqual([]);
    expect(s.overall.group).toBe("all");
    expect(s.overall.n).toBe(6);
    expect(s.overall.areas.map((a) => a.area)).toEqual([...PROBLEM_AREAS]);
    for (const a of s.overall.areas) {
      const count = fs.filter((f) => f.focus.primary === a.area).length;
      const w = right(wilsonInterval(count, 6));
      expect(a).toEqual({
        area: a.area,
        primaryCount: count,
        primaryProportion: w.proportion,
        primaryLower: w.lower,
        primaryUpper: w.upper,
        secondaryCount: fs.filter((f) => f.focus.secondary === a.area).length,
        meanScore:
          fs.reduce((acc, f) => acc + (f.areas.find((x) => x.area === a.area)?.score ?? 0), 0) / 6,
      });
    }
    expect(s.overall.noSecondary).toBe(fs.filter((f) => f.focus.secondary === undefined).length);
    expect(s.overall.flags.map((f) => f.code)).toEqual([...FLAG_CODES]);
    for (const { code, count } of s.overall.flags)
      expect(count).toBe(fs.filter((f) => f.flags.some((x) => x.code === code)).length);
    expect(s.z).toBeCloseTo(1.96, 2);
  });

  it("groups by any key, groups sorted, each summarised like the whole", () => {
    const s = right(
      summarizeCohort(formulateMany(inputs), {
        groupBy: (_c, f) => (f.focus.primary === "grief" ? "b-grief" : "a-other"),
      }),
    );
    expect(s.groups.map((g) => [g.group, g.n])).toEqual([
      ["a-other", 5],
      ["b-grief", 1],
    ]);
    const grief = s.groups[1];
    expect(grief?.areas.find((a) => a.area === "grief")?.primaryProportion).toBe(1);
    expect(s.groups.reduce((acc, g) => acc + g.n, 0)).toBe(s.overall.n);
  });

  it("groups by a field of the case", () => {
    const s = right(summarizeCohort(formulateMany(inputs), { groupBy: (c) => c.population }));
    expect(s.groups.map((g) => [g.group, g.n])).toEqual([
      ["adult", 5],
      ["perinatal", 1],
    ]);
  });

  it("counts invalid records and their issue codes, not summarising them", () => {
    const s = right(summarizeCohort(formulateMany([...inputs, {}, { format: "ipt-case/1" }, 3])));
    expect(s.total).toBe(9);
    expect(s.invalid).toBe(3);
    expect(s.overall.n).toBe(6);
    expect(s.invalidIssues.map((i) => i.code)).toEqual(["invalid-type", "required"]);
    expect(s.invalidIssues.find((i) => i.code === "required")?.count).toBe(2);
  });

  it("is empty-input when no record decoded, or there are none", () => {
    expect(left(summarizeCohort([]))).toMatchObject({
      code: "empty-input",
      message: "there are no records",
    });
    expect(left(summarizeCohort(formulateMany([{}])))).toMatchObject({
      code: "empty-input",
      message: "no record decoded, so there is no proportion",
    });
  });

  it("checks the critical value and uses it", () => {
    expect(left(summarizeCohort(formulateMany(inputs), { z: 0 })).code).toBe(
      "invalid-critical-value",
    );
    const narrow = right(summarizeCohort(formulateMany(inputs), { z: 1 }));
    const wide = right(summarizeCohort(formulateMany(inputs), { z: 3 }));
    expect(narrow.z).toBe(1);
    const width = (s: typeof narrow): number =>
      (s.overall.areas[0]?.primaryUpper ?? 0) - (s.overall.areas[0]?.primaryLower ?? 0);
    expect(width(narrow)).toBeLessThan(width(wide));
  });

  it("summarises an async stream of records to the same result", async () => {
    const sync = summarizeCohort(formulateMany(inputs), { groupBy: (c) => c.condition });
    const asyncResult = await summarizeCohort(formulateMany(asAsync(inputs)), {
      groupBy: (c) => c.condition,
    });
    expect(asyncResult).toEqual(sync);
  });

  it("lists flag codes it does not know after the known ones, sorted, and tolerates a missing area", () => {
    const c = sampleCase("grief-mother");
    const f = formulate(c);
    const odd = (code: string): Formulation =>
      ({
        ...f,
        areas: f.areas.slice(1),
        flags: [{ code, severity: "info", message: "m" }],
      }) as unknown as Formulation;
    const records: BatchRecord[] = [
      { index: 0, ok: true, case: c, formulation: odd("zz-new") },
      { index: 1, ok: true, case: c, formulation: odd("aa-new") },
    ];
    const s = right(summarizeCohort(records));
    expect(s.overall.flags.slice(FLAG_CODES.length)).toEqual([
      { code: "aa-new", count: 1 },
      { code: "zz-new", count: 1 },
    ]);
    const missing = f.areas[0]?.area;
    expect(s.overall.areas.find((a) => a.area === missing)?.meanScore).toBe(0);
    expect(E.isRight(summarizeCohort(records))).toBe(true);
  });
});
