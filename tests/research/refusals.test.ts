/**
 * Every refusal of the research functions, word for word: code, path and message. The
 * messages are what the CLI prints and what a researcher reads; they name positions and
 * ranges, never an input value.
 */
import type * as E from "fp-ts/lib/Either.js";
import {
  countRatings,
  fleissKappa,
  perturbModels,
  type ResearchError,
  summarizeCohort,
  summarizeSensitivity,
  synthesizeCase,
  synthesizeCases,
  toJsonl,
  wilsonInterval,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { left, researchError } from "./support.js";

const error = researchError;
const result = {
  index: 0,
  caseId: null,
  basePrimary: "grief" as const,
  runs: 1,
  stableRuns: 1,
  stableShare: 1,
  alternatives: [],
};

/** Each case: a name, the call, and the error it must return. */
const REFUSALS: readonly (readonly [
  string,
  () => E.Either<ResearchError, unknown>,
  ReturnType<typeof error>,
])[] = [
  [
    "wilson: n negative",
    () => wilsonInterval(0, -1),
    error("invalid-count", "n", "n must be a non-negative integer"),
  ],
  [
    "wilson: n unsafe",
    () => wilsonInterval(0, 2 ** 53),
    error("invalid-count", "n", "n must be a non-negative integer"),
  ],
  [
    "wilson: n not a number",
    () => wilsonInterval(0, "3" as never),
    error("invalid-count", "n", "n must be a non-negative integer"),
  ],
  [
    "wilson: successes fractional",
    () => wilsonInterval(0.5, 3),
    error("invalid-count", "successes", "successes must be a non-negative integer"),
  ],
  [
    "wilson: successes above n",
    () => wilsonInterval(4, 3),
    error("invalid-count", "successes", "successes exceed n"),
  ],
  [
    "wilson: z zero",
    () => wilsonInterval(1, 3, 0),
    error("invalid-critical-value", "z", "the critical value must be a finite number above 0"),
  ],
  [
    "wilson: z infinite",
    () => wilsonInterval(1, 3, Number.POSITIVE_INFINITY),
    error("invalid-critical-value", "z", "the critical value must be a finite number above 0"),
  ],
  [
    "wilson: z not a number",
    () => wilsonInterval(1, 3, "2" as never),
    error("invalid-critical-value", "z", "the critical value must be a finite number above 0"),
  ],
  [
    "fleiss: no rows",
    () => fleissKappa([]),
    error("empty-input", "counts", "there are no subjects or no categories"),
  ],
  [
    "fleiss: no columns",
    () => fleissKappa([[]]),
    error("empty-input", "counts", "there are no subjects or no categories"),
  ],
  [
    "fleiss: ragged",
    () => fleissKappa([[1, 1], [2]]),
    error("ragged-matrix", "counts[1]", "subject 1 has a different number of categories"),
  ],
  [
    "fleiss: a negative count",
    () =>
      fleissKappa([
        [1, 1],
        [3, -1],
      ]),
    error("invalid-count", "counts[1][1]", "a count must be a non-negative integer"),
  ],
  [
    "fleiss: unequal raters",
    () =>
      fleissKappa([
        [1, 1],
        [2, 1],
        [1, 1],
      ]),
    error("unequal-raters", "counts[1]", "subject 1 has a different number of ratings"),
  ],
  [
    "fleiss: one rating each",
    () =>
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    error("too-few-raters", "counts", "each subject needs at least two ratings"),
  ],
  [
    "countRatings: empty category list",
    () => countRatings([["a"]], []),
    error("empty-input", "categories", "the category list is empty"),
  ],
  [
    "countRatings: duplicate category",
    () => countRatings([["a"]], ["a", "b", "a"]),
    error("duplicate-category", "categories[2]", "category 2 repeats an earlier one"),
  ],
  [
    "toJsonl: undefined",
    () => toJsonl([1, undefined]),
    error("not-serializable", "values[1]", "value 1 cannot be written as JSON"),
  ],
  [
    "toJsonl: a throwing toJSON",
    () =>
      toJsonl([
        {
          toJSON() {
            throw new Error("no");
          },
        },
      ]),
    error("not-serializable", "values[0]", "value 0 cannot be written as JSON"),
  ],
  [
    "summarizeCohort: z",
    () => summarizeCohort([], { z: -1 }) as E.Either<ResearchError, unknown>,
    error(
      "invalid-critical-value",
      "options.z",
      "the critical value must be a finite number above 0",
    ),
  ],
  [
    "summarizeSensitivity: no cases",
    () => summarizeSensitivity([]),
    error("empty-input", "results", "there are no cases"),
  ],
  [
    "summarizeSensitivity: threshold above 1",
    () => summarizeSensitivity([result], { threshold: 1.01 }),
    error("invalid-option", "options.threshold", "threshold must be a number in [0, 1]"),
  ],
  [
    "summarizeSensitivity: threshold below 0",
    () => summarizeSensitivity([result], { threshold: -0.01 }),
    error("invalid-option", "options.threshold", "threshold must be a number in [0, 1]"),
  ],
  [
    "summarizeSensitivity: threshold not a number",
    () => summarizeSensitivity([result], { threshold: "1" as never }),
    error("invalid-option", "options.threshold", "threshold must be a number in [0, 1]"),
  ],
  [
    "summarizeSensitivity: z",
    () => summarizeSensitivity([result], { z: 0 }),
    error(
      "invalid-critical-value",
      "options.z",
      "the critical value must be a finite number above 0",
    ),
  ],
  [
    "perturb: runs 0",
    () => perturbModels({ runs: 0 }),
    error("invalid-option", "options.runs", "runs must be an integer from 1 to 10000"),
  ],
  [
    "perturb: runs 10001",
    () => perturbModels({ runs: 10_001 }),
    error("invalid-option", "options.runs", "runs must be an integer from 1 to 10000"),
  ],
  [
    "perturb: runs 1.5",
    () => perturbModels({ runs: 1.5 }),
    error("invalid-option", "options.runs", "runs must be an integer from 1 to 10000"),
  ],
  [
    "perturb: seed above 32 bits",
    () => perturbModels({ seed: 2 ** 32 }),
    error("invalid-option", "options.seed", "seed must be an integer from 0 to 4294967295"),
  ],
  [
    "perturb: seed negative",
    () => perturbModels({ seed: -1 }),
    error("invalid-option", "options.seed", "seed must be an integer from 0 to 4294967295"),
  ],
  [
    "perturb: epsilon 1",
    () => perturbModels({ epsilon: 1 }),
    error("invalid-option", "options.epsilon", "epsilon must be a number in [0, 1)"),
  ],
  [
    "perturb: epsilon -0.1",
    () => perturbModels({ epsilon: -0.1 }),
    error("invalid-option", "options.epsilon", "epsilon must be a number in [0, 1)"),
  ],
  [
    "perturb: epsilon NaN",
    () => perturbModels({ epsilon: Number.NaN }),
    error("invalid-option", "options.epsilon", "epsilon must be a number in [0, 1)"),
  ],
  [
    "perturb: epsilon not a number",
    () => perturbModels({ epsilon: "0.1" as never }),
    error("invalid-option", "options.epsilon", "epsilon must be a number in [0, 1)"),
  ],
  [
    "synthesize: count",
    () => synthesizeCases({ count: 100_000_001, seed: 1 }),
    error("invalid-option", "options.count", "count must be an integer from 0 to 100000000"),
  ],
  [
    "synthesize: seed",
    () => synthesizeCases({ count: 1, seed: 2 ** 32 }),
    error("invalid-option", "options.seed", "seed must be an integer from 0 to 4294967295"),
  ],
  [
    "synthesize: an unknown area",
    () => synthesizeCases({ count: 1, seed: 1, mix: { grief: 1, other: 1 } as never }),
    error("invalid-option", "options.mix", "mix may only name the four problem areas"),
  ],
  [
    "synthesize: a NaN weight",
    () => synthesizeCases({ count: 1, seed: 1, mix: { "role-dispute": Number.NaN } }),
    error(
      "invalid-option",
      "options.mix.role-dispute",
      "a mix weight must be a finite number of at least 0",
    ),
  ],
  [
    "synthesize: all weights 0",
    () => synthesizeCases({ count: 1, seed: 1, mix: { grief: 0, "role-transition": 0 } }),
    error("invalid-option", "options.mix", "at least one mix weight must be above 0"),
  ],
  [
    "synthesizeCase: index",
    () => synthesizeCase(2 ** 53, { seed: 1 }),
    error("invalid-option", "index", "index must be a non-negative integer"),
  ],
  [
    "synthesizeCase: mix",
    () => synthesizeCase(0, { seed: 1, mix: { grief: -0.5 } }),
    error(
      "invalid-option",
      "options.mix.grief",
      "a mix weight must be a finite number of at least 0",
    ),
  ],
];

describe("research refusals, word for word", () => {
  it.each(REFUSALS.map(([name, call, expected]) => [name, call, expected] as const))(
    "%s",
    (_name, call, expected) => {
      expect(left(call())).toEqual(expected);
    },
  );
});
