/**
 * Every TSDoc `@example` of `src/` runs, and each of its `//=>` values holds (STYLE.md, point
 * 11). How an example is read and what `//=>` accepts (`right(…)`, `left(…)`, `some`, `none`,
 * the `…` wildcard) is in `tsdocExamples.ts`; the names an example may use without importing
 * them (every entry's exports, the fixtures `griefCase`, `disputeCase`, `validCase`, `c`, `f`,
 * `plan`, `cases`, `error`) are in `exampleScope.ts`. `console` and `process.stdout` are
 * captured, so an example that prints runs silently.
 */
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { ENTRIES, specifier } from "../../entries.js";
import { ENTRY_MODULES, exampleScope, IMPORTABLE } from "./exampleScope.js";
import {
  compileExample,
  explainMismatch,
  extractExamples,
  mismatch,
  PATTERN_SCOPE,
  patternSource,
  type TsdocExample,
} from "./tsdocExamples.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const EXAMPLES = extractExamples(ROOT);

/**
 * Examples that cannot run here, by file and title (their first comment line), with why. The
 * test prints them as skipped, and fails when one no longer exists.
 */
const EXCLUDED: Readonly<Record<string, string>> = {
  "src/research/formulateMany.ts A file, streamed (Node)": "reads cases.jsonl from disk",
};

const key = (ex: TsdocExample): string => `${ex.file} ${ex.title}`;

/** Runs an example; resolves to its failures (empty when every `//=>` holds). */
const runExample = async (ex: TsdocExample): Promise<string[]> => {
  const compiled = compileExample(ex.code);
  for (const { from, names } of compiled.imports) {
    const mod = IMPORTABLE[from];
    if (mod === undefined) throw new Error(`imports ${from}, which is not a public entry`);
    const missing = names.filter((n) => !(n in mod));
    if (missing.length > 0)
      throw new Error(`imports ${missing.join(", ")} from ${from}, which does not export it`);
  }
  const printed: string[] = [];
  const sink = (...args: unknown[]): void => {
    printed.push(args.map(String).join(" "));
  };
  const scope: Record<string, unknown> = {
    ...exampleScope(),
    console: { log: sink, info: sink, warn: sink, error: sink },
    process: { stdout: { write: sink } },
  };
  const failures: string[] = [];
  const reached = new Set<number>();
  const check = (n: number, actual: unknown, expected: () => unknown): void => {
    reached.add(n);
    const m = explainMismatch(actual, expected());
    if (m !== undefined) failures.push(`//=> ${compiled.assertions[n]}\n   ${m}`);
  };
  const names = Object.keys(scope);
  const fn = new Function(
    ...names,
    "__imports",
    "__check",
    `return (async () => {${compiled.body}})();`,
  ) as (...args: unknown[]) => Promise<unknown>;
  await fn(...names.map((n) => scope[n]), IMPORTABLE, check);
  compiled.assertions.forEach((a, n) => {
    if (!reached.has(n)) failures.push(`//=> ${a}\n   never reached`);
  });
  return failures;
};

describe("TSDoc examples", () => {
  it("are found in src/ (about 195)", () => {
    expect(EXAMPLES.length).toBeGreaterThan(150);
  });

  it("run against every public entry", () => {
    expect(Object.keys(ENTRY_MODULES).sort()).toEqual(ENTRIES.map(specifier).sort());
  });

  it("exclude only examples that exist, and say which", () => {
    const keys = new Set(EXAMPLES.map(key));
    for (const [k, reason] of Object.entries(EXCLUDED)) console.info(`excluded: ${k}: ${reason}`);
    expect(Object.keys(EXCLUDED).filter((k) => !keys.has(k))).toEqual([]);
  });

  const name = (ex: TsdocExample): string =>
    `${ex.symbol}: ${ex.title || "(no comment)"} (line ${ex.line})`;

  describe.each([...new Set(EXAMPLES.map((e) => e.file))])("%s", (file) => {
    const here = EXAMPLES.filter((e) => e.file === file);
    const runnable = here.filter((ex) => EXCLUDED[key(ex)] === undefined);
    const excluded = here.filter((ex) => EXCLUDED[key(ex)] !== undefined);
    if (runnable.length > 0) {
      it.each(runnable.map((ex) => [name(ex), ex] as const))("%s", async (_name, ex) => {
        let failures: string[];
        try {
          failures = await runExample(ex);
        } catch (e) {
          failures = [`throws: ${e instanceof Error ? e.message : String(e)}`];
        }
        expect(failures, `${ex.id}\n// ${ex.title}\n${ex.code}\n\n${failures.join("\n")}`).toEqual(
          [],
        );
      });
    }
    if (excluded.length > 0) {
      it.skip.each(excluded.map((ex) => [`${name(ex)}, excluded: ${EXCLUDED[key(ex)]}`] as const))(
        "%s",
        () => {},
      );
    }
  });
});

