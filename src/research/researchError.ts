/**
 * The error value of the research functions: plain data with a stable code.
 *
 * Messages describe the problem by position only. They never quote an input value,
 * because a label or a CSV field can hold a patient's name.
 *
 * @module
 */

import type { Issue } from "ipt-formulation";

/**
 * Every code a research function can return, as a closed kebab-case vocabulary.
 *
 * - `empty-input`: there is nothing to compute on (no ratings, no subjects, `n = 0`).
 * - `length-mismatch`: the two raters rated a different number of items.
 * - `unknown-category`: a label is not in the category list that was given.
 * - `duplicate-category`: the category list names a category twice.
 * - `unknown-weighting`: the kappa weighting is not one of {@link KAPPA_WEIGHTINGS}.
 * - `too-few-categories`: weighted kappa needs at least two ordered categories.
 * - `kappa-undefined`: chance agreement is 1 (every rating fell in one category), so kappa is 0/0.
 * - `invalid-count`: a count is not a non-negative safe integer, or successes exceed n.
 * - `invalid-critical-value`: the normal critical value `z` is not a finite positive number.
 * - `ragged-matrix`: the rows of a subjects × categories matrix differ in length.
 * - `unequal-raters`: the subjects were not all rated by the same number of raters.
 * - `too-few-raters`: fewer than two ratings per subject.
 * - `csv-unterminated-quote`: a quoted CSV field is never closed.
 * - `csv-stray-quote`: a quote inside an unquoted field, or text after a closing quote.
 * - `not-serializable`: a value cannot be written as JSON (a cycle, a bigint, a throwing `toJSON`).
 * - `invalid-option`: an option is out of its documented range (a seed, a count, a mix weight, an epsilon).
 * - `too-many-rejections`: the sensitivity analysis could not draw enough perturbed models that
 *   `defineModel` accepts (epsilon too large for the model's ordering constraints).
 * - `invalid-weights`: a weight matrix is not square, does not match the categories, has a
 *   non-finite or out-of-range entry, or a diagonal other than the definition requires.
 * - `invalid-value`: a score or rating is not a finite number (NaN, ±Infinity), or a label
 *   cannot be read as the number an interval or ratio level needs.
 * - `too-few-subjects`: fewer subjects than the statistic needs (two, for a variance).
 * - `zero-variance`: the scores do not vary at all, or the targets do not differ (no between-target
 *   variance), so an intraclass correlation is undefined (0/0, or a division by 0).
 *
 * @category Research
 */
export const RESEARCH_ERROR_CODES = [
  "empty-input",
  "length-mismatch",
  "unknown-category",
  "duplicate-category",
  "unknown-weighting",
  "too-few-categories",
  "kappa-undefined",
  "invalid-count",
  "invalid-critical-value",
  "ragged-matrix",
  "unequal-raters",
  "too-few-raters",
  "csv-unterminated-quote",
  "csv-stray-quote",
  "not-serializable",
  "invalid-option",
  "too-many-rejections",
  "invalid-weights",
  "invalid-value",
  "too-few-subjects",
  "zero-variance",
] as const;

/** One of {@link RESEARCH_ERROR_CODES}. @category Research */
export type ResearchErrorCode = (typeof RESEARCH_ERROR_CODES)[number];

/**
 * One problem in a research function's input: an `Issue` with a research code.
 *
 * @category Research
 */
export type ResearchIssue = Issue<ResearchErrorCode>;

/**
 * Why a research function refused its input: the first problem found, as the other entries'
 * errors are shaped (a `kind`, a `message`, the `issues`), with that issue's `code` and
 * `path` also at the top for a quick `switch`.
 *
 * `path` locates the offending argument in accessor syntax relative to the function's
 * parameters (`"b"`, `"a[3]"`, `"counts[2][1]"`, `"options.categories[0]"`,
 * `"text[4][2]"` for record 4, field 2 of a CSV text, both 0-based). `message` is for
 * people and never contains an input value; unlike a case issue's, it is a sentence of its
 * own (`"there are no ratings"`), since a research function's arguments are not form fields.
 *
 * @category Research
 */
export interface ResearchError {
  readonly kind: "research-error";
  readonly code: ResearchErrorCode;
  readonly path: string;
  readonly message: string;
  /** The problem found, as the one issue of the list every error of the package has. */
  readonly issues: readonly [ResearchIssue];
}
