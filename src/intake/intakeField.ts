/**
 * The model of `ipt-formulation/intake`: a form descriptor of one field of the `ipt-case/1`
 * format, the controls, the locales and the field paths.
 *
 * @module
 */
import type { RuleId } from "ipt-formulation";

/**
 * The locales of the intake descriptors' labels and help text.
 *
 * @category Intake
 */
export const INTAKE_LOCALES = Object.freeze(["en", "es"] as const);
/** A locale of the intake descriptors: `"en"` or `"es"`. @category Intake */
export type IntakeLocale = (typeof INTAKE_LOCALES)[number];

/**
 * The controls a descriptor recommends, one per kind of answer:
 *
 * - `hidden`: a constant the app sets in code (`format`);
 * - `id`: an id the app makes (unique in its list), never typed or shown;
 * - `text`: a short free text (a person's label);
 * - `select`: one of many values (a dropdown), or one of the case's own rows (`references`);
 * - `radio`: one of a few values (the 0–4 scales, the circles, yes/no);
 * - `checkbox-set`: several values (grief signs), or several of the case's rows (`references`);
 * - `month`: a partial date, best asked as `<input type="month">` (`YYYY-MM`), a year alone if
 *   that is all that is known;
 * - `date`: a whole day, `<input type="date">` (`YYYY-MM-DD`);
 * - `number`: an integer, `<input type="number">`;
 * - `item-list`: a measure's item answers, one per item of the chosen instrument;
 * - `group`: an object of fields (a fieldset);
 * - `repeat`: a list of objects, one row each (people, events, measures).
 *
 * @category Intake
 */
export const INTAKE_CONTROLS = Object.freeze([
  "hidden",
  "id",
  "text",
  "select",
  "radio",
  "checkbox-set",
  "month",
  "date",
  "number",
  "item-list",
  "group",
  "repeat",
] as const);
/** A control of {@link INTAKE_CONTROLS}. @category Intake */
export type IntakeControl = (typeof INTAKE_CONTROLS)[number];

/**
 * The path of a field of the `ipt-case/1` format in the library's notation: dots for fields,
 * `[]` for the rows of a list (`relationships[].circle`). Every field of the format has one,
 * containers (`episode`, `relationships`) included.
 *
 * @category Intake
 */
export type IntakePath =
  | "format"
  | "id"
  | "assessedOn"
  | "population"
  | "condition"
  | "episode"
  | "episode.onset"
  | "episode.priorEpisodes"
  | "relationships"
  | "relationships[].id"
  | "relationships[].label"
  | "relationships[].role"
  | "relationships[].circle"
  | "relationships[].status"
  | "relationships[].contact"
  | "relationships[].support"
  | "relationships[].conflict"
  | "relationships[].conflictSince"
  | "relationships[].expectationsReciprocal"
  | "relationships[].disputeStage"
  | "lifeEvents"
  | "lifeEvents[].id"
  | "lifeEvents[].kind"
  | "lifeEvents[].date"
  | "lifeEvents[].relationshipIds"
  | "lifeEvents[].distress"
  | "lifeEvents[].adjusted"
  | "lifeEvents[].griefSigns"
  | "social"
  | "social.loneliness"
  | "social.lifelongIsolation"
  | "social.communicationDifficulty"
  | "social.rejectionSensitivity"
  | "measures"
  | "measures[].instrument"
  | "measures[].administeredOn"
  | "measures[].items"
  | "measures[].relatesTo";

/** A value a field may take: a vocabulary value, a scale point or a yes/no answer. @category Intake */
export type IntakeValue = string | number | boolean;

/** One allowed value of a field, with its label in the descriptor's locale. @category Intake */
export interface IntakeOption {
  /** The value as the case stores it (`"inner"`, `3`, `false`). */
  readonly value: IntakeValue;
  /** Its label: from the library's label tables (`CIRCLE_LABELS`, `SCALE_LABELS`, …) or their Spanish counterparts. */
  readonly label: string;
}

/** How a date field is written: `partial-date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or `date`, a whole day (`YYYY-MM-DD`), as an issue's `expected.format` names them. @category Intake */
export type IntakeDateFormat = "partial-date" | "date";

/**
 * When a field applies: only while another field of the same row holds one of some values
 * (grief signs only on a `death` or `pregnancy-loss` event).
 *
 * @category Intake
 */
export interface IntakeCondition {
  /** The field it depends on, in the same row. */
  readonly path: IntakePath;
  /** The values of that field for which this one applies. */
  readonly oneOf: readonly IntakeValue[];
}

/**
 * A form descriptor of one field of the `ipt-case/1` format: what to ask, how, what answers
 * the format takes, and which scoring rules read the answer. Built by {@link intakeFields}
 * from the case schema (path, required, allowed values, ranges, lengths, defaults) and the
 * label tables; deeply frozen. A property that does not apply to the field is absent.
 *
 * @category Intake
 */
export interface IntakeField {
  /** The field's path, `relationships[].circle`. */
  readonly path: IntakePath;
  /** The question's label. */
  readonly label: string;
  /** What the field means and why it matters, one or two sentences. */
  readonly help: string;
  /** The recommended control. */
  readonly control: IntakeControl;
  /**
   * Whether the format requires the field: in the case (`assessedOn`), or in each row of its
   * list (`relationships[].role`). An optional field left unanswered is omitted, never sent as `""`.
   */
  readonly required: boolean;
  /** The allowed values with their labels, in the schema's order: a closed list unless {@link IntakeField.extensible}. */
  readonly options?: readonly IntakeOption[];
  /** `true`: the format also takes values the options do not list (an instrument an app registered). */
  readonly extensible?: true;
  /** The value decoding fills in when the field is omitted. */
  readonly default?: IntakeValue | readonly [];
  /** The least number (a number field; the item answers of an `item-list`). */
  readonly min?: number;
  /** The greatest number (a number field; the item answers of an `item-list`). */
  readonly max?: number;
  /** The least length of a text or id, in characters. */
  readonly minLength?: number;
  /** The greatest length of a text or id, in characters. */
  readonly maxLength?: number;
  /** The most answers a list field holds. */
  readonly maxItems?: number;
  /** How a date is written. */
  readonly format?: IntakeDateFormat;
  /** A date that may not be later than this field's (decoding rejects it as `date-after-assessment`). */
  readonly notAfter?: IntakePath;
  /** `true`: the value is unique among the rows of its list (an id). */
  readonly unique?: true;
  /** The field whose values the answer names: one (`select`) or several (`checkbox-set`) of the case's own rows. */
  readonly references?: IntakePath;
  /** When the field applies, if not always. */
  readonly shownWhen?: IntakeCondition;
  /** For an `item-list`: the field naming the instrument whose items it answers (their number and ranges). */
  readonly itemsFrom?: IntakePath;
  /**
   * The scoring rules that read the answer (`RULES` ids, in their order): those whose
   * evidence it can change directly; `[]` for a field `formulate` does not score, and for a
   * group or a list, whose fields name their own.
   * `deficits.exclusion`, which scales interpersonal deficits by the acute areas' scores, is
   * listed only where it reads the field itself (a death with no date).
   */
  readonly rules: readonly RuleId[];
}
