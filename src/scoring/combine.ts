/**
 * The combination rule: how evidence makes a score.
 *
 * @module
 */
import { round6 } from "./kernel.js";
import type { Evidence } from "./types.js";

const descending = (xs: readonly number[]): boolean => {
  for (let i = 1; i < xs.length; i++) if ((xs[i - 1] as number) < (xs[i] as number)) return false;
  return true;
};

/**
 * Recompute an area's score from its evidence: the noisy-OR of the additive contributions,
 * times the product of the multiplicative factors, rounded to 6 decimals.
 *
 * score = round6( (1 − ∏ᵢ (1 − cᵢ)) × ∏ⱼ mⱼ )
 *
 * Contributions are multiplied in descending order, so the result never depends on the
 * order of the evidence. The score lies in [0, 1]; with no additive evidence it is 0. This
 * is exactly how {@link formulate} computes every score, so
 * `recomputeScore(a.evidence) === a.score` for each area.
 *
 * @param evidence - an area's evidence items
 * @returns the score in [0, 1]
 *
 * @example
 * // Two independent pieces of evidence of 0.5 combine to 0.75 (only `effect` and `contribution` count)
 * recomputeScore([{ effect: "add", contribution: 0.5 }, { effect: "add", contribution: 0.5 }])
 * //=> 0.75
 *
 * @example
 * // A multiplier (the deficits exclusion rule) scales the result
 * recomputeScore([{ effect: "add", contribution: 0.8 }, { effect: "multiply", contribution: 0.5 }])
 * //=> 0.4
 *
 * @category Formulation
 */
export function recomputeScore(
  evidence: readonly Pick<Evidence, "effect" | "contribution">[],
): number {
  // One item (most areas of a per-person view): the same arithmetic, without the arrays.
  if (evidence.length === 1) {
    const e = evidence[0] as Pick<Evidence, "effect" | "contribution">;
    return e.effect === "add" ? round6(1 - (1 - e.contribution)) : round6(0 * e.contribution);
  }
  const adds: number[] = [];
  const muls: number[] = [];
  for (const e of evidence) (e.effect === "add" ? adds : muls).push(e.contribution);
  // formulate hands over evidence already in descending order: check before sorting.
  if (!descending(adds)) adds.sort((a, b) => b - a);
  if (!descending(muls)) muls.sort((a, b) => b - a);
  let miss = 1;
  for (const c of adds) miss *= 1 - c;
  let factor = 1;
  for (const m of muls) factor *= m;
  return round6((1 - miss) * factor);
}
