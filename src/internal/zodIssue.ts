/**
 * The one mapper from zod's issues to ours: our code, our words, what was expected as data,
 * and nothing from the input. The case decoder and `defineModel` both use it, so the same
 * problem reads the same wherever it is found, and zod's types never reach the public API.
 *
 * The shapes here are structural copies of the public `Issue` and `IssueExpected`
 * (src/model/issue.ts): this layer imports nothing of ours, and a type test keeps the two
 * equal.
 *
 * @module
 * @internal
 */
import type * as z from "zod";

/** The codes a zod issue maps to. */
export type ZodMappedCode =
  | "required"
  | "empty"
  | "invalid-type"
  | "invalid-value"
  | "invalid-format"
  | "invalid-date"
  | "too-short"
  | "too-long"
  | "too-small"
  | "too-large"
  | "too-few"
  | "too-many"
  | "not-integer"
  | "unknown-key";

/** A structural copy of the public `IssueExpected`. */
export interface MappedExpected {
  readonly type?: "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";
  readonly oneOf?: readonly (string | number | boolean | null)[];
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: number;
  readonly exclusiveMax?: number;
  readonly format?: "date" | "partial-date" | "semver" | "kebab-case";
}

/** A structural copy of the public `Issue`, with the codes a zod issue maps to. */
export interface MappedIssue {
  readonly code: ZodMappedCode;
  readonly path: string;
  readonly message: string;
  readonly expected?: MappedExpected;
}

/** How one input's issues are worded. */
export interface ZodIssueContext {
  /** What an unknown key is missing from: `ipt-case/1`, `the scoring model`. */
  readonly definedBy: string;
  /** What a field's format is, by its formatted path (a regex does not say). */
  readonly formatOf: (path: string) => DateFormat;
  /** A refinement's issue (zod's `custom`), by its formatted path: its code, words and expectation. */
  readonly custom: (path: string) => Omit<MappedIssue, "path">;
}

/** A JSON object, read. */
export type Rec = Readonly<Record<string, unknown>>;
/** Whether a value is an object and not an array (a JSON object, or something posing as one). */
export const isRec = (u: unknown): u is Rec =>
  typeof u === "object" && u !== null && !Array.isArray(u);

/** The value at a zod path in the raw input, read without ever throwing. */
export const valueAt = (u: unknown, path: readonly PropertyKey[]): unknown => {
  let cur: unknown = u;
  for (const seg of path) {
    if (typeof seg === "number" && Array.isArray(cur)) cur = cur[seg];
    else if (typeof seg === "string" && isRec(cur) && Object.hasOwn(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
};

/**
 * Render a path of keys and indices in the library's notation: `relationships[3].circle`.
 */
export const formatPath = (segments: readonly PropertyKey[]): string => {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? String(s) : `.${String(s)}`;
  }
  return out;
};

/** `1 entry`, `2 entries`, `3 characters`. */
export const plural = (n: number, w: string): string =>
  `${n} ${n === 1 ? w : w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`}`;

/** The formats a zod string check can fail (a regex): the case's dates. */
type DateFormat = "date" | "partial-date";

/** `"a", "b"` for a list of allowed values (values of the schema, never of the input). */
const listOf = (values: readonly unknown[]): string =>
  values.map((v) => JSON.stringify(v)).join(", ");

/**
 * The JSON type zod names, as ours: `int` is `integer`. The case's and the model's schemas
 * name no other type than JSON's (no bigint, date or symbol).
 */
const typeOf = (expected: string): MappedExpected => ({
  type: (expected === "int" ? "integer" : expected) as NonNullable<MappedExpected["type"]>,
});

/**
 * Map one zod issue to ours. An empty string where a value was expected is `empty` (omit an
 * unanswered field instead), whatever zod found wrong with it; the expectation is kept.
 *
 * @param issue - zod's issue
 * @param input - the raw input, read only to tell a missing field from a wrong one
 * @param context - the wording of this input
 */
export const mapZodIssue = (
  issue: z.core.$ZodIssue,
  input: unknown,
  context: ZodIssueContext,
): MappedIssue => {
  const path = formatPath(issue.path);
  const value = issue.path.length > 0 ? valueAt(input, issue.path) : input;
  const missing = value === undefined && issue.path.length > 0;
  const mapped = mapBy(issue, path, missing, context);
  if (value === "" && issue.code !== "unrecognized_keys")
    return {
      code: "empty",
      path,
      message: "is empty: leave the field out when it has no answer",
      ...(mapped.expected === undefined ? {} : { expected: mapped.expected }),
    };
  return mapped;
};

const mapBy = (
  issue: z.core.$ZodIssue,
  path: string,
  missing: boolean,
  context: ZodIssueContext,
): MappedIssue => {
  const mk = (code: ZodMappedCode, message: string, expected?: MappedExpected): MappedIssue =>
    expected === undefined ? { code, path, message } : { code, path, message, expected };
  switch (issue.code) {
    case "invalid_type": {
      const type = typeOf(issue.expected);
      if (missing) return mk("required", `is required (expected ${issue.expected})`, type);
      if (type.type === "integer") return mk("not-integer", "must be an integer", type);
      return mk("invalid-type", `must be of type ${issue.expected}`, type);
    }
    case "invalid_value": {
      const oneOf = issue.values.filter(
        (v): v is string | number | boolean | null =>
          typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null,
      );
      if (missing) return mk("required", `is required (one of: ${listOf(oneOf)})`, { oneOf });
      return mk("invalid-value", `must be one of: ${listOf(oneOf)}`, { oneOf });
    }
    case "invalid_format": {
      const format = context.formatOf(path);
      return mk(
        "invalid-format",
        `must be a date as ${format === "date" ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD"}`,
        { format },
      );
    }
    case "too_big": {
      const max = Number(issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === "string")
        return mk("too-long", `must be at most ${plural(max, "character")}`, { max });
      if (issue.origin === "array")
        return mk("too-many", `must have at most ${plural(max, "entry")}`, { max });
      return inclusive
        ? mk("too-large", `must be at most ${max}`, { max })
        : mk("too-large", `must be less than ${max}`, { exclusiveMax: max });
    }
    case "too_small": {
      const min = Number(issue.minimum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === "string")
        return mk("too-short", `must have at least ${plural(min, "character")}`, { min });
      if (issue.origin === "array")
        return mk("too-few", `must have at least ${plural(min, "entry")}`, { min });
      return inclusive
        ? mk("too-small", `must be at least ${min}`, { min })
        : mk("too-small", `must be greater than ${min}`, { exclusiveMin: min });
    }
    case "unrecognized_keys":
      return mk(
        "unknown-key",
        `has ${issue.keys.length === 1 ? "a field" : "fields"} that ${context.definedBy} does not define (unknown fields are rejected)`,
      );
    case "custom":
      return { ...context.custom(path), path };
    default:
      return mk("invalid-value", "is not valid here");
  }
};
