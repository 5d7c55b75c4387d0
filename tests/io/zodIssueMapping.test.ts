/**
 * The mapping from zod's issues to the case issues `decodeCase` reports, on issues the
 * ipt-case/1 schema cannot raise today (no array has a minimum length, and every issue kind
 * is named) but a schema change could: the wording must stay ours, reading after the path (no
 * path prefix), with what was expected as data and never a value from the input.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fromZodIssue } from "../../src/io/decodeCase.js";

const issue = (i: Record<string, unknown>): z.core.$ZodIssue => i as unknown as z.core.$ZodIssue;

describe("fromZodIssue", () => {
  it("an array below its minimum length is too-few, in entries", () => {
    expect(
      fromZodIssue(
        issue({
          code: "too_small",
          origin: "array",
          minimum: 2,
          path: ["lifeEvents", 0, "relationshipIds"],
          message: "",
        }),
        {},
      ),
    ).toEqual({
      code: "too-few",
      path: "lifeEvents[0].relationshipIds",
      message: "must have at least 2 entries",
      expected: { min: 2 },
    });
    expect(
      fromZodIssue(
        issue({ code: "too_small", origin: "array", minimum: 1, path: ["measures"], message: "" }),
        {},
      ).message,
    ).toBe("must have at least 1 entry");
  });

  it("a number below its minimum is too-small, a string too-short", () => {
    expect(
      fromZodIssue(
        issue({ code: "too_small", origin: "number", minimum: 0, path: ["x"], message: "" }),
        {},
      ),
    ).toEqual({
      code: "too-small",
      path: "x",
      message: "must be at least 0",
      expected: { min: 0 },
    });
    expect(
      fromZodIssue(
        issue({ code: "too_small", origin: "string", minimum: 1, path: ["id"], message: "" }),
        {},
      ),
    ).toEqual({
      code: "too-short",
      path: "id",
      message: "must have at least 1 character",
      expected: { min: 1 },
    });
  });

  it("an issue kind it does not know is invalid-value, 'not valid here', with nothing expected", () => {
    expect(
      fromZodIssue(
        issue({ code: "invalid_union", errors: [], path: ["episode", "onset"], message: "secret" }),
        {
          episode: { onset: "secret" },
        },
      ),
    ).toEqual({
      code: "invalid-value",
      path: "episode.onset",
      message: "is not valid here",
    });
    expect(
      fromZodIssue(issue({ code: "not_multiple_of", divisor: 2, path: [], message: "" }), 3),
    ).toEqual({
      code: "invalid-value",
      path: "",
      message: "is not valid here",
    });
  });

  it("a wrong value at the root is invalid, not required, even though nothing is there", () => {
    expect(
      fromZodIssue(
        issue({ code: "invalid_value", values: ["ipt-case/1"], path: [], message: "" }),
        undefined,
      ),
    ).toEqual({
      code: "invalid-value",
      path: "",
      message: 'must be one of: "ipt-case/1"',
      expected: { oneOf: ["ipt-case/1"] },
    });
    expect(
      fromZodIssue(
        issue({ code: "invalid_type", expected: "object", path: [], message: "" }),
        undefined,
      ),
    ).toEqual({
      code: "invalid-type",
      path: "",
      message: "must be of type object",
      expected: { type: "object" },
    });
  });

  it("a missing field below the root is required", () => {
    expect(
      fromZodIssue(
        issue({
          code: "invalid_value",
          values: ["adult", "adolescent"],
          path: ["population"],
          message: "",
        }),
        {},
      ),
    ).toEqual({
      code: "required",
      path: "population",
      message: 'is required (one of: "adult", "adolescent")',
      expected: { oneOf: ["adult", "adolescent"] },
    });
  });
});
