/**
 * The categorical prolonged grief disorder algorithm, evaluated from its data
 * ({@link ProlongedGriefAlgorithm}) with three-valued criteria: a missing item or an unknown
 * loss date makes a criterion `unknown`, never silently `not-met`.
 *
 * @module
 */
import * as O from "../internal/option.js";
import { monthsBetween } from "../model/partialDate.js";
import type { ProlongedGriefAlgorithm } from "./instrument.js";
import type { CriterionStatus, ProlongedGriefResult, ScoreContext } from "./measureScore.js";

/** `met` when at least `need` of `xs` reach `min`; `not-met` when even every missing one could not get there. */
const atLeast = (
  xs: readonly (number | null | undefined)[],
  min: number,
  need: number,
): { readonly status: CriterionStatus; readonly endorsed: number } => {
  let endorsed = 0;
  let unknown = 0;
  for (const x of xs) {
    if (x === null || x === undefined) unknown++;
    else if (x >= min) endorsed++;
  }
  const status: CriterionStatus =
    endorsed >= need ? "met" : endorsed + unknown < need ? "not-met" : "unknown";
  return { status, endorsed };
};

/**
 * Evaluate the categorical prolonged grief algorithm on one measure's items.
 *
 * Each criterion is `met`, `not-met` or `unknown`:
 * - duration: months from `context.lossDate` to `administeredOn` (mid-period rule) at least
 *   `minMonths.adult`, or `minMonths.adolescent` for the `adolescent` population; `unknown`
 *   without a valid loss date or when the loss is dated after the administration;
 * - core: at least one core item at `symptomMin` or more;
 * - accessory: at least `accessoryRequired` accessory items at `symptomMin` or more;
 * - impairment: the impairment item at `impairmentMin` or more (`met` when the instrument
 *   has no impairment item).
 *
 * The status is `not-met` if any criterion is not met, `met` if all are, otherwise
 * `indeterminate`.
 *
 * @param algorithm - the instrument's algorithm data
 * @param items - the measure's items (keyed)
 * @param administeredOn - when the measure was administered
 * @param context - the loss date and population
 * @returns every criterion and the overall status
 *
 * @example
 * // PG-13-R 14 months after the loss: yearning 5, four accessory items at 4, impaired
 * evaluateProlongedGrief(PG13R.prolongedGrief!, [5, 2, 4, 4, 4, 4, 1, 1, 1, 1, 1], "2026-03", { lossDate: "2025-01" }).status
 * //=> "met"
 *
 * @category Measures
 * @see Prigerson et al. 2021, World Psychiatry 20:96; American Psychiatric Association, DSM-5-TR (2022).
 */
export function evaluateProlongedGrief(
  algorithm: ProlongedGriefAlgorithm,
  items: readonly (number | null)[],
  administeredOn: string,
  context: ScoreContext,
): ProlongedGriefResult {
  const requiredMonths =
    context.population === "adolescent"
      ? algorithm.minMonths.adolescent
      : algorithm.minMonths.adult;
  const months =
    context.lossDate === undefined
      ? O.none
      : O.filter((m: number) => m >= 0)(monthsBetween(context.lossDate, administeredOn));
  const monthsSinceLoss = O.isSome(months) ? months.value : null;
  const duration: CriterionStatus =
    monthsSinceLoss === null ? "unknown" : monthsSinceLoss >= requiredMonths ? "met" : "not-met";
  const core = atLeast(
    algorithm.coreItems.map((i) => items[i]),
    algorithm.symptomMin,
    1,
  ).status;
  const accessory = atLeast(
    algorithm.accessoryItems.map((i) => items[i]),
    algorithm.symptomMin,
    algorithm.accessoryRequired,
  );
  const impairment: CriterionStatus =
    algorithm.impairmentItem === null
      ? "met"
      : atLeast([items[algorithm.impairmentItem]], algorithm.impairmentMin, 1).status;
  const all = [duration, core, accessory.status, impairment];
  const status = all.includes("not-met")
    ? "not-met"
    : all.every((s) => s === "met")
      ? "met"
      : "indeterminate";
  return {
    status,
    monthsSinceLoss,
    requiredMonths,
    duration,
    core,
    accessory: accessory.status,
    accessoryEndorsed: accessory.endorsed,
    accessoryRequired: algorithm.accessoryRequired,
    impairment,
    source: algorithm.source,
  };
}
