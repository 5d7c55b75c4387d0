/**
 * defineModel's refusals, exactly: each issue's code, path, message and what it expected,
 * and the error's summary, since apps show them to the person tuning a model. A message
 * reads after its path; the summary names the path. Written to kill the mutants Stryker
 * found surviving in src/scoring/scoringModel.ts (the suite checked codes and paths, never
 * the words).
 */
import { type IssueExpected, PROBLEM_AREAS } from "ipt-formulation";
import { defineModel, type ModelOverrides } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";

const refusal = (overrides: unknown): unknown => {
  const m = defineModel(overrides as ModelOverrides);
  if (m._tag === "Right") throw new Error("expected a refusal");
  return m.left;
};

const one = (code: string, path: string, message: string, expected?: IssueExpected) => ({
  kind: "model-error",
  message: `1 issue in the scoring model: ${path === "" ? "the overrides" : path} ${message}`,
  issues: [expected === undefined ? { code, path, message } : { code, path, message, expected }],
});

const ORDERING =
  "must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)";
const AN_ID = { type: "string", min: 1, max: 64 } as const;
const SEMVER = "must be a semantic version such as 1.2.0";

describe("defineModel: every refusal, word for word", () => {
  it.each([
    [
      "a weight above 1",
      { params: { closeness: { inner: 2 } } },
      one("too-large", "params.closeness.inner", "must be at most 1", { max: 1 }),
    ],
    [
      "a half-life of 0",
      { params: { kernel: { halfLifeBeforeMonths: 0 } } },
      one("too-small", "params.kernel.halfLifeBeforeMonths", "must be greater than 0", {
        exclusiveMin: 0,
      }),
    ],
    [
      "a tie-break order too short",
      { params: { tieBreak: ["grief"] } },
      one("too-few", "params.tieBreak", "must have at least 4 entries", { min: 4 }),
    ],
    [
      "a string for a number",
      { params: { focus: { margin: "wide" } } },
      one("invalid-type", "params.focus.margin", "must be of type number", { type: "number" }),
    ],
    [
      "null for a group",
      { params: { focus: null } },
      one("invalid-type", "params.focus", "must be of type object", { type: "object" }),
    ],
    [
      "a fraction where a count is expected",
      { params: { deficits: { closeTiesExpected: 2.5 } } },
      one("not-integer", "params.deficits.closeTiesExpected", "must be an integer", {
        type: "integer",
      }),
    ],
    [
      "an unknown parameter",
      { params: { closeness: { nearest: 1 } } },
      one(
        "unknown-key",
        "params.closeness",
        "has a field that the scoring model does not define (unknown fields are rejected)",
      ),
    ],
    [
      "a tie-break order that repeats an area",
      { params: { tieBreak: ["grief", "grief", "role-dispute", "role-transition"] } },
      one("invalid-value", "params.tieBreak", "must list each of the four problem areas once", {
        oneOf: PROBLEM_AREAS,
      }),
    ],
    [
      "a tie-break entry that is no area",
      { params: { tieBreak: ["grief", "x", "role-dispute", "role-transition"] } },
      one(
        "invalid-value",
        "params.tieBreak[1]",
        'must be one of: "grief", "role-dispute", "role-transition", "interpersonal-deficits"',
        { oneOf: PROBLEM_AREAS },
      ),
    ],
    [
      "closeness increasing outwards",
      { params: { closeness: { outer: 0.9 } } },
      one("invalid-value", "params.closeness", ORDERING),
    ],
    [
      "dispute closeness increasing outwards",
      { params: { dispute: { closeness: { outer: 0.9 } } } },
      one("invalid-value", "params.dispute.closeness", ORDERING),
    ],
    [
      "an unknown adjustment weighing less than an adjusted one",
      { params: { adjustment: { unknown: 0.3 } } },
      one("invalid-value", "params.adjustment", ORDERING),
    ],
    [
      "an id that is not a string",
      { id: 5 },
      one("invalid-value", "id", "must be a string of 1 to 64 characters", AN_ID),
    ],
  ])("%s", (_what, overrides, expected) => {
    expect(refusal(overrides)).toEqual(expected);
  });

  it("the summary names the first issue's path, the issue's message does not", () => {
    const e = defineModel({ params: { closeness: { inner: 2 } } });
    if (e._tag === "Right") throw new Error("expected a refusal");
    expect(e.left.message).toBe(
      "1 issue in the scoring model: params.closeness.inner must be at most 1",
    );
    expect(e.left.issues[0].message.startsWith("params.closeness.inner")).toBe(false);
  });

  it("reports a bad id and a bad version together, id first", () => {
    expect(refusal({ id: "", version: "one" })).toEqual({
      kind: "model-error",
      message:
        "2 issues in the scoring model: id is empty: leave the field out when it has no answer (and more)",
      issues: [
        {
          code: "empty",
          path: "id",
          message: "is empty: leave the field out when it has no answer",
          expected: AN_ID,
        },
        {
          code: "invalid-format",
          path: "version",
          message: SEMVER,
          expected: { format: "semver" },
        },
      ],
    });
  });

  it("an empty id or version is empty, as an empty field of a case is", () => {
    expect(refusal({ version: "" })).toEqual(
      one("empty", "version", "is empty: leave the field out when it has no answer", {
        format: "semver",
      }),
    );
  });

  it("accepts ids of 1 and 64 characters and refuses 65", () => {
    expect(defineModel({ id: "x" })._tag).toBe("Right");
    expect(defineModel({ id: "x".repeat(64) })._tag).toBe("Right");
    expect(refusal({ id: "x".repeat(65) })).toEqual(
      one("invalid-value", "id", "must be a string of 1 to 64 characters", AN_ID),
    );
  });

  it("refuses a version that is not a string, even one that prints as a version", () => {
    expect(refusal({ version: ["1.0.0"] })).toEqual(
      one("invalid-format", "version", SEMVER, { format: "semver" }),
    );
  });

  it("accepts a pre-release version and refuses a partial one", () => {
    const m = defineModel({ version: "2.1.0-rc.1" });
    expect(m._tag === "Right" && m.right.version).toBe("2.1.0-rc.1");
    expect(refusal({ version: "2.1" })).toEqual(
      one("invalid-format", "version", SEMVER, { format: "semver" }),
    );
  });

  it("turns overrides that throw while read into one unreadable-input issue", () => {
    const evil = {};
    Object.defineProperty(evil, "focus", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(refusal({ params: evil })).toEqual(
      one("unreadable-input", "", "could not be read as plain data"),
    );
    expect(refusal({ params: evil })).toMatchObject({
      message: "1 issue in the scoring model: the overrides could not be read as plain data",
    });
  });

  it("an override left undefined keeps the default, at any depth", () => {
    for (const params of [{ focus: undefined }, { focus: { margin: undefined } }]) {
      const m = defineModel({ params } as unknown as ModelOverrides);
      expect(m._tag === "Right" && m.right.params.focus).toEqual({
        margin: 0.15,
        minScore: 0.25,
        secondaryMinEvidence: 0.1,
      });
    }
  });
});

describe("defineModel: what it accepts", () => {
  it("levels may be equal: the orderings forbid only an increase", () => {
    const m = defineModel({
      params: {
        closeness: { inner: 0.5, middle: 0.5, outer: 0.5 },
        dispute: {
          closeness: { inner: 0.7, middle: 0.7, outer: 0.7 },
          stage: { renegotiation: 1 },
        },
        adjustment: { notAdjusted: 0.6, unknown: 0.6, adjusted: 0.6 },
      },
    });
    expect(m._tag === "Right" && m.right.params.closeness).toEqual({
      inner: 0.5,
      middle: 0.5,
      outer: 0.5,
    });
  });

  it("refuses renegotiation weighing more than an impasse, word for word", () => {
    expect(refusal({ params: { dispute: { stage: { impasse: 0.7 } } } })).toEqual(
      one("invalid-value", "params.dispute.stage", ORDERING),
    );
  });

  it("a defined model is frozen at every depth", () => {
    const m = defineModel({ params: { transition: { kinds: { birth: 0.5 } } } });
    if (m._tag === "Left") throw new Error("expected a model");
    expect(Object.isFrozen(m.right)).toBe(true);
    expect(Object.isFrozen(m.right.params.transition.kinds)).toBe(true);
    expect(Object.isFrozen(m.right.params.tieBreak)).toBe(true);
  });
});
