/**
 * The architecture of `src/` as rules dependency-cruiser checks (`tsx scripts/check-layers.ts`
 * runs them, with the check for Node globals that dependency-cruiser cannot see; in
 * `npm test`). CONTRIBUTING.md says the same in words, under the same rule names.
 *
 * Layers, lowest first; a file may import its own layer and those below, never one above:
 *
 *   internal ← model ← measures ← io ← scoring ← src/index.ts      the core (the main entry)
 *     ← measures subpath, plan, scoring-model, svg, explain, samples, intake, guidance, course, fhir
 *     ← plan/text, plan/locales ← report ← research ← src/browser.ts ← cli
 *
 * Subpaths reach the core, and each other, only by the package's own name
 * (`ipt-formulation`, `ipt-formulation/plan`, ...; tsconfig.json `paths` resolves them here),
 * because each entry is built on its own with `ipt-formulation` external: a relative import
 * would copy that code into the subpath's bundle, and a value such as `DEFAULT_REGISTRY`
 * would then exist twice.
 */

/**
 * The files of `src/measures/` that only the measures subpath (`ipt-formulation/measures`)
 * has; every other file there is the core's (reached from `src/index.ts`), and the rule
 * `measures-core-or-subpath` keeps this list true.
 */
const MEASURES_SUBPATH_FILES = [
  "index",
  "keyResponses",
  "licenses",
  "registerInstrument",
  "srrs",
  "srrsEvents",
];
const measuresSubpathOnly = `(?:${MEASURES_SUBPATH_FILES.join("|")})\\.ts$`;

/** The core's measures: `src/measures/` but the subpath's own files. */
const CORE_MEASURES = `^src/measures/(?!${measuresSubpathOnly})`;
/** The measures subpath's own files. */
const MEASURES_SUBPATH = `^src/measures/${measuresSubpathOnly}`;

/** The core, lowest layer first: what `src/index.ts` (the main entry) is made of. */
const CORE_LAYERS = [
  { name: "internal", path: "^src/internal/" },
  { name: "model", path: "^src/model/" },
  { name: "measures", path: CORE_MEASURES },
  { name: "io", path: "^src/io/" },
  { name: "scoring", path: "^src/scoring/" },
  { name: "core-entry", path: "^src/index\\.ts$" },
];

/** Above the core, lowest first. guidance, course and fhir do not exist yet. */
const UPPER_LAYERS = [
  {
    name: "subpaths",
    path: `${MEASURES_SUBPATH}|^src/(?:plan/(?!(?:text|locales)/)|scoring-model/|svg/|explain/|samples/|intake/|guidance/|course/|fhir/)`,
  },
  { name: "plan-text", path: "^src/plan/(?:text|locales)/" },
  { name: "report", path: "^src/report/" },
  { name: "research", path: "^src/research/" },
  { name: "browser", path: "^src/browser\\.ts$" },
  { name: "cli", path: "^src/cli/" },
];

const any = (layers) => layers.map((l) => `(?:${l.path})`).join("|");
const CORE = any(CORE_LAYERS);

/** Subpath folders (each one or more entries). */
const SUBPATH_FOLDERS =
  "plan/text|plan/locales|plan|scoring-model|svg|explain|samples|intake|report|research|guidance|course|fhir";
/** The subpaths' files; `$1` in a rule is the importer's folder (`measures` for the measures subpath's own). */
const SUBPATH_FILES = `^src/(${SUBPATH_FOLDERS}|measures(?=/${measuresSubpathOnly}))/`;

