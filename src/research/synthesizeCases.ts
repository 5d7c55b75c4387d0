/**
 * Seeded synthetic cohorts: valid, clinically plausible `ipt-case/1` cases for demos,
 * benchmarks, teaching and method checks. Never real patients, and marked as such.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type CaseInput, PROBLEM_AREAS, type ProblemArea } from "ipt-formulation";
import { buildSyntheticCase } from "./buildSyntheticCase.js";
import { fail } from "./internal/fail.js";
import { isSeed, MAX_SEED } from "./internal/random.js";
import type { ResearchError } from "./researchError.js";
import { DEFAULT_PATTERN_MIX, type PatternMix, type SyntheticCase } from "./syntheticCase.js";
import type { Weighted } from "./syntheticDistributions.js";

// ---------------------------------------------------------------------------------------
// model
// ---------------------------------------------------------------------------------------

/** The most cases one call generates. @category Synthetic cohorts */
export const MAX_SYNTHETIC_COUNT = 100_000_000;

/**
 * Options of {@link synthesizeCases} and {@link synthesizeCase}.
 *
 * @category Synthetic cohorts
 */
export interface SynthesizeOptions {
  /** The seed, an integer in 0..4,294,967,295. Same seed, same cases. */
  readonly seed: number;
  /** The pattern mix (default {@link DEFAULT_PATTERN_MIX}); replaces the default entirely. */
  readonly mix?: PatternMix;
}

/**
 * Options of {@link synthesizeCases}.
 *
 * @category Synthetic cohorts
 */
export interface SynthesizeCohortOptions extends SynthesizeOptions {
  /** How many cases, 0..100,000,000. */
  readonly count: number;
}

// ---------------------------------------------------------------------------------------
// options
// ---------------------------------------------------------------------------------------

const checkSeedAndMix = (
  o: SynthesizeOptions,
): E.Either<ResearchError, { seed: number; mix: Weighted<ProblemArea> }> => {
  if (!isSeed(o.seed))
    return fail("invalid-option", "options.seed", `seed must be an integer from 0 to ${MAX_SEED}`);
  const given: PatternMix = o.mix ?? DEFAULT_PATTERN_MIX;
  const known: ReadonlySet<string> = new Set(PROBLEM_AREAS);
  for (const key of Object.keys(given))
    if (!known.has(key))
      return fail("invalid-option", "options.mix", "mix may only name the four problem areas");
  const entries = PROBLEM_AREAS.map((a) => [a, given[a] ?? 0] as const);
  for (const [area, w] of entries)
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0)
      return fail(
        "invalid-option",
        `options.mix.${area}`,
        "a mix weight must be a finite number of at least 0",
      );
  const live = entries.filter(([, w]) => w > 0);
  if (live.length === 0)
    return fail("invalid-option", "options.mix", "at least one mix weight must be above 0");
  return E.right({ seed: o.seed, mix: live as unknown as Weighted<ProblemArea> });
};

// ---------------------------------------------------------------------------------------
// generators
// ---------------------------------------------------------------------------------------

/**
 * Synthetic case number `index` of the cohort with this seed, with the pattern it was
 * built around. Case `index` is the same whatever the cohort's size, so cases can be made
 * one at a time, in any order, or in parallel. See {@link synthesizeCases} for the
 * distributions.
 *
 * @param index - the 0-based position, a non-negative integer
 * @param options - `seed` and optionally `mix`
 * @returns the case and its pattern, or a `ResearchError` (`invalid-option`)
 *
 * @example
 * // The first case of cohort 42, and the area it was built around
 * const s = synthesizeCase(0, { seed: 42 });
 * [s.right.case.id, s.right.pattern]
 * //=> ["synthetic-000001", "role-dispute"]
 *
 * @category Synthetic cohorts
 */
export function synthesizeCase(
  index: number,
  options: SynthesizeOptions,
): E.Either<ResearchError, SyntheticCase> {
  if (!Number.isSafeInteger(index) || index < 0)
    return fail("invalid-option", "index", "index must be a non-negative integer");
  const checked = checkSeedAndMix(options);
  if (E.isLeft(checked)) return checked;
  return E.right(buildSyntheticCase(checked.right.seed, index, checked.right.mix));
}

