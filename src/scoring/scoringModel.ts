/**
 * The scoring model as data: every weight, kernel parameter, margin and threshold that
 * {@link formulate} uses, versioned, and stamped with a digest on every result. See
 * `docs/scoring.md` for the meaning and source of each parameter.
 *
 * Defining a custom model (validation, the zod schema of the parameters, the digest
 * function) is in the subpath `ipt-formulation/scoring-model`, so that the main entry does
 * not carry a SHA-256 implementation and a schema that only custom models need.
 *
 * @module
 */

import { deepFreeze } from "../internal/deepFreeze.js";
import { LIFE_EVENT_KINDS, type LifeEventKind, type ProblemArea } from "../model/vocabularies.js";
import type { ModelStamp } from "./types.js";

/** The kinds that count as a role transition (every kind but the two losses). @category Scoring model */
export const TRANSITION_EVENT_KINDS = LIFE_EVENT_KINDS.filter(
  (k): k is Exclude<LifeEventKind, "death" | "pregnancy-loss"> =>
    k !== "death" && k !== "pregnancy-loss",
);
/** A life event kind that counts as a role transition. @category Scoring model */
export type TransitionEventKind = (typeof TRANSITION_EVENT_KINDS)[number];

/** Three levels of a weight by circle of closeness. @category Scoring model */
export interface CircleWeights {
  readonly inner: number;
  readonly middle: number;
  readonly outer: number;
}

/**
 * The parameters of a scoring model. Weights are in [0, 1] unless said otherwise; months are
 * in [0, 600]. `ScoringParamsSchema` (`ipt-formulation/scoring-model`) checks exactly this
 * shape; `docs/scoring.md` gives the meaning and source of each value.
 *
 * @category Scoring model
 */
export interface ScoringParams {
  /** The temporal kernel: full weight within `plateauMonths` of onset, then half-lives (> 0). */
  readonly kernel: {
    readonly plateauMonths: number;
    readonly halfLifeBeforeMonths: number;
    readonly halfLifeAfterMonths: number;
  };
  /** Weight of a person by circle. */
  readonly closeness: CircleWeights;
  /** Distress factor: no distress, each point of the 0–4 rating (at most 0.25), not rated. */
  readonly distress: { readonly none: number; readonly perPoint: number; readonly unknown: number };
  /** How far a change or loss is adapted to or mourned. */
  readonly adjustment: {
    readonly adjusted: number;
    readonly unknown: number;
    readonly notAdjusted: number;
  };
  /** Grief rules. */
  readonly grief: {
    readonly deathBase: number;
    readonly unknownPersonCloseness: number;
    readonly pregnancyLossCloseness: number;
    readonly unmournedBase: number;
    readonly unmournedFloor: number;
    readonly prolongedFull: number;
    readonly prolongedPartial: number;
    readonly adultMonths: number;
    readonly adolescentMonths: number;
    readonly undatedDeath: number;
    readonly conflictWithDeceased: number;
    readonly measure: number;
  };
  /** Role-dispute rules. */
  readonly dispute: {
    readonly base: number;
    readonly closeness: CircleWeights;
    readonly expectations: {
      readonly nonReciprocal: number;
      readonly unknown: number;
      readonly reciprocal: number;
    };
    readonly stage: {
      readonly impasse: number;
      readonly renegotiation: number;
      readonly dissolution: number;
      readonly unknown: number;
    };
    readonly status: {
      readonly active: number;
      readonly estranged: number;
      readonly ended: number;
    };
    readonly chronicPlateauMonths: number;
    readonly chronicFloor: number;
    readonly unknownSince: number;
    readonly separationBase: number;
  };
  /** Role-transition rules: a weight per kind of change. */
  readonly transition: {
    readonly kinds: Readonly<Record<TransitionEventKind, number>>;
    readonly ongoingConflict: number;
    readonly dissolutionBase: number;
  };
  /** Interpersonal-deficits rules and the exclusion threshold (in (0, 1]). */
  readonly deficits: {
    readonly lifelongIsolation: number;
    readonly loneliness: number;
    readonly communicationDifficulty: number;
    readonly rejectionSensitivity: number;
    readonly smallNetwork: number;
    /** An integer from 1 to 50. */
    readonly closeTiesExpected: number;
    readonly exclusionThreshold: number;
  };
  /** Choosing the focus: the close-call margin, the minimum score, a secondary's own evidence. */
  readonly focus: {
    readonly margin: number;
    readonly minScore: number;
    readonly secondaryMinEvidence: number;
  };
  /** The clinical tie-break order: each of the four areas once, preferred first. */
  readonly tieBreak: readonly ProblemArea[];
}

