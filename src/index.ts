/**
 * ipt-formulation: typed models and pure, evidence-trailed scoring that turn an
 * Interpersonal Psychotherapy (IPT) case into a formulation.
 *
 * Decision support, never a diagnosis: every result is a suggestion a clinician confirms.
 *
 * @packageDocumentation
 */

export {
  CASE_ISSUE_CODES,
  type CaseError,
  type CaseIssue,
  type CaseIssueCode,
  caseError,
  formatPath,
} from "./io/caseError.js";
export {
  type CaseLimits,
  DEFAULT_CASE_LIMITS,
  type DecodeOptions,
  decodeCase,
  type MeasureItemsValidator,
} from "./io/decodeCase.js";
export { encodeCase, type Json } from "./io/encodeCase.js";
export {
  type CaseMeasureContext,
  type CaseMeasureFlag,
  type CaseMeasureScore,
  type GriefMeasureEvidence,
  griefMeasureEvidence,
  type MeasureFlagEvidence,
  measureFlags,
  scoreCaseMeasures,
} from "./measures/caseMeasures.js";
export { measureChanges } from "./measures/change.js";
export { EPDS } from "./measures/epds.js";
export { GAD7 } from "./measures/gad7.js";
export { HAMD17 } from "./measures/hamd17.js";
export { ICG } from "./measures/icg.js";
export {
  type Band,
  type BandSet,
  type Instrument,
  type InstrumentConstruct,
  type InstrumentRater,
  type InstrumentRegistry,
  type ItemDefinition,
  type ItemFlagRule,
  MEASURE_FLAG_CODES,
  type MeasureFlagCode,
  type MissingItemRule,
  type ProlongedGriefAlgorithm,
  type ReliableChangeBasis,
  type ReliableChangeThreshold,
  type ScoreDirection,
  type SubscaleDefinition,
} from "./measures/instrument.js";
export {
  CHANGE_STATUSES,
  type ChangePoint,
  type ChangeStatus,
  type MeasureChange,
} from "./measures/measureChange.js";
export {
  INSTRUMENT_ISSUE_CODES,
  type InstrumentIssueCode,
  MEASURE_ISSUE_CODES,
  MEASURE_ITEM_ISSUE_CODES,
  type MeasureError,
  type MeasureIssue,
  type MeasureIssueCode,
  type MeasureItemIssueCode,
} from "./measures/measureError.js";
export type { LifeEventLike, MeasureLike, RelationshipLike } from "./measures/measureLike.js";
export type {
  Caseness,
  CriterionStatus,
  MeasureFlag,
  MeasureScore,
  MeasureValidity,
  ProlongedGriefResult,
  ScoreContext,
  ScoreRange,
  SubscaleScore,
  ValidityStatus,
} from "./measures/measureScore.js";
export { PG13R } from "./measures/pg13r.js";
export { PHQ9 } from "./measures/phq9.js";
export { evaluateProlongedGrief } from "./measures/prolongedGrief.js";
export {
  DEFAULT_REGISTRY,
  getInstrument,
  instrumentRange,
  listInstruments,
} from "./measures/registry.js";
export { scoreMeasure, validateMeasureItems } from "./measures/scoreMeasure.js";
export {
  CASE_FORMAT,
  type Case,
  type CaseDraft,
  type CaseInput,
  CaseSchema,
  DaySchema,
  type DeepMutable,
  type DeepReadonly,
  type Draft,
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
export { formatIssue, type Issue, type IssueExpected } from "./model/issue.js";
export {
  CIRCLE_LABELS,
  CONDITION_LABELS,
  CONTACT_FREQUENCY_LABELS,
  DISPUTE_STAGE_LABELS,
  type DisplayLabels,
  displayLabelOf,
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
export { type FormulateOptions, formulate } from "./scoring/formulate.js";
export { temporalKernel } from "./scoring/kernel.js";
export { ordAreaScore, rankAreas, type Scored } from "./scoring/rankAreas.js";
export { RULES, type RuleId, type RuleInfo } from "./scoring/rules.js";
// The main entry: the case model, decoding, formulate, and the measures that formulate
// scores (the six instruments, the default registry, scoring, case-level flags and change).
// ipt-formulation/measures re-exports those and adds what only it has (registering
// instruments, keying, Holmes–Rahe life change units); the treatment plan, the pictures and
// the research toolkit are the subpaths /plan, /svg and /research. The browser bundle
// (ipt-formulation/browser) holds them all.
export { RULES_VERSION } from "./scoring/rulesVersion.js";
export {
  type CircleWeights,
  DEFAULT_MODEL,
  DEFAULT_PARAMS,
  type ScoringModel,
  type ScoringParams,
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
