/**
 * The architecture rules (`.dependency-cruiser.cjs`, `scripts/check-layers.ts`) catch what
 * they are for: each is run on a small throwaway tree, written under the repository's
 * git-ignored `temp/`, that breaks it once, and must report that rule with the file; a tree
 * that keeps every rule reports nothing; and so does the real `src/`. Also: the map in
 * CONTRIBUTING.md names every folder of `src/`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkLayers,
  findNodeGlobals,
  formatViolation,
  type LayerViolation,
} from "../../scripts/check-layers.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TEMP = join(ROOT, "temp");
mkdirSync(TEMP, { recursive: true });
const trees: string[] = [];
afterAll(() => {
  for (const t of trees) rmSync(t, { recursive: true, force: true });
});

/** The package's own names in the throwaway trees, resolved as tsconfig.json does for src/. */
const TSCONFIG = {
  compilerOptions: {
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    paths: {
      "ipt-formulation": ["./src/index.ts"],
      "ipt-formulation/measures": ["./src/measures/index.ts"],
      "ipt-formulation/plan": ["./src/plan/index.ts"],
      "ipt-formulation/plan/text": ["./src/plan/text/index.ts"],
      "ipt-formulation/svg": ["./src/svg/index.ts"],
    },
  },
  include: ["src"],
};

/**
 * A tree that keeps every rule, shaped like src/: the core's layers (internal, model,
 * measures, io, scoring) under src/index.ts, subpaths that import it by name, and a CLI that
 * uses Node and imports anything by path.
 */
const CLEAN: Readonly<Record<string, string>> = {
  "src/internal/identity.ts": "export const identity = <A>(a: A): A => a;\n",
  "src/model/case.ts": [
    'import { identity } from "../internal/identity.js";',
    "export interface Case { readonly id: string }",
    "export const caseOf = (id: string): Case => identity({ id });",
  ].join("\n"),
  "src/measures/types.ts": [
    'import type { Case } from "../model/case.js";',
    "export interface Measure { readonly of: Case }",
  ].join("\n"),
  "src/measures/internal/util.ts": [
    'import type { Measure } from "../types.js";',
    'export { identity } from "../../internal/identity.js";',
    "export const isMeasure = (m: Measure | null): m is Measure => m !== null;",
  ].join("\n"),
  "src/measures/registry.ts": [
    'import type { Measure } from "./types.js";',
    'import { isMeasure } from "./internal/util.js";',
    "export const pick = (m: Measure | null): boolean => isMeasure(m);",
  ].join("\n"),
  // the measures subpath's own files: the core by name, and the measures helpers
  "src/measures/index.ts": [
    'export { pick } from "ipt-formulation";',
    'export { keyResponses } from "./keyResponses.js";',
  ].join("\n"),
  "src/measures/keyResponses.ts": [
    'import { type Measure, pick } from "ipt-formulation";',
    'import { isMeasure } from "./internal/util.js";',
    "export const keyResponses = (m: Measure | null): boolean => pick(m) && isMeasure(m);",
  ].join("\n"),
  "src/io/decode.ts": [
    'import { type Case, caseOf } from "../model/case.js";',
    'import { pick } from "../measures/registry.js";',
    "export const decode = (id: string): Case => (pick(null) ? caseOf(id) : caseOf(''));",
  ].join("\n"),
  "src/scoring/formulate.ts": [
    'import type { Case } from "../model/case.js";',
    'import type { Measure } from "../measures/types.js";',
    'import { decode } from "../io/decode.js";',
    "export const formulate = (c: Case, _m?: Measure): Case => decode(c.id);",
  ].join("\n"),
  "src/index.ts": [
    'export { type Case, caseOf } from "./model/case.js";',
    'export type { Measure } from "./measures/types.js";',
    'export { pick } from "./measures/registry.js";',
    'export { decode } from "./io/decode.js";',
    'export { formulate } from "./scoring/formulate.js";',
  ].join("\n"),
  "src/plan/index.ts": [
    'import { type Case, formulate } from "ipt-formulation";',
    "export const planOf = (c: Case): string => formulate(c).id;",
  ].join("\n"),
  "src/plan/text/index.ts": [
    'import type { Case } from "ipt-formulation";',
    'import { planOf } from "ipt-formulation/plan";',
    "export const render = (c: Case): string => planOf(c).toUpperCase();",
  ].join("\n"),
  "src/svg/index.ts": 'export const picture = (): string => "<svg/>";\n',
  "src/cli/main.ts": [
    'import { readFileSync } from "node:fs";',
    'import { caseOf } from "../model/case.js";',
    'import { render } from "../plan/text/index.js";',
    "process.stdout.write(render(caseOf(readFileSync(0, 'utf8'))));",
  ].join("\n"),
};

