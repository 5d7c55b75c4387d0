/**
 * `intakeFields`: the form descriptors of every field of the `ipt-case/1` format, generated
 * from the case schema and the label tables.
 *
 * @module
 */
import { DEFAULT_REGISTRY, listInstruments, RULES, type RuleId } from "ipt-formulation";
import { deepFreeze } from "../internal/deepFreeze.js";
import { caseJsonSchema } from "./caseJsonSchema.js";
import { FIELD_SPECS, type FieldSpec } from "./fieldSpecs.js";
import { FIELD_TEXT } from "./fieldText.js";
import {
  INTAKE_LOCALES,
  type IntakeField,
  type IntakeLocale,
  type IntakeOption,
  type IntakePath,
  type IntakeValue,
} from "./intakeField.js";
import { type SchemaField, schemaFields } from "./schemaFields.js";
import { VOCABULARY_LABELS } from "./vocabularyLabels.js";

/** The locale for a tag: itself, its language (`es-MX` → `es`), else English. */
const resolve = (tag: string): IntakeLocale => {
  const known = (t: string): t is IntakeLocale => (INTAKE_LOCALES as readonly string[]).includes(t);
  if (known(tag)) return tag;
  const language = tag.split("-")[0]?.toLowerCase() ?? "";
  return known(language) ? language : "en";
};

/** The options of a field: its schema values labelled from its vocabulary, or the instruments. */
const optionsOf = (
  spec: FieldSpec,
  field: SchemaField,
  locale: IntakeLocale,
): readonly IntakeOption[] | undefined => {
  if (spec.instruments === true)
    return listInstruments(DEFAULT_REGISTRY).map((i) => ({ value: i.id, label: i.shortName }));
  // a constant (`format`) is its own label
  if (spec.vocabulary === undefined)
    return field.values?.map((v) => ({ value: v as IntakeValue, label: String(v) }));
  const labels: Readonly<Record<string, string>> = VOCABULARY_LABELS[locale][spec.vocabulary];
  const values = field.values ?? (field.type === "boolean" ? [true, false] : []);
  return values.map((v) => ({ value: v as IntakeValue, label: labels[String(v)] ?? String(v) }));
};

/** The rule ids of a spec in the order of `RULES`. */
const rulesOf = (spec: FieldSpec): readonly RuleId[] =>
  RULES.filter((r) => spec.rules.includes(r.id)).map((r) => r.id);

const describe = (field: SchemaField, locale: IntakeLocale): IntakeField | undefined => {
  const path = field.path as IntakePath;
  const spec: FieldSpec | undefined = FIELD_SPECS[path];
  const text = FIELD_TEXT[locale][path];
  // A schema field with no row: impossible in a release (a test compares the two).
  if (spec === undefined || text === undefined) return undefined;
  const options = optionsOf(spec, field, locale);
  return {
    path,
    label: text.label,
    help: text.help,
    control: spec.control,
    required: field.required,
    ...(options === undefined ? {} : { options }),
    ...(spec.instruments === true ? { extensible: true as const } : {}),
    ...(field.default === undefined ? {} : { default: field.default as IntakeValue | readonly [] }),
    ...(field.min === undefined ? {} : { min: field.min }),
    ...(field.max === undefined ? {} : { max: field.max }),
    ...(field.minLength === undefined ? {} : { minLength: field.minLength }),
    ...(field.maxLength === undefined ? {} : { maxLength: field.maxLength }),
    ...(field.maxItems === undefined ? {} : { maxItems: field.maxItems }),
    ...(spec.format === undefined ? {} : { format: spec.format }),
    ...(spec.notAfter === undefined ? {} : { notAfter: spec.notAfter }),
    ...(spec.unique === undefined ? {} : { unique: spec.unique }),
    ...(spec.references === undefined ? {} : { references: spec.references }),
    ...(spec.shownWhen === undefined ? {} : { shownWhen: spec.shownWhen }),
    ...(spec.itemsFrom === undefined ? {} : { itemsFrom: spec.itemsFrom }),
    rules: rulesOf(spec),
  };
};

/** The descriptors, built once per locale on first use (the schema is the same every time). */
const built = new Map<IntakeLocale, readonly IntakeField[]>();

/**
 * The form descriptors of every field of the `ipt-case/1` format, so that an app can build its
 * intake form from data instead of retyping the vocabulary: for each field its path, label
 * and help text, the recommended control, whether it is required, its allowed values with
 * their labels, its ranges and lengths, the cross-field rules a form can enforce (dates not
 * after the assessment, unique ids, references to the case's own rows, grief signs only on a
 * loss) and the scoring rules that read it.
 *
 * Generated, not retyped: the paths, required flags, allowed values, ranges, lengths and
 * defaults are read from the case schema (`caseJsonSchema()`, which the decoder's zod
 * schemas generate), the option labels from the library's label tables (`CIRCLE_LABELS`,
 * `SCALE_LABELS`, … in English) and their Spanish counterparts. Fields come depth first in
 * the schema's order: a group or list, then its fields.
 *
 * An unknown locale falls back by language (`es-MX` → `es`), then to English. The result is
 * deeply frozen, and the same array for the same locale on every call.
 *
 * @param locale - `"en"` (default) or `"es"`
 * @returns one descriptor per field of the format
 *
 * @example
 * // The closeness question, with its options from CIRCLE_LABELS
 * const circle = intakeFields().find((f) => f.path === "relationships[].circle");
 * [circle?.control, circle?.options?.map((o) => o.label)]
 * //=> ["radio", ["Inner circle", "Middle circle", "Outer circle"]]
 *
 * @example
 * // In Spanish
 * intakeFields("es").find((f) => f.path === "relationships[].status")?.options?.map((o) => o.label)
 * //=> ["Activa", "Distanciada", "Terminada", "Ha fallecido"]
 *
 * @example
 * // Which scoring rules read the onset: every rule that weighs time from it
 * intakeFields().find((f) => f.path === "episode.onset")?.rules
 * //=> ["grief.death-near-onset", "grief.unmourned-loss", "dispute.current-conflict", "dispute.separation-with-conflict", "transition.life-change", "transition.dispute-dissolution"]
 *
 * @example
 * // An optional field left unanswered is omitted: only these must be answered
 * intakeFields().filter((f) => f.required && !f.path.includes(".") && !f.path.includes("[]")).map((f) => f.path)
 * //=> ["format", "assessedOn", "episode", "relationships", "lifeEvents"]
 *
 * @category Intake
 */
export function intakeFields(locale: IntakeLocale = "en"): readonly IntakeField[] {
  const l = resolve(locale);
  let fields = built.get(l);
  if (fields === undefined) {
    const all = schemaFields(caseJsonSchema()).map((f) => describe(f, l));
    fields = deepFreeze(all.filter((f): f is IntakeField => f !== undefined));
    built.set(l, fields);
  }
  return fields;
}
