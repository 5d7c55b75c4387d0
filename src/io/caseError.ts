/**
 * Decoding errors as plain data: every problem found in a case, each with a JSON path, a
 * stable machine code and an English message. No message ever repeats anything from the
 * input (a label, an id or a stray key may hold a real name).
 *
 * @module
 */
import type { ReadonlyNonEmptyArray } from "fp-ts/lib/ReadonlyNonEmptyArray.js";

/**
 * The stable codes of case issues. New codes may be added in minor versions; none is ever
 * renamed or repurposed.
 *
 * @category Errors
 */
export const CASE_ISSUE_CODES = [
  "required",
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
 * One problem in a case.
 *
 * @category Errors
 */
export interface CaseIssue {
  /** Stable machine code. */
  readonly code: CaseIssueCode;
  /** JSON path of the offending value, e.g. `relationships[3].circle`; `""` is the case itself. For an unknown key, the path of the object holding it. */
  readonly path: string;
  /** English message naming the path and what was expected; never a value from the input. */
  readonly message: string;
}

/**
 * Why a case could not be decoded: every issue found, at once.
 *
 * @category Errors
 */
export interface CaseError {
  readonly kind: "case-error";
  /** A one-line summary (how many issues, and the first). */
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
 * caseError([{ code: "required", path: "episode", message: "episode is required" }]).message
 * //=> "1 issue in the case: episode is required"
 *
 * @category Errors
 */
export function caseError(issues: ReadonlyNonEmptyArray<CaseIssue>): CaseError {
  const n = issues.length;
  return {
    kind: "case-error",
    message: `${n} issue${n === 1 ? "" : "s"} in the case: ${issues[0].message}${n > 1 ? " (and more)" : ""}`,
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
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? String(s) : `.${String(s)}`;
  }
  return out;
}
