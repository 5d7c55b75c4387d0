/**
 * Change between administrations of the same instrument: first against last, judged by the
 * instrument's published reliable-change threshold.
 *
 * @module
 */
import * as E from "../internal/either.js";
import type { CaseMeasureScore } from "./caseMeasures.js";
import { compareAdministrations } from "./internal/order.js";
import type { ChangeStatus, MeasureChange } from "./measureChange.js";
import type { MeasureScore } from "./measureScore.js";

interface Point {
  readonly index: number;
  readonly administeredOn: string;
  readonly total: number;
  readonly score: MeasureScore;
}

const statusOf = (score: MeasureScore, difference: number): ChangeStatus => {
  const threshold = score.reliableChange;
  if (threshold === null) return "threshold-unpublished";
  const improvement = score.direction === "higher-is-worse" ? -difference : difference;
  if (improvement >= threshold.points) return "reliable-improvement";
  if (improvement <= -threshold.points) return "reliable-deterioration";
  return "no-reliable-change";
};

/**
 * For each instrument administered more than once (with a total), compare the first and
 * the last administration.
 *
 * Order is by `administeredOn` with the mid-period rule (`comparePartialDates`); on the same
 * date the lower total counts as earlier (the cautious reading: a same-day pair reads as
 * deterioration rather than improvement), then input position. A change counts as reliable
 * when it reaches the instrument's threshold (PHQ-9 5, GAD-7 4, EPDS 4) in the direction of
 * improvement (a drop, for these instruments) or deterioration; instruments without a
 * published threshold (HAM-D-17, PG-13-R, ICG) report `threshold-unpublished` with the
 * difference and percent change. Erroneous measures and those with too many missing items are
 * left out. Results are sorted by instrument id.
 *
 * @param scored - the output of {@link scoreCaseMeasures}
 * @returns one change per instrument given at least twice
 *
 * @example
 * // PHQ-9 from 16 to 11: a drop of 5 meets Löwe 2004's threshold
 * measureChanges(scoreCaseMeasures([
 *   { instrument: "phq-9", administeredOn: "2026-03", items: [1, 1, 1, 1, 1, 1, 2, 2, 1] },
 *   { instrument: "phq-9", administeredOn: "2026-01", items: [2, 2, 2, 2, 2, 2, 2, 2, 0] },
 * ]))[0].status
 * //=> "reliable-improvement"
 *
 * @category Measures
 * @see Löwe et al. 2004 (PHQ-9, 5); NHS Talking Therapies and Toussaint et al. 2020 (GAD-7, 4); Matthey 2004 (EPDS, 4).
 */
export function measureChanges(scored: readonly CaseMeasureScore[]): readonly MeasureChange[] {
  const groups = new Map<string, Point[]>();
  for (const s of scored) {
    if (E.isLeft(s.result)) continue;
    const score = s.result.right;
    if (score.total === null) continue;
    const point = {
      index: s.index,
      administeredOn: score.administeredOn,
      total: score.total,
      score,
    };
    const group = groups.get(score.instrument);
    if (group === undefined) groups.set(score.instrument, [point]);
    else group.push(point);
  }
  const out: MeasureChange[] = [];
  for (const [instrument, points] of groups) {
    const sorted = [...points].sort(compareAdministrations);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (sorted.length < 2 || first === undefined || last === undefined) continue;
    const difference = last.total - first.total;
    out.push({
      instrument,
      shortName: last.score.shortName,
      administrations: sorted.length,
      first: {
        measureIndex: first.index,
        administeredOn: first.administeredOn,
        total: first.total,
      },
      last: { measureIndex: last.index, administeredOn: last.administeredOn, total: last.total },
      difference,
      percentChange: first.total === 0 ? null : (difference / first.total) * 100,
      threshold: last.score.reliableChange,
      status: statusOf(last.score, difference),
    });
  }
  return out.sort((a, b) =>
    a.instrument < b.instrument ? -1 : a.instrument > b.instrument ? 1 : 0,
  );
}
