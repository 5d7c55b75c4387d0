/**
 * No test may depend on timing: fails (exit 1, naming `file:line`) when a code file under
 * `tests/` reads the clock or waits on a timer, so that whether a test passes never
 * depends on how fast or how loaded the machine is. Run with `tsx scripts/check-no-timing.ts`.
 *
 * What is flagged, found in the syntax tree (so comments and strings never count):
 *
 * - clock reads: `performance.now`, `performance.timeOrigin`, `Date.now`, `new Date()` with
 *   no argument and `Date()` (both mean "now"), `process.hrtime`, `process.uptime`,
 *   `Temporal.Now`, `console.time` / `timeEnd` / `timeLog`;
 * - timer waits: `setTimeout`, `setInterval` (called or passed, as in `promisify(setTimeout)`),
 *   imports of `timers`, `timers/promises` or `perf_hooks` (sleeps such as `scheduler.wait`,
 *   and the clock), `Atomics.wait`, a browser page's `waitForTimeout`;
 * - retries until a timer runs out: `expect.poll`, `vi.waitFor`, `vi.waitUntil` (the
 *   assertion passes or fails by how quickly the condition comes true);
 * - fake timers that follow the real clock: `shouldAdvanceTime: true`.
 *
 * **Fake timers are allowed.** `vi.useFakeTimers()`, `vi.setSystemTime`,
 * `vi.advanceTimersByTime` and the like replace the clock with one the test sets and moves
 * itself, which is the honest way to test code that reads time. The reads and waits above
 * are still flagged in a file that uses fake timers: the check cannot tell which timers are
 * fake at a given line, and a test that drives a fake clock has no need to read it
 * (`vi.getMockedSystemTime()` does) or to sleep on it (`vi.advanceTimersByTime` does).
 * Better still, code under test takes its clock as a parameter (the CLI's `CliIo.now`).
 *
 * Not flagged: a timeout given as a ceiling (a test's time limit, a subprocess `timeout`,
 * a browser wait's `timeout` option), which only ends a test that would otherwise hang;
 * file times (`statSync(…).mtimeMs`); code inside a string (a script handed to `node -e`).
 *
 * @module
 */
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** A place under `tests/` that may read the clock, and why. */
export interface AllowedPath {
  /** A file, or a folder ending in `/`, relative to the repository root with `/` separators. */
  readonly path: string;
  readonly reason: string;
}

/** The places that may read the clock: they measure time, and no test assertion rests on it. */
export const ALLOWED_PATHS: readonly AllowedPath[] = [
  {
    path: "tests/bench/",
    reason: "the benchmarks measure time: that is their output, and they assert nothing",
  },
  {
    path: "tests/fuzz/fuzz.ts",
    reason:
      "the long fuzz driver (npm run fuzz) reports its runs per second; its properties are in tests/fuzz/properties.ts, checked here",
  },
  {
    path: "tests/pack/",
    reason:
      "the packed-package smoke test reports how long each step took; what it checks does not depend on it",
  },
];

/** A clock read or timer wait found in a test file. */
export interface TimingFinding {
  /** The file, relative to the repository root with `/` separators. */
  readonly file: string;
  /** The line, from 1. */
  readonly line: number;
  /** What was found and why it makes a test depend on timing. */
  readonly what: string;
}

/** The extensions of the files checked. */
const CODE_EXTENSIONS = new Set([".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs", ".jsx"]);

/** True when `file` (relative, `/` separators) is one of {@link ALLOWED_PATHS} or inside one. */
export const isAllowedPath = (file: string): boolean =>
  ALLOWED_PATHS.some((a) => (a.path.endsWith("/") ? file.startsWith(a.path) : file === a.path));

const READ_CLOCK = "reads the clock";
const WAITS = "waits on a timer";
const RETRIES = "retries until a timer runs out, so it passes or fails by how quickly";

/** `object.member` names flagged wherever they are read, with why. */
const MEMBERS: ReadonlyMap<string, string> = new Map([
  ["performance.now", READ_CLOCK],
  ["performance.timeOrigin", READ_CLOCK],
  ["Date.now", READ_CLOCK],
  ["process.hrtime", READ_CLOCK],
  ["process.uptime", READ_CLOCK],
  ["Temporal.Now", READ_CLOCK],
  ["console.time", READ_CLOCK],
  ["console.timeEnd", READ_CLOCK],
  ["console.timeLog", READ_CLOCK],
  ["Atomics.wait", WAITS],
  ["expect.poll", RETRIES],
  ["vi.waitFor", RETRIES],
  ["vi.waitUntil", RETRIES],
]);

/** Members flagged whatever object they are read from (a browser page's sleep). */
const ANY_OBJECT_MEMBERS: ReadonlyMap<string, string> = new Map([["waitForTimeout", WAITS]]);

/** Global timer functions, flagged when called or passed on. */
const TIMERS = new Set(["setTimeout", "setInterval"]);

/** The global object's names: `globalThis.setTimeout` is `setTimeout`. */
const GLOBAL_OBJECTS = new Set(["globalThis", "global", "window", "self"]);

