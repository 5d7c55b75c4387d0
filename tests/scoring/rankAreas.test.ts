/**
 * The ranking's exact answers: `compare` gives -1, 0 or 1 (never another number), `equals`
 * is equality under the order (not identity), `tieBreakIndex` is the model's position of an
 * area. Apps sort with these, so their values are behaviour. Written to kill the mutants
 * Stryker found surviving in src/scoring/rankAreas.ts and src/scoring/scoringModel.ts.
 */
import {
  DEFAULT_MODEL,
  ordAreaScore,
  type ProblemArea,
  rankAreas,
  tieBreakIndex,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { model } from "./support.js";

const s = (area: ProblemArea, score: number) => ({ area, score });

describe("ordAreaScore", () => {
  it("compare is -1, 0 or 1: higher score first, then the tie-break order", () => {
    const { compare } = ordAreaScore(DEFAULT_MODEL);
    expect(compare(s("grief", 0.9), s("role-dispute", 0.1))).toBe(-1);
    expect(compare(s("grief", 0.1), s("role-dispute", 0.9))).toBe(1);
    // Equal scores: grief (tie-break 0) before interpersonal-deficits (3), by exactly 1.
    expect(compare(s("grief", 0.5), s("interpersonal-deficits", 0.5))).toBe(-1);
    expect(compare(s("interpersonal-deficits", 0.5), s("grief", 0.5))).toBe(1);
    expect(compare(s("role-dispute", 0.5), s("role-dispute", 0.5))).toBe(0);
  });

  it("equals is equality under the order: the same area and score, not the same object", () => {
    const { equals } = ordAreaScore(DEFAULT_MODEL);
    const a = s("grief", 0.5);
    expect(equals(a, a)).toBe(true);
    expect(equals(a, s("grief", 0.5))).toBe(true);
    expect(equals(a, s("grief", 0.4))).toBe(false);
    expect(equals(a, s("role-transition", 0.5))).toBe(false);
  });

  it("follows a model's own tie-break order", () => {
    const m = model({
      tieBreak: ["interpersonal-deficits", "role-dispute", "role-transition", "grief"],
    });
    expect(ordAreaScore(m).compare(s("grief", 0.5), s("interpersonal-deficits", 0.5))).toBe(1);
    expect(
      rankAreas(m, [s("grief", 0), s("role-transition", 0), s("interpersonal-deficits", 0)]).map(
        (x) => x.area,
      ),
    ).toEqual(["interpersonal-deficits", "role-transition", "grief"]);
  });
});

describe("tieBreakIndex", () => {
  it("is an area's position in the model's tie-break order", () => {
    expect(
      (["grief", "role-transition", "role-dispute", "interpersonal-deficits"] as const).map((a) =>
        tieBreakIndex(DEFAULT_MODEL, a),
      ),
    ).toEqual([0, 1, 2, 3]);
    const m = model({
      tieBreak: ["role-dispute", "grief", "interpersonal-deficits", "role-transition"],
    });
    expect(tieBreakIndex(m, "role-transition")).toBe(3);
    expect(tieBreakIndex(m, "role-dispute")).toBe(0);
  });
});

describe("rankAreas", () => {
  it("returns a new array, best first, and leaves its input as it was", () => {
    const input = [s("grief", 0.2), s("role-transition", 0.7), s("role-dispute", 0.2)];
    const ranked = rankAreas(DEFAULT_MODEL, input);
    expect(ranked.map((x) => x.area)).toEqual(["role-transition", "grief", "role-dispute"]);
    expect(ranked).not.toBe(input);
    expect(input.map((x) => x.area)).toEqual(["grief", "role-transition", "role-dispute"]);
  });
});
