/**
 * A small seeded pseudo-random number generator for the research functions that need
 * reproducible draws (sensitivity analysis, synthetic cohorts). Not part of the public
 * surface, and not for anything that needs unpredictability.
 *
 * The generator is mulberry32 (Tommy Ettinger, 2017): 32 bits of state advanced by a Weyl
 * sequence (`+ 0x6D2B79F5`) and a multiply-xorshift output mix. It is small, fast, passes
 * gjrand's and PractRand's basic batteries at the sizes used here, and is the same in every
 * JavaScript runtime because it uses only `Math.imul` and 32-bit integer operations. Each
 * {@link Rng} keeps its state in a closure: nothing global, and the same seed always gives
 * the same sequence.
 *
 * @module
 * @internal
 */

/**
 * The largest seed the seeded research functions accept (`synthesizeCases`,
 * `synthesizeCase`, `perturbModels`, `analyzeSensitivity`): a seed is an integer from 0 to
 * `MAX_SEED` (4,294,967,295, an unsigned 32-bit integer); any other is an `invalid-option`
 * error. For checking a seed from user input before the call, as the CLI's `--seed` does.
 *
 * @example
 * import { MAX_SEED, synthesizeCases } from "ipt-formulation/research";
 * const seed = Number("42"); // a number the user gave
 * if (Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED) synthesizeCases({ count: 10, seed });
 *
 * @category Research
 */
export const MAX_SEED = 0xffffffff;

/** True for an integer seed in `0..MAX_SEED`. */
export const isSeed = (x: unknown): x is number =>
  typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= MAX_SEED;

/**
 * Mix two 32-bit values into one well-spread 32-bit value (the finaliser of MurmurHash3
 * applied to `a` combined with the golden-ratio multiple of `b`). Used to derive one
 * independent stream per case from a cohort seed and the case's index.
 */
export function mix32(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded stream of draws. Each method advances the stream. */
export interface Rng {
  /** A float uniform in [0, 1), with 32 bits of resolution. */
  readonly next: () => number;
  /** An integer uniform in `min..max` (both included; `min <= max`). */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One element of a non-empty list, uniformly. */
  readonly pick: <T>(xs: readonly [T, ...T[]]) => T;
  /** One value of a non-empty list of `[value, weight]` pairs, in proportion to the weights (not all 0). */
  readonly weighted: <T>(xs: readonly [readonly [T, number], ...(readonly [T, number])[]]) => T;
}

/**
 * A mulberry32 stream from a seed.
 *
 * @param seed - an unsigned 32-bit integer
 * @returns the stream
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly [T, ...T[]]): T => xs[int(0, xs.length - 1)] as T;
  const weighted = <T>(xs: readonly [readonly [T, number], ...(readonly [T, number])[]]): T => {
    // Zero weights are dropped first, so that rounding can never select one.
    const live = xs.filter(([, w]) => w > 0);
    let u = next() * live.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of live.slice(0, -1)) {
      if (u < w) return value;
      u -= w;
    }
    return (live[live.length - 1] as readonly [T, number])[0];
  };
  return { next, int, chance: (p) => next() < p, pick, weighted };
}
