import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
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
