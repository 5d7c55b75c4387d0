/**
 * ipt-formulation: typed models and pure, evidence-trailed scoring that turn an
 * Interpersonal Psychotherapy (IPT) case into a formulation.
 *
 * Decision support, never a diagnosis: every result is a suggestion a clinician confirms.
 *
 * @packageDocumentation
 */

// The main entry: the case model, decoding, and formulate. Measures (and their types, such
// as MeasureScore), the treatment plan, the pictures and the research toolkit are the
// subpaths ipt-formulation/measures, /plan, /svg and /research; the browser bundle
// (ipt-formulation/browser) holds them all.
export {
  CASE_ISSUE_CODES,
  type CaseError,
  type CaseIssue,
  type CaseIssueCode,
  caseError,
  formatPath,
} from "./io/caseError.js";
export { CASE_JSON_SCHEMA_ID, caseJsonSchema } from "./io/caseJsonSchema.js";
export {
  type CaseLimits,
  DEFAULT_CASE_LIMITS,
  type DecodeOptions,
  decodeCase,
  type MeasureItemsValidator,
} from "./io/decodeCase.js";
export { encodeCase, type Json } from "./io/encodeCase.js";
export {
  CASE_FORMAT,
  type Case,
  type CaseInput,
  CaseSchema,
  DaySchema,
  type DeepReadonly,
  type Episode,
  EpisodeSchema,
  type LifeEvent,
  LifeEventSchema,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MEASURE_ITEMS,
  type Measure,
  MeasureSchema,
  type PartialDate,
  PartialDateSchema,
  type Relationship,
  RelationshipSchema,
  ScaleSchema,
  type Social,
  SocialSchema,
} from "./model/case.js";
export {
  CIRCLE_LABELS,
  CONDITION_LABELS,
  CONTACT_FREQUENCY_LABELS,
  DISPUTE_STAGE_LABELS,
  GRIEF_SIGN_LABELS,
  LIFE_EVENT_KIND_LABELS,
  NAMING_TRADITIONS,
  type NamingTradition,
  POPULATION_LABELS,
  PROBLEM_AREA_LABELS,
  problemAreaLabel,
  RELATIONSHIP_ROLE_LABELS,
  RELATIONSHIP_STATUS_LABELS,
  SCALE_LABELS,
} from "./model/labels.js";
export {
  comparePartialDates,
  DAYS_PER_MONTH,
  type DatePrecision,
  daysInMonth,
  firstDay,
  isAfter,
  isPartialDate,
  lastDay,
  midDay,
  monthsBetween,
  ordPartialDate,
  PARTIAL_DATE_PATTERN,
  type PartialDateParts,
  parsePartialDate,
  toMidDay,
} from "./model/partialDate.js";
export {
  ACCESSORY_GRIEF_SIGNS,
  type AccessoryGriefSign,
  BUILTIN_INSTRUMENTS,
  type BuiltinInstrument,
  CIRCLES,
  type Circle,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  CORE_GRIEF_SIGNS,
  type Condition,
  type ContactFrequency,
  type CoreGriefSign,
  DISPUTE_STAGES,
  type DisputeStage,
  FLAG_SEVERITIES,
  type FlagSeverity,
  GRIEF_SIGNS,
  type GriefSign,
  LIFE_EVENT_KINDS,
  type LifeEventKind,
  LOSS_EVENT_KINDS,
  type LossEventKind,
  POPULATIONS,
  type Population,
  PROBLEM_AREAS,
  type ProblemArea,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUSES,
  type RelationshipRole,
  type RelationshipStatus,
  SCALE_VALUES,
  type Scale,
} from "./model/vocabularies.js";
export { CITATIONS } from "./scoring/citations.js";
export { recomputeScore } from "./scoring/combine.js";
export { type ExplainOptions, explainFormulation } from "./scoring/explainFormulation.js";
export { type FormulateOptions, formulate } from "./scoring/formulate.js";
export { temporalKernel } from "./scoring/kernel.js";
export { ordAreaScore, rankAreas, type Scored } from "./scoring/rankAreas.js";
export { RULES, type RuleId, type RuleInfo } from "./scoring/rules.js";
export {
  DEFAULT_MODEL,
  DEFAULT_PARAMS,
  type DeepPartial,
  defineModel,
  digestParams,
  type ModelError,
  type ModelOverrides,
  type ScoringModel,
  type ScoringParams,
  ScoringParamsSchema,
  TRANSITION_EVENT_KINDS,
  type TransitionEventKind,
  tieBreakIndex,
} from "./scoring/scoringModel.js";
export {
  type AreaScore,
  type Evidence,
  type EvidenceSource,
  FLAG_CODES,
  type Flag,
  type FlagCode,
  FORMULATION_FORMAT,
  type Focus,
  type Formulation,
  type FormulationMeasure,
  type ModelStamp,
  type SourceView,
  type TimeReference,
} from "./scoring/types.js";
