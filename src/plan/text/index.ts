/**
 * The plan's text (`ipt-formulation/plan/text`): a treatment plan rendered as Markdown or
 * plain text, the draft formulation statement a therapist adapts and shares, the English
 * locale (the default, and the fallback of every other locale) and the locale table.
 *
 * Other locales are data passed in a table: `ipt-formulation/plan/es` for Spanish, or an
 * app's own, added with {@link registerLocale}. The plan itself comes from `planTreatment`
 * (`ipt-formulation/plan`), which this subpath loads by the package's own name, as it does
 * the main entry.
 *
 * A plan and a statement are drafts for the clinician: decision support, never a diagnosis
 * or a prescription.
 *
 * @packageDocumentation
 */

export type {
  FormulationStatement,
  LocaleTable,
  PlanLocale,
  PlanMessageKey,
  PlanTerms,
  RenderOptions,
  StatementOptions,
  TreatmentPlan,
} from "ipt-formulation/plan";
export { DEFAULT_LOCALES } from "./defaultLocales.js";
export { draftFormulationStatement } from "./draftFormulationStatement.js";
export { EN, EN_MESSAGES } from "./en.js";
export { placeholdersOf, registerLocale } from "./locale.js";
export { renderPlan } from "./renderPlan.js";
