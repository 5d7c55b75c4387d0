/**
 * The plan module (`ipt-formulation/plan`): a treatment plan for the focus of a
 * formulation, as plain data with sources and evidence markers, its rendering as Markdown
 * or text in a locale, and the draft formulation statement a therapist adapts and shares.
 *
 * A plan is a draft for the clinician: decision support, never a diagnosis or a
 * prescription.
 *
 * @packageDocumentation
 */

export { DEFAULT_LOCALES } from "./defaultLocales.js";
export { draftFormulationStatement } from "./draftFormulationStatement.js";
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
export {
  type FallbackTerm,
  type LocaleTable,
  type MeasureRule,
  type PlanLocale,
  type PlanMessageKey,
  type PlanParam,
  type PlanParams,
  type PlanTerms,
  placeholdersOf,
  registerLocale,
  type SessionFrequency,
  type SessionSeries,
  type TermVocabulary,
} from "./locale.js";
export { EN, EN_MESSAGES } from "./locales/en.js";
export { ES } from "./locales/es.js";
export { planTreatment } from "./planTreatment.js";
export { renderPlan } from "./renderPlan.js";
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
