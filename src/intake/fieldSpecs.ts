/**
 * What the case schema does not say about a field and a form needs: the recommended control,
 * the vocabulary its options are labelled from, the cross-field rules of `decodeCase` a form
 * can enforce (dates not after the assessment, unique ids, references, grief signs only on
 * losses), and the scoring rules that read it. One row per path of the format; a test keeps
 * the rows equal to the schema's paths and each row's rules equal to what `formulate` reads.
 *
 * @module
 */
import { LOSS_EVENT_KINDS, type RuleId } from "ipt-formulation";
import type {
  IntakeCondition,
  IntakeControl,
  IntakeDateFormat,
  IntakePath,
} from "./intakeField.js";
import type { Vocabulary } from "./vocabularyLabels.js";

/** The form facts of one field beside its schema. */
export interface FieldSpec {
  readonly control: IntakeControl;
  /** The label table of its options (enum, scale and yes/no fields). */
  readonly vocabulary?: Vocabulary;
  /** Its options are the instruments of the default registry (the format takes others too). */
  readonly instruments?: true;
  readonly format?: IntakeDateFormat;
  readonly notAfter?: IntakePath;
  readonly unique?: true;
  readonly references?: IntakePath;
  readonly shownWhen?: IntakeCondition;
  readonly itemsFrom?: IntakePath;
  /** The rules that read the field (see `IntakeField.rules`), in any order. */
  readonly rules: readonly RuleId[];
}

/** The rules that weigh an event or a conflict by its distance from the reference date. */
const TIMED: readonly RuleId[] = [
  "grief.death-near-onset",
  "grief.unmourned-loss",
  "dispute.current-conflict",
  "dispute.separation-with-conflict",
  "transition.life-change",
  "transition.dispute-dissolution",
];

const partialDate = { control: "month", format: "partial-date", notAfter: "assessedOn" } as const;

/** The form facts of every field, by path. */
export const FIELD_SPECS: Readonly<Record<IntakePath, FieldSpec>> = {
  format: { control: "hidden", rules: [] },
  id: { control: "id", rules: [] },
  // the reference date when the onset is unknown; the prolonged-grief time criterion always
  assessedOn: { control: "date", format: "date", rules: [...TIMED, "grief.prolonged-grief-signs"] },
  population: {
    control: "select",
    vocabulary: "population",
    rules: ["grief.prolonged-grief-signs"],
  },
  condition: { control: "select", vocabulary: "condition", rules: [] },
  episode: { control: "group", rules: [] },
  "episode.onset": { ...partialDate, rules: TIMED },
  "episode.priorEpisodes": { control: "number", rules: [] },
  relationships: { control: "repeat", rules: [] },
  "relationships[].id": { control: "id", unique: true, rules: [] },
  "relationships[].label": { control: "text", rules: [] },
  "relationships[].role": { control: "select", vocabulary: "role", rules: [] },
  "relationships[].circle": {
    control: "radio",
    vocabulary: "circle",
    rules: [
      "grief.death-near-onset",
      "grief.unmourned-loss",
      "grief.prolonged-grief-signs",
      "grief.undated-death",
      "grief.conflict-with-deceased",
      "dispute.current-conflict",
      "dispute.separation-with-conflict",
      "transition.dispute-dissolution",
      "deficits.small-network",
    ],
  },
  "relationships[].status": {
    control: "radio",
    vocabulary: "status",
    rules: [
      "grief.undated-death",
      "grief.conflict-with-deceased",
      "dispute.current-conflict",
      "dispute.separation-with-conflict",
      "transition.life-change",
      "transition.dispute-dissolution",
      "deficits.small-network",
      "deficits.exclusion",
    ],
  },
  "relationships[].contact": { control: "select", vocabulary: "contact", rules: [] },
  "relationships[].support": {
    control: "radio",
    vocabulary: "scale",
    rules: ["deficits.small-network"],
  },
  "relationships[].conflict": {
    control: "radio",
    vocabulary: "scale",
    rules: [
      "grief.conflict-with-deceased",
      "dispute.current-conflict",
      "dispute.separation-with-conflict",
      "transition.life-change",
      "transition.dispute-dissolution",
    ],
  },
  "relationships[].conflictSince": {
    ...partialDate,
    rules: ["dispute.current-conflict", "transition.dispute-dissolution"],
  },
  "relationships[].expectationsReciprocal": {
    control: "radio",
    vocabulary: "boolean",
    rules: ["dispute.current-conflict"],
  },
  "relationships[].disputeStage": {
    control: "radio",
    vocabulary: "disputeStage",
    rules: ["dispute.current-conflict", "transition.dispute-dissolution"],
  },
  lifeEvents: { control: "repeat", rules: [] },
  "lifeEvents[].id": { control: "id", unique: true, rules: [] },
  "lifeEvents[].kind": {
    control: "select",
    vocabulary: "lifeEventKind",
    rules: [
      "grief.death-near-onset",
      "grief.unmourned-loss",
      "grief.undated-death",
      "grief.measure",
      "dispute.separation-with-conflict",
      "transition.life-change",
      "deficits.exclusion",
    ],
  },
  "lifeEvents[].date": {
    ...partialDate,
    rules: [
      "grief.death-near-onset",
      "grief.unmourned-loss",
      "grief.prolonged-grief-signs",
      "dispute.separation-with-conflict",
      "transition.life-change",
    ],
  },
  "lifeEvents[].relationshipIds": {
    control: "checkbox-set",
    references: "relationships[].id",
    rules: [
      "grief.death-near-onset",
      "grief.unmourned-loss",
      "grief.prolonged-grief-signs",
      "grief.undated-death",
      "dispute.separation-with-conflict",
      "transition.life-change",
      "deficits.exclusion",
    ],
  },
  "lifeEvents[].distress": {
    control: "radio",
    vocabulary: "scale",
    rules: ["grief.death-near-onset", "grief.unmourned-loss", "transition.life-change"],
  },
  "lifeEvents[].adjusted": {
    control: "radio",
    vocabulary: "boolean",
    rules: ["grief.death-near-onset", "grief.unmourned-loss", "transition.life-change"],
  },
  "lifeEvents[].griefSigns": {
    control: "checkbox-set",
    vocabulary: "griefSign",
    shownWhen: { path: "lifeEvents[].kind", oneOf: LOSS_EVENT_KINDS },
    rules: ["grief.prolonged-grief-signs"],
  },
  social: { control: "group", rules: [] },
  "social.loneliness": { control: "radio", vocabulary: "scale", rules: ["deficits.loneliness"] },
  "social.lifelongIsolation": {
    control: "radio",
    vocabulary: "boolean",
    rules: ["deficits.lifelong-isolation"],
  },
  "social.communicationDifficulty": {
    control: "radio",
    vocabulary: "scale",
    rules: ["deficits.communication-difficulty"],
  },
  "social.rejectionSensitivity": {
    control: "radio",
    vocabulary: "scale",
    rules: ["deficits.rejection-sensitivity"],
  },
  measures: { control: "repeat", rules: [] },
  "measures[].instrument": { control: "select", instruments: true, rules: ["grief.measure"] },
  "measures[].administeredOn": {
    control: "date",
    format: "partial-date",
    notAfter: "assessedOn",
    rules: [],
  },
  "measures[].items": {
    control: "item-list",
    itemsFrom: "measures[].instrument",
    rules: ["grief.measure"],
  },
  "measures[].relatesTo": {
    control: "select",
    references: "lifeEvents[].id",
    rules: ["grief.measure"],
  },
};
