/**
 * The scoring rules: one per clinical idea, each with a stable id, the area it supports and
 * the literature it rests on. Each rule turns one relationship, life event, measure or the
 * social pattern into evidence items; `formulate` combines them.
 *
 * @module
 */
import type { GriefMeasureEvidence } from "../measures/caseMeasures.js";
import type { Case, LifeEvent, Relationship } from "../model/case.js";
import { LIFE_EVENT_KIND_LABELS } from "../model/labels.js";
import { DAYS_PER_MONTH, midDay, parsePartialDate } from "../model/partialDate.js";
import {
  ACCESSORY_GRIEF_SIGNS,
  CORE_GRIEF_SIGNS,
  type GriefSign,
  type ProblemArea,
} from "../model/vocabularies.js";
import { CITATIONS } from "./citations.js";
import { adjustmentFactor, distressFactor, round6, temporalKernel } from "./kernel.js";
import type { ScoringParams, TransitionEventKind } from "./scoringModel.js";
import type { Evidence, EvidenceSource } from "./types.js";

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
const dayOf = (s: string): number => {
  const p = parsePartialDate(s);
  return p._tag === "Some" ? midDay(p.value) : 0;
};

/** Months from a date to the reference date (positive: before it). */
export const monthsBeforeRef = (ctx: RuleContext, date: string): number =>
  (ctx.refDay - dayOf(date)) / DAYS_PER_MONTH;

const whenText = (ctx: RuleContext, t: number): string => {
  const ref = ctx.refBasis === "onset" ? "onset" : "the assessment";
  const m = Math.round(Math.abs(t));
  if (m === 0) return `around ${ref}`;
  return `about ${m} month${m === 1 ? "" : "s"} ${t >= 0 ? "before" : "after"} ${ref}`;
};

const item = (
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

const closenessOf = (ctx: RuleContext, r: Relationship): number => ctx.p.closeness[r.circle];

const personText = (r: Relationship): string => `${r.label} (${r.circle} circle)`;

/** An event's relationship ids, distinct, in code-unit order (most events name zero or one). */
const idsOf = (e: LifeEvent): string[] => {
  const ids = e.relationshipIds;
  if (ids === undefined || ids.length === 0) return [];
  if (ids.length === 1) return [ids[0] as string];
  return [...new Set(ids)].sort();
};

const eventSource = (e: LifeEvent): EvidenceSource => ({
  kind: "life-event",
  lifeEventId: e.id,
  relationshipIds: idsOf(e),
});

const peopleOf = (ctx: RuleContext, e: LifeEvent): Relationship[] => {
  const out: Relationship[] = [];
  for (const id of idsOf(e)) {
    const r = ctx.relationships.get(id);
    if (r !== undefined) out.push(r);
  }
  return out;
};

/** The closest person involved in an event, or undefined. */
const closest = (ctx: RuleContext, people: readonly Relationship[]): Relationship | undefined => {
  let best: Relationship | undefined;
  for (const r of people)
    if (best === undefined || closenessOf(ctx, r) > closenessOf(ctx, best)) best = r;
  return best;
};

/** DSM-5-TR prolonged grief criterion C: at least 3 of the 8 other signs (besides a core sign). */
export const ACCESSORY_SIGNS_NEEDED = 3;

/**
 * Whether a loss meets the DSM-5-TR prolonged grief criteria A–C (time and symptoms), with
 * the time the model asks for (`neededMonths`: `grief.adultMonths`, or
 * `grief.adolescentMonths` for adolescents), so that a message states the threshold the rule used.
 */
export const prolongedGriefStatus = (
  ctx: RuleContext,
  e: LifeEvent,
): {
  readonly core: boolean;
  readonly accessory: number;
  readonly monthsSince: number;
  readonly neededMonths: number;
  readonly timeMet: boolean;
  readonly met: boolean;
} => {
  const signs = new Set<GriefSign>(e.griefSigns ?? []);
  const core = CORE_GRIEF_SIGNS.some((s) => signs.has(s));
  const accessory = ACCESSORY_GRIEF_SIGNS.filter((s) => signs.has(s)).length;
  const monthsSince = (ctx.assessedDay - dayOf(e.date)) / DAYS_PER_MONTH;
  const needed =
    ctx.case.population === "adolescent" ? ctx.p.grief.adolescentMonths : ctx.p.grief.adultMonths;
  const timeMet = monthsSince >= needed;
  return {
    core,
    accessory,
    monthsSince,
    neededMonths: needed,
    timeMet,
    met: timeMet && core && accessory >= ACCESSORY_SIGNS_NEEDED,
  };
};

/** Evidence from one loss event (death or pregnancy loss). */
export const lossEvidence = (ctx: RuleContext, e: LifeEvent): Evidence[] => {
  const g = ctx.p.grief;
  const people = peopleOf(ctx, e);
  const person = closest(ctx, people);
  const closeness =
    person !== undefined
      ? closenessOf(ctx, person)
      : e.kind === "pregnancy-loss"
        ? g.pregnancyLossCloseness
        : g.unknownPersonCloseness;
  const t = monthsBeforeRef(ctx, e.date);
  const kernel = temporalKernel(t, ctx.p.kernel);
  const distress = distressFactor(e.distress, ctx.p.distress);
  const adjustment = adjustmentFactor(e.adjusted, ctx.p.adjustment);
  const what =
    e.kind === "death"
      ? person !== undefined
        ? `Death of ${personText(person)}`
        : "A death"
      : "A pregnancy loss";
  const mourned =
    e.adjusted === undefined ? "mourning not recorded" : e.adjusted ? "mourned" : "not yet mourned";
  const src = eventSource(e);
  const out: Evidence[] = [
    item(
      "grief.death-near-onset",
      g.deathBase * closeness * kernel * distress * adjustment,
      { base: g.deathBase, closeness, time: kernel, distress, adjustment },
      src,
      `${what}, ${whenText(ctx, t)}, ${mourned}.`,
    ),
  ];
  if (e.adjusted === false) {
    const persistence = Math.max(kernel, g.unmournedFloor);
    out.push(
      item(
        "grief.unmourned-loss",
        g.unmournedBase * closeness * persistence * distress,
        { base: g.unmournedBase, closeness, persistence, distress },
        src,
        `${what} has not been mourned; an unmourned loss keeps its weight however long ago it was.`,
      ),
    );
  }
  if ((e.griefSigns ?? []).length > 0) {
    const s = prolongedGriefStatus(ctx, e);
    const signFraction = Math.min(
      1,
      ((s.core ? 1 : 0) + s.accessory) / (1 + ACCESSORY_SIGNS_NEEDED),
    );
    const base = s.met ? g.prolongedFull : g.prolongedPartial;
    const strength = s.met ? 1 : signFraction;
    out.push(
      item(
        "grief.prolonged-grief-signs",
        base * closeness * strength,
        { base, closeness, signs: strength },
        src,
        s.met
          ? `${what}: prolonged grief signs meet the DSM-5-TR time and symptom criteria (a core sign and ${s.accessory} of ${ACCESSORY_GRIEF_SIGNS.length} others, ${Math.floor(s.monthsSince)} months since the loss).`
          : `${what}: ${s.core ? "a core grief sign" : "no core grief sign"} and ${s.accessory} of ${ACCESSORY_GRIEF_SIGNS.length} other signs${s.timeMet ? "" : ", before the DSM-5-TR time criterion"}.`,
      ),
    );
  }
  return out;
};

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