/** Write the clean tree with `changes` (a file's new text; `null` deletes it) and check it. */
async function check(changes: Readonly<Record<string, string | null>> = {}): Promise<string[]> {
  const root = mkdtempSync(join(TEMP, "layers-"));
  trees.push(root);
  const files: Record<string, string | null> = { ...CLEAN, ...changes };
  files["tsconfig.json"] = JSON.stringify(TSCONFIG);
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return (await checkLayers(root)).map(formatViolation);
}

/** `text` with `line` added on top (an import). */
const withImport = (file: string, line: string): Record<string, string> => ({
  [file]: `${line}\n${CLEAN[file] ?? ""}`,
});

describe("the rules", () => {
  it("pass a tree that keeps them", async () => {
    expect(await check()).toEqual([]);
  });

  it("no-circular: a cycle through type-only imports", async () => {
    expect(
      await check({
        "src/plan/a.ts": 'import type { B } from "./b.js";\nexport interface A { readonly b?: B }',
        "src/plan/b.ts": 'import type { A } from "./a.js";\nexport interface B { readonly a?: A }',
      }),
    ).toEqual([
      "no-circular: src/plan/a.ts → src/plan/b.ts (cycle: src/plan/a.ts → src/plan/b.ts → src/plan/a.ts)",
    ]);
  });

  it("no-circular and layer-subpaths: the plan's data importing its text (type-only)", async () => {
    expect(
      await check(withImport("src/plan/index.ts", 'import type {} from "./text/index.js";')),
    ).toEqual(
      expect.arrayContaining([
        "layer-subpaths: src/plan/index.ts → src/plan/text/index.ts",
        expect.stringMatching(/^no-circular: src\/plan\/index\.ts → src\/plan\/text\/index\.ts/),
      ]),
    );
  });

  it("core-never-imports-subpath: the core importing a subpath by its name", async () => {
    expect(
      await check(withImport("src/scoring/formulate.ts", 'import "ipt-formulation/svg";')),
    ).toEqual(["core-never-imports-subpath: src/scoring/formulate.ts → src/svg/index.ts"]);
  });

  it("core-never-imports-subpath: the core importing the CLI by a relative path", async () => {
    expect(await check(withImport("src/model/case.ts", 'import "../cli/main.js";'))).toEqual(
      expect.arrayContaining(["core-never-imports-subpath: src/model/case.ts → src/cli/main.ts"]),
    );
  });

  it("layer-model: a lower core layer importing a higher one", async () => {
    expect(
      await check({
        "src/model/extra.ts": 'import type {} from "../scoring/formulate.js";\nexport {};',
      }),
    ).toEqual(["layer-model: src/model/extra.ts → src/scoring/formulate.ts"]);
  });

  it("layer-research: research below the CLI", async () => {
    expect(await check({ "src/research/run.ts": 'import "../cli/main.js";\nexport {};' })).toEqual([
      "layer-research: src/research/run.ts → src/cli/main.ts",
    ]);
  });

  it("subpaths-through-public-entry: a subpath importing ../model/case.js", async () => {
    expect(
      await check({
        "src/plan/index.ts": [
          'import { type Case, caseOf } from "../model/case.js";',
          "export const planOf = (c: Case): string => caseOf(c.id).id;",
        ].join("\n"),
      }),
    ).toEqual(["subpaths-through-public-entry: src/plan/index.ts → src/model/case.ts"]);
  });

  it("subpaths-through-public-entry: a subpath importing the main entry by a relative path", async () => {
    expect(await check(withImport("src/svg/index.ts", 'import "../index.js";'))).toEqual([
      "subpaths-through-public-entry: src/svg/index.ts → src/index.ts",
    ]);
  });

  it("subpaths-through-public-entry: the measures subpath importing the core's measures by path", async () => {
    expect(
      await check(withImport("src/measures/keyResponses.ts", 'import "./registry.js";')),
    ).toEqual([
      "subpaths-through-public-entry: src/measures/keyResponses.ts → src/measures/registry.ts",
    ]);
  });

  it("subpaths-reach-subpaths-through-public-entry: plan/text importing the plan by path", async () => {
    expect(await check(withImport("src/plan/text/index.ts", 'import "../index.js";'))).toEqual([
      "subpaths-reach-subpaths-through-public-entry: src/plan/text/index.ts → src/plan/index.ts",
    ]);
  });

  it("measures-helpers-are-leaves: the measures helpers importing a value of the core", async () => {
    expect(
      await check(withImport("src/measures/internal/util.ts", 'import "../registry.js";')),
    ).toEqual(
      expect.arrayContaining([
        "measures-helpers-are-leaves: src/measures/internal/util.ts → src/measures/registry.ts",
      ]),
    );
  });

  it("measures-core-or-subpath: a measures file the core does not reach, not listed", async () => {
    expect(await check({ "src/measures/extra.ts": "export const extra = 1;\n" })).toEqual([
      "measures-core-or-subpath: src/measures/extra.ts",
    ]);
  });

  it("only-cli-uses-node: node:fs imported in src/scoring", async () => {
    expect(
      await check(
        withImport("src/scoring/formulate.ts", 'import { readFileSync } from "node:fs";'),
      ),
    ).toEqual([
      expect.stringMatching(/^only-cli-uses-node: src\/scoring\/formulate\.ts → (node:)?fs$/),
    ]);
  });

  it("only-cli-uses-node: process.env read in src/plan", async () => {
    expect(
      await check({
        "src/plan/index.ts": `${CLEAN["src/plan/index.ts"]}\nexport const debug = process.env.DEBUG;`,
      }),
    ).toEqual(["only-cli-uses-node: src/plan/index.ts → process (line 3)"]);
  });

  it("every-file-in-a-layer: a folder no layer names", async () => {
    expect(
      await check({ "src/extras/x.ts": 'import type {} from "ipt-formulation";\nexport {};' }),
    ).toEqual(["every-file-in-a-layer: src/extras/x.ts → src/index.ts"]);
  });

  it("no-unresolvable: a package name tsconfig.json does not map", async () => {
    expect(await check(withImport("src/svg/index.ts", 'import "ipt-formulation/nope";'))).toEqual([
      "no-unresolvable: src/svg/index.ts → ipt-formulation/nope",
    ]);
  });

  it("apply to folders still to come (guidance, course, fhir)", async () => {
    expect(
      await check({
        "src/guidance/index.ts":
          'import type { Case } from "../model/case.js";\nexport type G = Case;',
        "src/fhir/index.ts": 'import "../research/run.js";\nexport {};',
        "src/research/run.ts": "export {};\n",
      }),
    ).toEqual([
      "layer-subpaths: src/fhir/index.ts → src/research/run.ts",
      "subpaths-reach-subpaths-through-public-entry: src/fhir/index.ts → src/research/run.ts",
      "subpaths-through-public-entry: src/guidance/index.ts → src/model/case.ts",
    ]);
  });
});

