/**
 * Seeded perturbations of a scoring model, for sensitivity analysis.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { DEFAULT_MODEL, type ScoringModel, type ScoringParams } from "ipt-formulation";
import { defineModel, type ParamRange, SCORING_PARAM_RANGES } from "ipt-formulation/scoring-model";
import { compareCodeUnits, fail } from "./internal/fail.js";
import { createRng, isSeed, MAX_SEED, type Rng } from "./internal/random.js";
import type { ResearchError } from "./researchError.js";

// ---------------------------------------------------------------------------------------
// model
// ---------------------------------------------------------------------------------------

/**
 * Options of {@link perturbModels}.
 *
 * @category Sensitivity
 */
export interface PerturbOptions {
  /** How many perturbed models (default 100; 1..10,000). */
  readonly runs?: number;
  /** The seed, an integer in 0..4,294,967,295 (default 1). Same seed, same models. */
  readonly seed?: number;
  /** The relative size of a perturbation, in [0, 1) (default 0.1: each parameter within ±10%). */
  readonly epsilon?: number;
  /** The model to perturb (default `DEFAULT_MODEL`). */
  readonly base?: ScoringModel;
  /** Which parameters to perturb, by dotted path such as `closeness.inner` or `transition.kinds.birth` (default: every numeric parameter). */
  readonly include?: (path: string) => boolean;
}

/**
 * A base model and its perturbed variants.
 *
 * @category Sensitivity
 */
export interface PerturbedModels {
  readonly base: ScoringModel;
  /** `runs` models, each accepted by `defineModel`, in draw order; ids `perturbed-<seed>-<run>`. */
  readonly models: readonly ScoringModel[];
  readonly runs: number;
  readonly seed: number;
  readonly epsilon: number;
  /** How many draws `defineModel` refused and were drawn again (ordering constraints). */
  readonly rejected: number;
}

/** The default number of perturbed models. @category Sensitivity */
export const DEFAULT_SENSITIVITY_RUNS = 100;
/** The default relative perturbation (±10%). @category Sensitivity */
export const DEFAULT_SENSITIVITY_EPSILON = 0.1;
/** The default seed. @category Sensitivity */
export const DEFAULT_SENSITIVITY_SEED = 1;
/** The most perturbed models one analysis draws. @category Sensitivity */
export const MAX_SENSITIVITY_RUNS = 10_000;
/** How many draws per requested model may be refused before the analysis gives up. */
const ATTEMPTS_PER_RUN = 100;

// ---------------------------------------------------------------------------------------
// parameter ranges
// ---------------------------------------------------------------------------------------

/** A path that is no parameter of the schema: left as it is (`defineModel` refuses it anyway). */
const UNBOUNDED: ParamRange = {
  min: Number.NEGATIVE_INFINITY,
  max: Number.POSITIVE_INFINITY,
  minExclusive: false,
  maxExclusive: false,
  integer: false,
};

/**
 * The range a perturbed parameter is clamped to, read from `ScoringParamsSchema`
 * (`SCORING_PARAM_RANGES`): [0, 1] for weights, factors and thresholds; [0, 600] for months;
 * [0, 0.25] for `distress.perPoint`; the integers 1..50 for `deficits.closeTiesExpected`.
 * An exclusive bound (a half-life, the exclusion threshold: more than 0) is clamped to as it
 * is, and a draw landing on it is refused by `defineModel` and drawn again; a positive value
 * times a factor in [1 − ε, 1 + ε] with ε < 1 never reaches 0, so this does not happen.
 *
 * @internal
 */
export const parameterRange = (path: string): ParamRange => SCORING_PARAM_RANGES[path] ?? UNBOUNDED;

/** The dotted paths of every numeric parameter, depth first, keys in code-unit order. */
export function numericPaths(params: ScoringParams): readonly string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "number") out.push(path);
    else if (typeof v === "object" && v !== null && !Array.isArray(v))
      for (const k of Object.keys(v).sort(compareCodeUnits))
        walk((v as Record<string, unknown>)[k], path === "" ? k : `${path}.${k}`);
  };
  walk(params, "");
  return out;
}

// ---------------------------------------------------------------------------------------
// perturbation
// ---------------------------------------------------------------------------------------

const clampTo = (x: number, r: ParamRange): number =>
  Math.min(r.max, Math.max(r.min, r.integer ? Math.round(x) : x));

