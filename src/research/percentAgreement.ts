/**
 * Raw agreement between two raters.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ConfusionMatrix } from "./confusionMatrix.js";
import { checkTable, isTable } from "./contingencyTable.js";
import { fail } from "./internal/fail.js";
import { sum } from "./internal/matrix.js";
import type { ResearchError } from "./researchError.js";

/**
 * The proportion of items on which two raters gave the same label, not corrected for
 * chance (see {@link cohenKappa} for that).
 *
 * Despite the name the result is a proportion in [0, 1], not a percentage; multiply by
 * 100 to print it. Labels are compared exactly (case and whitespace matter). Pair it with
 * {@link wilsonInterval}`(agreements, n)` for a confidence interval.
 *
 * @param a - the first rater's labels, one per item
 * @param b - the second rater's labels, one per item, in the same item order
 * @returns the proportion of agreement, or a `ResearchError`: `length-mismatch`,
 *   `empty-input` (no items)
 *
 * @example
 * // Three of four items agree
 * percentAgreement(["grief", "grief", "role-dispute", "interpersonal-deficits"],
 *                  ["grief", "grief", "role-dispute", "role-transition"])
 * //=> right(0.75)
 *
 * @example
 * // No items: there is no proportion
 * percentAgreement([], [])
 * //=> left({ kind: "research-error", code: "empty-input", path: "a", message: "there are no ratings", … })
 *
 * @example
 * // From an agreement table (e.g. {@link contingencyTable}): the diagonal's share
 * percentAgreement(contingencyTable({ counts: [[20, 5], [10, 15]] }).right)
 * //=> right(0.7)
 *
 * @category Research
 * @see Altman, D. G. (1991). Practical Statistics for Medical Research, §14.3.1. Chapman & Hall.
 */
export function percentAgreement(
  a: readonly string[],
  b: readonly string[],
): E.Either<ResearchError, number>;
export function percentAgreement(table: ConfusionMatrix): E.Either<ResearchError, number>;
export function percentAgreement(
  a: readonly string[] | ConfusionMatrix,
  b: readonly string[] = [],
): E.Either<ResearchError, number> {
  if (isTable(a)) {
    return E.map((t: ConfusionMatrix) => sum(t.counts.map((row, i) => row[i] ?? 0)) / t.n)(
      checkTable(a.counts, a.categories, "table.counts", "table.categories", false),
    );
  }
  if (a.length !== b.length) {
    return fail("length-mismatch", "b", "the raters rated a different number of items");
  }
  if (a.length === 0) return fail("empty-input", "a", "there are no ratings");
  return E.right(a.filter((label, i) => label === b[i]).length / a.length);
}
