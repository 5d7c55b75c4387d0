import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig } from "tsup";
import { BROWSER } from "./entries.js";
import { tsupEntries } from "./scripts/derive-entries.js";

/**
 * Writes the JSON Schema of ipt-case/1, generated from the zod schemas, into the package:
 * from the built intake entry, once the build is done (it imports the core by the package's
 * own name, which resolves to dist/).
 */
const writeSchema = async (): Promise<void> => {
  const { caseJsonSchema } = (await import(pathToFileURL(resolve("dist/intake.js")).href)) as {
    caseJsonSchema: () => Record<string, unknown>;
  };
  mkdirSync("dist/schema", { recursive: true });
  writeFileSync(
    "dist/schema/ipt-case-1.schema.json",
    `${JSON.stringify(caseJsonSchema(), null, 2)}\n`,
  );
};

// No source maps: the package ships its build, not its sources, and a map whose sources are
// absent only names files a debugger cannot open (they were 4 MB of a 4.7 MB package). The
// build is not minified (only the browser bundle is), so a stack trace reads as it is.

export default defineConfig([
  // The library: ESM + CJS + declarations; zod and fp-ts stay external (peer dependencies).
  {
    entry: tsupEntries(),
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
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
          sourcemap: false,
          clean: false,
          target: "node20",
          platform: "node" as const,
          splitting: false,
          // The library by the package's own name (its subpaths included): the bin loads the
          // package's entries from dist/ (Node resolves a package's own name through its
          // `exports`), so the package holds one copy of the core, not a second in the bin.
          external: ["zod", "fp-ts", "ipt-formulation"],
          banner: { js: "#!/usr/bin/env node" },
        },
      ]
    : []),
  // A standalone browser bundle with zod, @noble/hashes (and any fp-ts it uses) inside (fp-ts's own ES build cannot load
  // in a browser unbundled); also what a CDN serves. No Node built-ins.
  {
    entry: { [BROWSER.distName]: BROWSER.source },
    format: ["esm"],
    dts: false,
    sourcemap: false, // a 2.4 MB map (zod and fp-ts inside) is not worth shipping
    clean: false,
    target: "es2022",
    platform: "browser",
    splitting: false,
    treeshake: true,
    minify: true,
    noExternal: ["zod", "fp-ts", "@noble/hashes", "ipt-formulation"],
    // fp-ts's ES build, which a bundler can tree-shake (its CommonJS build, which Node loads,
    // cannot be): 27 kB less minified, the same functions.
    esbuildOptions: (o) => {
      o.alias = { ...o.alias, "fp-ts/lib": "fp-ts/es6" };
    },
  },
]);
