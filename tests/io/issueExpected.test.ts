/**
 * What an app shows beside a form field: each issue's structured `expected`, its message
 * without the path, and the `empty` code for an empty string (#15, item 3).
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type CaseIssue,
  CIRCLES,
  decodeCase,
  formatIssue,
  RELATIONSHIP_ROLES,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { fullCase, minimalCase, type Rec, withRelationship } from "./helpers.js";

const issuesOf = (u: unknown): readonly CaseIssue[] => {
  const r = decodeCase(u);
  if (E.isRight(r)) throw new Error("expected the case to be refused");
  return r.left.issues;
};

/** The one issue at a path. */
const at = (u: unknown, path: string): CaseIssue => {
  const found = issuesOf(u).filter((i) => i.path === path);
  expect(found).toHaveLength(1);
  return found[0] as CaseIssue;
};

describe("each issue says what was expected, as data", () => {
  it.each<[string, unknown, string, CaseIssue]>([
    [
      "an unknown circle lists the circles",
      withRelationship("circle", "far"),
      "relationships[0].circle",
      {
        code: "invalid-value",
        path: "relationships[0].circle",
        message: 'must be one of: "inner", "middle", "outer"',
        expected: { oneOf: [...CIRCLES] },
      },
    ],
    [
      "a missing role lists the roles",
      withRelationship("role", undefined),
      "relationships[0].role",
      {
        code: "required",
        path: "relationships[0].role",
        message: `is required (one of: ${RELATIONSHIP_ROLES.map((r) => JSON.stringify(r)).join(", ")})`,
        expected: { oneOf: [...RELATIONSHIP_ROLES] },
      },
    ],
    [
      "a rating off the 0–4 scale lists the ratings",
      withRelationship("conflict", 5),
      "relationships[0].conflict",
      {
        code: "invalid-value",
        path: "relationships[0].conflict",
        message: "must be one of: 0, 1, 2, 3, 4",
        expected: { oneOf: [0, 1, 2, 3, 4] },
      },
    ],
    [
      "a negative count gives its minimum",
      { ...minimalCase(), episode: { priorEpisodes: -1 } },
      "episode.priorEpisodes",
      {
        code: "too-small",
        path: "episode.priorEpisodes",
        message: "must be at least 0",
        expected: { min: 0 },
      },
    ],
    [
      "a fractional count is not an integer",
      { ...minimalCase(), episode: { priorEpisodes: 1.5 } },
      "episode.priorEpisodes",
      {
        code: "not-integer",
        path: "episode.priorEpisodes",
        message: "must be an integer",
        expected: { type: "integer" },
      },
    ],
    [
      "too many grief signs gives the most entries",
      {
        ...minimalCase(),
        lifeEvents: [
          { id: "d", kind: "death", date: "2025-01", griefSigns: Array(11).fill("yearning") },
        ],
      },
      "lifeEvents[0].griefSigns",
      {
        code: "too-many",
        path: "lifeEvents[0].griefSigns",
        message: "must have at most 10 entries",
        expected: { max: 10 },
      },
    ],
    [
      "a label too long gives its maximum length",
      withRelationship("label", "x".repeat(81)),
      "relationships[0].label",
      {
        code: "too-long",
        path: "relationships[0].label",
        message: "must be at most 80 characters",
        expected: { max: 80 },
      },
    ],
    [
      "a month that is not a date names the partial-date format",
      { ...minimalCase(), episode: { onset: "last spring" } },
      "episode.onset",
      {
        code: "invalid-format",
        path: "episode.onset",
        message: "must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
        expected: { format: "partial-date" },
      },
    ],
    [
      "the assessment date must be a full date",
      { ...minimalCase(), assessedOn: "2026-01" },
      "assessedOn",
      {
        code: "invalid-format",
        path: "assessedOn",
        message: "must be a date as YYYY-MM-DD",
        expected: { format: "date" },
      },
    ],
    [
      "a day that does not exist names the format too",
      { ...minimalCase(), episode: { onset: "2025-02-30" } },
      "episode.onset",
      {
        code: "invalid-date",
        path: "episode.onset",
        message: "is not a calendar date (e.g. a 30 February)",
        expected: { format: "partial-date" },
      },
    ],
    [
      "a string where a number belongs names the type",
      { ...minimalCase(), episode: { priorEpisodes: "2" } },
      "episode.priorEpisodes",
      {
        code: "invalid-type",
        path: "episode.priorEpisodes",
        message: "must be of type number",
        expected: { type: "number" },
      },
    ],
    [
      "a PHQ-9 item out of range gives the item's range",
      {
        ...minimalCase(),
        measures: [
          { instrument: "phq-9", administeredOn: "2026-01", items: [0, 1, 2, 3, 4, 0, 0, 0, 0] },
        ],
      },
      "measures[0].items[4]",
      {
        code: "item-out-of-range",
        path: "measures[0].items[4]",
        message: "must be from 0 to 3 or null (PHQ-9 item 5)",
        expected: { min: 0, max: 3 },
      },
    ],
    [
      "a wrong item count gives the count as both bounds",
      {
        ...minimalCase(),
        measures: [{ instrument: "phq-9", administeredOn: "2026-01", items: [0, 1] }],
      },
      "measures[0].items",
      {
        code: "item-count",
        path: "measures[0].items",
        message: "must hold 9 item scores for PHQ-9",
        expected: { min: 9, max: 9 },
      },
    ],
  ])("%s", (_, input, path, issue) => {
    expect(at(input, path)).toEqual(issue);
  });

  it("no message begins with its path; the summary and formatIssue name it", () => {
    const input = { ...withRelationship("circle", "far"), episode: { onset: "x" } };
    const r = decodeCase(input);
    if (E.isRight(r)) throw new Error("expected the case to be refused");
    for (const i of r.left.issues) {
      expect(i.message.startsWith(i.path)).toBe(false);
      expect(formatIssue(i)).toBe(`${i.path} ${i.message}`);
    }
    const first = r.left.issues[0];
    expect(r.left.message).toBe(`2 issues in the case: ${first.path} ${first.message} (and more)`);
  });
});

