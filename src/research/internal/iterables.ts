/**
 * Telling async iterables from sync ones, for the functions that accept both.
 *
 * @module
 * @internal
 */

/** True when `u` is an async iterable (a stream, an async generator); a string or array is not. */
export const isAsyncIterable = <T>(u: Iterable<T> | AsyncIterable<T>): u is AsyncIterable<T> =>
  typeof u === "object" && u !== null && Symbol.asyncIterator in u;
