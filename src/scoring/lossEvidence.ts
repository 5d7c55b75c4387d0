/**
 * The grief rules of a loss event (death or pregnancy loss): a death near onset, an unmourned
 * loss, prolonged grief signs against the DSM-5-TR criteria.
 *
 * @module
 */
import type { LifeEvent } from "../model/case.js";
import { DAYS_PER_MONTH } from "../model/partialDate.js";
import { ACCESSORY_GRIEF_SIGNS, CORE_GRIEF_SIGNS, type GriefSign } from "../model/vocabularies.js";
import { adjustmentFactor, distressFactor, temporalKernel } from "./kernel.js";
import {
  closenessOf,
  closest,
  dayOf,
  eventSource,
  item,
  monthsBeforeRef,
  peopleOf,
  personText,
  type RuleContext,
  whenText,
} from "./ruleContext.js";
import type { Evidence } from "./types.js";

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