describe("the Node globals outside src/cli/", () => {
  const globals = (text: string): string[] =>
    findNodeGlobals("src/plan/x.ts", text).map((v) => v.to ?? "");

  it("are found as reads, calls and through globalThis, with their line", () => {
    expect(
      globals(
        [
          "const a = process.env.HOME;",
          'const b = require("node:fs");',
          'const c = Buffer.from("x");',
          "const d = globalThis.process;",
          'const e = globalThis["process"];',
          "const f = { process };",
          "const g = __dirname;",
        ].join("\n"),
      ),
    ).toEqual([
      "process (line 1)",
      "require (line 2)",
      "Buffer (line 3)",
      "globalThis.process (line 4)",
      "globalThis.process (line 5)",
      "process (line 6)",
      "__dirname (line 7)",
    ]);
  });

  it("are not found in comments, strings, property names or members", () => {
    expect(
      globals(
        [
          "/** process.stdout.write(explainFormulation(f)) */",
          "// require('fs')",
          'const s = "process the losses";',
          "const o = { process: 1, Buffer: 2 };",
          "const p = o.process;",
          "interface I { readonly process: string; require(): void }",
          "const { process: q } = o;",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("the repository", () => {
  it("src/ keeps every rule", async () => {
    const found: readonly LayerViolation[] = await checkLayers(ROOT);
    expect(found.map(formatViolation)).toEqual([]);
  });

  it("CONTRIBUTING.md's map has one line for each folder of src/, and no other", () => {
    const folders = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => [`${dir}/${e.name}/`, ...folders(`${dir}/${e.name}`)]);
    const map = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
    const listed = [...map.matchAll(/^- `(src\/[^`]*\/)`/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(folders("src").sort());
  });
});
