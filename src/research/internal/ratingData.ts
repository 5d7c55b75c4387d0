/**
 * The inputs of the chance-corrected coefficients, brought to one shape: units (subjects)
 * with how many ratings fell in each category, how often the unit occurs, and, when known,
 * which rater gave which rating.
 *
 * @module
 * @internal
 */
import * as E from "fp-ts/lib/Either.js";
import type { ConfusionMatrix } from "../confusionMatrix.js";
import { checkTable, isTable } from "../contingencyTable.js";
import type { RatingCounts } from "../fleissKappa.js";
import type { ResearchError } from "../researchError.js";
import { compareCodeUnits, fail, indexCategories, isCount } from "./fail.js";

/** Subjects × raters: one row per subject, one column per rater, `null` for a missing rating. */
export type RaterMatrix = readonly (readonly (string | number | null)[])[];

/** What the multi-rater coefficients accept. */
export type AgreementData = ConfusionMatrix | RatingCounts | RaterMatrix;

/** One kind of unit: its category counts, its multiplicity, and its ratings by rater. */
export interface Unit {
  readonly counts: readonly number[];
  readonly weight: number;
  /** The category index of each rater's rating, -1 when missing; `null` when unknown. */
  readonly raters: readonly number[] | null;
}

/** The normalized data. */
export interface Units {
  readonly categories: readonly string[];
  readonly units: readonly Unit[];
  /** The number of raters (columns) when known. */
  readonly raters: number | null;
  /** From a two-rater table: variances use the table formulas (divide by n, not n - 1). */
  readonly table: boolean;
}

const numeric = (labels: readonly string[]): boolean =>
  labels.every((l) => l.trim() !== "" && Number.isFinite(Number(l)));

/** Category order: numeric when every label is a number, else UTF-16 code-unit order. */
export const sortLabels = (labels: Iterable<string>): string[] => {
  const distinct = [...new Set(labels)];
  return numeric(distinct)
    ? distinct.sort((x, y) => Number(x) - Number(y))
    : distinct.sort(compareCodeUnits);
};

function fromRaters(
  data: RaterMatrix,
  categories: readonly string[] | undefined,
): E.Either<ResearchError, Units> {
  const width = data[0]?.length ?? 0;
  const labels: string[] = [];
  for (const [i, row] of data.entries()) {
    if (!Array.isArray(row) || row.length !== width) {
      return fail("ragged-matrix", `data[${i}]`, `subject ${i} has a different number of raters`);
    }
    for (const [r, x] of row.entries()) {
      if (x === null) continue;
      if (typeof x === "number" ? !Number.isFinite(x) : typeof x !== "string") {
        return fail(
          "invalid-value",
          `data[${i}][${r}]`,
          `rating ${r} of subject ${i} is not a label or a finite number`,
        );
      }
      labels.push(String(x));
    }
  }
  if (width < 2) return fail("too-few-raters", "data", "there must be at least two raters");
  if (labels.length === 0) return fail("empty-input", "data", "there are no ratings");
  const order = categories ?? sortLabels(labels);
  const indexed = indexCategories(order, "options.categories");
  if (E.isLeft(indexed)) return indexed;
  const units: Unit[] = [];
  for (const [i, row] of data.entries()) {
    const counts = order.map(() => 0);
    const raters: number[] = [];
    for (const [r, x] of row.entries()) {
      if (x === null) {
        raters.push(-1);
        continue;
      }
      const j = indexed.right.get(String(x));
      if (j === undefined) {
        return fail(
          "unknown-category",
          `data[${i}][${r}]`,
          `rating ${r} of subject ${i} is not a listed category`,
        );
      }
      counts[j] = (counts[j] ?? 0) + 1;
      raters.push(j);
    }
    if (raters.some((j) => j >= 0)) units.push({ counts, weight: 1, raters });
  }
  return E.right({ categories: [...order], units, raters: width, table: false });
}

function fromCounts(data: RatingCounts): E.Either<ResearchError, Units> {
  const { categories, counts } = data;
  const indexed = indexCategories(categories, "data.categories");
  if (E.isLeft(indexed)) return indexed;
  const units: Unit[] = [];
  for (const [i, row] of counts.entries()) {
    if (!Array.isArray(row) || row.length !== categories.length) {
      return fail(
        "ragged-matrix",
        `data.counts[${i}]`,
        `subject ${i} does not have one count per category`,
      );
    }
    const bad = row.findIndex((c) => !isCount(c));
    if (bad >= 0) {
      return fail(
        "invalid-count",
        `data.counts[${i}][${bad}]`,
        "a count must be a non-negative integer",
      );
    }
    if (row.some((c) => c > 0)) units.push({ counts: row, weight: 1, raters: null });
  }
  if (units.length === 0) return fail("empty-input", "data.counts", "there are no ratings");
  return E.right({ categories: [...categories], units, raters: null, table: false });
}

function fromTable(data: ConfusionMatrix): E.Either<ResearchError, Units> {
  const checked = checkTable(data.counts, data.categories, "data.counts", "data.categories", false);
  if (E.isLeft(checked)) return checked;
  const { categories, counts } = checked.right;
  const units: Unit[] = [];
  for (const [k, row] of counts.entries()) {
    for (const [l, c] of row.entries()) {
      if (c <= 0) continue;
      const cell = categories.map((_, j) => (j === k ? 1 : 0) + (j === l ? 1 : 0));
      units.push({ counts: cell, weight: c, raters: [k, l] });
    }
  }
  return E.right({ categories, units, raters: 2, table: true });
}

/** Normalize any accepted input; `categories` applies to a rater matrix only. */
export function toUnits(
  data: AgreementData,
  categories: readonly string[] | undefined,
): E.Either<ResearchError, Units> {
  if (Array.isArray(data)) {
    return data.length === 0
      ? fail("empty-input", "data", "there are no subjects")
      : fromRaters(data as RaterMatrix, categories);
  }
  if (isTable(data) && "rowTotals" in data) return fromTable(data as ConfusionMatrix);
  if (isTable(data)) return fromCounts(data as RatingCounts);
  return fail("empty-input", "data", "there is no rating data");
}
