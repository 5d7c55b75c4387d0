import { defineConfig } from "tsup";

/** Library entries: ESM + CJS + declarations; zod and fp-ts stay external (peer dependencies). */
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    external: ["zod", "fp-ts"],
  },
]);
