/**
 * The architecture of `src/` as a check (CONTRIBUTING.md, "Rules"): fails (exit 1), naming
 * each rule broken and the files, when an import breaks a rule of `.dependency-cruiser.cjs`
 * (a cycle, type-only imports included; a layer importing one above it; the core importing a
 * subpath; a subpath reaching the core by a relative path; a Node built-in outside the CLI)
 * or when a file outside `src/cli/` uses a Node global. Run with
 * `tsx scripts/check-layers.ts`.
 *
 * dependency-cruiser sees imports, not globals, so `only-cli-uses-node` is checked twice:
 * by the configuration for imports (`node:fs`, `fs`, `worker_threads`, ...), and here for
 * the globals in {@link NODE_GLOBALS}, found in the syntax tree (comments and strings never
 * count; `x.process` is a property, not the global, but `globalThis.process` is the global).
 *
 * @module
 */
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import ts from "typescript";

/** The rule set, which this check applies to whatever tree it is given. */
export const CONFIG_FILE = fileURLToPath(new URL("../.dependency-cruiser.cjs", import.meta.url));

/** The rule a Node global breaks (the same rule as a Node built-in import). */
export const NODE_RULE = "only-cli-uses-node";

/** The Node globals only the CLI may use: the process, its environment and I/O, buffers, CommonJS. */
export const NODE_GLOBALS: ReadonlySet<string> = new Set([
  "process",
  "Buffer",
  "require",
  "__dirname",
  "__filename",
]);

/** One rule broken: the rule's name, the importing (or using) file, and what it reached. */
export interface LayerViolation {
  readonly rule: string;
  /** The file that breaks the rule, relative to the tree's root (`src/plan/formats.ts`). */
  readonly from: string;
  /**
   * What it imports or uses: a file, a module (`node:fs`) or a global (`process`, with its
   * line); absent when the rule is about the file itself (`measures-core-or-subpath`).
   */
  readonly to?: string;
  /** For a cycle, the files around it, from `from` back to `from`. */
  readonly cycle?: readonly string[];
}

/** The files and lines of `text` (a file of `src/`) that use a Node global. */
export function findNodeGlobals(file: string, text: string): readonly LayerViolation[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LayerViolation[] = [];
  const report = (node: ts.Node, name: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ rule: NODE_RULE, from: file, to: `${name} (line ${line + 1})` });
  };
  const isGlobalThis = (e: ts.Expression): boolean => ts.isIdentifier(e) && e.text === "globalThis";
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && !isNameSlot(node)) {
      report(node, node.text);
    } else if (
      ts.isPropertyAccessExpression(node) &&
      isGlobalThis(node.expression) &&
      NODE_GLOBALS.has(node.name.text)
    ) {
      report(node, `globalThis.${node.name.text}`);
    } else if (
      ts.isElementAccessExpression(node) &&
      isGlobalThis(node.expression) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      NODE_GLOBALS.has(node.argumentExpression.text)
    ) {
      report(node, `globalThis.${node.argumentExpression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Whether an identifier names something rather than reading a variable: a property
 * (`x.process`, `{ process: 1 }`, an interface member), a declaration, or an import or
 * export specifier's original name.
 */
function isNameSlot(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent)) return false; // `{ process }` reads the variable
  if ((parent as { readonly name?: ts.Node }).name === node) return true;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return true;
  if (ts.isBindingElement(parent)) return parent.propertyName === node;
  return false;
}

/** The `.ts` files under `root`/src outside `src/cli/`, relative to `root` with `/` separators. */
function libraryFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path);
      return e.isFile() && e.name.endsWith(".ts") ? [path] : [];
    });
  return walk(join(root, "src"))
    .map((p) => relative(root, p).split(sep).join("/"))
    .filter((p) => !p.startsWith("src/cli/"))
    .sort();
}

/** A dependency-cruiser violation as a {@link LayerViolation}. */
function fromCruiser(v: IViolation): LayerViolation {
  const { from, to } = v;
  // a rule about the file itself (here: not reachable from an entry) names it twice
  if (v.type === "module") return { rule: v.rule.name, from };
  return v.cycle === undefined
    ? { rule: v.rule.name, from, to }
    : { rule: v.rule.name, from, to, cycle: [from, ...v.cycle.map((c) => c.name)] };
}

/**
 * Checks the tree at `root` (a directory holding `src/` and a `tsconfig.json` whose `paths`
 * resolve the package's own names) against the rules: every violation, dependency-cruiser's
 * then the Node globals, in a stable order.
 */
export async function checkLayers(root: string): Promise<readonly LayerViolation[]> {
  const tsConfigFile = join(root, "tsconfig.json");
  const tsConfig = extractTSConfig(tsConfigFile);
  // Given a tsconfig with no baseUrl, dependency-cruiser resolves its `paths` from the
  // working directory; given one (any), from the tsconfig's own folder, as TypeScript does.
  const resolvedHere = {
    ...tsConfig,
    options: { ...tsConfig.options, baseUrl: tsConfig.options.baseUrl ?? root },
  };
  const options = await extractDepcruiseOptions(CONFIG_FILE);
  const result = await cruise(
    ["src"],
    { ...options, baseDir: root, tsConfig: { fileName: tsConfigFile }, validate: true },
    {},
    { tsConfig: resolvedHere },
  );
  const output = result.output as ICruiseResult;
  const cruised = output.summary.violations.map(fromCruiser);
  const globals = libraryFiles(root).flatMap((f) =>
    findNodeGlobals(f, readFileSync(join(root, f), "utf8")),
  );
  const key = (v: LayerViolation): string => `${v.rule}\u0000${v.from}\u0000${v.to ?? ""}`;
  return [...cruised, ...globals].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** One violation as a line: `rule: from → to`, and the cycle if it is one. */
export const formatViolation = (v: LayerViolation): string =>
  `${v.rule}: ${v.from}${v.to === undefined ? "" : ` → ${v.to}`}${v.cycle === undefined ? "" : ` (cycle: ${v.cycle.join(" → ")})`}`;

/** Each rule's name and its comment (why it holds), from the configuration. */
export async function ruleComments(): Promise<ReadonlyMap<string, string>> {
  const options = await extractDepcruiseOptions(CONFIG_FILE);
  return new Map((options.ruleSet?.forbidden ?? []).map((r) => [r.name ?? "", r.comment ?? ""]));
}

/** Check the repository's `src/`; print the violations; the exit code. */
async function main(): Promise<number> {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const found = await checkLayers(root);
  for (const v of found) process.stderr.write(`${formatViolation(v)}\n`);
  if (found.length > 0) {
    const why = await ruleComments();
    for (const rule of new Set(found.map((v) => v.rule))) {
      process.stderr.write(`\n${rule}: ${why.get(rule) ?? ""}\n`);
    }
    process.stderr.write(
      `check-layers: ${found.length} violation(s) of the architecture rules (.dependency-cruiser.cjs; CONTRIBUTING.md, "Rules")\n`,
    );
    return 1;
  }
  process.stdout.write(
    "check-layers: src/ keeps its layers: no cycles, no import upwards, subpaths through public entries, Node only in the CLI\n",
  );
  return 0;
}

const invoked = process.argv[1];
if (invoked !== undefined && realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url)))
  process.exitCode = await main();
