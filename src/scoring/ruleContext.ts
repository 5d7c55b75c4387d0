/**
 * What the scoring rules share: the context they read (the case, the model's parameters and
 * the reference day) and the helpers that turn a rule's factors into an evidence item.
 *
 * @module
 */
import type { Case, LifeEvent, Relationship } from "../model/case.js";
import { DAYS_PER_MONTH, midDay, parsePartialDate } from "../model/partialDate.js";
import { round6 } from "./kernel.js";
import { RULES, type RuleId, type RuleInfo } from "./rules.js";
import type { ScoringParams } from "./scoringModel.js";
import type { Evidence, EvidenceSource } from "./types.js";

const ruleById = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

/** What the rules need besides the case: parameters and the reference day. */
export interface RuleContext {
  readonly case: Case;
  readonly p: ScoringParams;
  /** Day number of the reference date (onset, or assessedOn). */
  readonly refDay: number;
  readonly refBasis: "onset" | "assessment";
  /** Day number of assessedOn. */
  readonly assessedDay: number;
  readonly relationships: ReadonlyMap<string, Relationship>;
}

/**
 * Mid-period day number of a partial date. The scanner is cheap enough that a memo (a map per
 * formulation) cost more than it saved: a case's dates are mostly distinct.
 */
export const dayOf = (s: string): number => {
  const p = parsePartialDate(s);
  return p._tag === "Some" ? midDay(p.value) : 0;
};

/** Months from a date to the reference date (positive: before it). */
export const monthsBeforeRef = (ctx: RuleContext, date: string): number =>
  (ctx.refDay - dayOf(date)) / DAYS_PER_MONTH;

export const whenText = (ctx: RuleContext, t: number): string => {
  const ref = ctx.refBasis === "onset" ? "onset" : "the assessment";
  const m = Math.round(Math.abs(t));
  if (m === 0) return `around ${ref}`;
  return `about ${m} month${m === 1 ? "" : "s"} ${t >= 0 ? "before" : "after"} ${ref}`;
};

export const item = (
  rule: RuleId,
  contribution: number,
  factors: Record<string, number>,
  source: EvidenceSource,
  explanation: string,
  effect: "add" | "multiply" = "add",
): Evidence => {
  const info = ruleById.get(rule) as RuleInfo;
  // `factors` is a fresh literal of each rule, its keys in a fixed order: round in place.
  for (const k in factors) factors[k] = round6(factors[k] as number);
  return {
    rule,
    area: info.area,
    effect,
    contribution: round6(contribution),
    factors,
    source,
    explanation,
    citations: info.citations,
  };
};

export const closenessOf = (ctx: RuleContext, r: Relationship): number => ctx.p.closeness[r.circle];

export const personText = (r: Relationship): string => `${r.label} (${r.circle} circle)`;

/** An event's relationship ids, distinct, in code-unit order (most events name zero or one). */
const idsOf = (e: LifeEvent): string[] => {
  const ids = e.relationshipIds;
  if (ids === undefined || ids.length === 0) return [];
  if (ids.length === 1) return [ids[0] as string];
  return [...new Set(ids)].sort();
};

export const eventSource = (e: LifeEvent): EvidenceSource => ({
  kind: "life-event",
  lifeEventId: e.id,
  relationshipIds: idsOf(e),
});

export const peopleOf = (ctx: RuleContext, e: LifeEvent): Relationship[] => {
  const out: Relationship[] = [];
  for (const id of idsOf(e)) {
    const r = ctx.relationships.get(id);
    if (r !== undefined) out.push(r);
  }
  return out;
};

/** The closest person involved in an event, or undefined. */
export const closest = (
  ctx: RuleContext,
  people: readonly Relationship[],
): Relationship | undefined => {
  let best: Relationship | undefined;
  for (const r of people)
    if (best === undefined || closenessOf(ctx, r) > closenessOf(ctx, best)) best = r;
  return best;
};
