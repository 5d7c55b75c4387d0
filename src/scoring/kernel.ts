/**
 * Time relative to the onset of the episode, and the factors every rule shares.
 *
 * @module
 */
import type { ScoringParams } from "./scoringModel.js";

/**
 * The temporal kernel: how much an event `t` months before the reference date (the onset)
 * counts. Full weight for events up to `plateauMonths` before onset, then halving every
 * `halfLifeBeforeMonths`; events after onset (negative `t`) halve every
 * `halfLifeAfterMonths`, because the link of a problem area to the episode is pragmatic,
 * not causal: a change that followed the onset can still keep the depression going.
 *
 * K(t) = 1 for 0 ≤ t ≤ p; 2^(−(t − p)/h_b) for t > p; 2^(t/h_a) for t < 0.
 *
 * @param t - months before the reference date (negative: after it)
 * @param kernel - the model's kernel parameters
 * @returns a weight in (0, 1]
 *
 * @example
 * // Two months before onset, inside the plateau
 * temporalKernel(2, DEFAULT_PARAMS.kernel)
 * //=> 1
 *
 * @example
 * // Nine months before onset: one half-life past the 3-month plateau
 * temporalKernel(9, DEFAULT_PARAMS.kernel)
 * //=> 0.5
 *
 * @category Scoring rules
 * @see Markowitz JC. Interpersonal psychotherapy. Focus 2006;4(2):179.
 */
export function temporalKernel(t: number, kernel: ScoringParams["kernel"]): number {
  if (t < 0) return 2 ** (t / kernel.halfLifeAfterMonths);
  if (t <= kernel.plateauMonths) return 1;
  return 2 ** (-(t - kernel.plateauMonths) / kernel.halfLifeBeforeMonths);
}

/** Round to 6 decimals: every contribution and score is stored this way, so results are byte-stable. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The distress factor: `none + perPoint × distress`, or `unknown` when not rated. */
export const distressFactor = (
  distress: number | undefined,
  p: ScoringParams["distress"],
): number => (distress === undefined ? p.unknown : p.none + p.perPoint * distress);

/** The adjustment factor: less adjusted counts more. */
export const adjustmentFactor = (
  adjusted: boolean | undefined,
  p: ScoringParams["adjustment"],
): number => (adjusted === undefined ? p.unknown : adjusted ? p.adjusted : p.notAdjusted);
