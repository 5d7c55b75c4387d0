/**
 * Research helpers: run the formulation over cohorts (arrays, iterables, streams, JSON
 * Lines), summarise a cohort with Wilson intervals, test how sensitive the chosen focus is
 * to the scoring model's parameters, generate seeded synthetic cohorts, compare the model's
 * chosen problem area with clinicians' (percent agreement, Wilson intervals, Cohen's,
 * weighted and Fleiss' kappa, Scott's pi, Gwet's AC1/AC2, Brennan–Prediger, Conger's kappa,
 * Krippendorff's alpha, the six Shrout & Fleiss intraclass correlations, from label lists,
 * rater matrices with missing ratings or published tables), and write flat rows as CSV or JSON Lines. All pure: no I/O,
 * clock or randomness (the seeded generators are deterministic), and invalid input is an
 * `Either` error value or an error record, never a throw.
 *
 * @module
 */

export {
  type AgreementCoefficient,
  type AgreementData,
  type AgreementOptions,
  brennanPrediger,
  congerKappa,
  gwetAc,
  type LevelInterval,
  type RaterMatrix,
  scottPi,
} from "./agreementCoefficients.js";
export type {
  AgreementWeighting,
  CustomWeights,
} from "./agreementWeights.js";
export {
  analyzeCaseSensitivity,
  analyzeSensitivity,
  type CaseSensitivity,
  DEFAULT_STABILITY_THRESHOLD,
  type SensitivityOptions,
  type SensitivityReport,
  type SensitivitySummary,
  type SensitivitySummaryOptions,
  summarizeSensitivity,
} from "./analyzeSensitivity.js";
export { BATCH_ROW_COLUMNS, type BatchRow, batchRow, formulationRow } from "./batchRow.js";
export {
  type CohenKappaOptions,
  type ConfidenceInterval,
  cohenKappa,
  type KappaEstimate,
} from "./cohenKappa.js";
export { type ConfusionMatrix, confusionMatrix } from "./confusionMatrix.js";
export { type ContingencyInput, contingencyTable } from "./contingencyTable.js";
export { type CsvValue, csvField, parseCsv, type ToCsvOptions, toCsv } from "./csv.js";
export {
  countRatings,
  type FleissKappaEstimate,
  fleissKappa,
  type RatingCounts,
} from "./fleissKappa.js";
export {
  type BatchFailure,
  type BatchRecord,
  type BatchSuccess,
  type FormulatedCase,
  type FormulateManyOptions,
  formulateAt,
  formulateJsonLines,
  formulateLine,
  formulateMany,
} from "./formulateMany.js";
export { MAX_SEED } from "./internal/random.js";
export {
  type IccForm,
  type IntraclassCorrelation,
  intraclassCorrelation,
} from "./intraclassCorrelation.js";
export { toJsonl } from "./jsonl.js";
export {
  type KrippendorffOptions,
  krippendorffAlpha,
  MEASUREMENT_LEVELS,
  type MeasurementLevel,
} from "./krippendorffAlpha.js";
export { percentAgreement } from "./percentAgreement.js";
export {
  DEFAULT_SENSITIVITY_EPSILON,
  DEFAULT_SENSITIVITY_RUNS,
  DEFAULT_SENSITIVITY_SEED,
  MAX_SENSITIVITY_RUNS,
  type PerturbedModels,
  type PerturbOptions,
  perturbModels,
} from "./perturbModels.js";
export {
  RESEARCH_ERROR_CODES,
  type ResearchError,
  type ResearchErrorCode,
  type ResearchIssue,
} from "./researchError.js";
export {
  type AreaSummary,
  type CohortSummary,
  type CohortSummaryOptions,
  type FlagCount,
  type GroupSummary,
  summarizeCohort,
} from "./summarizeCohort.js";
export {
  MAX_SYNTHETIC_COUNT,
  type SynthesizeCohortOptions,
  type SynthesizeOptions,
  synthesizeCase,
  synthesizeCases,
} from "./synthesizeCases.js";
export {
  DEFAULT_PATTERN_MIX,
  type PatternMix,
  SYNTHETIC_ID_PREFIX,
  type SyntheticCase,
} from "./syntheticCase.js";
export {
  KAPPA_WEIGHTINGS,
  type KappaWeighting,
  type WeightedKappaEstimate,
  type WeightedKappaOptions,
  weightedKappa,
} from "./weightedKappa.js";
export { type WilsonInterval, wilsonInterval, Z_95 } from "./wilsonInterval.js";
