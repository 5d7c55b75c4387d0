/**
 * Decoding errors as plain data: every problem found in a case, each with a JSON path, a
 * stable machine code and an English message. No message ever repeats anything from the
 * input (a label, an id or a stray key may hold a real name).
 *
 * @module
 */
import type { ReadonlyNonEmptyArray } from "fp-ts/lib/ReadonlyNonEmptyArray.js";
import { summarizeIssues } from "../internal/summarizeIssues.js";
import { formatPath as formatSegments } from "../internal/zodIssue.js";
import type { Issue } from "../model/issue.js";

/**
 * The stable codes of case issues. New codes may be added in minor versions; none is ever
 * renamed or repurposed.
 *
 * @category Errors
 */
export const CASE_ISSUE_CODES = [
  "required",
  "empty",
  "invalid-type",
  "invalid-value",
  "invalid-format",
  "invalid-date",
  "too-short",
  "too-long",
  "too-small",
  "too-large",
  "too-few",
  "too-many",
  "not-integer",
  "unknown-key",
  "duplicate-id",
  "duplicate-value",
  "unknown-reference",
  "date-after-assessment",
  "grief-signs-not-loss",
  "unknown-instrument",
  "item-count",
  "item-out-of-range",
  "unreadable-input",
] as const;
/** A stable case issue code. @category Errors */
export type CaseIssueCode = (typeof CASE_ISSUE_CODES)[number];

/**
 * One problem in a case: an {@link Issue} with a case code. Its message reads after its path
 * (`is required`); {@link formatIssue} makes the sentence.
 *
 * @category Errors
 */
export type CaseIssue = Issue<CaseIssueCode>;

/**
 * Why a case could not be decoded: every issue found, at once.
 *
 * @category Errors
 */
export interface CaseError {
  readonly kind: "case-error";
  /** A one-line summary naming the first issue's path: how many issues, and the first. */
  readonly message: string;
  /** Every issue, in a deterministic order: structural issues first, then cross-field rules. */
  readonly issues: ReadonlyNonEmptyArray<CaseIssue>;
}

/**
 * Build a {@link CaseError} from a non-empty list of issues.
 *
 * @param issues - the issues, at least one
 * @returns the error with its summary message
 *
 * @example
 * // One issue
 * caseError([{ code: "required", path: "episode", message: "is required" }]).message
 * //=> "1 issue in the case: episode is required"
 *
 * @category Errors
 */
export function caseError(issues: ReadonlyNonEmptyArray<CaseIssue>): CaseError {
  return {
    kind: "case-error",
    message: summarizeIssues(issues, " in the case", "the case"),
    issues,
  };
}

/**
 * Render a path of keys and indices in the library's notation: `relationships[3].circle`.
 *
 * @param segments - the keys and array indices, outermost first
 * @returns the dotted path, `""` for the root
 *
 * @example
 * // A nested path
 * formatPath(["lifeEvents", 2, "relationshipIds", 0])
 * //=> "lifeEvents[2].relationshipIds[0]"
 *
 * @category Errors
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  return formatSegments(segments);
}
