/**
 * JSON Lines output.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { fail } from "./internal/fail.js";
import type { ResearchError } from "./researchError.js";

/**
 * Write values as JSON Lines: one `JSON.stringify` per value, each line ending in LF.
 *
 * JSON's own rules apply: `NaN` and `±Infinity` become `null`, `undefined` object
 * properties are dropped, and line breaks inside strings are escaped, so each value is
 * exactly one line. A value JSON cannot represent at the top level (`undefined`, a
 * function, a symbol) or at all (a `bigint`, a cycle, a throwing `toJSON`) is the
 * `not-serializable` error at `values[i]`; nothing throws. No values give the empty
 * string.
 *
 * @param values - the values, one per line
 * @returns the JSON Lines text, or a `ResearchError` (`not-serializable`)
 *
 * @example
 * // One compact JSON document per line
 * toJsonl([{ caseId: "c1", kappa: 0.4 }, { caseId: "c2", kappa: null }])
 * //=> right('{"caseId":"c1","kappa":0.4}\n{"caseId":"c2","kappa":null}\n')
 *
 * @example
 * // A bigint cannot be written as JSON
 * toJsonl([1n])
 * //=> left({ kind: "research-error", code: "not-serializable", path: "values[0]", message: "value 0 cannot be written as JSON", … })
 *
 * @category Research
 * @see JSON Lines, https://jsonlines.org/ (UTF-8, one JSON value per line, LF separators).
 */
export function toJsonl(values: readonly unknown[]): E.Either<ResearchError, string> {
  const lines: string[] = [];
  for (const [i, value] of values.entries()) {
    const line = stringify(value);
    if (line === undefined) {
      return fail("not-serializable", `values[${i}]`, `value ${i} cannot be written as JSON`);
    }
    lines.push(`${line}\n`);
  }
  return E.right(lines.join(""));
}

/** `JSON.stringify`, with its throws and its `undefined` both turned into `undefined`. */
const stringify = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value) as string | undefined;
  } catch {
    return undefined;
  }
};
