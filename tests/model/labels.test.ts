/** Every vocabulary value has a label in every record; the problem-area naming traditions. */
import {
  CIRCLE_LABELS,
  CIRCLES,
  CONDITION_LABELS,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  CONTACT_FREQUENCY_LABELS,
  DISPUTE_STAGE_LABELS,
  DISPUTE_STAGES,
  GRIEF_SIGN_LABELS,
  GRIEF_SIGNS,
  LIFE_EVENT_KIND_LABELS,
  LIFE_EVENT_KINDS,
  NAMING_TRADITIONS,
  POPULATION_LABELS,
  POPULATIONS,
  PROBLEM_AREA_LABELS,
  PROBLEM_AREAS,
  problemAreaLabel,
  RELATIONSHIP_ROLE_LABELS,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUS_LABELS,
  RELATIONSHIP_STATUSES,
  SCALE_LABELS,
  SCALE_VALUES,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";

const records: readonly [string, readonly (string | number)[], Readonly<Record<string, string>>][] =
  [
    ["POPULATION_LABELS", POPULATIONS, POPULATION_LABELS],
    ["CONDITION_LABELS", CONDITIONS, CONDITION_LABELS],
    ["RELATIONSHIP_ROLE_LABELS", RELATIONSHIP_ROLES, RELATIONSHIP_ROLE_LABELS],
    ["CIRCLE_LABELS", CIRCLES, CIRCLE_LABELS],
    ["RELATIONSHIP_STATUS_LABELS", RELATIONSHIP_STATUSES, RELATIONSHIP_STATUS_LABELS],
    ["CONTACT_FREQUENCY_LABELS", CONTACT_FREQUENCIES, CONTACT_FREQUENCY_LABELS],
    ["DISPUTE_STAGE_LABELS", DISPUTE_STAGES, DISPUTE_STAGE_LABELS],
    ["LIFE_EVENT_KIND_LABELS", LIFE_EVENT_KINDS, LIFE_EVENT_KIND_LABELS],
    ["GRIEF_SIGN_LABELS", GRIEF_SIGNS, GRIEF_SIGN_LABELS],
    ["SCALE_LABELS", SCALE_VALUES, SCALE_LABELS],
    ...NAMING_TRADITIONS.map((t): [string, readonly string[], Readonly<Record<string, string>>] => [
      `PROBLEM_AREA_LABELS[${t}]`,
      PROBLEM_AREAS,
      PROBLEM_AREA_LABELS[t],
    ]),
  ];

describe("label records", () => {
  it.each(records)(
    "%s labels exactly the vocabulary, each non-empty, trimmed and distinct",
    (_n, vocab, labels) => {
      expect(Object.keys(labels).sort()).toEqual(vocab.map(String).sort());
      for (const v of vocab) {
        const label = labels[String(v)];
        expect(typeof label).toBe("string");
        expect(label?.trim()).toBe(label);
        expect(label?.length).toBeGreaterThan(0);
      }
      expect(new Set(Object.values(labels)).size).toBe(vocab.length);
    },
  );
  it("the scale reads none, mild, moderate, marked, severe", () => {
    expect(SCALE_VALUES.map((v) => SCALE_LABELS[v])).toEqual([
      "None",
      "Mild",
      "Moderate",
      "Marked",
      "Severe",
    ]);
  });
});

describe("problem-area naming traditions", () => {
  it("there are three", () => {
    expect(NAMING_TRADITIONS).toEqual(["weissman-markowitz", "stuart-robertson", "who-group"]);
  });
  it("Weissman, Markowitz & Klerman", () => {
    expect(PROBLEM_AREA_LABELS["weissman-markowitz"]).toEqual({
      grief: "Grief",
      "role-dispute": "Role dispute",
      "role-transition": "Role transition",
      "interpersonal-deficits": "Interpersonal deficits",
    });
  });
  it("Stuart & Robertson", () => {
    expect(PROBLEM_AREA_LABELS["stuart-robertson"]).toEqual({
      grief: "Grief and loss",
      "role-dispute": "Interpersonal disputes",
      "role-transition": "Role transitions",
      "interpersonal-deficits": "Interpersonal sensitivity",
    });
  });
  it("WHO group IPT", () => {
    expect(PROBLEM_AREA_LABELS["who-group"]).toEqual({
      grief: "Grief",
      "role-dispute": "Disputes",
      "role-transition": "Life changes",
      "interpersonal-deficits": "Loneliness and social isolation",
    });
  });
  it("problemAreaLabel reads the record, Weissman-Markowitz by default", () => {
    for (const area of PROBLEM_AREAS) {
      expect(problemAreaLabel(area)).toBe(PROBLEM_AREA_LABELS["weissman-markowitz"][area]);
      for (const t of NAMING_TRADITIONS)
        expect(problemAreaLabel(area, t)).toBe(PROBLEM_AREA_LABELS[t][area]);
    }
    expect(problemAreaLabel("role-transition", "who-group")).toBe("Life changes");
  });
});
