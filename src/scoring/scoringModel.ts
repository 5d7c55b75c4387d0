/**
 * The scoring model as data: every weight, kernel parameter, margin and threshold that
 * {@link formulate} uses, versioned, and stamped with a digest on every result. Each
 * parameter's meaning, unit and source are at its field of {@link ScoringParams}.
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

/**
 * Three levels of a weight by circle of closeness (Stuart's interpersonal circle): the
 * parameter holding them says what is weighed, in which unit and on what source.
 *
 * @category Scoring model
 */
export interface CircleWeights {
  /** The inner circle: the closest people. */
  readonly inner: number;
  /** The middle circle. */
  readonly middle: number;
  /** The outer circle: acquaintances, colleagues. */
  readonly outer: number;
}

/**
 * The parameters of a scoring model. Each field says its meaning, its unit and its source;
 * its range is the one `ScoringParamsSchema` (`ipt-formulation/scoring-model`) checks, which
 * `SCORING_PARAM_RANGES` there gives by path. The table of `docs/scoring.md` is generated
 * from these comments, the ranges and {@link DEFAULT_PARAMS}. A weight is a contribution or
 * a factor in [0, 1]; a score is a threshold on an area's score in [0, 1].
 *
 * @category Scoring model
 */
export interface ScoringParams {
  /** The temporal kernel `K(t)`: full weight within `plateauMonths` of onset, then half-lives. */
  readonly kernel: {
    /**
     * Months before onset during which an event counts fully. Unit: months.
     * @see Markowitz 2006: the link to onset is pragmatic, not causal; the manuals give no window, so its length is a design choice
     */
    readonly plateauMonths: number;
    /**
     * Beyond the plateau, an event's weight halves every this many months. Unit: months.
     * @see Markowitz 2006: the link to onset is pragmatic, not causal; the manuals give no window, so its length is a design choice
     */
    readonly halfLifeBeforeMonths: number;
    /**
     * After onset, an event's weight halves every this many months. Unit: months.
     * @see Markowitz 2006: a problem that followed the onset counts too (pragmatic, not causal); the half-life is a design choice
     */
    readonly halfLifeAfterMonths: number;
  };
  /**
   * Weight of a person by circle in losses and dissolution. Unit: weight.
   * @see Stuart & Robertson 2012: the interpersonal circle; the weights are a design choice
   */
  readonly closeness: CircleWeights;
  /** The distress factor `d` of an event, from its 0–4 distress rating. */
  readonly distress: {
    /**
     * Distress factor of an event rated 0. Unit: weight.
     * @see design choice: more distress, more weight
     */
    readonly none: number;
    /**
     * Added to the distress factor per point of the 0–4 rating. Unit: weight per point.
     * @see design choice: more distress, more weight
     */
    readonly perPoint: number;
    /**
     * Distress factor of an event whose distress is not rated. Unit: weight.
     * @see design choice: between a mild and a severe rating
     */
    readonly unknown: number;
  };
  /** The adjustment factor `a`: how far a change is adapted to or a loss mourned. */
  readonly adjustment: {
    /**
     * Factor of an event mourned or adapted to. Unit: weight.
     * @see Guide, grief chapter: facilitate mourning; an event mourned or adapted to counts less (design choice)
     */
    readonly adjusted: number;
    /**
     * Factor of an event whose adjustment is not recorded. Unit: weight.
     * @see design choice: between adapted and not adapted
     */
    readonly unknown: number;
    /**
     * Factor of an event not adapted to or not mourned. Unit: weight.
     * @see Guide, grief chapter: facilitate mourning
     */
    readonly notAdjusted: number;
  };
  /** The grief rules. */
  readonly grief: {
    /**
     * Contribution of a close death at onset, fully distressing, not mourned (`grief.death-near-onset`). Unit: weight.
     * @see Guide, grief chapter: tie the onset of symptoms to the death
     * @see Markowitz 2006
     */
    readonly deathBase: number;
    /**
     * Closeness of a death whose person is not in the inventory. Unit: weight.
     * @see design choice
     */
    readonly unknownPersonCloseness: number;
    /**
     * Closeness of a pregnancy loss with no person recorded. Unit: weight.
     * @see design choice
     */
    readonly pregnancyLossCloseness: number;
    /**
     * Contribution of an unmourned loss, however long ago (`grief.unmourned-loss`). Unit: weight.
     * @see Guide: delayed or avoided and chronic grief; the "Hidden Death" case
     */
    readonly unmournedBase: number;
    /**
     * The least time weight of an unmourned loss, however long ago. Unit: weight.
     * @see Guide: delayed or avoided and chronic grief; the "Hidden Death" case
     */
    readonly unmournedFloor: number;
    /**
     * Contribution of a loss meeting the DSM-5-TR prolonged grief criteria A–C (`grief.prolonged-grief-signs`). Unit: weight.
     * @see DSM-5-TR, Prolonged Grief Disorder
     */
    readonly prolongedFull: number;
    /**
     * Contribution of some prolonged grief signs, the criteria not met, at four signs or more. Unit: weight.
     * @see DSM-5-TR, Prolonged Grief Disorder
     */
    readonly prolongedPartial: number;
    /**
     * Months since the death before an adult's grief can be prolonged. Unit: months.
     * @see DSM-5-TR, Prolonged Grief Disorder: at least 12 months
     */
    readonly adultMonths: number;
    /**
     * Months since the death before an adolescent's grief can be prolonged. Unit: months.
     * @see DSM-5-TR, Prolonged Grief Disorder: at least 6 months for children and adolescents
     */
    readonly adolescentMonths: number;
    /**
     * Contribution of an inner-circle person who has died with no `death` event naming them (`grief.undated-death`, × closeness). Unit: weight.
     *
     * Below a dated death at onset with distress and mourning unknown (0.8 × 0.75 × 0.8 =
     * 0.48), and at least `deficits.exclusionThreshold` / `closeness.middle` (0.43), so that
     * a close undated loss is real evidence by the exclusion rule's own measure.
     *
     * @see Guide, grief chapter: grief is the death of a significant other
     * @see Guide, deficits chapter: "If any of the other problem areas can be found, do not use interpersonal deficits"; the "Hidden Death" case
     */
    readonly undatedDeath: number;
    /**
     * Contribution of an unresolved conflict (4/4) with someone who has died (`grief.conflict-with-deceased`). Unit: weight.
     * @see Guide: reconstruct the relationship with the deceased, negative sides included
     */
    readonly conflictWithDeceased: number;
    /**
     * Contribution of a grief instrument at its maximum about a loss (`grief.measure`). Unit: weight.
     * @see Prigerson et al. 2021: PG-13-R ≥ 30
     * @see Prigerson et al. 1995: ICG > 25
     */
    readonly measure: number;
  };
  /** The role-dispute rules. */
  readonly dispute: {
    /**
     * Contribution of a severe current conflict at impasse with the closest person (`dispute.current-conflict`). Unit: weight.
     * @see Guide ch. 5, Role disputes: non-reciprocal expectations, overt or covert conflict, stages
     */
    readonly base: number;
    /**
     * Weight of a person by circle in disputes: flatter than `closeness`, as a dispute with a boss can matter. Unit: weight.
     * @see Stuart & Robertson 2012: the interpersonal circle; the weights are a design choice
     */
    readonly closeness: CircleWeights;
    /** The factor `E` of the expectations the two hold of each other. */
    readonly expectations: {
      /**
       * Factor of non-reciprocal expectations, the core of a dispute. Unit: weight.
       * @see Guide ch. 5, Role disputes: non-reciprocal expectations
       */
      readonly nonReciprocal: number;
      /**
       * Factor of expectations not recorded. Unit: weight.
       * @see design choice: between non-reciprocal and reciprocal
       */
      readonly unknown: number;
      /**
       * Factor of reciprocal expectations. Unit: weight.
       * @see Guide ch. 5, Role disputes: non-reciprocal expectations
       */
      readonly reciprocal: number;
    };
    /** The factor `S` of the dispute's stage. */
    readonly stage: {
      /**
       * Factor of a dispute at impasse, which weighs most. Unit: weight.
       * @see Guide ch. 5, Role disputes: stages renegotiation, impasse, dissolution
       */
      readonly impasse: number;
      /**
       * Factor of a dispute in renegotiation. Unit: weight.
       * @see Guide ch. 5, Role disputes: stages renegotiation, impasse, dissolution
       */
      readonly renegotiation: number;
      /**
       * Factor of a dispute in dissolution. Unit: weight.
       * @see Guide ch. 5, Role disputes: stages renegotiation, impasse, dissolution
       */
      readonly dissolution: number;
      /**
       * Factor of a dispute whose stage is not recorded. Unit: weight.
       * @see design choice
       */
      readonly unknown: number;
    };
    /** The factor of the relationship's status. */
    readonly status: {
      /**
       * Factor of an active relationship. Unit: weight.
       * @see design choice
       */
      readonly active: number;
      /**
       * Factor of an estranged relationship. Unit: weight.
       * @see design choice
       */
      readonly estranged: number;
      /**
       * Factor of a relationship that has ended. Unit: weight.
       * @see design choice
       */
      readonly ended: number;
    };
    /**
     * A conflict begun up to this many months before onset links to it fully. Unit: months.
     * @see Markowitz 2006: the link to onset is pragmatic, not causal; the length is a design choice
     */
    readonly chronicPlateauMonths: number;
    /**
     * The least onset link of a chronic, ongoing conflict. Unit: weight.
     * @see design choice: a conflict that goes on still counts, however long ago it began
     */
    readonly chronicFloor: number;
    /**
     * Onset link of a conflict whose start (`conflictSince`) is not recorded. Unit: weight.
     * @see design choice
     */
    readonly unknownSince: number;
    /**
     * Contribution of a separation or divorce with a severe ongoing fight (`dispute.separation-with-conflict`). Unit: weight.
     * @see Weissman school: divorce is a transition, a dispute while conflict with the ex goes on
     */
    readonly separationBase: number;
  };
  /** The role-transition rules. */
  readonly transition: {
    /**
     * Contribution of each kind of life change at onset, positive changes included (`transition.life-change`). Unit: weight.
     * @see Guide: role transitions (marriage, divorce, birth, job, move, diagnosis, retirement, children leaving home)
     */
    readonly kinds: Readonly<Record<TransitionEventKind, number>>;
    /**
     * Factor on a separation or divorce transition while the fight goes on. Unit: weight.
     * @see Weissman school: divorce is a transition, a dispute while conflict with the ex goes on
     */
    readonly ongoingConflict: number;
    /**
     * Contribution of a dispute in dissolution as a transition (`transition.dispute-dissolution`). Unit: weight.
     * @see Guide ch. 5: dissolution, help end it and mourn it so the patient can move on
     */
    readonly dissolutionBase: number;
  };
  /** The interpersonal-deficits rules and the exclusion threshold. */
  readonly deficits: {
    /**
     * Contribution of a lifelong pattern of isolation (`deficits.lifelong-isolation`). Unit: weight.
     * @see Guide, deficits chapter: a paucity of attachments
     */
    readonly lifelongIsolation: number;
    /**
     * Contribution of loneliness at 4/4 (`deficits.loneliness`). Unit: weight.
     * @see Guide, deficits chapter
     * @see WHO group IPT: loneliness and social isolation
     */
    readonly loneliness: number;
    /**
     * Contribution of difficulty with relationships at 4/4 (`deficits.communication-difficulty`). Unit: weight.
     * @see Guide, deficits chapter
     */
    readonly communicationDifficulty: number;
    /**
     * Contribution of rejection sensitivity at 4/4 (`deficits.rejection-sensitivity`). Unit: weight.
     * @see Stuart & Robertson 2012: interpersonal sensitivity
     */
    readonly rejectionSensitivity: number;
    /**
     * Contribution of no close supportive tie at all (`deficits.small-network`). Unit: weight.
     * @see Guide: minimal relationships
     * @see Stuart & Robertson 2012: the interpersonal circle
     */
    readonly smallNetwork: number;
    /**
     * Close ties at which the network counts as adequate. Unit: ties (an integer).
     * @see Guide: minimal relationships; the number is a design choice
     */
    readonly closeTiesExpected: number;
    /**
     * Acute score (grief, dispute, transition) at which interpersonal deficits is excluded (`deficits.exclusion`). Unit: score.
     * @see Guide, deficits chapter: "If any of the other problem areas can be found, do not use interpersonal deficits"
     * @see Markowitz & Weissman 2004
     */
    readonly exclusionThreshold: number;
  };
  /** Choosing the focus. */
  readonly focus: {
    /**
     * A runner-up this close to the primary is a close call, and may be the secondary focus. Unit: score.
     * @see Guide ch. 2: the initial sessions define one focus; ch. 5: keep to one, whichever matters most to the patient
     */
    readonly margin: number;
    /**
     * The top score below which no area is a clear focus. Unit: score.
     * @see Guide: keep re-checking the inventory (the "Hidden Death" case)
     */
    readonly minScore: number;
    /**
     * The least single contribution of its own a secondary focus needs. Unit: weight.
     * @see Weissman, Markowitz & Klerman 2018: IPT works on one area, at most two
     */
    readonly secondaryMinEvidence: number;
  };
  /**
   * The order of the areas on equal scores, preferred first: each of the four once. Unit: problem areas.
   * @see Markowitz et al. 2000: grief is the most reliably rated area (κ 0.87)
   * @see Guide: a transition chosen over a co-occurring chronic dispute as more pressing and workable
   * @see Guide, deficits chapter: deficits is chosen by exclusion, so it comes last
   */
  readonly tieBreak: readonly ProblemArea[];
}

/** A scoring model: parameters with their id, version and digest. @category Scoring model */
export interface ScoringModel extends ModelStamp {
  readonly params: ScoringParams;
}

/**
 * The default parameters (model `ipt-formulation/default` 1.1.0). Every value is a design
 * choice made from the IPT literature, documented with its meaning, unit and source at its
 * field of {@link ScoringParams} (and in the table of `docs/scoring.md` generated from
 * them); none is an empirically fitted weight.
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