/**
 * A seeded synthetic cohort of valid `ipt-case/1` cases, generated lazily.
 *
 * Every case decodes with `decodeCase` and is marked synthetic by its id,
 * `synthetic-000001`, `synthetic-000002`, …. Pure: the same seed and mix give the same
 * cases, byte for byte once serialised, in any runtime; case `i` depends only on the seed,
 * the mix and `i` (its own mulberry32 stream, seeded from both), not on `count`. The
 * result can be iterated more than once and yields the same cases each time; nothing is
 * held in memory.
 *
 * The distributions, all design choices for plausible adult outpatient IPT cases (not
 * estimates from data):
 *
 * - **Pattern**: {@link DEFAULT_PATTERN_MIX} (transition 40%, dispute 30%, grief 20%,
 *   deficits 10%, after the MTLLD distribution), or `mix`.
 * - **Population**: adult 72%, older adult 14%, adolescent 10%, perinatal 4%; roles, losses,
 *   disputes and life changes are drawn from lists suited to each (retirement for older
 *   adults, school change for adolescents, birth for perinatal cases).
 * - **Condition**: depression 85%, persistent depression 8%, anxiety 4%, other 3% (persistent
 *   depression more often with deficits).
 * - **Dates**: `assessedOn` uniform over 2021-01-01..2025-12-31; onset 1–18 months before it,
 *   unknown in 8% (the `onset-unknown` flag); the triggering event 0–4 months before onset;
 *   background events 2–10 years before onset. Partial dates (month or year) are used as
 *   clinicians record them. No date is after `assessedOn`.
 * - **Grief**: the death of an inner- or middle-circle person near onset, not mourned; 20% an
 *   older loss (14+ months before assessment) with a core and 3–6 other prolonged-grief
 *   signs; perinatal: a pregnancy loss in 60%.
 * - **Dispute**: a close person with conflict 3–4 since 1–12 months before onset (20% chronic,
 *   2–5 years), non-reciprocal expectations in 85%, impasse 50% / renegotiation 40% /
 *   dissolution 10%.
 * - **Transition**: a life change near onset, distress 2–4, not adapted to in 85%, with the
 *   person it involves (a new baby, a former partner, the person cared for).
 * - **Deficits**: no acute trigger; a smaller, more distant network; loneliness 3–4,
 *   communication difficulty 2–4, lifelong isolation in 70%.
 * - **Sizes**: 3–15 relationships (3 + Binomial(12, 0.33), mean 7; 3 + Binomial(12, 0.1)
 *   for deficits); 0–6 life events (the trigger, the death of each background person who
 *   has died, and 0–3 background events).
 * - **Background**: people mostly active with little conflict; 2% have died, each with a
 *   `death` event 2–10 years before onset, mourned (no undated deaths: see the
 *   `death-undated` flag).
 * - **Measures**: a PHQ-9 on the assessment day in 65%, item 9 endorsed in about 15%.
 *
 * @param options - `count` (0..100,000,000), `seed` (0..4,294,967,295), optional `mix`
 * @returns an iterable of case inputs, or a `ResearchError` (`invalid-option`)
 *
 * @example
 * // Three cases, always the same for seed 42
 * [...synthesizeCases({ count: 3, seed: 42 }).right].map((c) => c.id)
 * //=> ["synthetic-000001", "synthetic-000002", "synthetic-000003"]
 *
 * @example
 * // Formulate a synthetic cohort and summarise it
 * summarizeCohort(formulateMany(synthesizeCases({ count: 1000, seed: 1 }).right))
 *
 * @example
 * // Only grief and disputes
 * synthesizeCases({ count: 100, seed: 1, mix: { grief: 1, "role-dispute": 1 } })
 *
 * @category Synthetic cohorts
 * @see Miller, M. D. et al. (MTLLD): problem areas of 127 patients aged 60 and over, PMC3330480.
 */
export function synthesizeCases(
  options: SynthesizeCohortOptions,
): E.Either<ResearchError, Iterable<CaseInput>> {
  const { count } = options;
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_SYNTHETIC_COUNT)
    return fail(
      "invalid-option",
      "options.count",
      `count must be an integer from 0 to ${MAX_SYNTHETIC_COUNT}`,
    );
  const checked = checkSeedAndMix(options);
  if (E.isLeft(checked)) return checked;
  const { seed, mix } = checked.right;
  return E.right({
    *[Symbol.iterator](): Generator<CaseInput, void, undefined> {
      for (let i = 0; i < count; i++) yield buildSyntheticCase(seed, i, mix).case;
    },
  });
}
