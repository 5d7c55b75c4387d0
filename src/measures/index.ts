/**
 * The measures module (`ipt-formulation/measures`): standardized instruments as data, a
 * registry, pure scorers, change detection, case-level flags and grief evidence, and the
 * Holmes–Rahe life change units of a case's life events.
 *
 * Screening and severity scores support a clinician's judgement; none of them is a
 * diagnosis.
 *
 * The main entry already carries the instruments and the scoring that `formulate` uses, and
 * exports them; this subpath re-exports them from it (by the package's own name, so each
 * value has one identity whichever entry it is imported from) and adds what only it has:
 * registering instruments, keying raw responses, and the life change units.
 *
 * @packageDocumentation
 */

export {
  type Band,
  type BandSet,
  type CaseMeasureContext,
  type CaseMeasureFlag,
  type CaseMeasureScore,
  type Caseness,
  CHANGE_STATUSES,
  type ChangePoint,
  type ChangeStatus,
  type CriterionStatus,
  DEFAULT_REGISTRY,
  EPDS,
  evaluateProlongedGrief,
  type FlagSeverity,
  GAD7,
  type GriefMeasureEvidence,
  getInstrument,
  griefMeasureEvidence,
  HAMD17,
  ICG,
  INSTRUMENT_ISSUE_CODES,
  type Instrument,
  type InstrumentConstruct,
  type InstrumentIssueCode,
  type InstrumentRater,
  type InstrumentRegistry,
  type ItemDefinition,
  type ItemFlagRule,
  instrumentRange,
  type LifeEventLike,
  listInstruments,
  MEASURE_FLAG_CODES,
  MEASURE_ISSUE_CODES,
  MEASURE_ITEM_ISSUE_CODES,
  type MeasureChange,
  type MeasureError,
  type MeasureFlag,
  type MeasureFlagCode,
  type MeasureFlagEvidence,
  type MeasureIssue,
  type MeasureIssueCode,
  type MeasureItemIssueCode,
  type MeasureLike,
  type MeasureScore,
  type MeasureValidity,
  type MissingItemRule,
  measureChanges,
  measureFlags,
  PG13R,
  PHQ9,
  type ProlongedGriefAlgorithm,
  type ProlongedGriefResult,
  type RelationshipLike,
  type ReliableChangeBasis,
  type ReliableChangeThreshold,
  type ScoreContext,
  type ScoreDirection,
  type ScoreRange,
  type SubscaleDefinition,
  type SubscaleScore,
  scoreCaseMeasures,
  scoreMeasure,
  type ValidityStatus,
  validateMeasureItems,
} from "ipt-formulation";
export { keyEpdsResponses, keyResponses } from "./keyResponses.js";
export {
  INSTRUMENT_LICENSES,
  INSTRUMENT_NOTES,
  type InstrumentLicense,
  type LicenseStatus,
} from "./licenses.js";
export { registerInstrument, validateInstrument } from "./registerInstrument.js";
export {
  type LifeChangeContribution,
  type LifeChangeExclusion,
  type LifeChangeExclusionReason,
  type LifeChangeOptions,
  type LifeChangeUnits,
  scoreLifeChangeUnits,
} from "./srrs.js";
export {
  type LifeChangeBand,
  SRRS_BANDS,
  SRRS_DEATH_BY_ROLE,
  SRRS_EVENTS,
  SRRS_MAPPING,
  SRRS_WINDOW_MONTHS,
  type SrrsBasis,
  type SrrsEvent,
  type SrrsRule,
} from "./srrsEvents.js";
