/**
 * The sample cases of `ipt-formulation/samples`: the fixtures of `tests/fixtures/`, imported
 * as JSON (the build bundles them), with the focus their README says IPT would choose.
 *
 * @module
 */

import type { CaseInput, ProblemArea } from "ipt-formulation";
import deficitsIsolation from "../../tests/fixtures/deficits-isolation.json" with { type: "json" };
import disputePartner from "../../tests/fixtures/dispute-partner.json" with { type: "json" };
import divorceDisputeAndTransition from "../../tests/fixtures/divorce-dispute-and-transition.json" with {
  type: "json",
};
import griefMother from "../../tests/fixtures/grief-mother.json" with { type: "json" };
import perinatalBirth from "../../tests/fixtures/perinatal-birth.json" with { type: "json" };
import transitionJobLoss from "../../tests/fixtures/transition-job-loss.json" with { type: "json" };
import { deepFreeze } from "../internal/deepFreeze.js";

/**
 * The names of the sample cases, in the order of the fixtures' README: each is the name of
 * its file in `tests/fixtures/` without `.json`, and its key in {@link SAMPLE_CASES}.
 */
export const SAMPLE_NAMES = Object.freeze([
  "grief-mother",
  "dispute-partner",
  "transition-job-loss",
  "deficits-isolation",
  "divorce-dispute-and-transition",
  "perinatal-birth",
] as const);

/** The name of a sample case: `"grief-mother"`, `"dispute-partner"`, .... */
export type SampleName = (typeof SAMPLE_NAMES)[number];

/** One sample case: what it shows, the focus IPT would choose, and the case itself. */
export interface SampleCase {
  /** Its name, its key in {@link SAMPLE_CASES}. */
  readonly name: SampleName;
  /** One line on what the case shows. */
  readonly title: string;
  /**
   * The problem areas IPT would choose as the primary focus: one, or two for a close call,
   * where either may be primary and the other is then secondary.
   */
  readonly expectedFocus: readonly [ProblemArea] | readonly [ProblemArea, ProblemArea];
  /** The case as JSON input (`ipt-case/1`), for `decodeCase`. */
  readonly case: CaseInput;
}

/** A sample: the JSON is a valid `ipt-case/1` case (the tests decode each one). */
const sample = (
  name: SampleName,
  title: string,
  expectedFocus: SampleCase["expectedFocus"],
  json: unknown,
): SampleCase => ({ name, title, expectedFocus, case: json as CaseInput });

/**
 * The sample cases by name, deeply frozen. Each decodes with `decodeCase`, and `formulate`
 * gives it one of its `expectedFocus` areas as primary (the library's tests check both).
 *
 * @example
 * import { decodeCase, formulate } from "ipt-formulation";
 * import { SAMPLE_CASES } from "ipt-formulation/samples";
 * const { case: input, expectedFocus } = SAMPLE_CASES["transition-job-loss"];
 * expectedFocus
 * //=> ["role-transition"]
 * const decoded = decodeCase(input);
 * decoded._tag === "Right" && formulate(decoded.right).focus.primary
 * //=> "role-transition"
 */
export const SAMPLE_CASES: Readonly<Record<SampleName, SampleCase>> = deepFreeze({
  "grief-mother": sample(
    "grief-mother",
    "Mother died two months before the onset, not mourned",
    ["grief"],
    griefMother,
  ),
  "dispute-partner": sample(
    "dispute-partner",
    "An impasse with the husband that began before the onset",
    ["role-dispute"],
    disputePartner,
  ),
  "transition-job-loss": sample(
    "transition-job-loss",
    "Laid off a month before the onset",
    ["role-transition"],
    transitionJobLoss,
  ),
  "deficits-isolation": sample(
    "deficits-isolation",
    "No acute event; lifelong isolation",
    ["interpersonal-deficits"],
    deficitsIsolation,
  ),
  "divorce-dispute-and-transition": sample(
    "divorce-dispute-and-transition",
    "A divorce and a move out: a dispute and a transition at once",
    ["role-dispute", "role-transition"],
    divorceDisputeAndTransition,
  ),
  "perinatal-birth": sample(
    "perinatal-birth",
    "A birth not adapted to, in the perinatal period; EPDS scored",
    ["role-transition"],
    perinatalBirth,
  ),
});
