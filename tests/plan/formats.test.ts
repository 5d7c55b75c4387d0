import {
  defaultFormat,
  FORMAT_SPECS,
  PLAN_FORMATS,
  type PlanFormat,
  phaseSchedule,
  preGroupSessions,
  resolveSessions,
} from "ipt-formulation/plan";
import { describe, expect, it } from "vitest";

const spans = (format: PlanFormat, n: number, population?: "adolescent" | "adult") =>
  phaseSchedule(format, n, population).map((p) => [p.phase, p.span.series, p.span.from, p.span.to]);

describe("phase arithmetic, format by format", () => {
  it("standard IPT: opening 1–3, ending the last 3, for 12 to 16 sessions", () => {
    expect(spans("standard", 12)).toEqual([
      ["opening", "sessions", 1, 3],
      ["middle", "sessions", 4, 9],
      ["ending", "sessions", 10, 12],
    ]);
    expect(spans("standard", 13)).toEqual([
      ["opening", "sessions", 1, 3],
      ["middle", "sessions", 4, 10],
      ["ending", "sessions", 11, 13],
    ]);
    expect(spans("standard", 14)).toEqual([
      ["opening", "sessions", 1, 3],
      ["middle", "sessions", 4, 11],
      ["ending", "sessions", 12, 14],
    ]);
    expect(spans("standard", 15)).toEqual([
      ["opening", "sessions", 1, 3],
      ["middle", "sessions", 4, 12],
      ["ending", "sessions", 13, 15],
    ]);
    expect(spans("standard", 16)).toEqual([
      ["opening", "sessions", 1, 3],
      ["middle", "sessions", 4, 13],
      ["ending", "sessions", 14, 16],
    ]);
  });

  it("brief IPT (IPT-B): 8 sessions as 2 + 4 + 2", () => {
    expect(spans("brief", 8)).toEqual([
      ["opening", "sessions", 1, 2],
      ["middle", "sessions", 3, 6],
      ["ending", "sessions", 7, 8],
    ]);
  });

  it("IPT-A: 12 sessions as 4 + 4 + 4; longer courses lengthen the middle", () => {
    expect(spans("adolescent", 12)).toEqual([
      ["opening", "sessions", 1, 4],
      ["middle", "sessions", 5, 8],
      ["ending", "sessions", 9, 12],
    ]);
    for (const n of [13, 14, 15, 16])
      expect(spans("adolescent", n)).toEqual([
        ["opening", "sessions", 1, 4],
        ["middle", "sessions", 5, n - 4],
        ["ending", "sessions", n - 3, n],
      ]);
  });

  it("group IPT: individual pre-group session(s), then group 1 | 2…n−1 | n", () => {
    expect(spans("group", 8)).toEqual([
      ["pre-group", "pre-group", 1, 1],
      ["opening", "group", 1, 1],
      ["middle", "group", 2, 7],
      ["ending", "group", 8, 8],
    ]);
    expect(spans("group", 8, "adolescent")[0]).toEqual(["pre-group", "pre-group", 1, 2]);
    for (let n = 9; n <= 16; n++)
      expect(spans("group", n).slice(1)).toEqual([
        ["opening", "group", 1, 1],
        ["middle", "group", 2, n - 1],
        ["ending", "group", n, n],
      ]);
  });

  it("interpersonal counselling: session 1 | 2…n−1 | n, for 3 to 6 sessions", () => {
    for (let n = 3; n <= 6; n++)
      expect(spans("counselling", n)).toEqual([
        ["opening", "sessions", 1, 1],
        ["middle", "sessions", 2, n - 1],
        ["ending", "sessions", n, n],
      ]);
  });

  it("maintenance: a new contract at 1, the review at n, monthly, 3 to 36 sessions", () => {
    for (const n of [3, 12, 24, 36])
      expect(spans("maintenance", n)).toEqual([
        ["opening", "sessions", 1, 1],
        ["middle", "sessions", 2, n - 1],
        ["ending", "sessions", n, n],
      ]);
    expect(FORMAT_SPECS.maintenance.frequency).toBe("monthly");
  });

  it("for every format and every count in range, the phases tile 1…n with a non-empty middle", () => {
    for (const format of PLAN_FORMATS) {
      const s = FORMAT_SPECS[format];
      for (let n = s.minSessions; n <= s.maxSessions; n++) {
        const main = phaseSchedule(format, n).filter((p) => p.phase !== "pre-group");
        expect(main.map((p) => p.phase)).toEqual(["opening", "middle", "ending"]);
        expect(main[0]?.span.from).toBe(1);
        expect(main[2]?.span.to).toBe(n);
        for (let i = 1; i < main.length; i++)
          expect(main[i]?.span.from).toBe((main[i - 1]?.span.to ?? 0) + 1);
        for (const p of main) expect(p.span.to).toBeGreaterThanOrEqual(p.span.from);
      }
    }
  });
});

describe("session counts", () => {
  it("defaults: standard 12, brief 8, IPT-A 12, group 8, counselling 6, maintenance 24", () => {
    expect(PLAN_FORMATS.map((f) => resolveSessions(f))).toEqual([12, 8, 12, 8, 6, 24]);
  });

  it("rounds and clamps a request to the format's range; a non-number gives the default", () => {
    expect(resolveSessions("standard", 20)).toBe(16);
    expect(resolveSessions("standard", 3)).toBe(12);
    expect(resolveSessions("standard", 13.6)).toBe(14);
    expect(resolveSessions("brief", 12)).toBe(8);
    expect(resolveSessions("counselling", 1)).toBe(3);
    expect(resolveSessions("maintenance", 100)).toBe(36);
    expect(resolveSessions("group", Number.NaN)).toBe(8);
    expect(resolveSessions("group", Number.POSITIVE_INFINITY)).toBe(8);
    expect(spans("standard", 99).at(-1)).toEqual(["ending", "sessions", 14, 16]);
  });

  it("pre-group sessions only for group IPT: one, two for adolescents", () => {
    expect(preGroupSessions("group", "adult")).toBe(1);
    expect(preGroupSessions("group", "adolescent")).toBe(2);
    expect(preGroupSessions("standard", "adolescent")).toBe(0);
  });

  it("the default format follows the population (perinatal gets standard IPT)", () => {
    expect(defaultFormat("adolescent")).toBe("adolescent");
    expect(defaultFormat("adult")).toBe("standard");
    expect(defaultFormat("older-adult")).toBe("standard");
    expect(defaultFormat("perinatal")).toBe("standard");
  });
});
