/**
 * The labels of the closed vocabularies in each intake locale. English is the library's own
 * label tables (main entry, `src/model/labels.ts`), reused as they are; Spanish is written
 * here, in the same shape. Where the Spanish plan locale (`ipt-formulation/plan/es`) names a
 * vocabulary too (populations, conditions, dispute stages), the labels are its terms with a
 * capital letter, which a test keeps true; the plan locale sits in a layer above the intake,
 * so it is not imported.
 *
 * @module
 */
import {
  CIRCLE_LABELS,
  type Circle,
  CONDITION_LABELS,
  CONTACT_FREQUENCY_LABELS,
  type Condition,
  type ContactFrequency,
  DISPUTE_STAGE_LABELS,
  type DisputeStage,
  GRIEF_SIGN_LABELS,
  type GriefSign,
  LIFE_EVENT_KIND_LABELS,
  type LifeEventKind,
  POPULATION_LABELS,
  type Population,
  RELATIONSHIP_ROLE_LABELS,
  RELATIONSHIP_STATUS_LABELS,
  type RelationshipRole,
  type RelationshipStatus,
  SCALE_LABELS,
  type Scale,
} from "ipt-formulation";
import type { IntakeLocale } from "./intakeField.js";

/** The label tables of one locale, one per vocabulary a descriptor's options come from. */
export interface VocabularyLabels {
  readonly population: Readonly<Record<Population, string>>;
  readonly condition: Readonly<Record<Condition, string>>;
  readonly role: Readonly<Record<RelationshipRole, string>>;
  readonly circle: Readonly<Record<Circle, string>>;
  readonly status: Readonly<Record<RelationshipStatus, string>>;
  readonly contact: Readonly<Record<ContactFrequency, string>>;
  readonly disputeStage: Readonly<Record<DisputeStage, string>>;
  readonly lifeEventKind: Readonly<Record<LifeEventKind, string>>;
  readonly griefSign: Readonly<Record<GriefSign, string>>;
  readonly scale: Readonly<Record<Scale, string>>;
  /** A yes/no answer. */
  readonly boolean: Readonly<Record<"true" | "false", string>>;
}

/** A vocabulary of {@link VocabularyLabels}. */
export type Vocabulary = keyof VocabularyLabels;

const EN: VocabularyLabels = {
  population: POPULATION_LABELS,
  condition: CONDITION_LABELS,
  role: RELATIONSHIP_ROLE_LABELS,
  circle: CIRCLE_LABELS,
  status: RELATIONSHIP_STATUS_LABELS,
  contact: CONTACT_FREQUENCY_LABELS,
  disputeStage: DISPUTE_STAGE_LABELS,
  lifeEventKind: LIFE_EVENT_KIND_LABELS,
  griefSign: GRIEF_SIGN_LABELS,
  scale: SCALE_LABELS,
  boolean: { true: "Yes", false: "No" },
};

const ES: VocabularyLabels = {
  population: {
    adult: "Adulta",
    adolescent: "Adolescente",
    "older-adult": "Persona mayor",
    perinatal: "Perinatal",
  },
  condition: {
    depression: "Depresión",
    "persistent-depression": "Trastorno depresivo persistente",
    bipolar: "Trastorno bipolar",
    bulimia: "Bulimia nerviosa",
    "binge-eating": "Trastorno por atracón",
    "substance-use": "Trastorno por consumo de sustancias",
    anxiety: "Trastorno de ansiedad",
    ptsd: "Trastorno de estrés postraumático",
    other: "Otra condición",
  },
  role: {
    spouse: "Cónyuge",
    partner: "Pareja",
    "ex-partner": "Expareja",
    parent: "Padre o madre",
    "step-parent": "Padrastro o madrastra",
    child: "Hijo o hija",
    sibling: "Hermano o hermana",
    grandparent: "Abuelo o abuela",
    grandchild: "Nieto o nieta",
    "other-relative": "Otro familiar",
    friend: "Amigo o amiga",
    colleague: "Compañero o compañera de trabajo",
    supervisor: "Superior en el trabajo",
    neighbour: "Vecino o vecina",
    classmate: "Compañero o compañera de clase",
    teacher: "Profesor o profesora",
    carer: "Cuidador o cuidadora",
    other: "Otra persona",
  },
  circle: {
    inner: "Círculo interior",
    middle: "Círculo intermedio",
    outer: "Círculo exterior",
  },
  status: {
    active: "Activa",
    estranged: "Distanciada",
    ended: "Terminada",
    deceased: "Ha fallecido",
  },
  contact: {
    daily: "A diario",
    weekly: "Semanal",
    monthly: "Mensual",
    yearly: "Anual",
    none: "Sin contacto",
  },
  disputeStage: {
    renegotiation: "Renegociación",
    impasse: "Estancamiento",
    dissolution: "Ruptura",
  },
  lifeEventKind: {
    death: "Fallecimiento",
    "pregnancy-loss": "Pérdida gestacional",
    "new-relationship": "Nueva relación",
    marriage: "Matrimonio",
    cohabitation: "Inicio de la convivencia",
    separation: "Separación",
    divorce: "Divorcio",
    reconciliation: "Reconciliación",
    pregnancy: "Embarazo",
    birth: "Nacimiento de un hijo",
    adoption: "Adopción",
    "child-left-home": "Un hijo dejó el hogar",
    "caregiving-start": "Empezó a cuidar de alguien",
    "caregiving-end": "Dejó de cuidar de alguien",
    "job-start": "Nuevo trabajo",
    "job-loss": "Pérdida del trabajo",
    promotion: "Ascenso",
    demotion: "Descenso de categoría",
    retirement: "Jubilación",
    "study-start": "Inicio de los estudios",
    graduation: "Fin de los estudios",
    "school-change": "Cambio de centro escolar",
    relocation: "Mudanza",
    migration: "Migración",
    "illness-diagnosis": "Diagnóstico de una enfermedad",
    injury: "Lesión",
    disability: "Discapacidad",
    "financial-change": "Cambio en la situación económica",
    "legal-problem": "Problema legal",
    "military-deployment": "Despliegue militar",
    other: "Otro acontecimiento",
  },
  griefSign: {
    yearning: "Anhelo intenso de la persona fallecida",
    preoccupation: "Preocupación constante por la persona fallecida",
    "identity-disruption": "Alteración de la identidad",
    disbelief: "Marcada incredulidad ante la muerte",
    avoidance: "Evitación de lo que recuerda la pérdida",
    "intense-emotional-pain": "Dolor emocional intenso",
    "difficulty-reintegrating": "Dificultad para retomar la vida",
    "emotional-numbness": "Embotamiento emocional",
    meaninglessness: "Sentimiento de que la vida no tiene sentido",
    "intense-loneliness": "Soledad intensa",
  },
  scale: { 0: "Nada", 1: "Leve", 2: "Moderado", 3: "Marcado", 4: "Grave" },
  boolean: { true: "Sí", false: "No" },
};

/** The label tables of each intake locale. */
export const VOCABULARY_LABELS: Readonly<Record<IntakeLocale, VocabularyLabels>> = {
  en: EN,
  es: ES,
};
