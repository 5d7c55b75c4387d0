/**
 * The synthetic case of a seeded cohort and the pattern mix it is drawn from.
 *
 * @module
 */
import type { CaseInput, ProblemArea } from "ipt-formulation";

// ---------------------------------------------------------------------------------------
// model
// ---------------------------------------------------------------------------------------

/**
 * The relative frequency of each generating pattern (the problem area a synthetic case is
 * built around). Weights need not sum to 1; an area left out weighs 0.
 *
 * @category Synthetic cohorts
 */
export type PatternMix = Readonly<Partial<Record<ProblemArea, number>>>;

/**
 * The default pattern mix: role transition 40%, role dispute 30%, grief 20%, interpersonal
 * deficits 10%.
 *
 * A design choice, roughly after the distribution of problem areas in the Maintenance
 * Therapies in Late-Life Depression study (MTLLD; Miller et al.: transition 41%, disputes
 * 34.5%, grief 23%, deficits about 1–2% of the first 127 of 180 patients aged 60 and over).
 * Deficits are raised to 10% because general adult outpatient samples see them more often
 * than MTLLD's late-life sample ("relatively infrequent", Markowitz & Weissman 2004) and so
 * that a cohort has enough of them to analyse. Not an epidemiological estimate.
 *
 * @category Synthetic cohorts
 * @see Miller, M. D. et al. Interpersonal psychotherapy for late-life depression: past, present and future (MTLLD problem areas). PMC3330480.
 */
export const DEFAULT_PATTERN_MIX: Readonly<Record<ProblemArea, number>> = Object.freeze({
  "role-transition": 0.4,
  "role-dispute": 0.3,
  grief: 0.2,
  "interpersonal-deficits": 0.1,
});

/** The id prefix of every synthetic case. @category Synthetic cohorts */
export const SYNTHETIC_ID_PREFIX = "synthetic-";

/**
 * One synthetic case with the pattern it was built around (the "intended" area, e.g. to
 * check how often the scoring model recovers it).
 *
 * @category Synthetic cohorts
 */
export interface SyntheticCase {
  /** The 0-based position in the cohort; the id is `synthetic-` and `index + 1` in six digits. */
  readonly index: number;
  readonly pattern: ProblemArea;
  /** A valid `ipt-case/1` case (it decodes with `decodeCase`), plain JSON data. */
  readonly case: CaseInput;
}