/** A scoring model: parameters with their id, version and digest. @category Scoring model */
export interface ScoringModel extends ModelStamp {
  readonly params: ScoringParams;
}

/**
 * The default parameters (model `ipt-formulation/default` 1.1.0). Every value is a design
 * choice made from the IPT literature, documented with its meaning and source in
 * `docs/scoring.md`; none is an empirically fitted weight.
 *
 * @category Scoring model
 */
export const DEFAULT_PARAMS: ScoringParams = {
  kernel: { plateauMonths: 3, halfLifeBeforeMonths: 6, halfLifeAfterMonths: 3 },
  closeness: { inner: 1, middle: 0.7, outer: 0.35 },
  distress: { none: 0.5, perPoint: 0.125, unknown: 0.75 },
  adjustment: { adjusted: 0.35, unknown: 0.8, notAdjusted: 1 },
  grief: {
    deathBase: 0.8,
    unknownPersonCloseness: 0.6,
    pregnancyLossCloseness: 1,
    unmournedBase: 0.6,
    unmournedFloor: 0.6,
    prolongedFull: 0.75,
    prolongedPartial: 0.35,
    adultMonths: 12,
    adolescentMonths: 6,
    undatedDeath: 0.45,
    conflictWithDeceased: 0.4,
    measure: 0.6,
  },
  dispute: {
    base: 0.85,
    closeness: { inner: 1, middle: 0.85, outer: 0.6 },
    expectations: { nonReciprocal: 1, unknown: 0.6, reciprocal: 0.3 },
    stage: { impasse: 1, renegotiation: 0.8, dissolution: 0.85, unknown: 0.75 },
    status: { active: 1, estranged: 0.9, ended: 0.5 },
    chronicPlateauMonths: 12,
    chronicFloor: 0.5,
    unknownSince: 0.75,
    separationBase: 0.8,
  },
  transition: {
    kinds: {
      "new-relationship": 0.45,
      marriage: 0.7,
      cohabitation: 0.55,
      separation: 0.8,
      divorce: 0.85,
      reconciliation: 0.4,
      pregnancy: 0.75,
      birth: 0.9,
      adoption: 0.85,
      "child-left-home": 0.7,
      "caregiving-start": 0.7,
      "caregiving-end": 0.5,
      "job-start": 0.6,
      "job-loss": 0.85,
      promotion: 0.5,
      demotion: 0.7,
      retirement: 0.8,
      "study-start": 0.55,
      graduation: 0.45,
      "school-change": 0.55,
      relocation: 0.6,
      migration: 0.85,
      "illness-diagnosis": 0.8,
      injury: 0.55,
      disability: 0.8,
      "financial-change": 0.5,
      "legal-problem": 0.45,
      "military-deployment": 0.75,
      other: 0.35,
    },
    ongoingConflict: 0.6,
    dissolutionBase: 0.35,
  },
  deficits: {
    lifelongIsolation: 0.6,
    loneliness: 0.5,
    communicationDifficulty: 0.4,
    rejectionSensitivity: 0.3,
    smallNetwork: 0.4,
    closeTiesExpected: 3,
    exclusionThreshold: 0.3,
  },
  focus: { margin: 0.15, minScore: 0.25, secondaryMinEvidence: 0.1 },
  tieBreak: ["grief", "role-transition", "role-dispute", "interpersonal-deficits"],
};

/**
 * The default scoring model, frozen. Its digest is `digestParams(DEFAULT_PARAMS)`
 * (`ipt-formulation/scoring-model`), written out here so that the main entry needs no
 * SHA-256; a test recomputes it.
 *
 * @category Scoring model
 */
export const DEFAULT_MODEL: ScoringModel = deepFreeze({
  id: "ipt-formulation/default",
  version: "1.1.0",
  digest: "sha256:babadc51c997c47f4f0285f57637451a7a62780cfebd1eab2a69017eaf66f462",
  params: DEFAULT_PARAMS,
});

/** The index of an area in a model's tie-break order (0 = preferred on a tie). @category Scoring model */
export function tieBreakIndex(model: ScoringModel, area: ProblemArea): number {
  return model.params.tieBreak.indexOf(area);
}
