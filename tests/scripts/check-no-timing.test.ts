/**
 * The check that no test depends on timing (`scripts/check-no-timing.ts`), run on small
 * files held in memory: what it flags and at which line, and what it leaves alone (allowed
 * places, comments, strings, dates given as data, fake timers).
 */
import { describe, expect, it } from "vitest";
import {
  ALLOWED_PATHS,
  findTimingDependencies,
  isAllowedPath,
} from "../../scripts/check-no-timing.js";

const TEST = "tests/cli/sample.test.ts";

/** The lines and messages found in a sample test file. */
const found = (text: string, file = TEST): [number, string][] =>
  findTimingDependencies(file, text).map((f) => [f.line, f.what]);

describe("check-no-timing flags", () => {
  it("a wall-clock read in an assertion, with its file and line", () => {
    expect(
      findTimingDependencies(
        "tests/a.test.ts",
        "const t0 = 1;\nexpect(Date.now() - t0).toBeLessThan(50);",
      ),
    ).toEqual([{ file: "tests/a.test.ts", line: 2, what: "Date.now reads the clock" }]);
  });

  it.each([
    ["performance.now", "const t = performance.now();", "performance.now reads the clock"],
    ["globalThis.performance", "globalThis.performance.now();", "performance.now reads the clock"],
    [
      "performance.timeOrigin",
      "const o = performance.timeOrigin;",
      "performance.timeOrigin reads the clock",
    ],
    ["new Date()", "const today = new Date();", "new Date() with no argument reads the clock"],
    [
      "new Date without parentheses",
      "const today = new Date;",
      "new Date() with no argument reads the clock",
    ],
    ["Date() called", "const s = Date();", "Date() reads the clock"],
    ["process.hrtime", "const t = process.hrtime.bigint();", "process.hrtime reads the clock"],
    ["process.uptime", "const t = process.uptime();", "process.uptime reads the clock"],
    ["console.time", 'console.time("run");', "console.time reads the clock"],
    [
      "a setTimeout sleep",
      "await new Promise((r) => setTimeout(r, 100));",
      "setTimeout waits on a timer",
    ],
    ["setInterval", "const h = setInterval(tick, 10);", "setInterval waits on a timer"],
    ["globalThis.setTimeout", "globalThis.setTimeout(done, 5);", "setTimeout waits on a timer"],
    ["setTimeout passed on", "const sleep = promisify(setTimeout);", "setTimeout waits on a timer"],
    [
      "timers/promises",
      'import { setTimeout as sleep } from "node:timers/promises";',
      "import of node:timers/promises waits on a timer or reads the clock",
    ],
    [
      "perf_hooks",
      'const { performance: p } = await import("perf_hooks");',
      "import of perf_hooks waits on a timer or reads the clock",
    ],
    [
      "require of timers",
      'const timers = require("timers");',
      "import of timers waits on a timer or reads the clock",
    ],
    [
      "expect.poll",
      "await expect.poll(() => read()).toBe(1);",
      "expect.poll retries until a timer runs out, so it passes or fails by how quickly",
    ],
    [
      "vi.waitFor",
      "await vi.waitFor(() => expect(x).toBe(1));",
      "vi.waitFor retries until a timer runs out, so it passes or fails by how quickly",
    ],
    [
      "a browser page's sleep",
      "await page.waitForTimeout(500);",
      "page.waitForTimeout waits on a timer",
    ],
    ["Atomics.wait", "Atomics.wait(cell, 0, 0, 50);", "Atomics.wait waits on a timer"],
    [
      "fake timers that follow the real clock",
      "vi.useFakeTimers({ shouldAdvanceTime: true });",
      "fake timers with shouldAdvanceTime follow the real clock",
    ],
  ])("%s", (_, code, what) => {
    expect(found(`import { it } from "vitest";\n\n${code}\n`)).toEqual([[3, what]]);
  });

  it("every place in a file, in order, each once", () => {
    const text = [
      'it("is quick", async () => {',
      "  const t0 = performance.now();",
      "  await run();",
      "  await new Promise((r) => setTimeout(r, 10));",
      "  expect(performance.now() - t0).toBeLessThan(100);",
      "});",
    ].join("\n");
    expect(found(text)).toEqual([
      [2, "performance.now reads the clock"],
      [4, "setTimeout waits on a timer"],
      [5, "performance.now reads the clock"],
    ]);
  });

  it("JavaScript files and helpers under tests/ as well as test files", () => {
    expect(found("export const stamp = () => Date.now();", "tests/arbitraries/stamp.mjs")).toEqual([
      [1, "Date.now reads the clock"],
    ]);
  });
});

describe("check-no-timing leaves alone", () => {
  it.each([
    [
      "a comment",
      "// Date.now() and setTimeout would make this flaky\n/* performance.now() */\nconst x = 1;",
    ],
    ["a string", 'const script = "const t0 = performance.now(); setTimeout(f, 1)";'],
    ["a date given as data", 'const d = new Date("2026-01-12T00:00:00Z");\nconst e = new Date(0);'],
    [
      "a property or variable that shares a timer's name",
      "const o = { setTimeout: 1 };\nconst { setInterval } = o;",
    ],
    ["clearing a timer", "clearTimeout(handle);"],
    [
      "a ceiling against a hang",
      'execFileSync("npx", ["tsup"], { timeout: 240_000 });\nit("x", () => {}, 60_000);',
    ],
    [
      "fake timers the test drives",
      [
        'vi.useFakeTimers({ now: new Date("1999-12-31T23:59:59Z") });',
        'vi.setSystemTime(new Date("2100-01-01T00:00:00Z"));',
        "vi.advanceTimersByTime(1000);",
        "vi.useRealTimers();",
      ].join("\n"),
    ],
    [
      "an injected clock",
      'const now = (): number => t;\nprogressReporter({ stderr, stderrIsTTY: true, now }, "batch");',
    ],
  ])("%s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    "tests/bench/formulate-bench.ts",
    "tests/bench/batch-cli.ts",
    "tests/fuzz/fuzz.ts",
    "tests/pack/smoke.ts",
  ])("the allowed place %s", (file) => {
    expect(isAllowedPath(file)).toBe(true);
    expect(found("const t0 = performance.now();", file)).toEqual([]);
  });

  it.each([
    "tests/fuzz/properties.ts",
    "tests/fuzz/fuzz.prop.test.ts",
    "tests/bench-notes.test.ts",
    "tests/packing.test.ts",
  ])("but not %s, beside or below an allowed place's name", (file) => {
    expect(isAllowedPath(file)).toBe(false);
    expect(found("const t0 = performance.now();", file)).toEqual([
      [1, "performance.now reads the clock"],
    ]);
  });

  it("every allowed place says why", () => {
    for (const a of ALLOWED_PATHS) {
      expect(a.path).toMatch(/^tests\/.+/);
      expect(a.reason.length).toBeGreaterThan(20);
    }
  });
});