/** Modules whose import gives timers or the clock. */
const TIMING_MODULES = new Set([
  "timers",
  "node:timers",
  "timers/promises",
  "node:timers/promises",
  "perf_hooks",
  "node:perf_hooks",
]);

/** `a.b.c` for a chain of names (without a leading `globalThis.`), else undefined. */
const dottedName = (node: ts.Expression): string | undefined => {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const left = dottedName(node.expression);
    if (left === undefined) return undefined;
    return GLOBAL_OBJECTS.has(left) ? node.name.text : `${left}.${node.name.text}`;
  }
  return undefined;
};

/** True when an identifier is a name being declared or a property key, not a read. */
const isDeclarationName = (node: ts.Identifier): boolean => {
  const p = node.parent;
  return (
    ((ts.isPropertyAssignment(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodSignature(p) ||
      ts.isVariableDeclaration(p) ||
      ts.isFunctionDeclaration(p) ||
      ts.isParameter(p) ||
      ts.isImportClause(p) ||
      ts.isBindingElement(p)) &&
      p.name === node) ||
    (ts.isPropertyAccessExpression(p) && p.name === node) ||
    // `import { setTimeout as sleep } from "…"`: the import is judged by its module.
    ts.isImportSpecifier(p) ||
    ts.isExportSpecifier(p)
  );
};

const scriptKind = (file: string): ts.ScriptKind => {
  switch (extname(file)) {
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
};

/**
 * The clock reads and timer waits in one test file, in the order of the text.
 *
 * @param file - the file's path relative to the repository root, with `/` separators (it
 *   decides the file's language and whether it is allowed).
 * @param text - the file's text.
 * @returns what was found, each with its line; none for an allowed path.
 *
 * @example
 * // A wall-clock read in an assertion is flagged with its line.
 * findTimingDependencies("tests/a.test.ts", "const t0 = 1;\nexpect(Date.now() - t0).toBeLessThan(50);");
 * //=> [{ file: "tests/a.test.ts", line: 2, what: "Date.now reads the clock" }]
 */
export function findTimingDependencies(file: string, text: string): readonly TimingFinding[] {
  if (isAllowedPath(file)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const found: TimingFinding[] = [];
  const flag = (node: ts.Node, what: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, what });
  };
  const moduleImport = (node: ts.Node, specifier: ts.Expression | undefined): void => {
    if (
      specifier !== undefined &&
      ts.isStringLiteral(specifier) &&
      TIMING_MODULES.has(specifier.text)
    )
      flag(node, `import of ${specifier.text} ${WAITS} or ${READ_CLOCK}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      moduleImport(node, node.moduleSpecifier);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || dottedName(callee) === "require")
        moduleImport(node, node.arguments[0]);
      else if (dottedName(callee) === "Date") flag(node, `Date() ${READ_CLOCK}`);
    } else if (ts.isNewExpression(node)) {
      if (dottedName(node.expression) === "Date" && (node.arguments?.length ?? 0) === 0)
        flag(node, `new Date() with no argument ${READ_CLOCK}`);
    } else if (ts.isPropertyAccessExpression(node)) {
      const name = dottedName(node);
      const why =
        (name === undefined ? undefined : MEMBERS.get(name)) ??
        ANY_OBJECT_MEMBERS.get(node.name.text);
      if (name !== undefined && TIMERS.has(name)) flag(node, `${name} ${WAITS}`);
      else if (why !== undefined) flag(node, `${name ?? node.name.text} ${why}`);
    } else if (ts.isIdentifier(node)) {
      if (TIMERS.has(node.text) && !isDeclarationName(node)) flag(node, `${node.text} ${WAITS}`);
    } else if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === "shouldAdvanceTime" &&
      node.initializer.kind === ts.SyntaxKind.TrueKeyword
    )
      flag(node, "fake timers with shouldAdvanceTime follow the real clock");
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The code files under `dir` (absolute), recursively, as paths relative to `root`. */
function codeFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === "node_modules" ? [] : codeFiles(root, path);
      return e.isFile() && CODE_EXTENSIONS.has(extname(e.name)) ? [relative(root, path)] : [];
    })
    .map((p) => p.split(sep).join("/"));
}

/** Check every code file under the repository's `tests/`; print findings; the exit code. */
function main(): number {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const files = codeFiles(root, join(root, "tests")).sort();
  const found = files.flatMap((f) =>
    findTimingDependencies(f, readFileSync(join(root, f), "utf8")),
  );
  for (const f of found) process.stderr.write(`${f.file}:${f.line}: ${f.what}\n`);
  if (found.length > 0) {
    process.stderr.write(
      `check-no-timing: ${found.length} place(s) under tests/ depend on timing; inject a clock or use vi.useFakeTimers() (see scripts/check-no-timing.ts)\n`,
    );
    return 1;
  }
  const allowed = files.filter(isAllowedPath).length;
  process.stdout.write(
    `check-no-timing: ${files.length - allowed} test files read no clock and wait on no timer (${allowed} allowed files not checked)\n`,
  );
  return 0;
}

const invoked = process.argv[1];
if (invoked !== undefined && realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url)))
  process.exitCode = main();
