/**
 * decodeCase's messages, word for word, for every kind of issue it maps from zod or finds
 * itself, with what each expected: apps show them to whoever fixes the case file, so their
 * words are behaviour (and the rule that they never echo the input is tested in
 * decodeCase.hostile.test.ts). A message reads after its path, which it never repeats. Written
 * to kill the mutants Stryker found surviving in src/io/decodeCase.ts, where the suite
 * checked codes and paths but few messages.
 */
import type { IssueExpected } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { fullCase, issuesOf, minimalCase, type Rec, withAt } from "./helpers.js";

const issue = (code: string, path: string, message: string, expected?: IssueExpected) =>
  expected === undefined ? { code, path, message } : { code, path, message, expected };
const UNKNOWN_REL = issue(
  "unknown-reference",
  "lifeEvents[0].relationshipIds[0]",
  "names no relationship id of this case",
);
const CIRCLES = { oneOf: ["inner", "middle", "outer"] };

describe("decodeCase: each issue's message", () => {
  it.each<[string, unknown, ReturnType<typeof issue>[], Parameters<typeof issuesOf>[1]?]>([
    [
      "a missing enum lists the allowed values",
      withAt(fullCase(), ["relationships", 0, "circle"], undefined),
      [
        issue(
          "required",
          "relationships[0].circle",
          'is required (one of: "inner", "middle", "outer")',
          CIRCLES,
        ),
      ],
    ],
    [
      "a wrong enum value lists the allowed values",
      withAt(fullCase(), ["relationships", 0, "circle"], "far"),
      [
        issue(
          "invalid-value",
          "relationships[0].circle",
          'must be one of: "inner", "middle", "outer"',
          CIRCLES,
        ),
      ],
    ],
    [
      "a rating outside 0–4 lists the ratings",
      withAt(fullCase(), ["relationships", 0, "support"], 5),
      [
        issue("invalid-value", "relationships[0].support", "must be one of: 0, 1, 2, 3, 4", {
          oneOf: [0, 1, 2, 3, 4],
        }),
      ],
    ],
    [
      "a missing string names its type",
      withAt(fullCase(), ["relationships", 0, "label"], undefined),
      [
        issue("required", "relationships[0].label", "is required (expected string)", {
          type: "string",
        }),
      ],
    ],
    [
      "assessedOn must be a full date",
      withAt(fullCase(), ["assessedOn"], "2026-01"),
      [issue("invalid-format", "assessedOn", "must be a date as YYYY-MM-DD", { format: "date" })],
    ],
    [
      "other dates may be partial",
      withAt(fullCase(), ["episode", "onset"], "2025/10"),
      [
        issue("invalid-format", "episode.onset", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD", {
          format: "partial-date",
        }),
      ],
    ],
    [
      "a date that does not exist",
      withAt(fullCase(), ["episode", "onset"], "2025-02-30"),
      [
        issue("invalid-date", "episode.onset", "is not a calendar date (e.g. a 30 February)", {
          format: "partial-date",
        }),
      ],
    ],
    [
      "an empty id is empty, expecting at least 1 character",
      withAt(fullCase(), ["relationships", 0, "id"], ""),
      [
        issue(
          "empty",
          "relationships[0].id",
          "is empty: leave the field out when it has no answer",
          { min: 1 },
        ),
        UNKNOWN_REL,
      ],
    ],
    [
      "a label too long",
      withAt(fullCase(), ["relationships", 0, "label"], "x".repeat(81)),
      [issue("too-long", "relationships[0].label", "must be at most 80 characters", { max: 80 })],
    ],
    [
      "too many grief signs: 'entries'",
      withAt(
        fullCase(),
        ["lifeEvents", 0, "griefSigns"],
        [
          "yearning",
          "preoccupation",
          "identity-disruption",
          "disbelief",
          "avoidance",
          "intense-emotional-pain",
          "difficulty-reintegrating",
          "emotional-numbness",
          "meaninglessness",
          "intense-loneliness",
          "yearning",
        ],
      ),
      [
        issue("too-many", "lifeEvents[0].griefSigns", "must have at most 10 entries", { max: 10 }),
        issue(
          "duplicate-value",
          "lifeEvents[0].griefSigns[10]",
          "repeats an earlier sign; signs must be unique",
        ),
      ],
    ],
    [
      "a negative count",
      withAt(fullCase(), ["episode", "priorEpisodes"], -1),
      [issue("too-small", "episode.priorEpisodes", "must be at least 0", { min: 0 })],
    ],
    [
      "a fractional count",
      withAt(fullCase(), ["episode", "priorEpisodes"], 1.5),
      [issue("not-integer", "episode.priorEpisodes", "must be an integer", { type: "integer" })],
    ],
    [
      "a string for a number",
      withAt(fullCase(), ["episode", "priorEpisodes"], "one"),
      [
        issue("invalid-type", "episode.priorEpisodes", "must be of type number", {
          type: "number",
        }),
      ],
    ],
    [
      "one unknown key at the root: 'a field' of 'the case'",
      { ...minimalCase(), patientName: "Jane" },
      [
        issue(
          "unknown-key",
          "",
          "has a field that ipt-case/1 does not define (unknown fields are rejected)",
        ),
      ],
    ],
    [
      "two unknown keys: 'fields'",
      withAt(fullCase(), ["episode"], { onset: "2025", a: 1, b: 2 }),
      [
        issue(
          "unknown-key",
          "episode",
          "has fields that ipt-case/1 does not define (unknown fields are rejected)",
        ),
      ],
    ],
    [
      "not an object at all",
      undefined,
      [issue("invalid-type", "", "must be of type object", { type: "object" })],
    ],
    [
      "an array where a relationship is expected",
      withAt(fullCase(), ["relationships", 0], []),
      [
        issue("invalid-type", "relationships[0]", "must be of type object", { type: "object" }),
        UNKNOWN_REL,
      ],
    ],
    [
      "a Map for the episode",
      withAt(fullCase(), ["episode"], new Map()),
      [issue("invalid-type", "episode", "must be a plain JSON object", { type: "object" })],
    ],
    [
      "a Map for the case",
      new Map(),
      [issue("invalid-type", "", "must be a plain JSON object", { type: "object" })],
    ],
    [
      "a repeated id",
      withAt(fullCase(), ["relationships", 1, "id"], "mother"),
      [
        issue(
          "duplicate-id",
          "relationships[1].id",
          "repeats an earlier id in relationships; ids must be unique",
        ),
      ],
    ],
    [
      "a configured limit of 1 relationship: '1 entry'",
      fullCase(),
      [
        issue("too-many", "relationships", "must have at most 1 entry (the configured limit)", {
          max: 1,
        }),
      ],
      { limits: { relationships: 1 } },
    ],
    [
      "more references in an event than the relationship limit",
      withAt(fullCase(), ["lifeEvents", 0, "relationshipIds"], ["mother", "mother", "mother"]),
      [
        issue("too-many", "lifeEvents[0].relationshipIds", "must have at most 2 entries", {
          max: 2,
        }),
      ],
      { limits: { relationships: 2 } },
    ],
  ])("%s", (_what, input, expected, options) => {
    expect(issuesOf(input, options)).toEqual(expected);
  });

  it("a relationship whose id is not a string cannot be referred to", () => {
    const c: Rec = withAt(fullCase(), ["relationships", 0, "id"], 5);
    expect(issuesOf(c)).toEqual([
      issue("invalid-type", "relationships[0].id", "must be of type string", { type: "string" }),
      UNKNOWN_REL,
    ]);
  });

  it("relationships without an id are each 'required', never duplicates of one another", () => {
    const c = withAt(
      withAt(fullCase(), ["relationships", 0, "id"], undefined),
      ["relationships", 1, "id"],
      undefined,
    );
    expect(issuesOf(c)).toEqual([
      issue("required", "relationships[0].id", "is required (expected string)", { type: "string" }),
      issue("required", "relationships[1].id", "is required (expected string)", { type: "string" }),
      UNKNOWN_REL,
    ]);
  });

  it("a null episode or measure is a type issue, read without throwing", () => {
    expect(issuesOf(withAt(fullCase(), ["episode"], null))).toEqual([
      issue("invalid-type", "episode", "must be of type object", { type: "object" }),
    ]);
    expect(issuesOf(withAt(fullCase(), ["measures", 0], null))).toEqual([
      issue("invalid-type", "measures[0]", "must be of type object", { type: "object" }),
    ]);
  });

  it("a conflict said to start after the assessment", () => {
    expect(issuesOf(withAt(fullCase(), ["relationships", 1, "conflictSince"], "2026-02"))).toEqual([
      issue(
        "date-after-assessment",
        "relationships[1].conflictSince",
        "lies after assessedOn; dates cannot be in the future of the assessment",
      ),
    ]);
  });
});
