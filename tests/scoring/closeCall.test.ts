/**
 * The close-call flag as a clinician reads it: both areas by their labels (never their ids)
 * and the source on choosing one focus with the patient.
 */
import { CITATIONS, type Formulation, formulate, type ProblemArea } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { sample } from "./fixtures.js";
import { deceased, ev, formulateCase, model, rel, spouseAtImpasse } from "./support.js";

/** A dispute at impasse with the spouse beside a job loss not yet adapted to. */
const disputeAndJobLoss = (): Formulation =>
  formulateCase({
    relationships: [spouseAtImpasse()],
    lifeEvents: [ev("e", "job-loss", { distress: 3, adjusted: false })],
  });

/** A mother's recent death beside a job loss, under a margin that makes any two areas close. */
const deathAndJobLoss = (): Formulation =>
  formulateCase(
    {
      relationships: [deceased("m", "Mother", "inner", "parent")],
      lifeEvents: [
        ev("d", "death", { relationshipIds: ["m"] }),
        ev("j", "job-loss", { distress: 1 }),
      ],
    },
    model({ focus: { margin: 1 } }),
  );

/** Loneliness with one close tie beside an old move, under a margin of 1. */
const lonelyAndOldMove = (): Formulation =>
  formulateCase(
    {
      relationships: [rel("a", { support: 3 })],
      lifeEvents: [ev("m", "relocation", { date: "2024-01", distress: 1, adjusted: true })],
      social: { loneliness: 4 },
    },
    model({ focus: { margin: 1 } }),
  );

describe("the close-call flag names both areas by their labels and cites choosing one focus", () => {
  it.each<[string, () => Formulation, readonly [ProblemArea, ProblemArea], string]>([
    [
      "a dispute beside a job loss",
      disputeAndJobLoss,
      ["role-dispute", "role-transition"],
      "The areas role dispute and role transition score within the model's margin (0.15)",
    ],
    [
      "the divorce sample",
      () => formulate(sample("divorce-dispute-and-transition.json")),
      ["role-transition", "role-dispute"],
      "The areas role transition and role dispute score within the model's margin (0.15)",
    ],
    [
      "a death beside a job loss, margin 1",
      deathAndJobLoss,
      ["grief", "role-transition"],
      "The areas grief and role transition score within the model's margin (1)",
    ],
    [
      "loneliness beside an old move, margin 1",
      lonelyAndOldMove,
      ["interpersonal-deficits", "role-transition"],
      "The areas interpersonal deficits and role transition score within the model's margin (1)",
    ],
  ])("%s", (_, formulation, [primary, runnerUp], opening) => {
    const f = formulation();
    expect(f.areas.slice(0, 2).map((a) => a.area)).toEqual([primary, runnerUp]);
    const flag = f.flags.find((x) => x.code === "close-call");
    expect(flag?.message).toBe(
      `${opening}: choose with the patient which matters most and is workable in the time available.`,
    );
    // Labels, not ids: no hyphenated area id appears in the message.
    expect(flag?.message).not.toMatch(/role-dispute|role-transition|interpersonal-deficits/);
    expect(flag?.source).toBe(CITATIONS.guideFocus);
  });

  it("cites the Guide on the initial sessions' one focus, not the role-dispute chapter alone", () => {
    expect(CITATIONS.guideFocus).toContain("ch. 2 An outline of IPT");
    expect(CITATIONS.guideFocus).toContain("whichever matters most to the patient");
    expect(CITATIONS.guideFocus).not.toBe(CITATIONS.guideDisputes);
  });
});
