/**
 * The package's public entries: the one list that the build, the `exports` map, the size
 * limits, the API reports, typedoc, the browser bundle, the path aliases and the
 * packed-package smoke test derive from. `npm test` fails when any of them disagrees with it
 * (`scripts/sync-entries.ts --check`, `tests/architecture/entries.test.ts`).
 *
 * Adding a subpath is one row here, its `src/<name>/index.ts`, its tests and docs, then
 * `npm run sync-entries` (see CONTRIBUTING.md).
 *
 * This file is read by build tools, not shipped: it imports nothing.
 */

/** One public entry of the package. */
export interface EntryDef {
  /** The subpath after the package name: `""` for the main entry, `"measures"`, `"plan/text"`. */
  readonly subpath: string;
  /** Its source file, from the repository root. */
  readonly source: string;
  /** Size budget of its own code in kB (brotli, zod, fp-ts and the main entry not counted). */
  readonly budgetKb: number;
  /** Whether `ipt-formulation/browser` (the standalone ES module bundle) includes it. */
  readonly browser: boolean;
  /** Whether it may import Node built-ins (`node:*`); an entry that does cannot be in the browser bundle. */
  readonly node: boolean;
}

/** The entries, main entry first. */
// biome-ignore format: a table, one entry a line
export const ENTRIES: readonly EntryDef[] = [
  { subpath: "", source: "src/index.ts", budgetKb: 20, browser: true, node: false },
  { subpath: "measures", source: "src/measures/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "research", source: "src/research/index.ts", budgetKb: 14, browser: false, node: false },
  { subpath: "plan", source: "src/plan/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "plan/text", source: "src/plan/text/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "plan/es", source: "src/plan/locales/es.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "svg", source: "src/svg/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "scoring-model", source: "src/scoring-model/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "explain", source: "src/explain/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "samples", source: "src/samples/index.ts", budgetKb: 10, browser: true, node: false },
  { subpath: "intake", source: "src/intake/index.ts", budgetKb: 8, browser: true, node: false },
  { subpath: "report", source: "src/report/index.ts", budgetKb: 4, browser: true, node: false },
];

/** The package's name, which subpaths use to import the main entry. */
export const PACKAGE_NAME = "ipt-formulation";

/** The base name of an entry's files in `dist/`: `index`, `measures`, `plan-text`. */
export const distName = (e: EntryDef): string =>
  e.subpath === "" ? "index" : e.subpath.replaceAll("/", "-");

/** The import specifier of an entry: `ipt-formulation`, `ipt-formulation/plan/text`. */
export const specifier = (e: EntryDef): string =>
  e.subpath === "" ? PACKAGE_NAME : `${PACKAGE_NAME}/${e.subpath}`;

/** The key of an entry in package.json `exports`: `.`, `./plan/text`. */
export const exportKey = (e: EntryDef): string => (e.subpath === "" ? "." : `./${e.subpath}`);

/** The browser bundle's source, its output base name in `dist/`, and its `exports` key. */
export const BROWSER = {
  source: "src/browser.ts",
  distName: "ipt-formulation.browser",
  exportKey: "./browser",
} as const;

/** The JSON Schema shipped with the package: its `exports` key and file. */
export const SCHEMA_EXPORT = {
  key: "./schema/ipt-case-1.schema.json",
  file: "./dist/schema/ipt-case-1.schema.json",
} as const;
