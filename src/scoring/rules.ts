/**
 * The scoring rules: one per clinical idea, each with a stable id, the area it supports and
 * the literature it rests on. Each rule turns one relationship, life event, measure or the
 * social pattern into evidence items (`lossEvidence`, `undatedDeathEvidence`,
 * `measureEvidence`, `changeEvidence`, `relationshipEvidence`, `socialEvidence`,
 * `exclusionEvidence`, each in its own file); `formulate` combines them. This file is the
 * catalogue, one table.
 *
 * @module
 */
import type { ProblemArea } from "../model/vocabularies.js";
import { CITATIONS } from "./citations.js";

/**
 * A scoring rule as data: its id, the area it supports and the literature it rests on (the
 * `citations` every evidence item of the rule carries). A one-line summary of each rule is
 * in `RULE_SUMMARIES` (`ipt-formulation/explain`).
 *
 * @category Scoring rules
 */
export interface RuleInfo {
  readonly id: string;
  readonly area: ProblemArea;
  readonly citations: readonly string[];
}

/**
 * The catalogue of rules, in the order of `docs/scoring.md`.
 *
 * @category Scoring rules
 */
export const RULES = [
  {
    id: "grief.death-near-onset",
    area: "grief",
    citations: [CITATIONS.guideGrief, CITATIONS.markowitz2006],
  },
  {
    id: "grief.unmourned-loss",
    area: "grief",
    citations: [CITATIONS.guideGrief, CITATIONS.guide],
  },
  {
    id: "grief.prolonged-grief-signs",
    area: "grief",
    citations: [CITATIONS.dsm5trPgd],
  },
  {
    id: "grief.undated-death",
    area: "grief",
    citations: [CITATIONS.guideGrief, CITATIONS.guideDeficits],
  },
  {
    id: "grief.conflict-with-deceased",
    area: "grief",
    citations: [CITATIONS.guideGrief],
  },
  {
    id: "grief.measure",
    area: "grief",
    citations: [CITATIONS.prigerson2021, CITATIONS.prigerson1995],
  },
  {
    id: "dispute.current-conflict",
    area: "role-dispute",
    citations: [CITATIONS.guideDisputes],
  },
  {
    id: "dispute.separation-with-conflict",
    area: "role-dispute",
    citations: [CITATIONS.guideDisputes, CITATIONS.guideTransitions],
  },
  {
    id: "transition.life-change",
    area: "role-transition",
    citations: [CITATIONS.guideTransitions, CITATIONS.markowitz2006],
  },
  {
    id: "transition.dispute-dissolution",
    area: "role-transition",
    citations: [CITATIONS.guideDisputes],
  },
  {
    id: "deficits.lifelong-isolation",
    area: "interpersonal-deficits",
    citations: [CITATIONS.guideDeficits],
  },
  {
    id: "deficits.loneliness",
    area: "interpersonal-deficits",
    citations: [CITATIONS.guideDeficits],
  },
  {
    id: "deficits.communication-difficulty",
    area: "interpersonal-deficits",
    citations: [CITATIONS.guideDeficits],
  },
  {
    id: "deficits.rejection-sensitivity",
    area: "interpersonal-deficits",
    citations: [CITATIONS.stuart2012],
  },
  {
    id: "deficits.small-network",
    area: "interpersonal-deficits",
    citations: [CITATIONS.guideDeficits, CITATIONS.stuart2012],
  },
  {
    id: "deficits.exclusion",
    area: "interpersonal-deficits",
    citations: [CITATIONS.guideDeficits, CITATIONS.markowitzWeissman2004],
  },
] as const satisfies readonly RuleInfo[];

/** A rule id. @category Scoring rules */
export type RuleId = (typeof RULES)[number]["id"];
