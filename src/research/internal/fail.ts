/**
 * Small shared helpers of the research functions. Not part of the public surface.
 *
 * @module
 * @internal
 */
import * as E from "fp-ts/lib/Either.js";
import type { ResearchError, ResearchErrorCode } from "../researchError.js";

/** A `Left` holding a {@link ResearchError}. */
export const fail = (
  code: ResearchErrorCode,
  path: string,
  message: string,
): E.Either<ResearchError, never> =>
  E.left({ kind: "research-error", code, path, message, issues: [{ code, path, message }] });

/** True for a non-negative safe integer (a count). */
export const isCount = (x: unknown): x is number =>
  typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

/** Check a normal critical value: finite and strictly positive. */
export const checkCriticalValue = (z: unknown, path: string): E.Either<ResearchError, number> =>
  typeof z === "number" && Number.isFinite(z) && z > 0
    ? E.right(z)
    : fail("invalid-critical-value", path, "the critical value must be a finite number above 0");

/** Ascending UTF-16 code-unit order: deterministic and independent of the locale. */
export const compareCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** The distinct labels of several label lists, in code-unit order. */
export const observedCategories = (lists: readonly (readonly string[])[]): readonly string[] =>
  [...new Set(lists.flat())].sort(compareCodeUnits);

/**
 * Index a category list (position of each category), refusing an empty list or duplicates.
 * The category names are never quoted in the error.
 */
export function indexCategories(
  categories: readonly string[],
  path: string,
): E.Either<ResearchError, ReadonlyMap<string, number>> {
  if (categories.length === 0) return fail("empty-input", path, "the category list is empty");
  const index = new Map<string, number>();
  for (const [i, category] of categories.entries()) {
    if (index.has(category)) {
      return fail("duplicate-category", `${path}[${i}]`, `category ${i} repeats an earlier one`);
    }
    index.set(category, i);
  }
  return E.right(index);
}
