/**
 * Research helpers: agreement statistics for comparing the model's chosen problem area
 * with clinicians' (percent agreement, Wilson intervals, Cohen's, weighted and Fleiss'
 * kappa), and CSV / JSON Lines output. All pure: no I/O, clock or randomness, and
 * invalid input is an `Either` error value, never a throw.
 *
 * @module
 */
export {
  type CohenKappaOptions,
  type ConfidenceInterval,
  cohenKappa,
  type KappaEstimate,
} from "./cohenKappa.js";
export { type ConfusionMatrix, confusionMatrix } from "./confusionMatrix.js";
export { type CsvValue, csvField, parseCsv, toCsv } from "./csv.js";
export {
  countRatings,
  type FleissKappaEstimate,
  fleissKappa,
  type RatingCounts,
} from "./fleissKappa.js";
export { toJsonl } from "./jsonl.js";
export { percentAgreement } from "./percentAgreement.js";
export {
  RESEARCH_ERROR_CODES,
  type ResearchError,
  type ResearchErrorCode,
} from "./researchError.js";
export {
  KAPPA_WEIGHTINGS,
  type KappaWeighting,
  type WeightedKappaEstimate,
  type WeightedKappaOptions,
  weightedKappa,
} from "./weightedKappa.js";
export { type WilsonInterval, wilsonInterval, Z_95 } from "./wilsonInterval.js";
