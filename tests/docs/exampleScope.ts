/**
 * The scope the TSDoc `@example`s run in (see `tsdocExamples.ts`): the exports of every public
 * entry, the modules an example may `import`, and the few fixtures the examples use by
 * convention. Each fixture is defined once, here, from the sample cases.
 *
 * | name | what it is |
 * |---|---|
 * | `griefCase` | the grief sample (`SAMPLE_CASES["grief-mother"]`), decoded: a `Case` |
 * | `disputeCase` | the dispute sample (`SAMPLE_CASES["dispute-partner"]`), decoded |
 * | `validCase` | the grief sample's JSON input (a valid `ipt-case/1` document, not decoded) |
 * | `c` | a case: `griefCase` |
 * | `f` | its formulation: `formulate(griefCase)` |
 * | `plan` | its treatment plan: `planTreatment(f, griefCase)` |
 * | `cases` | the six samples' JSON inputs, in `SAMPLE_NAMES` order |
 * | `error` | a `CaseError` with two issues: `relationships[0].circle` and `episode.onset` |
 * | `E`, `O` | fp-ts's `Either` and `Option` modules, as fp-ts's docs name them |
 * | `right`, `left`, `some`, `none` | fp-ts's constructors, for the `//=>` values |
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import * as RA from "fp-ts/lib/ReadonlyArray.js";
import * as main from "ipt-formulation";
import * as explain from "ipt-formulation/explain";
import * as intake from "ipt-formulation/intake";
import * as measures from "ipt-formulation/measures";
import * as plan from "ipt-formulation/plan";
import * as es from "ipt-formulation/plan/es";
import * as planText from "ipt-formulation/plan/text";
import * as report from "ipt-formulation/report";
import * as research from "ipt-formulation/research";
import * as samples from "ipt-formulation/samples";
import * as scoringModel from "ipt-formulation/scoring-model";
import * as svg from "ipt-formulation/svg";
import { PATTERN_SCOPE } from "./tsdocExamples.js";

/** The public entries by their package names (checked against `ENTRIES` by the test). */
export const ENTRY_MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "ipt-formulation": main,
  "ipt-formulation/measures": measures,
  "ipt-formulation/research": research,
  "ipt-formulation/plan": plan,
  "ipt-formulation/plan/text": planText,
  "ipt-formulation/plan/es": es,
  "ipt-formulation/svg": svg,
  "ipt-formulation/scoring-model": scoringModel,
  "ipt-formulation/explain": explain,
  "ipt-formulation/samples": samples,
  "ipt-formulation/intake": intake,
  "ipt-formulation/report": report,
};

/** The modules an example may import: the entries, fp-ts's modules and ajv (a JSON Schema validator). */
export const IMPORTABLE: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ...ENTRY_MODULES,
  "fp-ts/lib/Either.js": E,
  "fp-ts/lib/Option.js": O,
  "fp-ts/lib/ReadonlyArray.js": RA,
  "ajv/dist/2020.js": { Ajv2020 },
};

const decoded = (name: samples.SampleName): main.Case => {
  const d = main.decodeCase(samples.SAMPLE_CASES[name].case);
  if (d._tag === "Left") throw new Error(`the sample ${name} does not decode`);
  return d.right;
};

const griefCase = decoded("grief-mother");
const disputeCase = decoded("dispute-partner");
const validCase = samples.SAMPLE_CASES["grief-mother"].case;
const f = main.formulate(griefCase);

const caseError = (): main.CaseError => {
  const input = structuredClone(validCase) as unknown as {
    relationships: { circle: string }[];
    episode: { onset: string };
  };
  const first = input.relationships[0];
  if (first === undefined) throw new Error("the grief sample has no relationship");
  first.circle = "far";
  input.episode.onset = "2025-13";
  const d = main.decodeCase(input);
  if (d._tag === "Right") throw new Error("the error fixture decodes");
  return d.left;
};

/** The fixtures, by the names the examples use (documented at the top of this file). */
export const FIXTURES: Readonly<Record<string, unknown>> = {
  griefCase,
  disputeCase,
  validCase,
  c: griefCase,
  f,
  plan: plan.planTreatment(f, griefCase),
  cases: samples.SAMPLE_NAMES.map((n) => samples.SAMPLE_CASES[n].case),
  error: caseError(),
  E,
  O,
  right: E.right,
  left: E.left,
  some: O.some,
  none: O.none,
};

/**
 * Every name an example may use without importing it: every entry's exports (a name two
 * entries export with different values is left out: import it), then the fixtures.
 */
export const exampleScope = (): Readonly<Record<string, unknown>> => {
  const scope: Record<string, unknown> = {};
  const clash = new Set<string>();
  for (const mod of Object.values(ENTRY_MODULES)) {
    for (const [k, v] of Object.entries(mod)) {
      if (k in scope && scope[k] !== v) clash.add(k);
      scope[k] = v;
    }
  }
  for (const k of clash) delete scope[k];
  return { ...scope, ...FIXTURES, ...PATTERN_SCOPE };
};
