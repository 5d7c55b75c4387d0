/**
 * The output of {@link planTreatment} (`ipt-plan/1`) and of `draftFormulationStatement`
 * (`ipt-statement/1`, in `ipt-formulation/plan/text`): plain, serialisable data.
 *
 * @module
 */
import type {
  Condition,
  DisplayLabels,
  DisputeStage,
  Focus,
  LifeEventKind,
  ModelStamp,
  Population,
  ProblemArea,
} from "ipt-formulation";
import type { PhaseKind, PlanFormat, SessionSpan } from "./formats.js";
import type {
  LocaleTable,
  MeasureRule,
  PlanMessageKey,
  PlanParams,
  SessionFrequency,
  SessionSeries,
} from "./locale.js";
import type { EvidenceStatus } from "./sources.js";

/** The format tag of a plan. @category Plan */
export const PLAN_FORMAT_TAG = "ipt-plan/1" as const;
/** The format tag of a formulation statement. @category Plan */
export const STATEMENT_FORMAT_TAG = "ipt-statement/1" as const;

/** Whether an area is the primary or the secondary focus. @category Plan */
export type FocusRole = "primary" | "secondary";

/**
 * One step of a plan: a message id with its parameters (rendered in any locale by
 * `renderPlan` of `ipt-formulation/plan/text`), the source it rests on, and whether that fact was found in the source
 * (`found`) or is still to be verified (`unverified`).
 *
 * @category Plan
 */
export interface PlanItem {
  readonly key: PlanMessageKey;
  readonly params: PlanParams;
  readonly source: string;
  readonly evidence: EvidenceStatus;
  /** For area-specific items: the area, and whether it is the primary or the secondary focus. */
  readonly focus?: { readonly area: ProblemArea; readonly role: FocusRole };
}

/** A section of a plan: the safety step, or a phase with its sessions. @category Plan */
export interface PlanSection {
  readonly kind: "safety" | PhaseKind;
  /** The sessions of a phase; absent for the safety step, which comes before any session. */
  readonly span?: SessionSpan;
  /** For a phase: where its session numbers come from, and whether that was found in the source. */
  readonly timing?: { readonly source: string; readonly evidence: EvidenceStatus };
  readonly items: readonly PlanItem[];
}

/** A person of the case, by id and label (the label exactly as in the case). @category Plan */
export interface PersonRef {
  readonly id: string;
  readonly label: string;
}

/** What the case says about the grief focus. @category Plan */
export interface GriefDetail {
  readonly area: "grief";
  readonly focusRole: FocusRole;
  /** The loss event, when the evidence names one. */
  readonly lifeEventId?: string;
  readonly eventKind?: LifeEventKind;
  readonly date?: string;
  /** The person or people who died (from the loss event's `relationshipIds`, or the deceased person of a conflict). */
  readonly deceased: readonly PersonRef[];
  /** From the formulation's `prolonged-grief` flag on this loss. */
  readonly prolongedGrief: "met" | "not-met";
}

/** What the case says about the dispute focus. @category Plan */
export interface DisputeDetail {
  readonly area: "role-dispute";
  readonly focusRole: FocusRole;
  /** The other party, from the dispute evidence's relationship. */
  readonly person?: PersonRef;
  readonly stage?: DisputeStage;
  /** A separation or divorce the dispute came with, if that is where the evidence came from. */
  readonly lifeEventId?: string;
  /** Whether the plan suggests considering a joint session with the other party. */
  readonly jointSession: boolean;
}

/** What the case says about the transition focus. @category Plan */
export interface TransitionDetail {
  readonly area: "role-transition";
  readonly focusRole: FocusRole;
  readonly lifeEventId?: string;
  /** The event kind; the old and new roles are the locale's phrases for it. */
  readonly eventKind?: LifeEventKind;
  readonly date?: string;
  /** For a transition out of a dissolved relationship: the other party. */
  readonly person?: PersonRef;
}

/** What the plan says about the deficits focus. @category Plan */
export interface DeficitsDetail {
  readonly area: "interpersonal-deficits";
  readonly focusRole: FocusRole;
  /** Always `true`: the Guide reports a poorer prognosis with this focus. */
  readonly poorerPrognosis: true;
  /** Alternatives to discuss with the patient. */
  readonly alternatives: readonly ["cbt", "medication", "combined"];
}

/** The area-specific detail of a focus. @category Plan */
export type AreaDetail = GriefDetail | DisputeDetail | TransitionDetail | DeficitsDetail;

/** The instruments a plan schedules. @category Plan */
export const PLAN_INSTRUMENTS = ["phq-9", "gad-7", "epds", "pg-13-r", "srm"] as const;
/** An instrument a plan schedules. @category Plan */
export type PlanInstrument = (typeof PLAN_INSTRUMENTS)[number];

