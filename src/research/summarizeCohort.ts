/**
 * A cohort summary: how often each problem area is primary (with Wilson intervals), mean
 * scores, flags and secondary foci, overall and per group.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type Case,
  FLAG_CODES,
  type Formulation,
  PROBLEM_AREAS,
  type ProblemArea,
} from "ipt-formulation";
import type { BatchRecord } from "./formulateMany.js";
import { checkCriticalValue, compareCodeUnits, fail } from "./internal/fail.js";
import { isAsyncIterable } from "./internal/iterables.js";
import { wilsonLimits } from "./internal/wilson.js";
import type { ResearchError } from "./researchError.js";
import { Z_95 } from "./wilsonInterval.js";

// ---------------------------------------------------------------------------------------
// model
// ---------------------------------------------------------------------------------------

/**
 * One problem area in a cohort or group.
 *
 * @category Cohort
 */
export interface AreaSummary {
  readonly area: ProblemArea;
  /** Cases with this area as their primary focus. */
  readonly primaryCount: number;
  /** `primaryCount / n`. */
  readonly primaryProportion: number;
  /** The Wilson score interval of `primaryProportion` (95% unless another `z` was given). */
  readonly primaryLower: number;
  readonly primaryUpper: number;
  /** Cases with this area as their secondary focus. */
  readonly secondaryCount: number;
  /** The mean of the area's score over the cases (0 when a formulation lacks the area). */
  readonly meanScore: number;
}

/**
 * How many cases carry a flag (a case with the same flag twice counts once).
 *
 * @category Cohort
 */
export interface FlagCount {
  readonly code: string;
  readonly count: number;
}

/**
 * The summary of a set of formulated cases: the whole cohort or one group of it.
 *
 * @category Cohort
 */
export interface GroupSummary {
  /** The group key; `"all"` for the whole cohort. */
  readonly group: string;
  /** The number of formulated (valid) cases. */
  readonly n: number;
  /** The four areas in `PROBLEM_AREAS` order. */
  readonly areas: readonly AreaSummary[];
  /** Cases with no secondary focus. */
  readonly noSecondary: number;
  /** Every code of `FLAG_CODES` in its order (zeros included), then any other code seen, sorted. */
  readonly flags: readonly FlagCount[];
}

/**
 * A cohort summary: the whole cohort, its groups, and the inputs that did not decode.
 *
 * @category Cohort
 */
export interface CohortSummary {
  /** Every record seen, valid or not. */
  readonly total: number;
  /** Records that did not decode. */
  readonly invalid: number;
  /** For the invalid records: how many had each issue code (a record counts once per code), codes sorted. */
  readonly invalidIssues: readonly { readonly code: string; readonly count: number }[];
  /** The critical value of the intervals. */
  readonly z: number;
  /** All valid cases. */
  readonly overall: GroupSummary;
  /** One summary per group key, keys in code-unit order; empty without `groupBy`. */
  readonly groups: readonly GroupSummary[];
}

/**
 * Options of {@link summarizeCohort}.
 *
 * @category Cohort
 */
export interface CohortSummaryOptions {
  /** The group of a case: any string, e.g. `(c) => c.population` or `(_, f) => f.model.id`. */
  readonly groupBy?: (c: Case, f: Formulation) => string;
  /** The critical value of the Wilson intervals, default {@link Z_95}. */
  readonly z?: number;
}

// ---------------------------------------------------------------------------------------
// accumulation
// ---------------------------------------------------------------------------------------

/** Running totals of one group. */
interface Tally {
  n: number;
  readonly primary: Map<ProblemArea, number>;
  readonly secondary: Map<ProblemArea, number>;
  readonly scoreSums: Map<ProblemArea, number>;
  readonly flags: Map<string, number>;
}

const emptyTally = (): Tally => ({
  n: 0,
  primary: new Map(),
  secondary: new Map(),
  scoreSums: new Map(),
  flags: new Map(),
});

