import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { caseJsonSchema } from "./src/io/caseJsonSchema.js";

/** Writes the JSON Schema of ipt-case/1, generated from the zod schemas, into the package. */
const writeSchema = async (): Promise<void> => {
  mkdirSync("dist/schema", { recursive: true });
  writeFileSync(
    "dist/schema/ipt-case-1.schema.json",
    `${JSON.stringify(caseJsonSchema(), null, 2)}\n`,
  );
};

/** The package's entry points (subpath name → source); the main entry re-exports most of them. */
const LIBRARY_ENTRIES: Record<string, string> = {
  index: "src/index.ts",
  measures: "src/measures/index.ts",
  research: "src/research/index.ts",
  plan: "src/plan/index.ts",
  "plan-text": "src/plan/text/index.ts",
  "plan-es": "src/plan/locales/es.ts",
  svg: "src/svg/index.ts",
  "scoring-model": "src/scoring-model/index.ts",
  explain: "src/explain/index.ts",
};

export default defineConfig([
  // The library: ESM + CJS + declarations; zod and fp-ts stay external (peer dependencies).
  {
    entry: LIBRARY_ENTRIES,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    // Subpaths import the core by the package's own name, so they load the main entry
    // instead of carrying copies of it.
    external: ["zod", "fp-ts", "ipt-formulation"],
    onSuccess: writeSchema,
  },
  // The command-line tool (Node only), an ESM bin with a shebang.
  ...(existsSync("src/cli/main.ts")
    ? [
        {
          entry: { cli: "src/cli/main.ts" },
          format: ["esm" as const],
          dts: false,
          sourcemap: true,
          clean: false,
          target: "node20",
          platform: "node" as const,
          splitting: false,
          external: ["zod", "fp-ts"],
          banner: { js: "#!/usr/bin/env node" },
        },
      ]
    : []),
  // A standalone browser bundle with zod (and any fp-ts it uses) inside (fp-ts's own ES build cannot load
  // in a browser unbundled); also what a CDN serves. No Node built-ins.
  {
    entry: { "ipt-formulation.browser": "src/browser.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false, // a 2.4 MB map (zod and fp-ts inside) is not worth shipping
    clean: false,
    target: "es2022",
    platform: "browser",
    splitting: false,
    treeshake: true,
    minify: true,
    noExternal: ["zod", "fp-ts", "ipt-formulation"],
  },
]);
