/**
 * Smoke test of the packed package, installed the way a user installs it.
 *
 * 1. `npm pack` the repository into a temp directory and check the tarball's file list.
 * 2. Create a scratch project in a temp directory and install the tarball there, with zod and
 *    fp-ts copied from this repository's `node_modules` (`file:` + `--install-links`,
 *    `--offline`: no network, at most the npm cache CI warms with `npm ci`).
 * 3. Check zod and fp-ts are peers: the ESM and CJS builds import them (the browser bundle
 *    alone carries them inside), and at runtime they resolve to the scratch project's copies.
 * 4. Import the package from ESM and from CJS (the main entry and every subpath of
 *    package.json `exports`, the JSON Schema, and `./browser` from ESM), check that a name
 *    two entries export is the same value in both (a subpath re-exports, never copies),
 *    formulate a sample case through each and compare the results.
 * 5. Type-check a consumer with the repository's `typescript` under `moduleResolution`
 *    `node16` (an ESM and a CJS file) and `bundler`, with `skipLibCheck: false` and no
 *    `@types/node`.
 * 6. Run the bin (`--help`, `validate` on a valid and an invalid case) when the package has
 *    `dist/cli.js`; without it the bin checks are skipped with a note.
 *
 * Run after `npm run build`: `npm run test:pack`. `PACK_SMOKE_KEEP=1` keeps the temp
 * directory for inspection. Exits 1 on any failure.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { BROWSER, distName, ENTRIES as ENTRY_LIST, specifier } from "../../entries.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const started = performance.now();
const SAMPLE = "grief-mother.json";
const SAMPLE_FOCUS = "grief";

const ms = (t0: number): string => `${Math.round(performance.now() - t0)} ms`;
const indent = (s: string): string =>
  s
    .trim()
    .split("\n")
    .map((l) => `     ${l}`)
    .join("\n");

/**
 * The packed package's budget (`npm pack` size). Issue 13 asks for 400 kB; without source maps
 * the build alone (ESM, CJS, both declaration sets, the browser bundle) packs to about 500 kB
 * with the intake and report subpaths, so 400 kB needs a decision this test does not take (see
 * docs/quality.md, "Package size"). This cap (654 kB on 8 December) catches an accident, such
 * as source maps or a second copy of the core, not growth by a subpath.
 */
const PACKED_BUDGET_KB = 700;

/**
 * The dependency versions to install beside the package, one scratch app each
 * (`--deps lowest,newest`, the default; `--deps local` works offline):
 * - `local`: zod and fp-ts copied from this repository's node_modules (the lockfile's versions);
 * - `lowest`: the lowest version of each range package.json declares, saved exact;
 * - `newest`: the newest version the registry has in each range, saved exact.
 */
type DepsMode = "local" | "lowest" | "newest";
const depsArg = process.argv.find((a) => a.startsWith("--deps="))?.slice("--deps=".length);
const MODES: readonly DepsMode[] = (depsArg ?? "lowest,newest").split(",").map((m) => {
  if (m !== "local" && m !== "lowest" && m !== "newest") {
    console.error(`--deps takes local, lowest and newest, comma-separated`);
    process.exit(2);
  }
  return m;
});
/** The dependency set being checked, printed beside each check. */
let label = "";
const named = (name: string): string => (label === "" ? name : `[${label}] ${name}`);

let failures = 0;
let skipped = 0;

/** Run one check; a failure is counted and printed, and the run goes on. */
function check(name: string, fn: () => string | undefined): void {
  const t0 = performance.now();
  try {
    const note = fn();
    console.log(`ok   ${named(name)} (${ms(t0)})${note ? `: ${note}` : ""}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${named(name)} (${ms(t0)})`);
    console.log(indent(e instanceof Error ? e.message : String(e)));
  }
}

