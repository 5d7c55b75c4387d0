/**
 * The rules of a life change (every kind but the losses): a role transition, and a dispute
 * when a separation or divorce goes on with conflict.
 *
 * @module
 */
import type { LifeEvent, Relationship } from "../model/case.js";
import { LIFE_EVENT_KIND_LABELS } from "../model/labels.js";
import { adjustmentFactor, distressFactor, temporalKernel } from "./kernel.js";
import {
  eventSource,
  item,
  monthsBeforeRef,
  peopleOf,
  personText,
  type RuleContext,
  whenText,
} from "./ruleContext.js";
import type { TransitionEventKind } from "./scoringModel.js";
import type { Evidence } from "./types.js";

/** Evidence from one life change (every kind but the losses). */
export const changeEvidence = (ctx: RuleContext, e: LifeEvent): Evidence[] => {
  const kind = e.kind as TransitionEventKind;
  const weight = ctx.p.transition.kinds[kind];
  const t = monthsBeforeRef(ctx, e.date);
  const kernel = temporalKernel(t, ctx.p.kernel);
  const distress = distressFactor(e.distress, ctx.p.distress);
  const adjustment = adjustmentFactor(e.adjusted, ctx.p.adjustment);
  const adapted =
    e.adjusted === undefined
      ? "adaptation not recorded"
      : e.adjusted
        ? "adapted to"
        : "not yet adapted to";
  const src = eventSource(e);
  // A separation or divorce with an ongoing fight is a dispute as much as a transition
  // (the Guide: divorce is a transition; a dispute while conflict with the ex goes on).
  let fight: { r: Relationship; c: number; closeness: number; conflict: number } | undefined;
  if (e.kind === "divorce" || e.kind === "separation")
    for (const r of peopleOf(ctx, e)) {
      if (r.status === "deceased" || (r.conflict ?? 0) === 0) continue;
      const conflict = (r.conflict ?? 0) / 4;
      const closeness = ctx.p.dispute.closeness[r.circle];
      const c = ctx.p.dispute.separationBase * conflict * closeness * kernel;
      if (fight === undefined || c > fight.c) fight = { r, c, closeness, conflict };
    }
  const ongoing = fight === undefined ? 1 : ctx.p.transition.ongoingConflict;
  const out: Evidence[] = [
    item(
      "transition.life-change",
      weight * kernel * distress * adjustment * ongoing,
      fight === undefined
        ? { kind: weight, time: kernel, distress, adjustment }
        : { kind: weight, time: kernel, distress, adjustment, ongoingConflict: ongoing },
      src,
      `${LIFE_EVENT_KIND_LABELS[e.kind]}, ${whenText(ctx, t)}, ${adapted}${fight === undefined ? "" : "; the conflict goes on, so it counts partly as a dispute"}.`,
    ),
  ];
  if (fight !== undefined)
    out.push(
      item(
        "dispute.separation-with-conflict",
        fight.c,
        {
          base: ctx.p.dispute.separationBase,
          conflict: fight.conflict,
          closeness: fight.closeness,
          time: kernel,
        },
        src,
        `${LIFE_EVENT_KIND_LABELS[e.kind]} with ongoing conflict with ${personText(fight.r)}.`,
      ),
    );
  return out;
};
