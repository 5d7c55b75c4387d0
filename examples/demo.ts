/**
 * The demo: decode a bundled sample case, formulate it and print the formulation readably.
 * The same as `npx ipt-formulation demo [sample]` from an install, in a few lines of the library.
 *
 *   npm run demo                      # the grief sample
 *   npm run demo -- dispute-partner   # any sample of ipt-formulation/samples, by name
 */
import { decodeCase, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { SAMPLE_CASES, SAMPLE_NAMES, type SampleName } from "ipt-formulation/samples";

const name = (process.argv[2] ?? "grief-mother").replace(/\.json$/, "");
if (!(SAMPLE_NAMES as readonly string[]).includes(name)) {
  console.error(`unknown sample (samples: ${SAMPLE_NAMES.join(", ")})`);
  process.exit(2);
}
const sample = SAMPLE_CASES[name as SampleName];
const decoded = decodeCase(sample.case);

if (decoded._tag === "Left") {
  console.error(decoded.left.message);
  for (const issue of decoded.left.issues) console.error(`  ${issue.path}: ${issue.code}`);
  process.exit(1);
}

console.log(
  `${sample.name}: ${sample.title} (IPT would choose ${sample.expectedFocus.join(" or ")})\n`,
);
process.stdout.write(explainFormulation(formulate(decoded.right), { case: decoded.right }));
