/**
 * A person who has died with no loss event dating the death: a loss of unknown date.
 *
 * @module
 */
import type { Case, Relationship } from "../model/case.js";
import { closenessOf, item, personText, type RuleContext } from "./ruleContext.js";
import type { Evidence } from "./types.js";

/**
 * The ids of the people whose loss a life event dates: those a `death` or `pregnancy-loss`
 * event names in `relationshipIds`. A `pregnancy-loss` counts: it records when that loss
 * happened, and `lossEvidence` already weighs it.
 */
export const datedLosses = (c: Case): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const e of c.lifeEvents)
    if ((e.kind === "death" || e.kind === "pregnancy-loss") && e.relationshipIds !== undefined)
      for (const id of e.relationshipIds) out.add(id);
  return out;
};

/**
 * Evidence from a `deceased` relationship that no loss event names (see {@link datedLosses}):
 * a loss of unknown date. Without a date it can be neither tied to onset nor discounted as
 * remote, so it weighs `grief.undatedDeath` by closeness alone; with the default weights the
 * loss of an inner- or middle-circle person reaches the deficits exclusion threshold.
 */
export const undatedDeathEvidence = (ctx: RuleContext, r: Relationship): Evidence => {
  const closeness = closenessOf(ctx, r);
  const base = ctx.p.grief.undatedDeath;
  return item(
    "grief.undated-death",
    base * closeness,
    { base, closeness },
    { kind: "relationship", relationshipId: r.id },
    `Death of ${personText(r)}, date not recorded: a loss that can be neither tied to onset nor set aside as remote.`,
  );
};
