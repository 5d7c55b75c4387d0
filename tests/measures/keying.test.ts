import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  EPDS,
  keyEpdsResponses,
  keyResponses,
  PG13R,
  PHQ9,
  scoreMeasure,
} from "../../src/measures/index.js";
import { left } from "./support.js";

describe("keyEpdsResponses", () => {
  it("items 1, 2 and 4 score the position; 3 and 5-10 score 3 minus the position", () => {
    expect(keyEpdsResponses([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual(
      E.right([0, 0, 3, 0, 3, 3, 3, 3, 3, 3]),
    );
    expect(keyEpdsResponses([3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual(
      E.right([3, 3, 0, 3, 0, 0, 0, 0, 0, 0]),
    );
    expect(keyEpdsResponses([1, 2, 1, 2, 1, 2, 1, 2, 1, 2])).toEqual(
      E.right([1, 2, 2, 2, 2, 1, 2, 1, 2, 1]),
    );
  });

  it("keeps missing items missing", () => {
    expect(keyEpdsResponses([null, 0, null, 0, 0, 0, 0, 0, 0, null])).toEqual(
      E.right([null, 0, null, 0, 3, 3, 3, 3, 3, null]),
    );
  });

  it("keyed item 10 at its last option is 0, at its first 3 (the self-harm flag)", () => {
    const keyed = keyEpdsResponses([0, 0, 3, 0, 3, 3, 3, 3, 3, 0]);
    expect(keyed).toEqual(E.right([0, 0, 0, 0, 0, 0, 0, 0, 0, 3]));
    if (E.isRight(keyed)) {
      const s = scoreMeasure({ instrument: "epds", administeredOn: "2026", items: keyed.right });
      expect(E.isRight(s) && s.right.flags.map((f) => f.code)).toEqual(["suicide-risk"]);
    }
  });

  it("reports a wrong count, out-of-range and non-integer positions by path", () => {
    expect(left(keyEpdsResponses([0, 0])).issues).toEqual([
      {
        code: "item-count",
        path: "items",
        message: "must hold 10 option positions for EPDS",
        expected: { min: 10, max: 10 },
      },
    ]);
    expect(
      left(keyEpdsResponses([4, -1, 0.5, 0, 0, 0, 0, 0, 0, 0])).issues.map((i) => [i.code, i.path]),
    ).toEqual([
      ["item-out-of-range", "items[0]"],
      ["item-out-of-range", "items[1]"],
      ["not-integer", "items[2]"],
    ]);
    const msg = left(keyEpdsResponses([9876, 0, 0, 0, 0, 0, 0, 0, 0, 0])).issues[0]?.message ?? "";
    expect(msg).not.toContain("9876");
  });

  it("never throws on a non-array", () => {
    expect(E.isLeft(keyEpdsResponses("0000000000" as unknown as number[]))).toBe(true);
  });
});

describe("keyResponses", () => {
  it("adds the item minimum for items in order (PG-13-R: position 0 scores 1)", () => {
    expect(keyResponses(PG13R, [0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 1])).toEqual(
      E.right([1, 2, 3, 4, 5, 1, 1, 1, 1, 1, 1]),
    );
  });

  it("is the identity on an instrument with no reverse keying and minimum 0", () => {
    const xs = [0, 1, 2, 3, 0, 1, 2, 3, null];
    expect(keyResponses(PHQ9, xs)).toEqual(E.right(xs));
  });

  it("EPDS reverse-keys exactly items 3 and 5-10", () => {
    expect(EPDS.items.filter((it) => it.reverseKeyed).map((it) => it.number)).toEqual([
      3, 5, 6, 7, 8, 9, 10,
    ]);
  });
});
