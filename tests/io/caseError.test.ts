/** caseError and formatPath. */
import { CASE_ISSUE_CODES, type CaseIssue, caseError, formatPath } from "ipt-formulation";
import { describe, expect, it } from "vitest";

const issue = (message: string, path = "episode"): CaseIssue => ({
  code: "required",
  path,
  message,
});

describe("caseError", () => {
  it("summarises one issue, naming its path before its message", () => {
    const e = caseError([issue("is required")]);
    expect(e).toEqual({
      kind: "case-error",
      message: "1 issue in the case: episode is required",
      issues: [issue("is required")],
    });
  });
  it("summarises several issues by the first", () => {
    expect(caseError([issue("a"), issue("b"), issue("c")]).message).toBe(
      "3 issues in the case: episode a (and more)",
    );
    expect(caseError([issue("a"), issue("b")]).message).toBe(
      "2 issues in the case: episode a (and more)",
    );
  });
  it("names the root path as the case", () => {
    expect(caseError([issue("a", "")]).message).toBe("1 issue in the case: the case a");
  });
});

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["episode"], "episode"],
    [["episode", "onset"], "episode.onset"],
    [["relationships", 3, "circle"], "relationships[3].circle"],
    [["lifeEvents", 2, "relationshipIds", 0], "lifeEvents[2].relationshipIds[0]"],
    [[0], "[0]"],
    [[0, 1], "[0][1]"],
    [[Symbol.for("s")], "Symbol(s)"],
  ] as const)("%j → %j", (segs, out) => {
    expect(formatPath(segs)).toBe(out);
  });
});

describe("CASE_ISSUE_CODES", () => {
  it("are unique kebab-case codes and include every code the decoder uses", () => {
    expect(new Set(CASE_ISSUE_CODES).size).toBe(CASE_ISSUE_CODES.length);
    for (const c of CASE_ISSUE_CODES) expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const c of [
      "required",
      "empty",
      "invalid-type",
      "invalid-value",
      "invalid-format",
      "invalid-date",
      "too-short",
      "too-long",
      "too-small",
      "too-large",
      "too-many",
      "not-integer",
      "unknown-key",
      "duplicate-id",
      "duplicate-value",
      "unknown-reference",
      "date-after-assessment",
      "grief-signs-not-loss",
      "unreadable-input",
    ])
      expect(CASE_ISSUE_CODES).toContain(c);
  });
});
