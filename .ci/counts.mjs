// Prints vitest's counts from its JSON report as the plain line CI records.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "reports/vitest.json";
if (!existsSync(file)) {
  console.log("vitest did not run (an earlier step of npm test failed)");
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, "utf8"));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
// Skipped tests on a line of their own, before: the record reads the last line, which is
// exactly `N passed, N failed`.
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