describe("an empty string is reported as empty, never read as missing", () => {
  it.each<[string, Rec, string, CaseIssue["expected"]]>([
    [
      "an enumeration",
      withRelationship("circle", ""),
      "relationships[0].circle",
      { oneOf: [...CIRCLES] },
    ],
    ["a label", withRelationship("label", ""), "relationships[0].label", { min: 1 }],
    ["an id", withRelationship("id", ""), "relationships[0].id", { min: 1 }],
    [
      "a partial date",
      { ...minimalCase(), episode: { onset: "" } },
      "episode.onset",
      { format: "partial-date" },
    ],
    ["the assessment date", { ...minimalCase(), assessedOn: "" }, "assessedOn", { format: "date" }],
    ["the format tag", { ...minimalCase(), format: "" }, "format", { oneOf: ["ipt-case/1"] }],
  ])("in %s, with what the field expected", (_, input, path, expected) => {
    expect(at(input, path)).toEqual({
      code: "empty",
      path,
      message: "is empty: leave the field out when it has no answer",
      expected,
    });
  });

  it.each<[string, Rec, string, CaseIssue["expected"]]>([
    [
      "a rating",
      withRelationship("conflict", ""),
      "relationships[0].conflict",
      { oneOf: [0, 1, 2, 3, 4] },
    ],
    [
      "a count",
      { ...minimalCase(), episode: { priorEpisodes: "" } },
      "episode.priorEpisodes",
      { type: "number" },
    ],
  ])("in %s (a number) is empty too, not a wrong value or type", (_, input, path, expected) => {
    expect(at(input, path)).toEqual({
      code: "empty",
      path,
      message: "is empty: leave the field out when it has no answer",
      expected,
    });
  });

  it("leaving the optional field out is valid", () => {
    const c = fullCase();
    const rels = c.relationships as Rec[];
    const { contact: _, ...rest } = rels[0] as Rec;
    rels[0] = rest;
    expect(E.isRight(decodeCase(c))).toBe(true);
  });
});
