/**
 * The one-line summary every error of the package carries; never re-exported.
 *
 * @module
 * @internal
 */

/**
 * How many issues, `inWhat` they are, and the first as a sentence (its path, or `root` for
 * the input itself, then its message): `2 issues in the case: episode.onset is required (and
 * more)`.
 */
export const summarizeIssues = (
  issues: readonly { readonly path: string; readonly message: string }[] & {
    readonly 0: { readonly path: string; readonly message: string };
  },
  inWhat: string,
  root: string,
): string => {
  const n = issues.length;
  const first = issues[0];
  return `${n} issue${n === 1 ? "" : "s"}${inWhat}: ${first.path === "" ? root : first.path} ${first.message}${n > 1 ? " (and more)" : ""}`;
};
