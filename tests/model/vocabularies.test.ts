/**
 * The closed vocabularies are fixed by the specification (shared/spec/case-format.md):
 * these lists are copied from it, so a rename or removal fails here.
 */
import {
  ACCESSORY_GRIEF_SIGNS,
  BUILTIN_INSTRUMENTS,
  CIRCLES,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  CORE_GRIEF_SIGNS,
  DISPUTE_STAGES,
  GRIEF_SIGNS,
  LIFE_EVENT_KINDS,
  LOSS_EVENT_KINDS,
  POPULATIONS,
  PROBLEM_AREAS,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUSES,
  SCALE_VALUES,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";

const spec: readonly [string, readonly (string | number)[], readonly (string | number)[]][] = [
  [
    "PROBLEM_AREAS",
    PROBLEM_AREAS,
    ["grief", "role-dispute", "role-transition", "interpersonal-deficits"],
  ],
  ["POPULATIONS", POPULATIONS, ["adult", "adolescent", "older-adult", "perinatal"]],
  [
    "CONDITIONS",
    CONDITIONS,
    [
      "depression",
      "persistent-depression",
      "bipolar",
      "bulimia",
      "binge-eating",
      "substance-use",
      "anxiety",
      "ptsd",
      "other",
    ],
  ],
  [
    "RELATIONSHIP_ROLES",
    RELATIONSHIP_ROLES,
    [
      "spouse",
      "partner",
      "ex-partner",
      "parent",
      "step-parent",
      "child",
      "sibling",
      "grandparent",
      "grandchild",
      "other-relative",
      "friend",
      "colleague",
      "supervisor",
      "neighbour",
      "classmate",
      "teacher",
      "carer",
      "other",
    ],
  ],
  ["CIRCLES", CIRCLES, ["inner", "middle", "outer"]],
  ["RELATIONSHIP_STATUSES", RELATIONSHIP_STATUSES, ["active", "estranged", "ended", "deceased"]],
  ["CONTACT_FREQUENCIES", CONTACT_FREQUENCIES, ["daily", "weekly", "monthly", "yearly", "none"]],
  ["DISPUTE_STAGES", DISPUTE_STAGES, ["renegotiation", "impasse", "dissolution"]],
  [
    "LIFE_EVENT_KINDS",
    LIFE_EVENT_KINDS,
    [
      "death",
      "pregnancy-loss",
      "new-relationship",
      "marriage",
      "cohabitation",
      "separation",
      "divorce",
      "reconciliation",
      "pregnancy",
      "birth",
      "adoption",
      "child-left-home",
      "caregiving-start",
      "caregiving-end",
      "job-start",
      "job-loss",
      "promotion",
      "demotion",
      "retirement",
      "study-start",
      "graduation",
      "school-change",
      "relocation",
      "migration",
      "illness-diagnosis",
      "injury",
      "disability",
      "financial-change",
      "legal-problem",
      "military-deployment",
      "other",
    ],
  ],
  ["LOSS_EVENT_KINDS", LOSS_EVENT_KINDS, ["death", "pregnancy-loss"]],
  ["CORE_GRIEF_SIGNS", CORE_GRIEF_SIGNS, ["yearning", "preoccupation"]],
  [
    "ACCESSORY_GRIEF_SIGNS",
    ACCESSORY_GRIEF_SIGNS,
    [
      "identity-disruption",
      "disbelief",
      "avoidance",
      "intense-emotional-pain",
      "difficulty-reintegrating",
      "emotional-numbness",
      "meaninglessness",
      "intense-loneliness",
    ],
  ],
  [
    "BUILTIN_INSTRUMENTS",
    BUILTIN_INSTRUMENTS,
    ["phq-9", "gad-7", "epds", "hamd-17", "pg-13-r", "icg"],
  ],
  ["SCALE_VALUES", SCALE_VALUES, [0, 1, 2, 3, 4]],
];

describe("vocabularies", () => {
  it.each(spec)("%s holds the values of the specification, in order", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
  it.each(spec)("%s has no repeats and kebab-case values", (_name, actual) => {
    expect(new Set(actual).size).toBe(actual.length);
    for (const v of actual)
      if (typeof v === "string") expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it("the grief signs are the eight accessory signs and the two core signs", () => {
    expect(GRIEF_SIGNS).toEqual([...ACCESSORY_GRIEF_SIGNS, ...CORE_GRIEF_SIGNS]);
    expect(GRIEF_SIGNS).toHaveLength(10);
  });
  it("the loss kinds are life event kinds", () => {
    for (const k of LOSS_EVENT_KINDS) expect(LIFE_EVENT_KINDS).toContain(k);
  });
});
