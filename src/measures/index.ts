/**
 * The measures module (`ipt-formulation/measures`): standardized instruments as data, a
 * registry, pure scorers, change detection, case-level flags and grief evidence, and the
 * Holmes–Rahe life change units of a case's life events.
 *
 * Screening and severity scores support a clinician's judgement; none of them is a
 * diagnosis.
 *
 * @packageDocumentation
 */

export {
  type CaseMeasureContext,
  type CaseMeasureFlag,
  type CaseMeasureScore,
  type GriefMeasureEvidence,
  griefMeasureEvidence,
  type MeasureFlagEvidence,
  measureFlags,
  scoreCaseMeasures,
} from "./caseMeasures.js";
export { measureChanges } from "./change.js";
export { EPDS, keyEpdsResponses } from "./epds.js";
export { GAD7 } from "./gad7.js";
export { HAMD17 } from "./hamd17.js";
export { ICG } from "./icg.js";
export { keyResponses } from "./keyResponses.js";
export { PG13R } from "./pg13r.js";
export { PHQ9 } from "./phq9.js";
export { evaluateProlongedGrief } from "./prolongedGrief.js";
export {
  DEFAULT_REGISTRY,
  getInstrument,
  instrumentRange,
  listInstruments,
  registerInstrument,
  validateInstrument,
} from "./registry.js";
export { scoreMeasure, validateMeasureItems } from "./scoreMeasure.js";
export {
  type LifeChangeBand,
  type LifeChangeContribution,
  type LifeChangeExclusion,
  type LifeChangeExclusionReason,
  type LifeChangeOptions,
  type LifeChangeUnits,
  SRRS_BANDS,
  SRRS_DEATH_BY_ROLE,
  SRRS_EVENTS,
  SRRS_MAPPING,
  SRRS_WINDOW_MONTHS,
  type SrrsBasis,
  type SrrsEvent,
  type SrrsRule,
  scoreLifeChangeUnits,
} from "./srrs.js";
export {
  type Band,
  type BandSet,
  type Caseness,
  CHANGE_STATUSES,
  type ChangePoint,
  type ChangeStatus,
  type CriterionStatus,
  type FlagSeverity,
  INSTRUMENT_ISSUE_CODES,
  type Instrument,
  type InstrumentConstruct,
  type InstrumentIssueCode,
  type InstrumentLicence,
  type InstrumentRater,
  type InstrumentRegistry,
  type ItemDefinition,
  type ItemFlagRule,
  type LicenceStatus,
  type LifeEventInput,
  MEASURE_FLAG_CODES,
  MEASURE_ISSUE_CODES,
  MEASURE_ITEM_ISSUE_CODES,
  type MeasureChange,
  type MeasureError,
  type MeasureFlag,
  type MeasureFlagCode,
  type MeasureInput,
  type MeasureIssue,
  type MeasureIssueCode,
  type MeasureItemIssueCode,
  type MeasureScore,
  type MeasureValidity,
  type MissingItemRule,
  type ProlongedGriefAlgorithm,
  type ProlongedGriefResult,
  type RelationshipInput,
  type ReliableChangeBasis,
  type ReliableChangeThreshold,
  type ScoreContext,
  type ScoreDirection,
  type ScoreRange,
  type SubscaleDefinition,
  type SubscaleScore,
  type ValidityStatus,
} from "./types.js";
