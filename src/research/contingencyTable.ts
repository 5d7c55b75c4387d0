/**
 * Two raters' agreement table given directly, as published studies report it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ConfusionMatrix } from "./confusionMatrix.js";
import { fail, indexCategories } from "./internal/fail.js";
import { sum } from "./internal/matrix.js";
import type { ResearchError } from "./researchError.js";

/**
 * A published agreement table: counts, or proportions with the number of items, rows
 * rater `a` and columns rater `b`. `categories` names the rows (and columns) in order;
 * default `"1"`, `"2"`, ….
 *
 * @category Research
 */
export type ContingencyInput =
  | { readonly counts: readonly (readonly number[])[]; readonly categories?: readonly string[] }
  | {
      readonly proportions: readonly (readonly number[])[];
      readonly n: number;
      readonly categories?: readonly string[];
    };

/**
 * Check a square table of non-negative cell values and add its marginals. `integer`
 * requires whole counts (a table of counts); otherwise any finite value >= 0 (counts that
 * came from proportions). `path` names the matrix in errors.
 *
 * @internal
 */
export function checkTable(
  cells: readonly (readonly number[])[],
  categories: readonly string[] | undefined,
  path: string,
  categoriesPath: string,
  integer: boolean,
): E.Either<ResearchError, ConfusionMatrix> {
  const k = Array.isArray(cells) ? cells.length : 0;
  if (k === 0) return fail("empty-input", path, "the table has no rows");
  const names = categories ?? cells.map((_, i) => String(i + 1));
  if (names.length !== k) {
    return fail(
      "length-mismatch",
      categoriesPath,
      "there must be one category per row of the table",
    );
  }
  const indexed = indexCategories(names, categoriesPath);
  if (E.isLeft(indexed)) return indexed;
  for (const [i, row] of cells.entries()) {
    if (!Array.isArray(row) || row.length !== k) {
      return fail("ragged-matrix", `${path}[${i}]`, "the table must be square");
    }
    const j = row.findIndex(
      (c) =>
        typeof c !== "number" ||
        !Number.isFinite(c) ||
        c < 0 ||
        (integer && !Number.isSafeInteger(c)),
    );
    if (j >= 0) {
      return fail(
        "invalid-count",
        `${path}[${i}][${j}]`,
        integer
          ? "a count must be a non-negative integer"
          : "a cell must be a finite number of at least 0",
      );
    }
  }
  const rowTotals = cells.map((row) => sum(row));
  const columnTotals = cells.map((_, j) => sum(cells.map((row) => row[j] ?? 0)));
  const n = sum(rowTotals);
  if (n === 0) return fail("empty-input", path, "the table is all zeros");
  return E.right({
    categories: [...names],
    counts: cells.map((row) => [...row]),
    rowTotals,
    columnTotals,
    n,
  });
}

/**
 * Build the agreement table of two raters from published counts, or from proportions and
 * the number of items, so that every two-rater statistic can be computed from a table
 * without expanding it into label lists by hand. The result is a {@link ConfusionMatrix},
 * which {@link cohenKappa}, {@link weightedKappa}, {@link percentAgreement},
 * {@link scottPi}, {@link gwetAc}, {@link brennanPrediger}, {@link congerKappa} and
 * {@link krippendorffAlpha} all accept in place of the two label lists.
 *
 * Proportions are multiplied by `n`; a product within 1e-9 of a whole number is rounded
 * to it, others are kept as they are (the kappa formulas do not need whole counts). The
 * proportions must sum to 1 (within 1e-6).
 *
 * @param input - `{ counts }` or `{ proportions, n }`, and optionally `categories`
 * @returns the table, or a `ResearchError`: `empty-input` (no rows, all zeros),
 *   `ragged-matrix` (not square), `invalid-count` (negative, fractional or non-finite
 *   count; proportions not summing to 1; `n` not a positive integer), `length-mismatch`
 *   (categories and rows differ), `duplicate-category`
 *
 * @example
 * // Cohen (1968), Table 1: proportions of 200 patients
 * contingencyTable({ proportions: [[0.44, 0.07, 0.09], [0.05, 0.2, 0.05], [0.01, 0.03, 0.06]], n: 200 })
 * //=> right({ categories: ["1", "2", "3"], counts: [[88, 14, 18], [10, 40, 10], [2, 6, 12]], n: 200, ... })
 *
 * @example
 * contingencyTable({ counts: [[1, -1], [0, 2]] })
 * //=> left({ kind: "research-error", code: "invalid-count", path: "input.counts[0][1]", message: "a count must be a non-negative integer", … })
 *
 * @category Research
 * @see Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
 *   disagreement or partial credit. Psychological Bulletin, 70(4), 213–220.
 */
export function contingencyTable(
  input: ContingencyInput,
): E.Either<ResearchError, ConfusionMatrix> {
  if ("counts" in input) {
    return checkTable(input.counts, input.categories, "input.counts", "input.categories", true);
  }
  const { proportions, n } = input;
  if (!Number.isSafeInteger(n) || n < 1) {
    return fail("invalid-count", "input.n", "n must be a positive integer");
  }
  const checked = checkTable(
    proportions,
    input.categories,
    "input.proportions",
    "input.categories",
    false,
  );
  if (E.isLeft(checked)) return checked;
  if (Math.abs(checked.right.n - 1) > 1e-6) {
    return fail("invalid-count", "input.proportions", "the proportions must sum to 1");
  }
  const counts = proportions.map((row) =>
    row.map((p) => {
      const c = p * n;
      return Math.abs(c - Math.round(c)) < 1e-9 * n ? Math.round(c) : c;
    }),
  );
  return checkTable(counts, input.categories, "input.proportions", "input.categories", false);
}

/** True when a value is a table rather than a list of labels. @internal */
export const isTable = (x: unknown): x is ConfusionMatrix =>
  typeof x === "object" && x !== null && !Array.isArray(x) && "counts" in x;
