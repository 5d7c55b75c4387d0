/**
 * `ipt-formulation demo [sample]`: formulate a bundled sample case (`ipt-formulation/samples`)
 * and print it as text, so that an install can be tried without a case file of one's own.
 *
 * @module
 */
import { decodeCase, formulate, problemAreaLabel } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import {
  SAMPLE_CASES,
  SAMPLE_NAMES,
  type SampleCase,
  type SampleName,
} from "ipt-formulation/samples";
import { type Command, fail, usageError } from "../command.js";
import { EXIT, write } from "../io.js";

/** The sample `demo` formulates when none is named (the one `npm run demo` shows). */
export const DEFAULT_SAMPLE: SampleName = "grief-mother";

const isSampleName = (s: string): s is SampleName =>
  (SAMPLE_NAMES as readonly string[]).includes(s);

/** The focus a sample should get, in words: `Grief`, `Role dispute or Role transition (a close call)`. */
const expectedFocus = (s: SampleCase): string =>
  s.expectedFocus.length === 1
    ? problemAreaLabel(s.expectedFocus[0])
    : `${s.expectedFocus.map((a) => problemAreaLabel(a)).join(" or ")} (a close call)`;

/** The list `--list` prints: each sample's name, what it shows and its expected focus. */
export function sampleList(): string {
  const width = Math.max(...SAMPLE_NAMES.map((n) => n.length));
  return [
    "Sample cases (ipt-formulation demo <sample>):",
    ...SAMPLE_NAMES.map((n) => {
      const s = SAMPLE_CASES[n];
      return `  ${n.padEnd(width)}  ${s.title}. Focus: ${expectedFocus(s)}.`;
    }),
    "",
  ].join("\n");
}

export const demoCommand: Command = {
  name: "demo",
  summary: "Formulate a bundled sample case and print it as text: try the tool without a case.",
  arguments: "[sample]",
  positionals: { min: 0, max: 1 },
  description: [
    `Formulates one of the six sample cases of ipt-formulation/samples (default ${DEFAULT_SAMPLE})`,
    "and prints what the sample shows, the focus IPT would choose, then the formulation as",
    "`formulate --format text` does. --list lists the samples; --case prints the sample's",
    "ipt-case/1 JSON instead, to save, edit and formulate as your own case. The samples are",
    "test data, not clinical records.",
  ].join("\n"),
  options: {
    list: { type: "boolean", help: "list the sample cases and exit" },
    case: { type: "boolean", help: "print the sample's case (ipt-case/1 JSON) instead" },
  },
  examples: [
    "ipt-formulation demo",
    "ipt-formulation demo --list",
    "ipt-formulation demo dispute-partner",
    "ipt-formulation demo transition-job-loss --case > case.json",
  ],
  run: async (args, io) => {
    const list = args.values.list === true;
    const name = args.positionals[0];
    if (list && name !== undefined) return usageError(io, "demo", "--list takes no sample");
    if (list && args.values.case === true)
      return usageError(io, "demo", "--list and --case do not go together");
    if (list) {
      await write(io.stdout, sampleList());
      return EXIT.ok;
    }
    // The name is never repeated: an argument may be anything, a case's text included.
    if (name !== undefined && !isSampleName(name))
      return usageError(io, "demo", `unknown sample (samples: ${SAMPLE_NAMES.join(", ")})`);
    const sample = SAMPLE_CASES[name ?? DEFAULT_SAMPLE];
    if (args.values.case === true) {
      await write(io.stdout, `${JSON.stringify(sample.case, null, 2)}\n`);
      return EXIT.ok;
    }
    const decoded = decodeCase(sample.case);
    // Cannot happen (the library's tests decode every sample); reported, never thrown.
    if (decoded._tag === "Left")
      return fail(io, "demo", `the sample ${sample.name} does not decode`, EXIT.invalid);
    await write(
      io.stdout,
      [
        `Sample case ${sample.name}: ${sample.title}.`,
        `The focus IPT would choose: ${expectedFocus(sample)}.`,
        "",
        explainFormulation(formulate(decoded.right), { case: decoded.right }),
        "Other samples: ipt-formulation demo --list",
        "Your own case: ipt-formulation formulate case.json --format text",
        `  (to start from this sample: ipt-formulation demo ${sample.name} --case > case.json)`,
        "",
      ].join("\n"),
    );
    return EXIT.ok;
  },
};