/** One rule per layer: nothing from a layer above (within the core, or above it). */
const layerRules = (layers, below) =>
  layers.slice(0, -1).map((layer, i) => {
    const higher = layers.slice(i + 1);
    return {
      name: `layer-${layer.name}`,
      severity: "error",
      comment: `${layer.name} sits below ${higher.map((l) => l.name).join(", ")}: it must not import them (${below}).`,
      from: { path: layer.path },
      to: { path: any(higher) },
    };
  });

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "No import cycles, type-only imports included (tsPreCompilationDeps): a cycle means two modules cannot be understood, tested or split apart alone, and hides a layering mistake (the plan's data importing its English text was one).",
      from: {},
      to: { circular: true },
    },
    ...layerRules(
      CORE_LAYERS,
      "the core is built upwards from the vocabularies to formulate; a lower layer importing a higher one makes them one",
    ),
    ...layerRules(
      UPPER_LAYERS,
      "subpaths build on the core, research on the subpaths, the CLI on everything; a lower one importing a higher one would load it for every user of the lower",
    ),
    {
      name: "core-never-imports-subpath",
      severity: "error",
      comment:
        "The core (src/index.ts and what it is made of: internal, model, the core's measures, io, scoring) never imports a subpath, the CLI or the browser bundle, by path or by name: the main entry stays within its size budget and loads nothing an app did not ask for.",
      from: { path: CORE },
      to: { path: "^src/", pathNot: CORE },
    },
    {
      name: "measures-core-or-subpath",
      severity: "error",
      comment:
        "A file of src/measures/ is either the core's (src/index.ts reaches it) or the measures subpath's own, listed in MEASURES_SUBPATH_FILES in this file so that the subpath rules apply to it. This one is neither: list it or delete it.",
      from: { path: "^src/index\\.ts$" },
      to: { path: CORE_MEASURES, reachable: false },
    },
    {
      name: "subpaths-through-public-entry",
      severity: "error",
      comment:
        "A subpath reaches the core only through its public entry, by the package's own name (`import { formulate } from \"ipt-formulation\"`), never by a relative path into src/model, src/io, src/scoring, the core's measures or src/index.ts: each entry is built with ipt-formulation external, so a relative import copies core code into the subpath's bundle and gives values such as DEFAULT_REGISTRY two identities. src/internal/ is allowed: stateless helpers that import nothing else.",
      from: { path: SUBPATH_FILES },
      to: {
        path: `^src/(?:index\\.ts$|model/|io/|scoring/)|${CORE_MEASURES}`,
        // the measures subpath's own files ($1 = measures) share the measures module's helpers
        pathNot: "^src/$1/internal/util\\.ts$",
        dependencyTypesNot: ["aliased"],
      },
    },
    {
      name: "measures-helpers-are-leaves",
      severity: "error",
      comment:
        "src/measures/internal/util.ts is shared by the core's measures and the measures subpath's own files, which copy it into their bundle; like src/internal/ it holds stateless helpers, and it imports values only from src/internal/ (types from below it), so that copy never carries core code or state.",
      from: { path: "^src/measures/internal/util\\.ts$" },
      to: { path: "^src/", pathNot: "^src/internal/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "subpaths-reach-subpaths-through-public-entry",
      severity: "error",
      comment:
        "A subpath reaches another subpath (or the measures subpath) only by its public name (`ipt-formulation/scoring-model`), never by a relative path, for the same reason as the core: its code would be copied into this bundle.",
      from: { path: SUBPATH_FILES },
      to: {
        path: `^src/(?:${SUBPATH_FOLDERS})/|${MEASURES_SUBPATH}`,
        pathNot: "^src/$1/",
        dependencyTypesNot: ["aliased"],
      },
    },
    {
      name: "only-cli-uses-node",
      severity: "error",
      comment:
        "Only the CLI (src/cli/) imports Node built-ins (node:fs, fs, node:stream, worker_threads, ...): the library is platform-neutral, runs in browsers and workers, and does no I/O. Research takes and returns iterables, never streams or files. (Globals such as process are checked by scripts/check-layers.ts.)",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "every-file-in-a-layer",
      severity: "error",
      comment:
        "Every file of src/ is in a layer, so the rules above apply to it: a new folder goes into CORE_LAYERS or UPPER_LAYERS in this file and into CONTRIBUTING.md's map.",
      from: { path: "^src/", pathNot: `${CORE}|${any(UPPER_LAYERS)}` },
      to: {},
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment:
        "Every import of src/ resolves: an `ipt-formulation/...` name missing from tsconfig.json `paths` would drop out of the graph, and every rule above would pass it unseen.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // type-only imports (`import type`, `export type ... from`) count, for cycles as for layers
    tsPreCompilationDeps: true,
    // the package's own names (`ipt-formulation`, `ipt-formulation/plan`, ...) resolve to src/
    tsConfig: { fileName: "tsconfig.json" },
    // `process.getBuiltinModule("fs")` counts as importing fs
    detectProcessBuiltinModuleCalls: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
