/**
 * The rules of one relationship: a current dispute, a dispute in dissolution, a conflict with
 * someone who has died.
 *
 * @module
 */
import type { Relationship } from "../model/case.js";
import { temporalKernel } from "./kernel.js";
import {
  closenessOf,
  item,
  monthsBeforeRef,
  personText,
  type RuleContext,
  whenText,
} from "./ruleContext.js";
import type { Evidence, EvidenceSource } from "./types.js";

/** How a conflict that began `t` months before onset links to it: full weight for recent conflicts, a floor for chronic ones. */
const conflictLink = (ctx: RuleContext, r: Relationship): { link: number; text: string } => {
  const d = ctx.p.dispute;
  if (r.conflictSince === undefined) return { link: d.unknownSince, text: "start not recorded" };
  const t = monthsBeforeRef(ctx, r.conflictSince);
  if (t < 0) return { link: temporalKernel(t, ctx.p.kernel), text: `began ${whenText(ctx, t)}` };
  const link =
    t <= d.chronicPlateauMonths
      ? 1
      : Math.max(
          d.chronicFloor,
          2 ** (-(t - d.chronicPlateauMonths) / ctx.p.kernel.halfLifeBeforeMonths),
        );
  return { link, text: `began ${whenText(ctx, t)}` };
};

/** Evidence from one relationship: a dispute, a dissolution, or a conflict with someone who has died. */
export const relationshipEvidence = (ctx: RuleContext, r: Relationship): Evidence[] => {
  const conflictRating = r.conflict ?? 0;
  if (conflictRating === 0) return [];
  const conflict = conflictRating / 4;
  const src: EvidenceSource = { kind: "relationship", relationshipId: r.id };
  if (r.status === "deceased") {
    const closeness = closenessOf(ctx, r);
    const base = ctx.p.grief.conflictWithDeceased;
    return [
      item(
        "grief.conflict-with-deceased",
        base * conflict * closeness,
        { base, conflict, closeness },
        src,
        `Unresolved conflict with ${personText(r)}, who has died: grief work, not a dispute.`,
      ),
    ];
  }
  const d = ctx.p.dispute;
  const closeness = d.closeness[r.circle];
  const expectations =
    r.expectationsReciprocal === undefined
      ? d.expectations.unknown
      : r.expectationsReciprocal
        ? d.expectations.reciprocal
        : d.expectations.nonReciprocal;
  const stage = d.stage[r.disputeStage ?? "unknown"];
  const status = d.status[r.status];
  const { link, text } = conflictLink(ctx, r);
  const expText =
    r.expectationsReciprocal === undefined
      ? "expectations not recorded"
      : r.expectationsReciprocal
        ? "expectations reciprocal"
        : "non-reciprocal expectations";
  const out: Evidence[] = [
    item(
      "dispute.current-conflict",
      d.base * conflict * closeness * expectations * stage * status * link,
      { base: d.base, conflict, closeness, expectations, stage, status, onsetLink: link },
      src,
      `Conflict with ${personText(r)} rated ${conflictRating}/4, ${expText}, ${r.disputeStage ?? "stage not recorded"}, ${text}.`,
    ),
  ];
  if (r.disputeStage === "dissolution") {
    const base = ctx.p.transition.dissolutionBase;
    const near = closenessOf(ctx, r);
    out.push(
      item(
        "transition.dispute-dissolution",
        base * conflict * near * link,
        { base, conflict, closeness: near, onsetLink: link },
        src,
        `The dispute with ${personText(r)} is in dissolution: ending the relationship is also a role transition.`,
      ),
    );
  }
  return out;
};
