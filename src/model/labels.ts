/**
 * English display labels for every vocabulary, as data. Apps translate by supplying their
 * own records of the same shape.
 *
 * @module
 */
import type {
  Circle,
  Condition,
  ContactFrequency,
  DisputeStage,
  GriefSign,
  LifeEventKind,
  Population,
  ProblemArea,
  RelationshipRole,
  RelationshipStatus,
} from "./vocabularies.js";

/**
 * The naming traditions of IPT for the problem areas: the Weissman, Markowitz & Klerman
 * manuals; Stuart & Robertson's *IPT: A Clinician's Guide*; WHO group IPT (2016).
 *
 * @category Labels
 */
export const NAMING_TRADITIONS = ["weissman-markowitz", "stuart-robertson", "who-group"] as const;
/** A naming tradition for the problem areas. @category Labels */
export type NamingTradition = (typeof NAMING_TRADITIONS)[number];

/**
 * Display labels of the four problem areas in each naming tradition. The area ids stay the
 * same whatever the labels.
 *
 * @example
 * // Stuart & Robertson's name for interpersonal deficits
 * PROBLEM_AREA_LABELS["stuart-robertson"]["interpersonal-deficits"]
 * //=> "Interpersonal sensitivity"
 *
 * @category Labels
 * @see Weissman, Markowitz & Klerman, The Guide to Interpersonal Psychotherapy (OUP 2018).
 * @see Stuart & Robertson, Interpersonal Psychotherapy: A Clinician's Guide, 2nd ed. (2012).
 * @see WHO, Group Interpersonal Therapy (IPT) for Depression, WHO/MSD/MER/16.4 (2016).
 */
export const PROBLEM_AREA_LABELS: Readonly<
  Record<NamingTradition, Readonly<Record<ProblemArea, string>>>
> = {
  "weissman-markowitz": {
    grief: "Grief",
    "role-dispute": "Role dispute",
    "role-transition": "Role transition",
    "interpersonal-deficits": "Interpersonal deficits",
  },
  "stuart-robertson": {
    grief: "Grief and loss",
    "role-dispute": "Interpersonal disputes",
    "role-transition": "Role transitions",
    "interpersonal-deficits": "Interpersonal sensitivity",
  },
  "who-group": {
    grief: "Grief",
    "role-dispute": "Disputes",
    "role-transition": "Life changes",
    "interpersonal-deficits": "Loneliness and social isolation",
  },
};

/**
 * The label of a problem area in a naming tradition.
 *
 * @param area - the problem area id
 * @param tradition - the naming tradition (default `weissman-markowitz`)
 * @returns the display label
 *
 * @example
 * // WHO group IPT calls a transition a life change
 * problemAreaLabel("role-transition", "who-group")
 * //=> "Life changes"
 *
 * @category Labels
 */
export function problemAreaLabel(
  area: ProblemArea,
  tradition: NamingTradition = "weissman-markowitz",
): string {
  return PROBLEM_AREA_LABELS[tradition][area];
}

/** English labels of the populations. @category Labels */
export const POPULATION_LABELS: Readonly<Record<Population, string>> = {
  adult: "Adult",
  adolescent: "Adolescent",
  "older-adult": "Older adult",
  perinatal: "Perinatal",
};

/** English labels of the conditions. @category Labels */
export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  depression: "Depression",
  "persistent-depression": "Persistent depressive disorder",
  bipolar: "Bipolar disorder",
  bulimia: "Bulimia nervosa",
  "binge-eating": "Binge-eating disorder",
  "substance-use": "Substance use disorder",
  anxiety: "Anxiety disorder",
  ptsd: "Post-traumatic stress disorder",
  other: "Other condition",
};

/** English labels of the relationship roles. @category Labels */
export const RELATIONSHIP_ROLE_LABELS: Readonly<Record<RelationshipRole, string>> = {
  spouse: "Spouse",
  partner: "Partner",
  "ex-partner": "Former partner",
  parent: "Parent",
  "step-parent": "Step-parent",
  child: "Child",
  sibling: "Sibling",
  grandparent: "Grandparent",
  grandchild: "Grandchild",
  "other-relative": "Other relative",
  friend: "Friend",
  colleague: "Colleague",
  supervisor: "Supervisor",
  neighbour: "Neighbour",
  classmate: "Classmate",
  teacher: "Teacher",
  carer: "Carer",
  other: "Other",
};

/** English labels of the circles of the interpersonal circle. @category Labels */
export const CIRCLE_LABELS: Readonly<Record<Circle, string>> = {
  inner: "Inner circle",
  middle: "Middle circle",
  outer: "Outer circle",
};

/** English labels of relationship statuses. @category Labels */
export const RELATIONSHIP_STATUS_LABELS: Readonly<Record<RelationshipStatus, string>> = {
  active: "Active",
  estranged: "Estranged",
  ended: "Ended",
  deceased: "Deceased",
};

