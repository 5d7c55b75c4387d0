/**
 * keyResponses' issues word for word, with what each expected, and the edges of an option
 * position: an app shows these messages (which read after the path) to whoever enters the
 * answers, and the first and last options must be accepted.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { keyResponses, PG13R, PHQ9 } from "../../src/measures/index.js";
import { GAD2, left } from "./support.js";

describe("keyResponses: edges and messages", () => {
  it("accepts the first and the last option of every item (PG-13-R: 0 scores the minimum)", () => {
    const last = PG13R.items.map((it) => it.max - it.min);
    expect(last).toContain(4);
    expect(keyResponses(PG13R, last)).toEqual(E.right(PG13R.items.map((it) => it.max)));
    expect(
      keyResponses(
        PG13R,
        last.map(() => 0),
      ),
    ).toEqual(E.right(PG13R.items.map((it) => it.min)));
  });

  it("refuses one past the last option and one before the first, word for word", () => {
    expect(left(keyResponses(PG13R, [5, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0])).issues).toEqual([
      {
        code: "item-out-of-range",
        path: "items[0]",
        message: "must be an option position from 0 to 4 or null",
        expected: { min: 0, max: 4 },
      },
      {
        code: "item-out-of-range",
        path: "items[1]",
        message: "must be an option position from 0 to 4 or null",
        expected: { min: 0, max: 4 },
      },
    ]);
  });

  it("refuses a fraction, a numeric string and undefined as not-integer, word for word", () => {
    const positions = [0, 0.5, "1", undefined, 0, 0, 0, 0, 0] as unknown as number[];
    expect(left(keyResponses(PHQ9, positions)).issues).toEqual(
      [1, 2, 3].map((i) => ({
        code: "not-integer",
        path: `items[${i}]`,
        message: "must be an integer option position from 0 to 3 or null",
        expected: { type: "integer", min: 0, max: 3 },
      })),
    );
  });

  it("counts positions against the instrument's own items, and names it", () => {
    expect(left(keyResponses(GAD2, [0, 0, 0])).issues).toEqual([
      {
        code: "item-count",
        path: "items",
        message: "must hold 2 option positions for GAD-2",
        expected: { min: 2, max: 2 },
      },
    ]);
    expect(left(keyResponses(GAD2, [0, 0, 0])).message).toBe(
      "1 issue: items must hold 2 option positions for GAD-2",
    );
    expect(keyResponses(GAD2, [3, null])).toEqual(E.right([3, null]));
  });

  it("reverse-keys from the item's maximum, whatever its minimum", () => {
    const reversed = {
      ...GAD2,
      items: GAD2.items.map((it) => ({ ...it, min: 1, max: 5, reverseKeyed: true })),
    };
    expect(keyResponses(reversed, [0, 4])).toEqual(E.right([5, 1]));
  });
});
