/**
 * Total, allocation-free readers for small numeric vectors and matrices, so that the
 * statistics read as formulas under `noUncheckedIndexedAccess`.
 *
 * @module
 * @internal
 */

/** A matrix of numbers, rows then columns. */
export type Matrix = readonly (readonly number[])[];

/** `v[i]`, or 0 outside the vector. */
export const of = (v: readonly number[], i: number): number => v[i] ?? 0;

/** `m[i][j]`, or 0 outside the matrix. */
export const at = (m: Matrix, i: number, j: number): number => m[i]?.[j] ?? 0;

/** The sum of a vector. */
export const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** Σ_{i<k} Σ_{j<k} f(i, j). */
export const sumGrid = (k: number, f: (i: number, j: number) => number): number => {
  let total = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) total += f(i, j);
  return total;
};

/** A k × k matrix whose cell (i, j) is f(i, j). */
export const grid = (k: number, f: (i: number, j: number) => number): Matrix =>
  Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => f(i, j)));
