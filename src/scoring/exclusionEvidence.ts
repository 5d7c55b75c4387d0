/**
 * The exclusion of interpersonal deficits by the acute problem areas.
 *
 * @module
 */
import type { ProblemArea } from "../model/vocabularies.js";
import { item, type RuleContext } from "./ruleContext.js";
import type { Evidence } from "./types.js";

/**
 * The exclusion multiplier of interpersonal deficits: deficits is chosen only by exclusion
 * (Weissman, Markowitz & Klerman), so it is scaled down by the strongest acute area and is
 * not a candidate at all while a loss is unexplained: a person who has died with no event
 * dating the death (`undatedDeaths`, the `death-undated` flag) is a loss that cannot be
 * excluded, whatever their circle and whatever the model's weights.
 */
export const exclusionEvidence = (
  ctx: RuleContext,
  acute: readonly { readonly area: ProblemArea; readonly score: number }[],
  undatedDeaths = 0,
): Evidence => {
  const tau = ctx.p.deficits.exclusionThreshold;
  let strongest = acute[0] as { area: ProblemArea; score: number };
  for (const a of acute) if (a.score > strongest.score) strongest = a;
  if (undatedDeaths > 0)
    return item(
      "deficits.exclusion",
      0,
      { strongestAcute: strongest.score, threshold: tau, undatedDeaths },
      { kind: "areas", areas: ["grief"] },
      `Not a candidate: ${undatedDeaths === 1 ? "a person has" : `${undatedDeaths} people have`} died with no date recorded, a loss that cannot be excluded; deficits is chosen only by exclusion.`,
      "multiply",
    );
  const factor = Math.min(1, Math.max(0, 1 - strongest.score / tau));
  const text =
    factor === 0
      ? `Not a candidate: ${strongest.area} has real evidence (score ${strongest.score.toFixed(2)} at or above the exclusion threshold ${tau}); deficits is chosen only by exclusion.`
      : factor === 1
        ? "No acute problem area has evidence: deficits keeps its full weight."
        : `Scaled by ${factor.toFixed(2)}: the strongest acute area, ${strongest.area}, scores ${strongest.score.toFixed(2)} (exclusion threshold ${tau}).`;
  return item(
    "deficits.exclusion",
    factor,
    { strongestAcute: strongest.score, threshold: tau },
    { kind: "areas", areas: [strongest.area] },
    text,
    "multiply",
  );
};
