/**
 * Grief evidence from a grief instrument about a loss of the case.
 *
 * @module
 */
import type { GriefMeasureEvidence } from "../measures/caseMeasures.js";
import type { LifeEvent } from "../model/case.js";
import { closest, item, peopleOf, personText, type RuleContext } from "./ruleContext.js";
import type { Evidence } from "./types.js";

/** Grief evidence from a grief instrument (PG-13-R, ICG) about a loss of the case. */
export const measureEvidence = (
  ctx: RuleContext,
  g: GriefMeasureEvidence,
  loss: LifeEvent,
): Evidence => {
  const base = ctx.p.grief.measure;
  const person = closest(ctx, peopleOf(ctx, loss));
  const what =
    loss.kind === "death"
      ? person !== undefined
        ? `the death of ${personText(person)}`
        : "a death"
      : "a pregnancy loss";
  const position =
    g.strength === 0 ? `below its cut-off (${g.cutOff})` : `at or above its cut-off (${g.cutOff})`;
  const pgd = g.prolongedGrief === null ? "" : `; categorical prolonged grief: ${g.prolongedGrief}`;
  return item(
    "grief.measure",
    base * g.strength,
    { base, strength: g.strength },
    { kind: "measure", measureIndex: g.measureIndex, lifeEventId: g.lifeEventId },
    `${g.instrument.toUpperCase()} about ${what} totals ${g.total}, ${position}${pgd}.`,
  );
};
