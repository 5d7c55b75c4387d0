/**
 * The output of {@link formulate}: the `ipt-formulation/1` format.
 *
 * @module
 */
import type { MeasureChange } from "../measures/measureChange.js";
import type { MeasureScore } from "../measures/measureScore.js";
import type { FlagSeverity, ProblemArea } from "../model/vocabularies.js";
import type { RuleId } from "./rules.js";

/** The format tag of a formulation. @category Formulation */
export const FORMULATION_FORMAT = "ipt-formulation/1" as const;

/** Which scoring model produced a result: its id, semver and the digest of its parameters. @category Formulation */
export interface ModelStamp {
  readonly id: string;
  readonly version: string;
  /** `sha256:` and the hex SHA-256 of the model's canonical JSON (sorted keys). */
  readonly digest: string;
}

/** Where a piece of evidence came from. @category Formulation */
export type EvidenceSource =
  | { readonly kind: "relationship"; readonly relationshipId: string }
  | {
      readonly kind: "life-event";
      readonly lifeEventId: string;
      readonly relationshipIds: readonly string[];
    }
  | { readonly kind: "measure"; readonly measureIndex: number; readonly lifeEventId?: string }
  | { readonly kind: "social"; readonly field: string }
  | { readonly kind: "areas"; readonly areas: readonly ProblemArea[] };

/**
 * One piece of the trail behind an area's score.
 *
 * An item either adds (`effect: "add"`, combined by noisy-OR) or scales the combined score
 * (`effect: "multiply"`, the exclusion rule of interpersonal deficits). See
 * {@link recomputeScore}.
 *
 * @category Formulation
 */
export interface Evidence {
  /** The stable id of the rule that produced it, e.g. `grief.death-near-onset`: one of `RULES`. */
  readonly rule: RuleId;
  readonly area: ProblemArea;
  readonly effect: "add" | "multiply";
  /** For `add`: a contribution in [0, 1). For `multiply`: a factor in [0, 1]. Rounded to 6 decimals. */
  readonly contribution: number;
  /** The factors whose product (with the rule's base weight) is the contribution, for transparency. */
  readonly factors: Readonly<Record<string, number>>;
  readonly source: EvidenceSource;
  /** A plain-language explanation for a clinician. */
  readonly explanation: string;
  /** The literature the rule rests on. */
  readonly citations: readonly string[];
}

/** One problem area scored. @category Formulation */
export interface AreaScore {
  readonly area: ProblemArea;
  /** In [0, 1]; recomputable from `evidence` by {@link recomputeScore}. */
  readonly score: number;
  /** 1 = best. */
  readonly rank: 1 | 2 | 3 | 4;
  /** The trail, largest contribution first. */
  readonly evidence: readonly Evidence[];
}

/** The chosen focus: IPT works on one area, at most two. @category Formulation */
export interface Focus {
  readonly primary: ProblemArea;
  /** Only where it is within the model's margin of the primary and has evidence of its own. */
  readonly secondary?: ProblemArea;
}

/** The codes of formulation flags. @category Formulation */
export const FLAG_CODES = [
  "suicide-risk",
  "safety-item-unanswered",
  "onset-unknown",
  "death-undated",
  "prolonged-grief",
  "close-call",
  "no-clear-focus",
  "severe-symptoms",
] as const;
/** A formulation flag code. @category Formulation */
export type FlagCode = (typeof FLAG_CODES)[number];

/** Something the clinician should see first. @category Formulation */
export interface Flag {
  readonly code: FlagCode;
  readonly severity: FlagSeverity;
  readonly message: string;
  /** The literature or rule behind it. */
  readonly source?: string;
  /** What it is about: a relationship id, a life event id, a measure index. */
  readonly ref?: {
    readonly relationshipId?: string;
    readonly lifeEventId?: string;
    readonly measureIndex?: number;
  };
}

/** How one relationship or life event bears on the areas ("why this person matters"). @category Formulation */
export interface SourceView {
  /** The relationship or life event id. */
  readonly id: string;
  /** Per area it supports, the noisy-OR of its own contributions there; best first, areas with none left out. */
  readonly areas: readonly {
    readonly area: ProblemArea;
    readonly weight: number;
    readonly rules: readonly string[];
  }[];
}

/** The reference date that "how long before onset" is measured from. @category Formulation */
export interface TimeReference {
  /** The episode onset, or `assessedOn` when the onset is unknown. */
  readonly date: string;
  readonly basis: "onset" | "assessment";
}

/** A measure in the formulation: its score, or why it could not be scored. @category Formulation */
export type FormulationMeasure =
  | ({ readonly index: number; readonly status: "scored" } & MeasureScore)
  | {
      readonly index: number;
      readonly status: "not-scored";
      readonly instrument: string;
      readonly administeredOn: string;
      readonly reason: string;
    };

/**
 * A formulation: the four areas ranked with their evidence, the focus, the flags and the
 * measures. A suggestion for a clinician to confirm, never a diagnosis.
 *
 * @category Formulation
 */
export interface Formulation {
  readonly format: typeof FORMULATION_FORMAT;
  readonly caseId?: string;
  readonly assessedOn: string;
  readonly model: ModelStamp;
  /** The version of the scoring rules' code that computed it (`RULES_VERSION`): with the model's digest, what makes a result reproducible. */
  readonly rulesVersion: string;
  readonly reference: TimeReference;
  /** All four areas, best first. */
  readonly areas: readonly AreaScore[];
  readonly focus: Focus;
  /** Urgent first. */
  readonly flags: readonly Flag[];
  readonly measures: readonly FormulationMeasure[];
  /** Change on instruments given more than once: first vs last. */
  readonly measureChanges: readonly MeasureChange[];
  /** Per relationship, the areas its evidence supports (relationships with no evidence left out), by id. */
  readonly people: readonly SourceView[];
  /** Per life event, the areas its evidence supports (events with no evidence left out), by id. */
  readonly events: readonly SourceView[];
}