/** Run a step the later ones need; on failure, stop. */
function must<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    const out = fn();
    console.log(`ok   ${named(name)} (${ms(t0)})`);
    return out;
  } catch (e) {
    console.log(`FAIL ${named(name)} (${ms(t0)})`);
    console.log(indent(e instanceof Error ? e.message : String(e)));
    finish(1);
  }
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Run a command; throws with its output when the exit status is not `expect` (0 by default; `"nonzero"` for any failure). */
function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  expect: number | "nonzero" = 0,
): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const ok = expect === "nonzero" ? r.status !== 0 && r.status !== null : r.status === expect;
  if (r.error !== undefined || !ok)
    throw new Error(
      [
        `\`${cmd} ${args.join(" ")}\` exited ${String(r.status)} (expected ${String(expect)})${r.error ? `: ${r.error.message}` : ""}`,
        r.stdout.trim().slice(-3000),
        r.stderr.trim().slice(-3000),
      ]
        .filter((s) => s !== "")
        .join("\n"),
    );
  return r;
}

let work = "";
function finish(code: number): never {
  if (work !== "") {
    if (process.env.PACK_SMOKE_KEEP === "1") console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  const total = (performance.now() - started) / 1000;
  console.log(
    `${code === 0 ? "pack smoke test passed" : "pack smoke test FAILED"}: ${failures} failed, ${skipped} skipped, ${total.toFixed(1)} s`,
  );
  process.exit(code);
}

// --- 0. the build is there -------------------------------------------------------------------

interface Conditions {
  readonly types: string;
  readonly default: string;
}
type ExportValue = string | { readonly import?: Conditions; readonly require?: Conditions };
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
  exports: Readonly<Record<string, ExportValue>>;
  bin?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};

/** An entry of the entries list (entries.ts): its specifier and its `dist/<file>` base name. */
interface Entry {
  readonly specifier: string;
  readonly file: string;
  /** A JS identifier for generated code. */
  readonly id: string;
  /** Whether the browser bundle holds it. */
  readonly browser: boolean;
}
const ENTRIES: readonly Entry[] = ENTRY_LIST.map((e) => ({
  specifier: specifier(e),
  file: distName(e),
  id: `entry_${distName(e).replace(/\W/g, "_")}`,
  browser: e.browser,
}));
const SUBPATHS = ENTRIES.filter((e) => e.specifier !== pkg.name);

/**
 * Generated code: every value the browser entries export, imported through
 * `ipt-formulation/browser`, so its declarations must cover the whole bundle (not only the
 * main entry's names).
 */
const browserValues = new Set<string>();
for (const e of ENTRIES.filter((x) => x.browser))
  for (const k of Object.keys((await import(join(root, "dist", `${e.file}.js`))) as object))
    browserValues.add(k);
const CONSUMER_BROWSER_TS = `import {
${[...browserValues]
  .sort()
  .map((k) => `  ${k},`)
  .join("\n")}
  type Case,
  type TreatmentPlan,
} from "ipt-formulation/browser";

export const values: readonly unknown[] = [
${[...browserValues]
  .sort()
  .map((k) => `  ${k},`)
  .join("\n")}
];
export type Used = [Case, TreatmentPlan];
`;

const distFiles = [
  ...ENTRIES.flatMap(({ file: e }) => [`${e}.js`, `${e}.cjs`, `${e}.d.ts`, `${e}.d.cts`]),
  `${BROWSER.distName}.js`,
  `${BROWSER.distName}.d.ts`,
  "schema/ipt-case-1.schema.json",
];
const missing = distFiles.filter((f) => !existsSync(join(root, "dist", f)));
if (missing.length > 0) {
  console.error(`dist/ is incomplete (${missing.join(", ")}): run \`npm run build\` first`);
  process.exit(1);
}
const hasCli = existsSync(join(root, "dist/cli.js"));

work = mkdtempSync(join(tmpdir(), "ipt-pack-smoke-"));
const packDir = join(work, "pack");
mkdirSync(packDir);

// --- 1. pack ---------------------------------------------------------------------------------

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string }[];
}
const packed = must("npm pack", () => {
  const r = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], root);
  const list = JSON.parse(r.stdout.slice(r.stdout.indexOf("["))) as PackResult[];
  const first = list[0];
  assert(first !== undefined, "npm pack printed no result");
  return first;
});
const tarball = join(packDir, packed.filename);
const packedFiles = new Set(packed.files.map((f) => f.path));

