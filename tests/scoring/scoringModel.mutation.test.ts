/**
 * defineModel's refusals, exactly: each issue's code, path and message, since apps show
 * them to the person tuning a model. Written to kill the mutants Stryker found surviving in
 * src/scoring/scoringModel.ts (the suite checked codes and paths, never the words).
 */
import { defineModel, type ModelOverrides } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";

const refusal = (overrides: unknown): unknown => {
  const m = defineModel(overrides as ModelOverrides);
  if (m._tag === "Right") throw new Error("expected a refusal");
  return m.left;
};

const one = (code: string, path: string, message: string) => ({
  kind: "model-error",
  issues: [{ code, path, message }],
});

describe("defineModel: every refusal, word for word", () => {
  it.each([
    [
      "a weight above 1",
      { params: { closeness: { inner: 2 } } },
      one("too-large", "params.closeness.inner", "params.closeness.inner is out of its range"),
    ],
    [
      "a half-life of 0",
      { params: { kernel: { halfLifeBeforeMonths: 0 } } },
      one(
        "too-small",
        "params.kernel.halfLifeBeforeMonths",
        "params.kernel.halfLifeBeforeMonths is out of its range",
      ),
    ],
    [
      "a tie-break order too short",
      { params: { tieBreak: ["grief"] } },
      one("too-small", "params.tieBreak", "params.tieBreak is out of its range"),
    ],
    [
      "a string for a number",
      { params: { focus: { margin: "wide" } } },
      one("invalid-type", "params.focus.margin", "params.focus.margin must be of type number"),
    ],
    [
      "null for a group",
      { params: { focus: null } },
      one("invalid-type", "params.focus", "params.focus must be of type object"),
    ],
    [
      "a fraction where a count is expected",
      { params: { deficits: { closeTiesExpected: 2.5 } } },
      one(
        "invalid-type",
        "params.deficits.closeTiesExpected",
        "params.deficits.closeTiesExpected must be of type int",
      ),
    ],
    [
      "an unknown parameter",
      { params: { closeness: { nearest: 1 } } },
      one(
        "unknown-key",
        "params.closeness",
        "params.closeness has a parameter the scoring model does not define",
      ),
    ],
    [
      "a tie-break order that repeats an area",
      { params: { tieBreak: ["grief", "grief", "role-dispute", "role-transition"] } },
      one(
        "invalid-value",
        "params.tieBreak",
        "params.tieBreak must list each of the four problem areas once",
      ),
    ],
    [
      "a tie-break entry that is no area",
      { params: { tieBreak: ["grief", "x", "role-dispute", "role-transition"] } },
      one("invalid-value", "params.tieBreak[1]", "params.tieBreak[1] is not a valid value"),
    ],
    [
      "closeness increasing outwards",
      { params: { closeness: { outer: 0.9 } } },
      one(
        "invalid-value",
        "params.closeness",
        "params.closeness must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)",
      ),
    ],
    [
      "dispute closeness increasing outwards",
      { params: { dispute: { closeness: { outer: 0.9 } } } },
      one(
        "invalid-value",
        "params.dispute.closeness",
        "params.dispute.closeness must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)",
      ),
    ],
    [
      "an unknown adjustment weighing less than an adjusted one",
      { params: { adjustment: { unknown: 0.3 } } },
      one(
        "invalid-value",
        "params.adjustment",
        "params.adjustment must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)",
      ),
    ],
    [
      "an id that is not a string",
      { id: 5 },
      one("invalid-value", "id", "id must be a string of 1 to 64 characters"),
    ],
  ])("%s", (_what, overrides, expected) => {
    expect(refusal(overrides)).toEqual(expected);
  });

  it("reports a bad id and a bad version together, id first", () => {
    expect(refusal({ id: "", version: "one" })).toEqual({
      kind: "model-error",
      issues: [
        { code: "invalid-value", path: "id", message: "id must be a string of 1 to 64 characters" },
        {
          code: "invalid-format",
          path: "version",
          message: "version must be a semantic version such as 1.2.0",
        },
      ],
    });
  });

  it("accepts ids of 1 and 64 characters and refuses 65", () => {
    expect(defineModel({ id: "x" })._tag).toBe("Right");
    expect(defineModel({ id: "x".repeat(64) })._tag).toBe("Right");
    expect(refusal({ id: "x".repeat(65) })).toEqual(
      one("invalid-value", "id", "id must be a string of 1 to 64 characters"),
    );
  });

  it("refuses a version that is not a string, even one that prints as a version", () => {
    expect(refusal({ version: ["1.0.0"] })).toEqual(
      one("invalid-format", "version", "version must be a semantic version such as 1.2.0"),
    );
  });

  it("accepts a pre-release version and refuses a partial one", () => {
    const m = defineModel({ version: "2.1.0-rc.1" });
    expect(m._tag === "Right" && m.right.version).toBe("2.1.0-rc.1");
    expect(refusal({ version: "2.1" })).toEqual(
      one("invalid-format", "version", "version must be a semantic version such as 1.2.0"),
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
      one("unreadable-input", "", "the overrides could not be read as plain data"),
    );
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
      one(
        "invalid-value",
        "params.dispute.stage",
        "params.dispute.stage must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)",
      ),
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
