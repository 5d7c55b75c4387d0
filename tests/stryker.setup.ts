/**
 * Setup for Stryker's vitest runs only (`vitest.stryker.config.ts`), never for `npm test`.
 *
 * Skips the tests that assert a wall-clock budget: they time the library as shipped, but
 * under Stryker every statement carries coverage and mutant-switch instrumentation (and the
 * machine runs two test processes at once), so they fail on the unmutated code and Stryker
 * refuses to start ("There were failed tests in the initial test run"). A budget says
 * nothing about a mutant either: a mutant that makes decoding slow is caught by Stryker's
 * own timeout. The other assertions of these inputs (the issue codes for huge arrays and
 * strings) are also made by tests that run here.
 */
import { beforeEach } from "vitest";

const WALL_CLOCK_TESTS: ReadonlySet<string> = new Set([
  "a million entries are refused fast", // tests/io/decodeCase.rules.test.ts
  "a 10 MB label is one `too-long` issue, quickly", // tests/io/decodeCase.hostile.test.ts
]);

beforeEach((context) => {
  if (WALL_CLOCK_TESTS.has(context.task.name)) context.skip();
});