const bump = <K>(m: Map<K, number>, k: K, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

const addTo = (t: Tally, f: Formulation): void => {
  t.n += 1;
  bump(t.primary, f.focus.primary);
  if (f.focus.secondary !== undefined) bump(t.secondary, f.focus.secondary);
  for (const a of f.areas) bump(t.scoreSums, a.area, a.score);
  for (const code of new Set(f.flags.map((x) => x.code))) bump(t.flags, code);
};

const KNOWN_FLAGS: ReadonlySet<string> = new Set(FLAG_CODES);

const finish = (group: string, t: Tally, z: number): GroupSummary => ({
  group,
  n: t.n,
  areas: PROBLEM_AREAS.map((area) => {
    const count = t.primary.get(area) ?? 0;
    const w = wilsonLimits(count, t.n, z);
    return {
      area,
      primaryCount: count,
      primaryProportion: w.proportion,
      primaryLower: w.lower,
      primaryUpper: w.upper,
      secondaryCount: t.secondary.get(area) ?? 0,
      meanScore: (t.scoreSums.get(area) ?? 0) / t.n,
    };
  }),
  noSecondary: t.n - [...t.secondary.values()].reduce((s, x) => s + x, 0),
  flags: [
    ...FLAG_CODES.map((code) => ({ code, count: t.flags.get(code) ?? 0 })),
    ...[...t.flags.keys()]
      .filter((code) => !KNOWN_FLAGS.has(code))
      .sort(compareCodeUnits)
      .map((code) => ({ code, count: t.flags.get(code) as number })),
  ],
});

/** The state of a summary in progress: feed records, then finish. */
interface Accumulator {
  readonly add: (r: BatchRecord) => void;
  readonly result: () => E.Either<ResearchError, CohortSummary>;
}

const accumulator = (options: CohortSummaryOptions): Accumulator => {
  const overall = emptyTally();
  const groups = new Map<string, Tally>();
  const issues = new Map<string, number>();
  let total = 0;
  let invalid = 0;
  return {
    add: (r) => {
      total += 1;
      if (!r.ok) {
        invalid += 1;
        for (const code of new Set(r.error.issues.map((i) => i.code))) bump(issues, code);
        return;
      }
      addTo(overall, r.formulation);
      if (options.groupBy !== undefined) {
        const key = options.groupBy(r.case, r.formulation);
        const t = groups.get(key) ?? emptyTally();
        groups.set(key, t);
        addTo(t, r.formulation);
      }
    },
    result: () => {
      const z = checkCriticalValue(options.z ?? Z_95, "options.z");
      if (E.isLeft(z)) return z;
      if (overall.n === 0) {
        return fail(
          "empty-input",
          "records",
          total === 0 ? "there are no records" : "no record decoded, so there is no proportion",
        );
      }
      return E.right({
        total,
        invalid,
        invalidIssues: [...issues.keys()]
          .sort(compareCodeUnits)
          .map((code) => ({ code, count: issues.get(code) as number })),
        z: z.right,
        overall: finish("all", overall, z.right),
        groups: [...groups.keys()]
          .sort(compareCodeUnits)
          .map((key) => finish(key, groups.get(key) as Tally, z.right)),
      });
    },
  };
};

const summarizeAsync = async (
  records: AsyncIterable<BatchRecord>,
  options: CohortSummaryOptions,
): Promise<E.Either<ResearchError, CohortSummary>> => {
  const acc = accumulator(options);
  for await (const r of records) acc.add(r);
  return acc.result();
};

// ---------------------------------------------------------------------------------------
// summary
// ---------------------------------------------------------------------------------------

/**
 * Summarise a formulated cohort in one pass: per problem area, how many cases have it as
 * their primary focus, as a proportion with its Wilson score interval, how many as their
 * secondary focus, and the mean score; how many cases carry each flag; overall and, with
 * `groupBy`, per group. Invalid records are counted (with their issue codes), not
 * summarised.
 *
 * One pass, constant memory in the number of cases (a few counters per group), so it can
 * consume {@link formulateMany} over a stream directly: over an async iterable it returns
 * a promise. Proportions are over the valid cases of the group; each area's interval is a
 * separate 95% interval (no multiplicity adjustment). Groups come in code-unit order of
 * their keys, so the result does not depend on input order.
 *
 * @param records - records of {@link formulateMany} (or {@link formulateJsonLines}), sync or async
 * @param options - `groupBy` (a function of the case and its formulation to a group key) and `z`
 * @returns the summary, or a `ResearchError`: `empty-input` (no valid case), `invalid-critical-value`;
 *   a promise of it for async records
 *
 * @example
 * // Primary areas in a cohort (`cases`: the six sample cases' JSON), with 95% intervals
 * const s = summarizeCohort(formulateMany(cases));
 * s.right.overall.areas.map((a) => [a.area, a.primaryCount, a.primaryLower.toFixed(2), a.primaryUpper.toFixed(2)])
 * //=> [["grief", 1, "0.03", "0.56"], ["role-dispute", 1, "0.03", "0.56"], ["role-transition", 3, "0.19", "0.81"], ["interpersonal-deficits", 1, "0.03", "0.56"]]
 *
 * @example
 * // The six sample cases by population
 * summarizeCohort(formulateMany(cases), { groupBy: (c) => c.population }).right.groups.map((g) => g.group)
 * //=> ["adult", "perinatal"]
 *
 * @example
 * // A stream (an async iterable of lines, such as node:readline's interface): await the result
 * async function* lines() { for (const c of cases) yield JSON.stringify(c); }
 * const s = await summarizeCohort(formulateJsonLines(lines()));
 * s.right.overall.areas.map((a) => a.primaryCount)
 * //=> [1, 1, 3, 1]
 *
 * @category Cohort
 * @see Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
 *   comparison of seven methods. Statistics in Medicine, 17(8), 857–872.
 */
export function summarizeCohort(
  records: AsyncIterable<BatchRecord>,
  options?: CohortSummaryOptions,
): Promise<E.Either<ResearchError, CohortSummary>>;
export function summarizeCohort(
  records: Iterable<BatchRecord>,
  options?: CohortSummaryOptions,
): E.Either<ResearchError, CohortSummary>;
export function summarizeCohort(
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
  options: CohortSummaryOptions = {},
): E.Either<ResearchError, CohortSummary> | Promise<E.Either<ResearchError, CohortSummary>> {
  if (isAsyncIterable(records)) return summarizeAsync(records, options);
  const acc = accumulator(options);
  for (const r of records) acc.add(r);
  return acc.result();
}