describe("the //=> conventions", () => {
  const holds = (actual: unknown, expected: string): boolean => {
    const scope = { ...PATTERN_SCOPE, right: E.right, left: E.left, some: O.some, none: O.none };
    const value = new Function(...Object.keys(scope), `return (${patternSource(expected)});`)(
      ...Object.values(scope),
    );
    return mismatch(actual, value) === undefined;
  };

  it.each([
    ["an exact value", { a: 1, b: [2, 3] }, "{ a: 1, b: [2, 3] }", true],
    ["a missing key", { a: 1, b: 2 }, "{ a: 1 }", false],
    ["… as an object member: other keys too", { a: 1, b: 2 }, "{ a: 1, … }", true],
    ["... as an object member", { a: 1, b: 2 }, "{ a: 1, ... }", true],
    ["… still checks the keys it names", { a: 1, b: 2 }, "{ a: 2, … }", false],
    ["… as array elements: any number", [1, 2, 3, 4], "[1, …, 4]", true],
    ["… as array elements: none at all", [1, 4], "[1, …, 4]", true],
    ["… as array elements: order kept", [4, 1], "[1, …, 4]", false],
    ["… as a value: anything", { a: [1] }, "{ a: … }", true],
    ["a number to the decimals shown", 0.77544, "0.7754…", true],
    ["a number rounded to the decimals shown", 0.8349999999999999, "0.835…", true],
    ["a number off in a shown decimal", 0.8153, "0.8156…", false],
    ["a number one unit off in the last decimal", 0.5, "0.4…", false],
    ["a negative number to the decimals shown", -1.0137, "-1.01…", true],
    ["a number where a string is shown", 0.7754, '"0.7754…"', false],
    ["… inside a string: any text", "sha256:abc", '"sha256:…"', true],
    ["… inside a string: prefix and suffix", "<svg id=x>…</svg>", '"<svg …</svg>"', true],
    ["… inside a string: a wrong prefix", "md5:abc", '"sha256:…"', false],
    ["right(…)", E.right({ a: 1, b: 2 }), "right({ a: 1, … })", true],
    ["left is not right", E.left(1), "right(1)", false],
    ["some and none", [O.some(2), O.none], "[some(2), none]", true],
    ["a spread is not a wildcard", [1, 2], "[...[1, 2]]", true],
  ])("%s", (_name, actual, expected, result) => {
    expect(holds(actual, expected)).toBe(result);
  });

  it.each([
    ["a bare //=> …", "f()\n//=> …", /asserts nothing/],
    ["a //=> after no expression", "if (x) f();\n//=> 1", /no expression or declaration/],
    ["a //=> that is not an expression", "f()\n//=> true or false", /does not parse/],
  ])("refuses %s", (_name, code, error) => {
    expect(() => compileExample(code)).toThrow(error);
  });

  it("asserts the last variable a declaration declares", () => {
    expect(compileExample("const a = 1;\n//=> 1").body).toContain("__check(0, a,");
  });

  it("reads a value continued on lines indented under //=>", () => {
    expect(compileExample("f()\n//=> { a: 1,\n//     b: 2 }\n// a comment").assertions).toEqual([
      "{ a: 1, b: 2 }",
    ]);
  });
});
