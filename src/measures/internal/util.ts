/**
 * Helpers shared inside the measures module; never re-exported.
 *
 * @module
 */

import { summarizeIssues } from "../../internal/summarizeIssues.js";
import type { IssueExpected } from "../../model/issue.js";
import type { MeasureError, MeasureIssue, MeasureIssueCode } from "../measureError.js";

export { deepFreeze } from "../../internal/deepFreeze.js";

/** Build one issue. */
export const issue = <C extends MeasureIssueCode>(
  code: C,
  path: string,
  message: string,
  expected?: IssueExpected,
): MeasureIssue<C> =>
  expected === undefined ? { code, path, message } : { code, path, message, expected };

/** Wrap a non-empty list of issues as a {@link MeasureError}, with its summary. */
export const measureError = (issues: readonly [MeasureIssue, ...MeasureIssue[]]): MeasureError => ({
  kind: "measure-error",
  message: summarizeIssues(issues, "", "the input"),
  issues,
});

/** Whether a list is non-empty, narrowing it to a tuple with a first element. */
export const isNonEmpty = <A>(xs: readonly A[]): xs is readonly [A, ...A[]] => xs.length > 0;

/** Round half up (towards +∞): 19.5 -> 20, -2.5 -> -2. */
export const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

/** Clamp into an inclusive range. */
export const clamp = (x: number, min: number, max: number): number =>
  Math.min(Math.max(x, min), max);

/** A run of item definitions sharing one range (items numbered `first`..). */
export const uniformItems = (
  first: number,
  topics: readonly (string | null)[],
  min: number,
  max: number,
): readonly {
  number: number;
  topic: string | null;
  min: number;
  max: number;
  reverseKeyed: false;
  scored: true;
}[] =>
  topics.map((topic, i) => ({
    number: first + i,
    topic,
    min,
    max,
    reverseKeyed: false,
    scored: true,
  }));
