/**
 * Rewriting the paths of an error's issues to an app's own form fields, so a message can be
 * shown beside the control that produced the value.
 *
 * @module
 */
import type { ReadonlyNonEmptyArray } from "fp-ts/lib/ReadonlyNonEmptyArray.js";
import type { Issue } from "ipt-formulation";

/**
 * How to rewrite issue paths: a function from the library's path to the app's (`undefined`
 * keeps the path), or a table.
 *
 * A table's keys are paths in the library's notation. A key may write an array index as
 * `[]`, matching any index; the `[]`s of its value are filled with the indices matched, in
 * order. A key also matches the start of a longer path (at a `.` or `[`), and the rest of the
 * path is kept: `{ "relationships[]": "people[]" }` rewrites `relationships[2].circle` to
 * `people[2].circle`. The longest matching key wins, an exact key before one with `[]`.
 *
 * @category Intake
 */
export type IssuePathMap =
  | Readonly<Record<string, string>>
  | ((path: string) => string | undefined);

/** What {@link remapIssues} takes: any of the package's errors (a summary and non-empty issues). @category Intake */
export interface ErrorWithIssues {
  readonly message: string;
  readonly issues: ReadonlyNonEmptyArray<Issue>;
}

/** The segments of a path: keys and `[i]` indices, as written. */
const SEGMENT = /\[\d+\]|[^.[]+/g;

/** An array index in a path: `[3]`. */
const INDEX = /\[\d+\]/g;

/** The target of one path under a table, or `undefined` when no key matches. */
const byTable = (path: string, table: Readonly<Record<string, string>>): string | undefined => {
  // Where each segment ends: a key may match the path up to any of them, longest first.
  const ends = [...path.matchAll(SEGMENT)].map((m) => m.index + m[0].length);
  for (let k = ends.length - 1; k >= 0; k--) {
    const head = path.slice(0, ends[k]);
    const tail = path.slice(ends[k]);
    if (Object.hasOwn(table, head)) return `${table[head]}${tail}`;
    const indices = head.match(INDEX) ?? [];
    const generic = head.replace(INDEX, "[]");
    if (indices.length > 0 && Object.hasOwn(table, generic)) {
      let n = 0;
      const target = (table[generic] as string).replaceAll("[]", () => indices[n++] ?? "[]");
      return `${target}${tail}`;
    }
  }
  return undefined;
};

/**
 * Rewrite the paths of an error's issues to an app's own field names, keeping everything
 * else: the codes, the messages, what was expected, the order. The error's summary is
 * rewritten to name the first issue's new path. Issues no entry of the map matches keep
 * their path. Never throws on a table; a function that throws is the caller's.
 *
 * Works on every error of the package that carries issues: a case's (`decodeCase`), a
 * measure's (`scoreMeasure`), a scoring model's (`defineModel`).
 *
 * @param error - the error
 * @param pathMap - a table or a function (see {@link IssuePathMap})
 * @returns a new error of the same kind with rewritten paths
 *
 * @example
 * // error: the decoder's issues at `episode.onset` and `relationships[0].circle`; a form whose
 * // people are `people[i]` and whose onset field is `onsetMonth`
 * remapIssues(error, { "relationships[]": "people[]", "episode.onset": "onsetMonth" }).issues.map((i) => i.path)
 * //=> ["onsetMonth", "people[0].circle"]
 *
 * @example
 * // A function, for names in another notation (`people.0.circle`)
 * remapIssues(error, (p) => p.replace(/\[(\d+)\]/g, ".$1").replace(/^relationships/, "people")).issues.map((i) => i.path)
 * //=> ["episode.onset", "people.0.circle"]
 *
 * @category Intake
 */
export function remapIssues<E extends ErrorWithIssues>(error: E, pathMap: IssuePathMap): E {
  const to = (path: string): string =>
    (typeof pathMap === "function" ? pathMap(path) : byTable(path, pathMap)) ?? path;
  const issues = error.issues.map((i) => ({ ...i, path: to(i.path) }));
  const before = error.issues[0];
  const after = issues[0] as Issue;
  // The summary is `<count> in the <input>: <path> <message>[ (and more)]`: name the new path.
  const colon = error.message.indexOf(": ");
  const message =
    after.path === before.path || after.path === "" || colon < 0
      ? error.message
      : `${error.message.slice(0, colon + 2)}${after.path} ${after.message}${error.issues.length > 1 ? " (and more)" : ""}`;
  return { ...error, message, issues: issues as unknown as E["issues"] };
}
