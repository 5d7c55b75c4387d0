/**
 * The plan module (`ipt-formulation/plan`): a treatment plan for the focus of a
 * formulation, as plain data with sources and evidence markers, and the types of the
 * plan's locales.
 *
 * The plan holds message ids and parameters rather than text. Its text is in
 * `ipt-formulation/plan/text` (`renderPlan`, `draftFormulationStatement`, the English
 * locale) and `ipt-formulation/plan/es` (the Spanish locale), so that an app which shows the
 * plan in its own interface loads neither.
 *
 * A plan is a draft for the clinician: decision support, never a diagnosis or a
 * prescription.
 *
 * @packageDocumentation
 */

export { areaDetails } from "./areaDetail.js";
export {
  defaultFormat,
  FORMAT_SPECS,
  type FormatSpec,
  type PhaseKind,
  type PhaseSpan,
  PLAN_FORMATS,
  type PlanFormat,
  phaseSchedule,
  preGroupSessions,
  resolveSessions,
  type SessionSpan,
} from "./formats.js";
export type {
  FallbackTerm,
  LocaleTable,
  MeasureRule,
  PlanLocale,
  PlanMessageKey,
  PlanParam,
  PlanParams,
  PlanTerms,
  SessionFrequency,
  SessionSeries,
  TermVocabulary,
} from "./locale.js";
export { planTreatment } from "./planTreatment.js";
export {
  type EvidenceStatus,
  PLAN_SOURCES,
  type PlanSource,
  type PlanSourceKey,
} from "./sources.js";
export {
  type AreaDetail,
  type DeficitsDetail,
  type DisputeDetail,
  type FocusRole,
  type FormulationStatement,
  type GriefDetail,
  type MeasurementEntry,
  type PersonRef,
  PLAN_FORMAT_TAG,
  PLAN_INSTRUMENTS,
  type PlanInstrument,
  type PlanItem,
  type PlanOptions,
  type PlanSection,
  type PlanTreatmentFormat,
  type RenderOptions,
  STATEMENT_FORMAT_TAG,
  type StatementOptions,
  type TransitionDetail,
  type TreatmentPlan,
} from "./types.js";