check("tarball holds the build and nothing else", () => {
  const want = ["package.json", ...distFiles.map((f) => `dist/${f}`)];
  const absent = want.filter((f) => !packedFiles.has(f));
  assert(absent.length === 0, `missing from the tarball: ${absent.join(", ")}`);
  const stray = [...packedFiles].filter(
    (f) =>
      !(
        f.startsWith("dist/") ||
        /^docs\/[a-z-]+\.md$/.test(f) ||
        /^docs\/images\/[a-z0-9-]+\.svg$/.test(f) ||
        /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(f)
      ),
  );
  assert(stray.length === 0, `unexpected files in the tarball: ${stray.join(", ")}`);
  const maps = [...packedFiles].filter((f) => f.endsWith(".map"));
  assert(
    maps.length === 0,
    `source maps in the tarball (their sources are not): ${maps.join(", ")}`,
  );
  for (const doc of ["LICENSE", "README.md", "docs/case-format.md", "docs/scoring.md"])
    assert(packedFiles.has(doc), `${doc} is not in the tarball`);
  return `${packed.filename}, ${packedFiles.size} files`;
});
check("every relative link of the shipped Markdown resolves to a shipped file", () => {
  const broken: string[] = [];
  for (const doc of [...packedFiles].filter((f) => f.endsWith(".md"))) {
    const dir = doc.includes("/") ? doc.slice(0, doc.lastIndexOf("/")) : "";
    const text = readFileSync(join(root, doc), "utf8");
    for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      const target = m[1] as string;
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // an absolute URL
      const resolved = posix.normalize(posix.join(dir, target));
      if (!packedFiles.has(resolved)) broken.push(`${doc} → ${target}`);
    }
  }
  assert(broken.length === 0, `links to files the package does not ship:\n${broken.join("\n")}`);
  return undefined;
});
check(`tarball at most ${PACKED_BUDGET_KB} kB packed`, () => {
  const kb = packed.size / 1024;
  assert(
    kb <= PACKED_BUDGET_KB,
    `${kb.toFixed(1)} kB packed, over the ${PACKED_BUDGET_KB} kB budget`,
  );
  return `${kb.toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`;
});

// --- 2. install into a scratch project, once per set of dependency versions -----------------

const sample = readFileSync(join(root, "tests/fixtures", SAMPLE), "utf8");
/** The range package.json declares for `dep` (a peer or a dependency), which must be `^x.y.z`. */
const rangeOf = (dep: string): string => {
  const range = pkg.peerDependencies?.[dep] ?? pkg.dependencies?.[dep];
  assert(
    range !== undefined && /^\^\d+\.\d+\.\d+$/.test(range),
    `${dep}: range ${String(range)} is not ^x.y.z`,
  );
  return range;
};

