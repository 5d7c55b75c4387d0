import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { wilsonInterval, Z_95 } from "../../src/research/index.js";
import { researchError } from "./support.js";

const right = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`expected right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

describe("wilsonInterval", () => {
  // Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
  // comparison of seven methods. Statistics in Medicine 17, 857–872, Table II, method 3
  // (Wilson score interval without continuity correction), published to 4 decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("reproduces Newcombe (1998) Table II for %i/%i", (successes, n, lower, upper) => {
    const interval = right(wilsonInterval(successes, n));
    expect(interval.proportion).toBe(successes / n);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it("is exactly [0, …] at 0 successes and […, 1] at n successes", () => {
    expect(right(wilsonInterval(0, 7)).lower).toBe(0);
    expect(right(wilsonInterval(7, 7)).upper).toBe(1);
  });

  it("uses z = 1.959963984540054 by default and accepts another critical value", () => {
    expect(Z_95).toBe(1.959963984540054);
    expect(wilsonInterval(5, 10)).toEqual(wilsonInterval(5, 10, Z_95));
    const narrow = right(wilsonInterval(5, 10, 1));
    const wide = right(wilsonInterval(5, 10));
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
  });

  it("refuses n = 0 instead of returning NaN", () => {
    expect(wilsonInterval(0, 0)).toEqual(
      E.left(researchError("empty-input", "n", "n is 0, so there is no proportion")),
    );
  });

  it.each([
    [1, -1, "n"],
    [1, 2.5, "n"],
    [0, Number.NaN, "n"],
    [0, Number.POSITIVE_INFINITY, "n"],
    [-1, 3, "successes"],
    [0.5, 3, "successes"],
    [4, 3, "successes"],
  ])("refuses successes %s of n %s as invalid-count at %s", (successes, n, path) => {
    const result = wilsonInterval(successes, n);
    expect(E.isLeft(result) && result.left.code).toBe("invalid-count");
    expect(E.isLeft(result) && result.left.path).toBe(path);
  });

  it.each([0, -1.96, Number.NaN, Number.POSITIVE_INFINITY])("refuses z = %s", (z) => {
    expect(wilsonInterval(1, 2, z)).toEqual(
      E.left(
        researchError(
          "invalid-critical-value",
          "z",
          "the critical value must be a finite number above 0",
        ),
      ),
    );
  });
});
