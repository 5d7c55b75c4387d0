import * as E from "fp-ts/lib/Either.js";
import { DEFAULT_PARAMS } from "ipt-formulation";
import { defineModel, type ParamRange, SCORING_PARAM_RANGES } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";

const numericPaths = (o: unknown, p = ""): string[] =>
  typeof o === "number"
    ? [p]
    : typeof o === "object" && o !== null && !Array.isArray(o)
      ? Object.entries(o).flatMap(([k, v]) => numericPaths(v, p === "" ? k : `${p}.${k}`))
      : [];

const valueAt = (path: string): number =>
  path
    .split(".")
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], DEFAULT_PARAMS) as number;

const override = (path: string, value: number): Record<string, unknown> =>
  path.split(".").reduceRight<unknown>((inner, k) => ({ [k]: inner }), value) as Record<
    string,
    unknown
  >;

/** Whether `defineModel` reports an issue at this parameter for this value. */
const refused = (path: string, value: number): boolean => {
  const d = defineModel({ params: override(path, value) as never });
  return E.isLeft(d) && d.left.issues.some((i) => i.path === `params.${path}`);
};

const range = (
  min: number,
  max: number,
  more: Partial<Pick<ParamRange, "minExclusive" | "integer">> = {},
): ParamRange => ({ min, max, minExclusive: false, maxExclusive: false, integer: false, ...more });

describe("SCORING_PARAM_RANGES", () => {
  it("has a range for exactly the numeric parameters, in the defaults' order", () => {
    expect(Object.keys(SCORING_PARAM_RANGES)).toEqual(numericPaths(DEFAULT_PARAMS));
  });

  it.each([
    ["closeness.inner", range(0, 1)],
    ["transition.kinds.birth", range(0, 1)],
    ["kernel.plateauMonths", range(0, 600)],
    ["kernel.halfLifeBeforeMonths", range(0, 600, { minExclusive: true })],
    ["kernel.halfLifeAfterMonths", range(0, 600, { minExclusive: true })],
    ["grief.adultMonths", range(0, 600)],
    ["dispute.chronicPlateauMonths", range(0, 600)],
    ["distress.perPoint", range(0, 0.25)],
    ["deficits.closeTiesExpected", range(1, 50, { integer: true })],
    ["deficits.exclusionThreshold", range(0, 1, { minExclusive: true })],
  ] as const)("%s is %o, as the schema checks it", (path, expected) => {
    expect(SCORING_PARAM_RANGES[path]).toEqual(expected);
  });

  it("has no range for what is not a number", () => {
    expect(SCORING_PARAM_RANGES.tieBreak).toBeUndefined();
    expect(SCORING_PARAM_RANGES.closeness).toBeUndefined();
  });

  it.each(numericPaths(DEFAULT_PARAMS))("%s: the default lies in its range", (path) => {
    const r = SCORING_PARAM_RANGES[path] as ParamRange;
    const v = valueAt(path);
    expect(r.minExclusive ? v > r.min : v >= r.min).toBe(true);
    expect(r.maxExclusive ? v < r.max : v <= r.max).toBe(true);
  });

  it.each(numericPaths(DEFAULT_PARAMS))(
    "%s: defineModel accepts and refuses by the range",
    (path) => {
      const r = SCORING_PARAM_RANGES[path] as ParamRange;
      expect(refused(path, r.min)).toBe(r.minExclusive);
      expect(refused(path, r.max)).toBe(r.maxExclusive);
      expect(refused(path, r.min - 0.001)).toBe(true);
      expect(refused(path, r.max + 0.001)).toBe(true);
      // A fraction: refused only for an integer parameter.
      expect(refused(path, r.integer ? r.min + 0.5 : (r.min + r.max) / 2)).toBe(r.integer);
    },
  );

  it("is frozen", () => {
    expect(Object.isFrozen(SCORING_PARAM_RANGES)).toBe(true);
    expect(Object.isFrozen(SCORING_PARAM_RANGES["closeness.inner"])).toBe(true);
  });
});
