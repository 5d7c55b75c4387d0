/**
 * `ipt-formulation/intake`: the fields of the `ipt-case/1` format as form descriptors, so an
 * app can generate its intake form instead of retyping the vocabulary.
 *
 * {@link intakeFields} gives, for every field of the format, its path, label and help text
 * (English or Spanish), the recommended control, whether it is required, its allowed values
 * with their labels, ranges and lengths, and the scoring rules that read it; all generated
 * from the case schema and the library's label tables. `docs/intake.md` shows how to build a
 * form with them and how to map common answers (0–10 sliders, a "died" checkbox) to a case.
 * {@link remapIssues} shows a refused case's issues at the app's own form fields;
 * {@link caseJsonSchema} gives the format's JSON Schema for form generators and apps in
 * other languages.
 *
 * @example
 * import { intakeFields } from "ipt-formulation/intake";
 * for (const f of intakeFields("es")) console.log(f.path, f.control, f.label);
 *
 * @packageDocumentation
 */

export { CASE_JSON_SCHEMA_ID, caseJsonSchema } from "./caseJsonSchema.js";
export {
  INTAKE_CONTROLS,
  INTAKE_LOCALES,
  type IntakeCondition,
  type IntakeControl,
  type IntakeDateFormat,
  type IntakeField,
  type IntakeLocale,
  type IntakeOption,
  type IntakePath,
  type IntakeValue,
} from "./intakeField.js";
export { intakeFields } from "./intakeFields.js";
export { type ErrorWithIssues, type IssuePathMap, remapIssues } from "./remapIssues.js";
