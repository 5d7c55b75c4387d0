/**
 * The closed vocabularies of the `ipt-case/1` format, as `as const` tuples.
 *
 * Each tuple is the single source of truth for its values: the TypeScript type is derived
 * from it and the zod enum is built from it. Values are kebab-case and fixed by the
 * specification; new values may be added, none renamed.
 *
 * @module
 */

/**
 * The four IPT problem areas, in the order of the specification. (The order that breaks
 * ties between equal scores is a parameter of the scoring model, `tieBreak`.)
 *
 * @category Vocabularies
 * @see Weissman, Markowitz & Klerman, The Guide to Interpersonal Psychotherapy (OUP 2018).
 */
export const PROBLEM_AREAS = [
  "grief",
  "role-dispute",
  "role-transition",
  "interpersonal-deficits",
] as const;
/** One of the four IPT problem areas. @category Vocabularies */
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

/** Populations that select age-specific rules and adaptation notes. @category Vocabularies */
export const POPULATIONS = ["adult", "adolescent", "older-adult", "perinatal"] as const;
/** A population of the case. @category Vocabularies */
export type Population = (typeof POPULATIONS)[number];

/** Conditions IPT is applied to. @category Vocabularies */
export const CONDITIONS = [
  "depression",
  "persistent-depression",
  "bipolar",
  "bulimia",
  "binge-eating",
  "substance-use",
  "anxiety",
  "ptsd",
  "other",
] as const;
/** A condition IPT is applied to. @category Vocabularies */
export type Condition = (typeof CONDITIONS)[number];

/** Who a person is to the patient. @category Vocabularies */
export const RELATIONSHIP_ROLES = [
  "spouse",
  "partner",
  "ex-partner",
  "parent",
  "step-parent",
  "child",
  "sibling",
  "grandparent",
  "grandchild",
  "other-relative",
  "friend",
  "colleague",
  "supervisor",
  "neighbour",
  "classmate",
  "teacher",
  "carer",
  "other",
] as const;
/** Who a person is to the patient. @category Vocabularies */
export type RelationshipRole = (typeof RELATIONSHIP_ROLES)[number];

/**
 * Rings of the interpersonal circle, closest first: inner = most intimate (whom one would
 * turn to in a crisis), outer = acquaintances.
 *
 * @category Vocabularies
 */
export const CIRCLES = ["inner", "middle", "outer"] as const;
/** A ring of the interpersonal circle. @category Vocabularies */
export type Circle = (typeof CIRCLES)[number];

/** State of a relationship now. @category Vocabularies */
export const RELATIONSHIP_STATUSES = ["active", "estranged", "ended", "deceased"] as const;
/** State of a relationship now. @category Vocabularies */
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/** How often two people are in touch now, most frequent first. @category Vocabularies */
export const CONTACT_FREQUENCIES = ["daily", "weekly", "monthly", "yearly", "none"] as const;
/** How often two people are in touch now. @category Vocabularies */
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

/**
 * Stages of a role dispute (Weissman, Markowitz & Klerman): renegotiation (both aware and
 * trying), impasse (talk has stopped, resentment), dissolution (irretrievably broken).
 *
 * @category Vocabularies
 */
export const DISPUTE_STAGES = ["renegotiation", "impasse", "dissolution"] as const;
/** A stage of a role dispute. @category Vocabularies */
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** Kinds of life event, grouped as in the specification (loss, relationship, family, work and study, place, health, other). @category Vocabularies */
export const LIFE_EVENT_KINDS = [
  "death",
  "pregnancy-loss",
  "new-relationship",
  "marriage",
  "cohabitation",
  "separation",
  "divorce",
  "reconciliation",
  "pregnancy",
  "birth",
  "adoption",
  "child-left-home",
  "caregiving-start",
  "caregiving-end",
  "job-start",
  "job-loss",
  "promotion",
  "demotion",
  "retirement",
  "study-start",
  "graduation",
  "school-change",
  "relocation",
  "migration",
  "illness-diagnosis",
  "injury",
  "disability",
  "financial-change",
  "legal-problem",
  "military-deployment",
  "other",
] as const;
/** A kind of life event. @category Vocabularies */
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];

/** The loss events: the only kinds that may carry grief signs. @category Vocabularies */
export const LOSS_EVENT_KINDS = [
  "death",
  "pregnancy-loss",
] as const satisfies readonly LifeEventKind[];
/** A loss event kind. @category Vocabularies */
export type LossEventKind = (typeof LOSS_EVENT_KINDS)[number];

/**
 * The core prolonged-grief symptoms of DSM-5-TR criterion B (intense yearning and/or
 * preoccupation with the deceased).
 *
 * @category Vocabularies
 * @see American Psychiatric Association, DSM-5-TR (2022), Prolonged Grief Disorder F43.8.
 */
export const CORE_GRIEF_SIGNS = ["yearning", "preoccupation"] as const;
/** A core prolonged-grief sign. @category Vocabularies */
export type CoreGriefSign = (typeof CORE_GRIEF_SIGNS)[number];

/**
 * The eight accessory prolonged-grief symptoms of DSM-5-TR criterion C (three or more needed).
 *
 * @category Vocabularies
 * @see American Psychiatric Association, DSM-5-TR (2022), Prolonged Grief Disorder F43.8.
 */
export const ACCESSORY_GRIEF_SIGNS = [
  "identity-disruption",
  "disbelief",
  "avoidance",
  "intense-emotional-pain",
  "difficulty-reintegrating",
  "emotional-numbness",
  "meaninglessness",
  "intense-loneliness",
] as const;
/** An accessory prolonged-grief sign. @category Vocabularies */
export type AccessoryGriefSign = (typeof ACCESSORY_GRIEF_SIGNS)[number];

/** Every grief sign: the eight accessory signs of criterion C and the two core signs. @category Vocabularies */
export const GRIEF_SIGNS = [...ACCESSORY_GRIEF_SIGNS, ...CORE_GRIEF_SIGNS] as const;
/** A prolonged-grief sign. @category Vocabularies */
export type GriefSign = (typeof GRIEF_SIGNS)[number];

/** The instruments the library scores out of the box; apps may register more. @category Vocabularies */
export const BUILTIN_INSTRUMENTS = ["phq-9", "gad-7", "epds", "hamd-17", "pg-13-r", "icg"] as const;
/** A built-in instrument id. @category Vocabularies */
export type BuiltinInstrument = (typeof BUILTIN_INSTRUMENTS)[number];

/** The 0..4 rating scale: 0 none, 1 mild, 2 moderate, 3 marked, 4 severe. @category Vocabularies */
export const SCALE_VALUES = [0, 1, 2, 3, 4] as const;
/** A value on the 0..4 rating scale. @category Vocabularies */
export type Scale = (typeof SCALE_VALUES)[number];

/** Severity of a flag, most pressing first. @category Vocabularies */
export const FLAG_SEVERITIES = ["urgent", "warning", "info"] as const;
/** Severity of a flag. @category Vocabularies */
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];
