/**
 * The pending changesets are the first release's changelog: every public name they mention
 * must exist in the package's API (the API reports of docs/api-report/, one per entry), except
 * the old names of a rename, written `old` → `new` (#22).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Every name an API report declares: exports, and the members of exported interfaces. */
const declared = (): ReadonlySet<string> => {
  const names = new Set<string>();
  const dir = `${root}docs/api-report/`;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".api.md"))) {
    const text = readFileSync(`${dir}${f}`, "utf8");
    for (const m of text.matchAll(
      /export (?:declare )?(?:const|function|interface|type|class|enum) ([A-Za-z_$][\w$]*)/g,
    ))
      names.add(m[1] as string);
  }
  return names;
};

/**
 * The public names a changeset mentions in code spans: PascalCase types, UPPER_SNAKE
 * constants, and `calls(` of functions; a name before `→` or `->` (an old name) is left out,
 * and so is a name after `ipt-formulation/` (a subpath).
 */
const mentionedNames = (text: string): readonly string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(/`([^`\n]+)`(\s*(?:→|->))?/g)) {
    if (m[2] !== undefined) continue; // an old name, renamed
    const span = m[1] as string;
    if (span.startsWith("ipt-formulation")) continue;
    const head = span.match(/^([A-Za-z_$][\w$]*)(\(|\.|$)/);
    if (head === null) continue;
    const [, name, after] = head as unknown as [string, string, string];
    const isType = /^[A-Z][a-z]\w*$/.test(name) && /[a-z]/.test(name);
    const isConstant = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name);
    const isCall = after === "(";
    if (isType || isConstant || isCall) out.push(name);
  }
  return out;
};

/** Names from elsewhere a changeset may mention: fp-ts's types, JavaScript's and TypeScript's built-ins. */
const EXTERNAL = new Set([
  "Either",
  "Option",
  "Ord",
  "Map",
  "Set",
  "Intl",
  "Date",
  "JSON",
  "ArrayLike",
]);

const changesets = readdirSync(`${root}.changeset/`)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .sort();

describe("the changesets name only what the package exports", () => {
  const api = declared();

  it("reads names from the API reports", () => {
    for (const n of ["formulate", "decodeCase", "Case", "DEFAULT_MODEL", "buildReport"])
      expect(api.has(n), n).toBe(true);
  });

  it("finds types, constants and calls in code spans, and skips old names and subpaths", () => {
    expect(
      mentionedNames(
        "`Case` and `DEFAULT_MODEL`, `formulate(c)`, `OLD_NAME` → `NEW_NAME`, `ipt-formulation/plan`, `rulesVersion`, `Flag.code`",
      ),
    ).toEqual(["Case", "DEFAULT_MODEL", "formulate", "NEW_NAME", "Flag"]);
  });

  it.each(changesets)("%s", (file) => {
    const text = readFileSync(`${root}.changeset/${file}`, "utf8");
    const unknown = mentionedNames(text).filter((n) => !api.has(n) && !EXTERNAL.has(n));
    expect(unknown, `${file} names what the package does not export`).toEqual([]);
  });
});
