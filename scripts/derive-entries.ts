/**
 * Everything derived from the entries list (`entries.ts`): the `exports` map, the path
 * aliases, typedoc's entry points, the browser bundle's source and declarations, the size
 * limits and the API report configurations. Pure functions of the list, so a test can check
 * each configuration file against them, and can derive them from a throwaway list.
 */
import {
  BROWSER,
  distName,
  ENTRIES,
  type EntryDef,
  exportKey,
  SCHEMA_EXPORT,
  specifier,
} from "../entries.js";

/** A dual ESM + CJS entry of package.json `exports`. */
export interface DualExport {
  readonly import: { readonly types: string; readonly default: string };
  readonly require: { readonly types: string; readonly default: string };
}

/** package.json `exports`, in the order of the list, then the browser bundle, the schema and package.json. */
export function packageExports(
  entries: readonly EntryDef[] = ENTRIES,
): Record<string, DualExport | { types: string; default: string } | string> {
  const out: Record<string, DualExport | { types: string; default: string } | string> = {};
  for (const e of entries) {
    const d = `./dist/${distName(e)}`;
    out[exportKey(e)] = {
      import: { types: `${d}.d.ts`, default: `${d}.js` },
      require: { types: `${d}.d.cts`, default: `${d}.cjs` },
    };
  }
  out[BROWSER.exportKey] = {
    types: `./dist/${BROWSER.distName}.d.ts`,
    default: `./dist/${BROWSER.distName}.js`,
  };
  out[SCHEMA_EXPORT.key] = SCHEMA_EXPORT.file;
  out["./package.json"] = "./package.json";
  return out;
}

/** tsconfig.json `compilerOptions.paths`: each specifier to its source. */
export function tsconfigPaths(entries: readonly EntryDef[] = ENTRIES): Record<string, string[]> {
  return Object.fromEntries(entries.map((e) => [specifier(e), [`./${e.source}`]]));
}

/** tsup's entry map for the library build: `dist/<name>` to its source. */
export function tsupEntries(entries: readonly EntryDef[] = ENTRIES): Record<string, string> {
  return Object.fromEntries(entries.map((e) => [distName(e), e.source]));
}

/** vitest's aliases: tests import the package by its public names, resolved to the sources. */
export function vitestAliases(
  root: string,
  entries: readonly EntryDef[] = ENTRIES,
): { find: RegExp; replacement: string }[] {
  // longest specifier first, so that `ipt-formulation` does not shadow its subpaths
  return [...entries]
    .sort((a, b) => b.subpath.length - a.subpath.length)
    .map((e) => ({
      find: new RegExp(`^${specifier(e).replaceAll("/", "\\/")}$`),
      replacement: `${root}/${e.source}`,
    }));
}

/** typedoc's `entryPoints`. */
export function typedocEntryPoints(entries: readonly EntryDef[] = ENTRIES): string[] {
  return entries.map((e) => e.source);
}

/** The browser bundle's source (`src/browser.ts`): every browser entry, re-exported. */
export function browserSource(entries: readonly EntryDef[] = ENTRIES): string {
  const included = entries.filter((e) => e.browser);
  const names = included.map((e) => ` * - \`${specifier(e)}\``).join("\n");
  const lines = included
    .map((e) => `export * from "./${e.source.replace(/^src\//, "").replace(/\.ts$/, ".js")}";`)
    .sort();
  return `/**
 * The standalone browser bundle (\`ipt-formulation/browser\`, \`dist/${BROWSER.distName}.js\`),
 * one ES module with zod, @noble/hashes (and any fp-ts it uses) inside, for a page with no
 * build step or a CDN. It holds these entries:
${names}
 *
 * Its API is exactly that of those entries, which document every export; this file only
 * gathers them. Generated from \`entries.ts\` by \`npm run sync-entries\`: do not edit.
 *
 * @packageDocumentation
 */

${lines.join("\n")}
`;
}

/**
 * The browser bundle's declarations (`dist/ipt-formulation.browser.d.ts`): every entry the
 * bundle holds, re-exported from its own declarations, so the bundle's types are the entries'.
 */
export function browserDeclarations(entries: readonly EntryDef[] = ENTRIES): string {
  const lines = entries.filter((e) => e.browser).map((e) => `export * from "./${distName(e)}.js";`);
  return `// The types of ipt-formulation/browser: every entry the bundle holds (generated from entries.ts).\n${lines.join("\n")}\n`;
}

/** One size-limit check. */
export interface SizeCheck {
  readonly name: string;
  readonly path: string;
  readonly import: "*";
  readonly ignore: readonly string[];
  readonly limit: string;
}

/** size-limit's checks: each entry's own code against its budget. */
export function sizeLimits(entries: readonly EntryDef[] = ENTRIES): SizeCheck[] {
  return entries.map((e) => ({
    name: `${specifier(e)} (own code; budget ${e.budgetKb} kB)`,
    path: `dist/${distName(e)}.js`,
    import: "*",
    // zod and fp-ts are the app's (peers); a subpath loads the main entry, counted on its own
    ignore: e.subpath === "" ? ["zod", "fp-ts"] : ["zod", "fp-ts", "ipt-formulation"],
    limit: `${e.budgetKb} kB`,
  }));
}

/** The API report of an entry: its declarations and report file name. */
export interface ApiReportDef {
  readonly entry: string;
  readonly declarations: string;
  readonly reportFileName: string;
}

/** api-extractor's reports: one per entry, `docs/api-report/<package>[-<dist name>].api.md`. */
export function apiReports(entries: readonly EntryDef[] = ENTRIES): ApiReportDef[] {
  return entries.map((e) => ({
    entry: specifier(e),
    declarations: `dist/${distName(e)}.d.ts`,
    reportFileName:
      e.subpath === "" ? "<unscopedPackageName>" : `<unscopedPackageName>-${distName(e)}`,
  }));
}