/** A copy of the parameters with every included number multiplied by a factor in [1 − ε, 1 + ε], clamped. */
const perturbParams = (
  params: ScoringParams,
  epsilon: number,
  rng: Rng,
  include: (path: string) => boolean,
): unknown => {
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === "number") {
      if (!include(path)) return v;
      const factor = 1 + epsilon * (2 * rng.next() - 1);
      return clampTo(v * factor, parameterRange(path));
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort(compareCodeUnits))
      out[k] = walk((v as Record<string, unknown>)[k], path === "" ? k : `${path}.${k}`);
    return out;
  };
  return walk(params, "");
};

const checkOptions = (
  o: PerturbOptions,
): E.Either<ResearchError, { runs: number; seed: number; epsilon: number }> => {
  const runs = o.runs ?? DEFAULT_SENSITIVITY_RUNS;
  const seed = o.seed ?? DEFAULT_SENSITIVITY_SEED;
  const epsilon = o.epsilon ?? DEFAULT_SENSITIVITY_EPSILON;
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_SENSITIVITY_RUNS)
    return fail(
      "invalid-option",
      "options.runs",
      `runs must be an integer from 1 to ${MAX_SENSITIVITY_RUNS}`,
    );
  if (!isSeed(seed))
    return fail("invalid-option", "options.seed", `seed must be an integer from 0 to ${MAX_SEED}`);
  if (typeof epsilon !== "number" || !(epsilon >= 0 && epsilon < 1))
    return fail("invalid-option", "options.epsilon", "epsilon must be a number in [0, 1)");
  return E.right({ runs, seed, epsilon });
};

/**
 * Draw `runs` perturbed variants of a scoring model, reproducibly from a seed.
 *
 * The scheme: a mulberry32 stream is seeded with `seed`. For each model, every numeric
 * parameter selected by `include` (all by default), visited depth first with keys in
 * code-unit order, is multiplied by its own factor `1 + ε(2u − 1)`, `u` uniform in [0, 1),
 * i.e. a factor uniform in [1 − ε, 1 + ε]; the result is clamped to the parameter's valid
 * range ([0, 1] for weights, [0, 600] for months, [0, 0.25] for `distress.perPoint`, and
 * rounded to an integer in 1..50 for `deficits.closeTiesExpected`). The tie-break order is
 * not perturbed. The variant is then defined with `defineModel`; a variant it refuses
 * (one breaking an ordering that monotonicity rests on, e.g. inner closeness below middle)
 * is counted in `rejected` and drawn again, so the accepted models follow the perturbation
 * distribution conditioned on validity. After 100 refusals per requested model the
 * analysis gives up (`too-many-rejections`: lower epsilon).
 *
 * Pure: the same options give the same models (same digests), in any runtime. With
 * `epsilon = 0` every variant has the base's parameters.
 *
 * @param options - `runs` (default 100), `seed` (default 1), `epsilon` (default 0.1),
 *   `base` (default `DEFAULT_MODEL`), `include` (a filter on parameter paths)
 * @returns the models, or a `ResearchError`: `invalid-option`, `too-many-rejections`
 *
 * @example
 * // 100 variants within ±10% of the default model
 * perturbModels({ seed: 42 }).right.models.length
 * //=> 100
 *
 * @example
 * // Same seed, same models
 * const digests = () => perturbModels({ seed: 7, runs: 5 }).right.models.map((m) => m.digest);
 * digests().join() === digests().join()
 * //=> true
 *
 * @example
 * // Only the transition weights
 * perturbModels({ include: (path) => path.startsWith("transition.kinds.") })
 *
 * @category Sensitivity
 * @see Saltelli, A. et al. (2008). Global Sensitivity Analysis: The Primer. Wiley (one-at-a-time
 *   versus global perturbation; this is a simple global, uniform-multiplicative scheme).
 */
export function perturbModels(
  options: PerturbOptions = {},
): E.Either<ResearchError, PerturbedModels> {
  const checked = checkOptions(options);
  if (E.isLeft(checked)) return checked;
  const { runs, seed, epsilon } = checked.right;
  const base = options.base ?? DEFAULT_MODEL;
  const include = options.include ?? (() => true);
  const rng = createRng(seed);
  const models: ScoringModel[] = [];
  let rejected = 0;
  while (models.length < runs) {
    const run = models.length + 1;
    const defined = defineModel({
      id: `perturbed-${seed}-${run}`,
      version: base.version,
      params: perturbParams(base.params, epsilon, rng, include) as ScoringParams,
    });
    if (E.isRight(defined)) models.push(defined.right);
    else if (++rejected > runs * ATTEMPTS_PER_RUN)
      return fail(
        "too-many-rejections",
        "options.epsilon",
        "too many perturbed models broke the scoring model's constraints; use a smaller epsilon",
      );
  }
  return E.right({ base, models, runs, seed, epsilon, rejected });
}
