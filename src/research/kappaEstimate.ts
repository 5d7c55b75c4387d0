/**
 * What a kappa estimate holds: the estimate, the agreements it came from, its standard
 * errors and confidence interval, and the agreement table. Shared by Cohen's kappa
 * (`cohenKappa`), weighted kappa (`weightedKappa`) and the estimator they both use.
 *
 * @module
 */
import type { ConfusionMatrix } from "./confusionMatrix.js";

/**
 * A two-sided Wald confidence interval `estimate ± z × standardError`.
 *
 * @category Research
 */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
  /** The standard normal critical value used (1.96 for 95%). */
  readonly z: number;
}

/**
 * Cohen's kappa with the evidence it was computed from.
 *
 * For weighted kappa the agreements are the weighted ones, `p_o(w)` and `p_e(w)`.
 *
 * @category Research
 */
export interface KappaEstimate {
  /** `(p_o - p_e) / (1 - p_e)`: 1 is perfect agreement, 0 chance-level, below 0 worse than chance. */
  readonly kappa: number;
  /** `p_o`: the observed proportion of agreement. */
  readonly observedAgreement: number;
  /** `p_e`: the agreement expected by chance from the two raters' marginals. */
  readonly expectedAgreement: number;
  /** The number of items rated by both raters. */
  readonly n: number;
  /**
   * The large-sample (non-null) standard error of Fleiss, Cohen & Everitt (1969), the
   * one used for {@link KappaEstimate.confidenceInterval} (SAS calls it "ASE").
   */
  readonly standardError: number;
  /**
   * `kappa ± z × standardError`, not truncated to [-1, 1], so that it matches SAS and
   * the published examples.
   */
  readonly confidenceInterval: ConfidenceInterval;
  /**
   * The standard error under the null hypothesis kappa = 0 (Fleiss, Cohen & Everitt 1969),
   * for testing only ("ASE under H0" in SAS).
   */
  readonly nullStandardError: number;
  /**
   * `kappa / nullStandardError`, the test statistic of H0: kappa = 0; `null` when the
   * null standard error is 0 (a degenerate table, e.g. raters who never share a category).
   */
  readonly zStatistic: number | null;
  /** The agreement table the estimate was computed from. */
  readonly table: ConfusionMatrix;
}
