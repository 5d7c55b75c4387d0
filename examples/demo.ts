/**
 * The demo: decode a bundled sample case, formulate it and print the formulation readably.
 *
 *   npm run demo                      # the grief sample
 *   npm run demo -- dispute-partner   # any file of tests/fixtures, by name
 */
import { readFileSync } from "node:fs";
import { decodeCase, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";

const name = process.argv[2] ?? "grief-mother";
const file = new URL(`../tests/fixtures/${name.replace(/\.json$/, "")}.json`, import.meta.url);
const decoded = decodeCase(JSON.parse(readFileSync(file, "utf8")));

if (decoded._tag === "Left") {
  console.error(decoded.left.message);
  for (const issue of decoded.left.issues) console.error(`  ${issue.path}: ${issue.code}`);
  process.exit(1);
}

process.stdout.write(explainFormulation(formulate(decoded.right)));
