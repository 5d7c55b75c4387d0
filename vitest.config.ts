import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { vitestAliases } from "./scripts/derive-entries.js";

const root = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  resolve: {
    // Tests import the package by its public names, as users do (from the entries list).
    alias: vitestAliases(root),
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
