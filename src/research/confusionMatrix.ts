/**
 * The cross-tabulation of two raters' nominal labels.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { fail, indexCategories, observedCategories } from "./internal/fail.js";
import type { ResearchError } from "./researchError.js";

/**
 * Two raters' labels cross-tabulated: `counts[i][j]` is the number of items rater `a`
 * put in `categories[i]` and rater `b` put in `categories[j]`. Rows are rater `a`,
 * columns rater `b`.
 *
 * @category Research
 */
export interface ConfusionMatrix {
  /** The categories, in row (and column) order. */
  readonly categories: readonly string[];
  /** A square matrix of counts, one row and one column per category. */
  readonly counts: readonly (readonly number[])[];
  /** Row marginals: how often rater `a` used each category. */
  readonly rowTotals: readonly number[];
  /** Column marginals: how often rater `b` used each category. */
  readonly columnTotals: readonly number[];
  /** The number of rated items (the sum of all counts). */
  readonly n: number;
}

/**
 * Cross-tabulate two raters' labels, validating the input on the way.
 * `categoriesPath` names the category argument in error paths.
 *
 * @internal
 */
export function tabulate(
  a: readonly string[],
  b: readonly string[],
  categories: readonly string[] | undefined,
  categoriesPath: string,
): E.Either<ResearchError, ConfusionMatrix> {
  if (a.length !== b.length) {
    return fail("length-mismatch", "b", "the raters rated a different number of items");
  }
  if (a.length === 0) return fail("empty-input", "a", "there are no ratings");
  const order = categories ?? observedCategories([a, b]);
  const indexed = indexCategories(order, categoriesPath);
  if (E.isLeft(indexed)) return indexed;
  const index = indexed.right;
  const k = order.length;
  const cells = new Map<number, number>();
  const rows = new Map<number, number>();
  const columns = new Map<number, number>();
  for (const [item, label] of a.entries()) {
    const i = index.get(label);
    if (i === undefined) return unknownLabel("a", item);
    const j = index.get(b[item] as string);
    if (j === undefined) return unknownLabel("b", item);
    increment(cells, i * k + j);
    increment(rows, i);
    increment(columns, j);
  }
  return E.right({
    categories: [...order],
    counts: order.map((_, i) => order.map((_, j) => cells.get(i * k + j) ?? 0)),
    rowTotals: order.map((_, i) => rows.get(i) ?? 0),
    columnTotals: order.map((_, j) => columns.get(j) ?? 0),
    n: a.length,
  });
}

const increment = (tally: Map<number, number>, key: number): void => {
  tally.set(key, (tally.get(key) ?? 0) + 1);
};

const unknownLabel = (rater: "a" | "b", item: number): E.Either<ResearchError, never> =>
  fail(
    "unknown-category",
    `${rater}[${item}]`,
    `label ${item} of rater ${rater} is not a listed category`,
  );

/**
 * Cross-tabulate two raters' nominal labels into a square confusion matrix with marginals.
 *
 * Rows are rater `a`, columns rater `b`. The category order is `categories` when given
 * (categories nobody used keep their zero row and column); otherwise it is the distinct
 * labels of both raters sorted in UTF-16 code-unit order, so the result does not depend on
 * the order of the items or on the locale. Labels are compared exactly (case and
 * whitespace matter).
 *
 * @param a - the first rater's labels, one per item
 * @param b - the second rater's labels, one per item, in the same item order as `a`
 * @param categories - optional explicit category order; every label must be in it
 * @returns the matrix, or a `ResearchError`: `length-mismatch` (different numbers of
 *   ratings), `empty-input` (no items, or an empty category list), `duplicate-category`,
 *   `unknown-category` (a label outside `categories`)
 *
 * @example
 * // Categories sorted when none are given
 * confusionMatrix(["grief", "role-dispute", "grief"], ["grief", "grief", "grief"])
 * //=> right({ categories: ["grief", "role-dispute"], counts: [[2, 0], [1, 0]],
 * //     rowTotals: [2, 1], columnTotals: [3, 0], n: 3 })
 *
 * @example
 * // An explicit order keeps unused categories
 * confusionMatrix(["b"], ["b"], ["c", "b", "a"])
 * //=> right({ categories: ["c", "b", "a"], counts: [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
 * //     rowTotals: [0, 1, 0], columnTotals: [0, 1, 0], n: 1 })
 *
 * @example
 * // Unequal lengths are an error value, never a throw
 * confusionMatrix(["a"], [])
 * //=> left({ kind: "research-error", code: "length-mismatch", path: "b", message: "the raters rated a different number of items", … })
 *
 * @category Research
 * @see Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 *   Psychological Measurement, 20(1), 37–46 (the agreement table that kappa is computed from).
 */
export function confusionMatrix(
  a: readonly string[],
  b: readonly string[],
  categories?: readonly string[],
): E.Either<ResearchError, ConfusionMatrix> {
  return tabulate(a, b, categories, "categories");
}
