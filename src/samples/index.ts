/**
 * `ipt-formulation/samples`: six sample cases in `ipt-case/1` form, one per typical pattern,
 * each with the focus IPT would choose. For trying the library, demos, documentation and an
 * app's own tests; they are test data, not clinical records.
 *
 * They are the repository's test fixtures (`tests/fixtures/*.json`), bundled as they are:
 * the library's own tests formulate the same cases. Each `case` is the plain JSON input; pass
 * it to `decodeCase` from the main entry, as any case.
 *
 * @example
 * import { decodeCase, formulate } from "ipt-formulation";
 * import { SAMPLE_CASES } from "ipt-formulation/samples";
 * const decoded = decodeCase(SAMPLE_CASES["grief-mother"].case);
 * if (decoded._tag === "Right") {
 *   formulate(decoded.right).focus.primary; //=> "grief"
 * }
 *
 * @example
 * // Every sample, with the focus it should get
 * import { SAMPLE_CASES, SAMPLE_NAMES } from "ipt-formulation/samples";
 * for (const name of SAMPLE_NAMES) {
 *   const s = SAMPLE_CASES[name];
 *   console.log(`${name}: ${s.title} (${s.expectedFocus.join(" or ")})`);
 * }
 *
 * @packageDocumentation
 */

export {
  SAMPLE_CASES,
  SAMPLE_NAMES,
  type SampleCase,
  type SampleName,
} from "./sampleCases.js";
