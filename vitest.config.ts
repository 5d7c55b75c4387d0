import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string): string => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the package by its public name, as users do.
    alias: [
      { find: /^ipt-formulation\/measures$/, replacement: src("measures/index.ts") },
      { find: /^ipt-formulation\/research$/, replacement: src("research/index.ts") },
      { find: /^ipt-formulation\/plan$/, replacement: src("plan/index.ts") },
      { find: /^ipt-formulation\/plan\/text$/, replacement: src("plan/text/index.ts") },
      { find: /^ipt-formulation\/plan\/es$/, replacement: src("plan/locales/es.ts") },
      { find: /^ipt-formulation\/svg$/, replacement: src("svg/index.ts") },
      { find: /^ipt-formulation\/scoring-model$/, replacement: src("scoring-model/index.ts") },
      { find: /^ipt-formulation\/explain$/, replacement: src("explain/index.ts") },
      { find: /^ipt-formulation$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Property tests run hundreds of cases; on a loaded 2-core CI machine with coverage
    // instrumentation the default 5 s is too tight.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
    },
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
