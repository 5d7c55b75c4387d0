/**
 * The interpersonal deficits rules of the social pattern and the inventory (before the
 * exclusion).
 *
 * @module
 */
import type { Relationship } from "../model/case.js";
import { item, type RuleContext } from "./ruleContext.js";
import type { Evidence } from "./types.js";

/** Whether a relationship is a close, supportive, active tie. */
const isCloseTie = (r: Relationship): boolean =>
  r.status === "active" && (r.circle === "inner" || r.circle === "middle") && (r.support ?? 2) >= 2;

/** Evidence for interpersonal deficits from the social pattern and the inventory (before exclusion). */
export const socialEvidence = (ctx: RuleContext): Evidence[] => {
  const s = ctx.case.social;
  const p = ctx.p.deficits;
  const out: Evidence[] = [];
  if (s?.lifelongIsolation === true)
    out.push(
      item(
        "deficits.lifelong-isolation",
        p.lifelongIsolation,
        { base: p.lifelongIsolation },
        { kind: "social", field: "lifelongIsolation" },
        "A long-standing pattern of few or impoverished relationships.",
      ),
    );
  const rated = [
    ["loneliness", "deficits.loneliness", p.loneliness, "Loneliness"],
    [
      "communicationDifficulty",
      "deficits.communication-difficulty",
      p.communicationDifficulty,
      "Difficulty starting or keeping relationships",
    ],
    [
      "rejectionSensitivity",
      "deficits.rejection-sensitivity",
      p.rejectionSensitivity,
      "Sensitivity to criticism and rejection",
    ],
  ] as const;
  for (const [field, rule, base, text] of rated) {
    const v = s?.[field] ?? 0;
    if (v > 0)
      out.push(
        item(
          rule,
          base * (v / 4),
          { base, rating: v / 4 },
          { kind: "social", field },
          `${text} rated ${v}/4.`,
        ),
      );
  }
  let ties = 0;
  for (const r of ctx.case.relationships) if (isCloseTie(r)) ties++;
  if (ties < p.closeTiesExpected) {
    const shortfall = 1 - ties / p.closeTiesExpected;
    out.push(
      item(
        "deficits.small-network",
        p.smallNetwork * shortfall,
        { base: p.smallNetwork, shortfall },
        { kind: "social", field: "relationships" },
        `${ties} close, supportive, active tie${ties === 1 ? "" : "s"} in the inner and middle circles (${p.closeTiesExpected} or more expected).`,
      ),
    );
  }
  return out;
};
