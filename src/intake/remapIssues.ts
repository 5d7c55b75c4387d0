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

/** The target of one path under a table, or `undefined` when no key matches. */
const byTable = (path: string, table: Readonly<Record<string, string>>): string | undefined => {
  const segments = path.match(SEGMENT) ?? [];
  for (let k = segments.length; k >= 1; k--) {
    const head = segments.slice(0, k);
    const join = (xs: readonly string[]): string =>
      xs.reduce((acc, s) => (s.startsWith("[") || acc === "" ? acc + s : `${acc}.${s}`), "");
    const rest = segments.slice(k);
    const tail = rest.length === 0 ? "" : join(["x", ...rest]).slice(1);
    const exact = join(head);
    if (Object.hasOwn(table, exact)) return `${table[exact]}${tail}`;
    const indices = head.filter((s) => s.startsWith("["));
    const generic = join(head.map((s) => (s.startsWith("[") ? "[]" : s)));
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
