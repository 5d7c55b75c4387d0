/**
 * The one shape of a problem found in input, shared by every entry of the package: a stable
 * code, the JSON path of the value, a message that reads after the path, and what the field
 * expected, as data an app can show beside its own form field.
 *
 * @module
 */

/**
 * What a field expected, as data: the allowed values, the bounds or the format. Each member
 * is present only when the check that failed has it.
 *
 * - `oneOf`: the allowed values (an enumeration, a literal).
 * - `min` / `max`: inclusive bounds; `exclusiveMin` / `exclusiveMax`: exclusive ones. They
 *   bound what the issue's code measures: the value (`too-small`, `too-large`,
 *   `item-out-of-range`), the length of a string (`too-short`, `too-long`) or the number of
 *   entries of a list (`too-few`, `too-many`, `item-count`).
 * - `format`: `date` (`YYYY-MM-DD`), `partial-date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`),
 *   `semver` (`1.2.0`), `kebab-case` (`my-scale`).
 * - `type`: the JSON type, `integer` for a whole number.
 *
 * @example
 * // An enumeration: the closeness of a relationship
 * decodeCase({ ...validCase, relationships: [{ id: "mother", label: "Mother", role: "parent", circle: "far" }] }).left.issues[0].expected
 * //=> { oneOf: ["inner", "middle", "outer"] }
 *
 * @category Errors
 */
export interface IssueExpected {
  readonly type?: "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";
  readonly oneOf?: readonly (string | number | boolean | null)[];
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: number;
  readonly exclusiveMax?: number;
  readonly format?: "date" | "partial-date" | "semver" | "kebab-case";
}

/**
 * One problem in an input, as plain data. Every entry's errors carry issues of this shape
 * (`CaseIssue`, `MeasureIssue` and the scoring model's are instances of it).
 *
 * The `message` is English and reads after the path (`is required`, `must be one of: …`), so
 * an app can show it beside its own field, and {@link formatIssue} joins the two into a
 * sentence. It never repeats a value from the input: a label, an id or a stray key may hold
 * a real name.
 *
 * @category Errors
 */
export interface Issue<C extends string = string> {
  /** Stable machine code: never renamed or repurposed. */
  readonly code: C;
  /** JSON path of the offending value, e.g. `relationships[3].circle`; `""` is the input itself. For an unknown key, the path of the object holding it. */
  readonly path: string;
  /** What is wrong, as an English predicate of the path (`must be at most 4`); never a value from the input. */
  readonly message: string;
  /** What the field expected, when the check has it as data. */
  readonly expected?: IssueExpected;
}

/**
 * An issue as one English sentence: its path, then its message.
 *
 * @param issue - the issue
 * @param root - how to name the root path `""` (default `the input`)
 * @returns `path message`, e.g. `relationships[0].circle must be one of: "inner", "middle", "outer"`
 *
 * @example
 * // A nested path
 * formatIssue({ code: "required", path: "episode.onset", message: "is required" })
 * //=> "episode.onset is required"
 *
 * @example
 * // The root, named
 * formatIssue({ code: "unknown-key", path: "", message: "has a field that ipt-case/1 does not define" }, "the case")
 * //=> "the case has a field that ipt-case/1 does not define"
 *
 * @category Errors
 */
export function formatIssue(issue: Issue, root = "the input"): string {
  return `${issue.path === "" ? root : issue.path} ${issue.message}`;
}