/** English labels of contact frequencies. @category Labels */
export const CONTACT_FREQUENCY_LABELS: Readonly<Record<ContactFrequency, string>> = {
  daily: "Daily",
  weekly: "Weekly",
  monthly: "Monthly",
  yearly: "Yearly",
  none: "No contact",
};

/** English labels of dispute stages. @category Labels */
export const DISPUTE_STAGE_LABELS: Readonly<Record<DisputeStage, string>> = {
  renegotiation: "Renegotiation",
  impasse: "Impasse",
  dissolution: "Dissolution",
};

/** English labels of life event kinds. @category Labels */
export const LIFE_EVENT_KIND_LABELS: Readonly<Record<LifeEventKind, string>> = {
  death: "Death",
  "pregnancy-loss": "Pregnancy loss",
  "new-relationship": "New relationship",
  marriage: "Marriage",
  cohabitation: "Moving in together",
  separation: "Separation",
  divorce: "Divorce",
  reconciliation: "Reconciliation",
  pregnancy: "Pregnancy",
  birth: "Birth of a child",
  adoption: "Adoption",
  "child-left-home": "Child left home",
  "caregiving-start": "Began caregiving",
  "caregiving-end": "Caregiving ended",
  "job-start": "New job",
  "job-loss": "Job loss",
  promotion: "Promotion",
  demotion: "Demotion",
  retirement: "Retirement",
  "study-start": "Began studies",
  graduation: "Graduation",
  "school-change": "Change of school",
  relocation: "Move",
  migration: "Migration",
  "illness-diagnosis": "Diagnosis of an illness",
  injury: "Injury",
  disability: "Disability",
  "financial-change": "Change in finances",
  "legal-problem": "Legal problem",
  "military-deployment": "Military deployment",
  other: "Other event",
};

/** English labels of the prolonged-grief signs (DSM-5-TR wording, paraphrased). @category Labels */
export const GRIEF_SIGN_LABELS: Readonly<Record<GriefSign, string>> = {
  yearning: "Intense yearning for the deceased",
  preoccupation: "Preoccupation with the deceased",
  "identity-disruption": "Identity disruption",
  disbelief: "Marked disbelief about the death",
  avoidance: "Avoidance of reminders",
  "intense-emotional-pain": "Intense emotional pain",
  "difficulty-reintegrating": "Difficulty reintegrating into life",
  "emotional-numbness": "Emotional numbness",
  meaninglessness: "Feeling that life is meaningless",
  "intense-loneliness": "Intense loneliness",
};

/** English labels of the 0..4 scale. @category Labels */
export const SCALE_LABELS: Readonly<Record<0 | 1 | 2 | 3 | 4, string>> = {
  0: "None",
  1: "Mild",
  2: "Moderate",
  3: "Marked",
  4: "Severe",
};

/**
 * Display names an app shows in place of the stored, pseudonymous labels of the people of a
 * case, keyed by relationship id: a `Map` or a plain record. The case keeps its labels
 * ("Mother", "Friend J."); the pictures, the plan's text, the formulation statement and the
 * explanation take the names as their `displayLabels` option and show them instead, for the
 * ids they hold.
 *
 * Keyed by relationship id only: relationships and life events have separate id spaces (an
 * event may share a person's id), and a life event has no stored label; it is shown by its
 * kind and the display names of its people.
 *
 * @example
 * // A real name in the interpersonal circle; the stored case still says "Mother"
 * renderInterpersonalCircle(c, { displayLabels: new Map([["mother", "Ana Souza"]]) }).includes("Ana Souza")
 * //=> true
 *
 * @example
 * // The same names as a plain record
 * displayLabelOf({ mother: "Ana Souza" }, "mother", "Mother")
 * //=> "Ana Souza"
 *
 * @category Labels
 */
export type DisplayLabels = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/**
 * The name to show for a person: the display name of `id` in `displayLabels`, or the stored
 * label when there is none. A missing or empty name gives the stored label, and so does a
 * record's inherited property (`"toString"`, `"__proto__"`): only a record's own keys count.
 *
 * @param displayLabels - the display names by relationship id (or `undefined`: none)
 * @param id - the relationship id
 * @param storedLabel - the relationship's stored label, shown when there is no display name
 * @returns the display name, or the stored label
 *
 * @example
 * // A display name replaces the stored label
 * displayLabelOf({ mother: "Ana Souza" }, "mother", "Mother")
 * //=> "Ana Souza"
 *
 * @example
 * // No name for the id (or no names at all): the stored label
 * displayLabelOf(new Map([["mother", "Ana Souza"]]), "husband", "Husband")
 * //=> "Husband"
 *
 * @category Labels
 */
export function displayLabelOf(
  displayLabels: DisplayLabels | undefined,
  id: string,
  storedLabel: string,
): string {
  const d = displayLabels as (ReadonlyMap<string, string> & Record<string, string>) | undefined;
  const name =
    d === undefined
      ? undefined
      : typeof d.get === "function"
        ? d.get(id)
        : Object.hasOwn(d, id)
          ? d[id]
          : undefined;
  return typeof name === "string" && name !== "" ? name : storedLabel;
}
