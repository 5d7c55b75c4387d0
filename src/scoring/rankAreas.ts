/**
 * Ranking the problem areas: an fp-ts `Ord` by score, then by the model's clinical
 * tie-break order, so ties never depend on input order.
 *
 * @module
 */

import type { Ord } from "fp-ts/lib/Ord.js";
import type { ProblemArea } from "../model/vocabularies.js";
import type { ScoringModel } from "./scoringModel.js";

/** What ranking needs of an area: its id and score. @category Ranking */
export interface Scored {
  readonly area: ProblemArea;
  readonly score: number;
}

/**
 * The `Ord` that ranks areas best first: higher score first, then the model's tie-break
 * order (by default grief, role transition, role dispute, interpersonal deficits).
 *
 * The default tie-break order rests on reliability and the literature: grief (a datable
 * death) is rated most reliably; a transition was chosen over a co-occurring dispute as
 * more pressing and workable in the Guide's case formulation example; deficits comes last
 * because it is chosen only by exclusion.
 *
 * @param model - the scoring model whose tie-break order to use
 * @returns an `Ord` whose `compare(a, b)` is negative when `a` ranks before `b`
 *
 * @example
 * // Equal scores: grief before role-dispute under the default model
 * ordAreaScore(DEFAULT_MODEL).compare({ area: "grief", score: 0.5 }, { area: "role-dispute", score: 0.5 })
 * //=> -1
 *
 * @category Ranking
 * @see Markowitz JC et al. Rater agreement on interpersonal psychotherapy problem areas. J Psychother Pract Res 2000;9(3):131-135.
 */
export function ordAreaScore(model: ScoringModel): Ord<Scored> {
  // Written out rather than composed from fp-ts's Ord, number and Monoid modules: the same
  // order (score descending, then the tie-break index; -1, 0 or 1), and loading the package
  // no longer loads those modules. A property test checks it against the composed Ord.
  const tie = model.params.tieBreak;
  const compare = (a: Scored, b: Scored): -1 | 0 | 1 =>
    a.score > b.score
      ? -1
      : a.score < b.score
        ? 1
        : (Math.sign(tie.indexOf(a.area) - tie.indexOf(b.area)) as -1 | 0 | 1);
  return { equals: (a, b) => a === b || compare(a, b) === 0, compare };
}

/**
 * Sort scored areas best first with {@link ordAreaScore}.
 *
 * @param model - the scoring model whose tie-break order to use
 * @param scored - the areas with their scores
 * @returns a new array, best first
 *
 * @example
 * // Sorted by score
 * rankAreas(DEFAULT_MODEL, [{ area: "grief", score: 0.2 }, { area: "role-transition", score: 0.7 }]).map((s) => s.area)
 * //=> ["role-transition", "grief"]
 *
 * @category Ranking
 */
export function rankAreas<T extends Scored>(
  model: ScoringModel,
  scored: readonly T[],
): readonly T[] {
  return [...scored].sort(ordAreaScore(model).compare);
}