/** When an instrument is given, in session numbers of a series. @category Plan */
export interface MeasurementEntry {
  /** The instrument id, as in the measures registry (`srm`: the Social Rhythm Metric). */
  readonly instrument: PlanInstrument;
  readonly rule: MeasureRule;
  readonly series: SessionSeries;
  readonly sessions: readonly number[];
  readonly source: string;
  readonly evidence: EvidenceStatus;
}

/** The treatment format and dosage of a plan. @category Plan */
export interface PlanTreatmentFormat {
  readonly format: PlanFormat;
  /** Sessions in the main series (group sessions for group IPT). */
  readonly sessions: number;
  readonly frequency: SessionFrequency;
  /** Individual sessions before the group (group IPT only). */
  readonly preGroupSessions: number;
  /** Parent sessions (IPT-A only; 0 otherwise). */
  readonly parentSessions: number;
  /** The time the contract covers: weeks for weekly formats, months for maintenance. */
  readonly timeFrame: { readonly unit: "weeks" | "months"; readonly count: number };
  /** Present when `options.sessions` was outside the range (or not a number) and was adjusted. */
  readonly requestedSessions?: number | null;
  readonly source: string;
  readonly evidence: EvidenceStatus;
}

/**
 * A treatment plan for the focus of a formulation. A draft for the clinician: decision
 * support, never a prescription.
 *
 * @category Plan
 */
export interface TreatmentPlan {
  readonly format: typeof PLAN_FORMAT_TAG;
  readonly status: "draft";
  readonly caseId?: string;
  readonly assessedOn: string;
  /** The scoring model that produced the formulation. */
  readonly model: ModelStamp;
  readonly population: Population;
  readonly condition: Condition;
  readonly focus: Focus;
  readonly treatment: PlanTreatmentFormat;
  /** Safety first (only with an urgent flag), then the phases in order. */
  readonly sections: readonly PlanSection[];
  /** Primary first, then secondary. */
  readonly areas: readonly AreaDetail[];
  /** Notes for the case's condition and population. */
  readonly adaptations: readonly PlanItem[];
  readonly measurement: readonly MeasurementEntry[];
}

/** Options of {@link planTreatment}. @category Plan */
export interface PlanOptions {
  /** The treatment format (default from the population: see `defaultFormat` of `ipt-formulation/plan`). */
  readonly format?: PlanFormat;
  /** Sessions in the main series; clamped to the format's range (default: the format's default). */
  readonly sessions?: number;
  /** IPT-A parent sessions, 1–3 (default 2). */
  readonly parentSessions?: number;
}

/** Options of `renderPlan` (`ipt-formulation/plan/text`). @category Plan */
export interface RenderOptions {
  /**
   * A BCP 47 tag: `en`, or one in `locales` (`es`, `es-MX` with the Spanish locale added);
   * falls back to English.
   */
  readonly locale: string;
  /** The locale table (default `DEFAULT_LOCALES`, English only). */
  readonly locales?: LocaleTable;
  /** `markdown` (default) or plain `text`. */
  readonly as?: "markdown" | "text";
  /**
   * Names to show instead of the stored labels, by relationship id (see `displayLabelOf` of
   * the main entry; default: the stored labels). The plan itself keeps the case's labels.
   */
  readonly displayLabels?: DisplayLabels;
}

/** Options of `draftFormulationStatement` (`ipt-formulation/plan/text`). @category Plan */
export interface StatementOptions extends PlanOptions {
  /** A BCP 47 tag, as in {@link RenderOptions}. */
  readonly locale: string;
  /** The locale table (default `DEFAULT_LOCALES`, English only). */
  readonly locales?: LocaleTable;
  /**
   * Names to show in `text` instead of the stored labels, by relationship id (see
   * `displayLabelOf` of the main entry; default: the stored labels). `people` keeps the
   * case's labels.
   */
  readonly displayLabels?: DisplayLabels;
}

/**
 * The short formulation statement a therapist adapts and shares with the patient. A draft:
 * the clinician confirms it, and the patient's explicit agreement defines the focus.
 *
 * @category Plan
 */
export interface FormulationStatement {
  readonly format: typeof STATEMENT_FORMAT_TAG;
  readonly status: "draft";
  /** The locale it was written in (after fallback). */
  readonly locale: string;
  readonly focus: Focus;
  /** The statement, in the patient's own events and people (labels from the case only). */
  readonly text: string;
  /** The visible note for the clinician: a draft to adapt and confirm. */
  readonly note: string;
  /** The people the statement names, by id and label. */
  readonly people: readonly PersonRef[];
  /** The life events the statement names, by id. */
  readonly lifeEventIds: readonly string[];
  readonly timeFrame: PlanTreatmentFormat["timeFrame"];
}