/** Write a scratch app's package.json: private, ESM, with `fields` added. */
const writeAppPackage = (app: string, fields: Readonly<Record<string, unknown>>): void =>
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "ipt-formulation-pack-smoke", private: true, type: "module", ...fields }, null, 2)}\n`,
  );

for (const mode of MODES) {
  label = mode;
  const app = join(work, `app-${mode}`);
  mkdirSync(app);
  writeFileSync(join(app, "sample.json"), sample);
  writeFileSync(
    join(app, "invalid.json"),
    JSON.stringify({ format: "ipt-case/1", assessedOn: "2026-02-30", episode: {} }),
  );
  const npmFlags = ["--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"];
  if (mode === "local") {
    writeAppPackage(app, {
      dependencies: {
        [pkg.name]: `file:${tarball}`,
        zod: `file:${join(root, "node_modules/zod")}`,
        "fp-ts": `file:${join(root, "node_modules/fp-ts")}`,
      },
    });
    must("npm install --offline (the tarball, zod and fp-ts copied from node_modules)", () =>
      run(
        "npm",
        [
          "install",
          "--offline",
          "--no-package-lock",
          // copy the local zod and fp-ts rather than link them: npm 11's arborist crashes
          // placing a peer dependency that is a link ("Cannot read properties of null (reading 'matches')")
          "--install-links",
          ...npmFlags,
        ],
        app,
      ),
    );
  } else {
    // An app that already has zod and fp-ts, saved exact, installs the package with a plain
    // `npm install`: no ERESOLVE, and npm keeps the app's versions. "lowest" is the bottom of
    // each range this package declares (its own dependency @noble/hashes too, by an
    // override); "newest" the newest the registry has in the range.
    const zod = rangeOf("zod");
    const fpts = rangeOf("fp-ts");
    const noble = rangeOf("@noble/hashes");
    const spec = (dep: string, range: string): string =>
      mode === "lowest" ? `${dep}@${range.slice(1)}` : `${dep}@${range}`;
    writeAppPackage(
      app,
      mode === "lowest" ? { overrides: { "@noble/hashes": noble.slice(1) } } : {},
    );
    must(`npm install --save-exact ${spec("zod", zod)} ${spec("fp-ts", fpts)}`, () =>
      run(
        "npm",
        ["install", "--save-exact", spec("zod", zod), spec("fp-ts", fpts), ...npmFlags],
        app,
      ),
    );
    must(`npm install the tarball into that app (plain: no --force, no --legacy-peer-deps)`, () =>
      run("npm", ["install", tarball, ...npmFlags], app),
    );
    check("the app keeps its own zod and fp-ts", () => {
      const appPkg = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as {
        dependencies: Record<string, string>;
      };
      const versions = ["zod", "fp-ts", "@noble/hashes"].map((dep) => {
        const v = (
          JSON.parse(readFileSync(join(app, "node_modules", dep, "package.json"), "utf8")) as {
            version: string;
          }
        ).version;
        if (dep !== "@noble/hashes")
          assert(
            appPkg.dependencies[dep] === v,
            `${dep}: saved ${appPkg.dependencies[dep]}, installed ${v}`,
          );
        if (mode === "lowest") {
          const want = (dep === "@noble/hashes" ? noble : dep === "zod" ? zod : fpts).slice(1);
          assert(v === want, `${dep}: ${v} installed, the range's lowest is ${want}`);
        }
        return `${dep} ${v}`;
      });
      return versions.join(", ");
    });
  }
  const installed = join(app, "node_modules", pkg.name);

  // --- 3. zod and fp-ts are peers, not bundled -------------------------------------------------

  /** Text that only zod's or fp-ts's own source contains. */
  const BUNDLED_MARKERS: readonly [string, RegExp][] = [
    ["zod", /"\$ZodType"|\._zod\b/],
    // fp-ts's own code (its pipe, or its Either module); not `_tag: "Left"`, which the core
    // builds itself (src/internal/either.ts)
    ["fp-ts", /function pipe\(a, ab, bc|getApplicativeValidation/],
  ];
  check("zod and fp-ts are peer dependencies, not dependencies", () => {
    const p = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as typeof pkg & {
      bundleDependencies?: unknown;
      bundledDependencies?: unknown;
    };
    for (const dep of ["zod", "fp-ts"]) {
      assert(p.peerDependencies?.[dep] !== undefined, `${dep} is not a peer dependency`);
      assert(p.dependencies?.[dep] === undefined, `${dep} is also a dependency`);
    }
    assert(
      p.bundleDependencies === undefined && p.bundledDependencies === undefined,
      "bundleDependencies is set",
    );
    return undefined;
  });
  check("the ESM and CJS builds import zod and fp-ts instead of bundling them", () => {
    for (const { file: e } of ENTRIES)
      for (const ext of ["js", "cjs"]) {
        const file = `dist/${e}.${ext}`;
        const text = readFileSync(join(installed, file), "utf8");
        for (const [dep, marker] of BUNDLED_MARKERS)
          assert(!marker.test(text), `${file} contains ${dep}'s source (${marker})`);
      }
    // the main entry uses zod and builds fp-ts's Either and Option itself, so loading it loads
    // no fp-ts module; research composes with fp-ts and imports it
    const esm = readFileSync(join(installed, "dist/index.js"), "utf8");
    const cjs = readFileSync(join(installed, "dist/index.cjs"), "utf8");
    assert(/from ['"]zod['"]/.test(esm), "dist/index.js does not import zod");
    assert(/require\(['"]zod['"]\)/.test(cjs), "dist/index.cjs does not require zod");
    assert(!/from ['"]fp-ts/.test(esm), "dist/index.js imports fp-ts at run time");
    assert(!/require\(['"]fp-ts/.test(cjs), "dist/index.cjs requires fp-ts at run time");
    const research = readFileSync(join(installed, "dist/research.js"), "utf8");
    const researchCjs = readFileSync(join(installed, "dist/research.cjs"), "utf8");
    assert(
      /from ['"]fp-ts\/lib\/[A-Za-z]+\.js['"]/.test(research),
      "dist/research.js does not import fp-ts/lib/*.js",
    );
    assert(
      /require\(['"]fp-ts\/lib\/[A-Za-z]+\.js['"]\)/.test(researchCjs),
      "dist/research.cjs does not require fp-ts/lib/*.js",
    );
    const browser = readFileSync(join(installed, "dist/ipt-formulation.browser.js"), "utf8");
    assert(
      (BUNDLED_MARKERS[0] as [string, RegExp])[1].test(browser),
      "the browser bundle should carry zod inside",
    );
    assert(!/from ['"](zod|fp-ts)/.test(browser), "the browser bundle imports zod or fp-ts");
    return "main entry imports zod only; research imports fp-ts; browser bundle self-contained";
  });

  // --- 4. import from ESM and CJS --------------------------------------------------------------

  const subpathImports = SUBPATHS.map((e) => `import * as ${e.id} from "${e.specifier}";`).join(
    "\n",
  );
  const subpathRequires = SUBPATHS.map((e) => `const ${e.id} = require("${e.specifier}");`).join(
    "\n",
  );
  const measuresEntry = SUBPATHS.find((e) => e.file === "measures");
  if (measuresEntry === undefined) {
    console.error("package.json exports has no ./measures entry");
    process.exit(1);
  }
  const measuresId = measuresEntry.id;
  /** The generated-code identifier of the subpath built as `dist/<file>.js`; exits when it is missing. */
  const idOf = (file: string): string => {
    const e = SUBPATHS.find((x) => x.file === file);
    if (e === undefined) {
      console.error(`package.json exports has no entry for dist/${file}.js`);
      process.exit(1);
    }
    return e.id;
  };
  /**
   * Generated code: plan the sample case (`ipt-formulation/plan`) and render it in Spanish
   * (`ipt-formulation/plan/text` with the locale of `ipt-formulation/plan/es`), from the given
   * namespaces.
   */
  const spanishPlan = (
    plan: string,
    text: string,
    es: string,
  ): string => `const locales = ${text}.registerLocale(${text}.DEFAULT_LOCALES, ${es}.ES);
const md = ${text}.renderPlan(${plan}.planTreatment(f, decoded.right), { locale: "es", locales });
assert.ok(md.startsWith("# Plan de tratamiento TIP (borrador)\\n"), "the Spanish plan");
assert.ok(${text}.draftFormulationStatement(f, decoded.right, { locale: "es", locales }).text.includes("muerte"));`;
  const SPANISH_PLAN = spanishPlan(idOf("plan"), idOf("plan-text"), idOf("plan-es"));
  /**
   * Generated code: a custom model from `ipt-formulation/scoring-model` formulates, and the
   * main entry's literal default digest is the digest of the default parameters.
   */
  const MODEL_CHECK = ((
    sm: string,
  ): string => `assert.equal(${sm}.digestParams(ipt.DEFAULT_PARAMS), ipt.DEFAULT_MODEL.digest);
const wide = ${sm}.defineModel({ id: "wide", params: { focus: { margin: 0.25 } } });
assert.ok(E.isRight(wide), "defineModel accepts a wider margin");
assert.equal(ipt.formulate(decoded.right, wide.right).model.id, "wide");`)(idOf("scoring-model"));
  /** Generated code: `[[specifier, namespace, "/dist/<file>.<ext>"], …]` for every entry. */
  const entryTable = (ext: "js" | "cjs"): string =>
    `[${ENTRIES.map((e) => `[${JSON.stringify(e.specifier)}, ${e.specifier === pkg.name ? "ipt" : e.id}, ${JSON.stringify(`/dist/${e.file}.${ext}`)}]`).join(", ")}]`;

  /**
   * Generated code: a name exported by two entries is the same value in both (a subpath
   * re-exports what the main entry or another subpath holds, never a copy of its own).
   */
  const SAME_VALUES = `// a name two entries export is one value (no second module instance behind a subpath)
let shared = 0;
for (const [a, nsA] of entries)
  for (const [b, nsB] of entries)
    if (a < b)
      for (const k of Object.keys(nsA))
        if (Object.hasOwn(nsB, k)) {
          assert.equal(nsA[k], nsB[k], k + " differs between " + a + " and " + b);
          shared++;
        }
assert.ok(shared > 0, "no entry re-exports another's values");`;

  const ESM_SCRIPT = `import assert from "node:assert/strict";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import * as ipt from "${pkg.name}";
${subpathImports}
import schema from "${pkg.name}/schema/ipt-case-1.schema.json" with { type: "json" };

// every entry resolves to its ESM file and exports only defined values
const entries = ${entryTable("js")};
for (const [specifier, ns, file] of entries) {
  const url = import.meta.resolve(specifier);
  assert.ok(url.endsWith(file), specifier + " resolves to " + url);
  assert.ok(Object.keys(ns).length > 0, specifier + " exports nothing");
  for (const [k, v] of Object.entries(ns)) assert.notEqual(v, undefined, specifier + ": " + k);
}
${SAME_VALUES}

// zod and fp-ts resolve, from inside the package, to the app's own copies (peers)
const fromPackage = createRequire(fileURLToPath(import.meta.resolve("${pkg.name}")));
const fromApp = createRequire(import.meta.url);
for (const dep of ["zod", "fp-ts/lib/Either.js"])
  assert.equal(realpathSync(fromPackage.resolve(dep)), realpathSync(fromApp.resolve(dep)), dep);

const sample = JSON.parse(readFileSync(new URL("./sample.json", import.meta.url), "utf8"));
const decoded = ipt.decodeCase(sample);
assert.ok(E.isRight(decoded), "the sample case decodes");
const f = ipt.formulate(decoded.right);
assert.equal(f.focus.primary, ${JSON.stringify(SAMPLE_FOCUS)});
for (const a of f.areas) assert.equal(ipt.recomputeScore(a.evidence), a.score);

const bad = ipt.decodeCase({ format: "ipt-case/1" });
assert.ok(E.isLeft(bad) && bad.left.issues.length > 0, "an invalid case is a Left");

const phq = ${measuresId}.scoreMeasure({ instrument: "phq-9", administeredOn: "2026-01-12", items: [2, 2, 1, 2, 1, 1, 1, 1, 1] });
assert.ok(E.isRight(phq));
assert.equal(phq.right.total, 12);
${SPANISH_PLAN}
${MODEL_CHECK}

assert.equal(schema.$id, ${idOf("intake")}.CASE_JSON_SCHEMA_ID);
assert.deepEqual(schema, JSON.parse(JSON.stringify(${idOf("intake")}.caseJsonSchema())));

const browser = await import("${pkg.name}/browser");
assert.match(import.meta.resolve("${pkg.name}/browser"), /\\/dist\\/ipt-formulation\\.browser\\.js$/);
const viaBrowser = browser.formulate(E.getOrElseW(() => assert.fail("browser decode"))(browser.decodeCase(sample)));
assert.equal(JSON.stringify(viaBrowser), JSON.stringify(f));
{
  // the bundle holds every entry, the plan's text and its Spanish locale included
${spanishPlan("browser", "browser", "browser")}
}

process.stdout.write(JSON.stringify(f));
`;

  const CJS_SCRIPT = `const assert = require("node:assert/strict");
const { readFileSync, realpathSync } = require("node:fs");
const { createRequire } = require("node:module");
const E = require("fp-ts/lib/Either.js");
const ipt = require("${pkg.name}");
${subpathRequires}
const schema = require("${pkg.name}/schema/ipt-case-1.schema.json");

const entries = ${entryTable("cjs")};
for (const [specifier, ns, file] of entries) {
  const path = require.resolve(specifier);
  assert.ok(path.endsWith(file), specifier + " resolves to " + path);
  assert.ok(Object.keys(ns).length > 0, specifier + " exports nothing");
  for (const [k, v] of Object.entries(ns)) assert.notEqual(v, undefined, specifier + ": " + k);
}
${SAME_VALUES}

const fromPackage = createRequire(require.resolve("${pkg.name}"));
for (const dep of ["zod", "fp-ts/lib/Either.js"])
  assert.equal(realpathSync(fromPackage.resolve(dep)), realpathSync(require.resolve(dep)), dep);

const sample = JSON.parse(readFileSync(__dirname + "/sample.json", "utf8"));
const decoded = ipt.decodeCase(sample);
assert.ok(E.isRight(decoded), "the sample case decodes");
const f = ipt.formulate(decoded.right);
assert.equal(f.focus.primary, ${JSON.stringify(SAMPLE_FOCUS)});

const phq = ${measuresId}.scoreMeasure({ instrument: "phq-9", administeredOn: "2026-01-12", items: [2, 2, 1, 2, 1, 1, 1, 1, 1] });
assert.ok(E.isRight(phq));
assert.equal(phq.right.total, 12);
${SPANISH_PLAN}
${MODEL_CHECK}
assert.equal(schema.$id, ${idOf("intake")}.CASE_JSON_SCHEMA_ID);

process.stdout.write(JSON.stringify(f));
`;

  writeFileSync(join(app, "esm.mjs"), ESM_SCRIPT);
  writeFileSync(join(app, "cjs.cjs"), CJS_SCRIPT);
  let esmOut = "";
  let cjsOut = "";
  const listed = ENTRIES.map((e) => `.${e.specifier.slice(pkg.name.length)}`).join(", ");
  check(`import from ESM (${listed}, ./browser, the JSON Schema)`, () => {
    esmOut = run(process.execPath, ["esm.mjs"], app).stdout;
    return undefined;
  });
  check(`require from CJS (${listed}, the JSON Schema)`, () => {
    cjsOut = run(process.execPath, ["cjs.cjs"], app).stdout;
    return undefined;
  });
  check("ESM and CJS give the same formulation", () => {
    assert(esmOut !== "" && esmOut === cjsOut, "the ESM and CJS formulations differ");
    return `${esmOut.length} bytes of JSON`;
  });

  // --- 5. type-check a consumer ----------------------------------------------------------------

  const CONSUMER_TS = `import * as E from "fp-ts/lib/Either.js";
import {
  type Case,
  type CaseError,
  decodeCase,
  type Formulation,
  formulate,
  type ProblemArea,
  recomputeScore,
} from "ipt-formulation";
import { type MeasureScore, PHQ9, scoreMeasure } from "ipt-formulation/measures";
import { planTreatment, type TreatmentPlan } from "ipt-formulation/plan";
import { ES } from "ipt-formulation/plan/es";
import { DEFAULT_LOCALES, type LocaleTable, registerLocale, renderPlan } from "ipt-formulation/plan/text";
${SUBPATHS.map((e) => `import * as ${e.id} from "${e.specifier}";`).join("\n")}

export function focusOf(json: unknown): ProblemArea | readonly string[] {
  const decoded: E.Either<CaseError, Case> = decodeCase(json);
  if (E.isLeft(decoded)) return decoded.left.issues.map((i) => i.path);
  const f: Formulation = formulate(decoded.right);
  const same: boolean = f.areas.every((a) => recomputeScore(a.evidence) === a.score);
  return same ? f.focus.primary : [];
}

export function phqTotal(items: readonly (number | null)[]): number | null {
  const s: E.Either<unknown, MeasureScore> = scoreMeasure({
    instrument: PHQ9.id,
    administeredOn: "2026-01-12",
    items,
  });
  return E.isRight(s) ? s.right.total : null;
}

export const subpathExports: readonly (readonly string[])[] = [${SUBPATHS.map((e) => `Object.keys(${e.id} satisfies object)`).join(", ")}];

export function planInSpanish(f: Formulation, c: Case): string {
  const locales: LocaleTable = registerLocale(DEFAULT_LOCALES, ES);
  const plan: TreatmentPlan = planTreatment(f, c);
  return renderPlan(plan, { locale: "es", locales });
}
`;

  const CONSUMER_CTS = `import ipt = require("ipt-formulation");
import measures = require("ipt-formulation/measures");
${SUBPATHS.map((e) => `import ${e.id} = require("${e.specifier}");`).join("\n")}

export const total = (items: readonly (number | null)[]): boolean => {
  const s = measures.scoreMeasure({ instrument: "gad-7", administeredOn: "2026", items });
  return s._tag === "Right";
};
export const decodes = (json: unknown): boolean => ipt.decodeCase(json)._tag === "Right";
export const subpathExports: readonly number[] = [${SUBPATHS.map((e) => `Object.keys(${e.id}).length`).join(", ")}];
`;

  const tsconfig = (compilerOptions: object, files: readonly string[]): string =>
    `${JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          // zod's declarations name the global URL, which a consumer gets from DOM or @types/node;
          // no @types/node, so the library's own declarations must not need Node's types
          lib: ["ES2022", "DOM"],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          ...compilerOptions,
        },
        files,
      },
      null,
      2,
    )}\n`;
  writeFileSync(join(app, "consumer.ts"), CONSUMER_TS);
  writeFileSync(join(app, "consumer-browser.ts"), CONSUMER_BROWSER_TS);
  writeFileSync(join(app, "consumer-cjs.cts"), CONSUMER_CTS);
  writeFileSync(
    join(app, "tsconfig.node16.json"),
    tsconfig({ module: "node16", moduleResolution: "node16" }, [
      "consumer.ts",
      "consumer-cjs.cts",
      "consumer-browser.ts",
    ]),
  );
  writeFileSync(
    join(app, "tsconfig.bundler.json"),
    tsconfig({ module: "preserve", moduleResolution: "bundler" }, [
      "consumer.ts",
      "consumer-browser.ts",
    ]),
  );
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const tsVersion = (
    JSON.parse(readFileSync(join(root, "node_modules/typescript/package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  check(
    `type-check a consumer, moduleResolution node16 (ESM + CJS), TypeScript ${tsVersion}`,
    () => {
      run(process.execPath, [tsc, "-p", "tsconfig.node16.json"], app);
      return undefined;
    },
  );
  check(`type-check a consumer, moduleResolution bundler, TypeScript ${tsVersion}`, () => {
    run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], app);
    return undefined;
  });

  // --- 6. the bin ------------------------------------------------------------------------------

  const binName = Object.keys(pkg.bin ?? {})[0] ?? pkg.name;
  if (!hasCli) {
    skipped += 3;
    console.log(
      `skip the bin checks (\`${binName} --help\`, \`validate\`): dist/cli.js is not built (no src/cli/main.ts yet)`,
    );
  } else {
    const bin = join(app, "node_modules/.bin", binName);
    check(`\`${binName} --help\``, () => {
      assert(existsSync(bin), `npm did not link node_modules/.bin/${binName}`);
      const r = run(bin, ["--help"], app);
      assert(r.stdout.trim().length > 0, "--help printed nothing on stdout");
      return r.stdout.trim().split("\n")[0];
    });
    check(`\`${binName} validate ${SAMPLE}\` succeeds`, () => {
      run(bin, ["validate", "sample.json"], app);
      return undefined;
    });
    check(`\`${binName} validate\` on an invalid case fails`, () => {
      run(bin, ["validate", "invalid.json"], app, "nonzero");
      return undefined;
    });
  }
}
label = "";

const seconds = (performance.now() - started) / 1000;
if (seconds > 60) console.log(`note: the smoke test took ${seconds.toFixed(1)} s (budget ~60 s)`);
finish(failures === 0 ? 0 : 1);
