/**
 * Defining a custom scoring model: {@link defineModel} validates parameter overrides against
 * {@link ScoringParamsSchema} and stamps the model with {@link digestParams}. The default
 * model and the types are in the main entry.
 *
 * @module
 */

import * as E from "fp-ts/lib/Either.js";
import {
  type CaseIssue,
  DEFAULT_PARAMS,
  PROBLEM_AREAS,
  type ScoringModel,
  type ScoringParams,
  TRANSITION_EVENT_KINDS,
  type TransitionEventKind,
} from "ipt-formulation";
import * as z from "zod";
import { deepFreeze } from "../internal/deepFreeze.js";
import { summarizeIssues } from "../internal/summarizeIssues.js";
import { mapZodIssue, type ZodIssueContext } from "../internal/zodIssue.js";
import { canonicalJson, sha256Hex } from "./sha256.js";

const unit = z.number().min(0).max(1);
const months = z.number().min(0).max(600);
const halfLife = z.number().gt(0).max(600);

const transitionWeightsShape = Object.fromEntries(
  TRANSITION_EVENT_KINDS.map((k) => [k, unit]),
) as Record<TransitionEventKind, typeof unit>;

/**
 * The zod schema of scoring-model parameters: exactly the shape of {@link ScoringParams},
 * with each value's range.
 *
 * @category Scoring model
 */
export const ScoringParamsSchema = z.strictObject({
  kernel: z.strictObject({
    plateauMonths: months,
    halfLifeBeforeMonths: halfLife,
    halfLifeAfterMonths: halfLife,
  }),
  closeness: z.strictObject({ inner: unit, middle: unit, outer: unit }),
  distress: z.strictObject({ none: unit, perPoint: z.number().min(0).max(0.25), unknown: unit }),
  adjustment: z.strictObject({ adjusted: unit, unknown: unit, notAdjusted: unit }),
  grief: z.strictObject({
    deathBase: unit,
    unknownPersonCloseness: unit,
    pregnancyLossCloseness: unit,
    unmournedBase: unit,
    unmournedFloor: unit,
    prolongedFull: unit,
    prolongedPartial: unit,
    adultMonths: months,
    adolescentMonths: months,
    undatedDeath: unit,
    conflictWithDeceased: unit,
    measure: unit,
  }),
  dispute: z.strictObject({
    base: unit,
    closeness: z.strictObject({ inner: unit, middle: unit, outer: unit }),
    expectations: z.strictObject({ nonReciprocal: unit, unknown: unit, reciprocal: unit }),
    stage: z.strictObject({ impasse: unit, renegotiation: unit, dissolution: unit, unknown: unit }),
    status: z.strictObject({ active: unit, estranged: unit, ended: unit }),
    chronicPlateauMonths: months,
    chronicFloor: unit,
    unknownSince: unit,
    separationBase: unit,
  }),
  transition: z.strictObject({
    kinds: z.strictObject(transitionWeightsShape),
    ongoingConflict: unit,
    dissolutionBase: unit,
  }),
  deficits: z.strictObject({
    lifelongIsolation: unit,
    loneliness: unit,
    communicationDifficulty: unit,
    rejectionSensitivity: unit,
    smallNetwork: unit,
    closeTiesExpected: z.int().min(1).max(50),
    exclusionThreshold: z.number().gt(0).max(1),
  }),
  focus: z.strictObject({ margin: unit, minScore: unit, secondaryMinEvidence: unit }),
  tieBreak: z
    .array(z.enum(PROBLEM_AREAS))
    .length(PROBLEM_AREAS.length)
    .refine((xs) => new Set(xs).size === xs.length, { params: { code: "not-a-permutation" } }),
});

/**
 * Orderings the monotonicity guarantees rest on: a closer circle, less adjustment and an
 * impasse never weigh less. Each is `[path, higher, lower]`.
 */
const ORDERINGS: readonly (readonly [string, (p: ScoringParams) => readonly number[]])[] = [
  ["closeness", (p) => [p.closeness.inner, p.closeness.middle, p.closeness.outer]],
  [
    "dispute.closeness",
    (p) => [p.dispute.closeness.inner, p.dispute.closeness.middle, p.dispute.closeness.outer],
  ],
  ["adjustment", (p) => [p.adjustment.notAdjusted, p.adjustment.unknown, p.adjustment.adjusted]],
  ["dispute.stage", (p) => [p.dispute.stage.impasse, p.dispute.stage.renegotiation]],
];

const orderingIssues = (p: ScoringParams): CaseIssue[] =>
  ORDERINGS.flatMap(([path, values]) => {
    const v = values(p);
    const ok = v.every((x, i) => i === 0 || (v[i - 1] as number) >= x);
    return ok
      ? []
      : [
          {
            code: "invalid-value" as const,
            path: `params.${path}`,
            message:
              "must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)",
          },
        ];
  });

/**
 * The digest of a model's parameters: `sha256:` and the hex SHA-256 of their canonical JSON
 * (keys sorted at every level). Pure JavaScript, so the same in Node and in browsers.
 *
 * @param params - the parameters
 * @returns the digest string
 *
 * @example
 * // The digest of the default model
 * digestParams(DEFAULT_PARAMS) === DEFAULT_MODEL.digest
 * //=> true
 *
 * @category Scoring model
 */
export function digestParams(params: ScoringParams): string {
  return `sha256:${sha256Hex(canonicalJson(params))}`;
}

/** Partial overrides of a model: any subset of parameters, at any depth. @category Scoring model */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What {@link defineModel} takes: parameter overrides and an optional id and version. @category Scoring model */
export interface ModelOverrides {
  /** Defaults to `custom`. */
  readonly id?: string;
  /** Defaults to `1.0.0`. */
  readonly version?: string;
  readonly params?: DeepPartial<ScoringParams>;
}

/** Why a model definition was refused: every issue, each with its path, code, message and what was expected. @category Scoring model */
export interface ModelError {
  readonly kind: "model-error";
  /** A one-line summary naming the first issue's path: how many issues, and the first. */
  readonly message: string;
  readonly issues: readonly [CaseIssue, ...CaseIssue[]];
}

/** How the overrides' issues are worded: the one refinement is the tie-break permutation. */
const MODEL_ISSUES: ZodIssueContext = {
  definedBy: "the scoring model",
  // No parameter is a formatted string, so zod never reports a format here.
  formatOf: () => "partial-date",
  custom: () => ({
    code: "invalid-value",
    message: "must list each of the four problem areas once",
    expected: { oneOf: PROBLEM_AREAS },
  }),
};

const modelError = (issues: readonly [CaseIssue, ...CaseIssue[]]): ModelError => ({
  kind: "model-error",
  message: summarizeIssues(issues, " in the scoring model", "the overrides"),
  issues,
});

const unreadable: CaseIssue = {
  code: "unreadable-input",
  path: "",
  message: "could not be read as plain data",
};

const isNonEmpty = <A>(xs: readonly A[]): xs is readonly [A, ...A[]] => xs.length > 0;

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const merge = (base: unknown, over: unknown): unknown => {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  // defineProperty keeps a `__proto__` key an own (and so rejected) key instead of a prototype.
  for (const k of Object.keys(over))
    Object.defineProperty(out, k, {
      value: merge(Object.hasOwn(base, k) ? base[k] : undefined, over[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
};

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Define a scoring model from the defaults and some overrides, validated.
 *
 * Overrides are merged into {@link DEFAULT_PARAMS} at any depth; the result is checked
 * (weights in [0, 1], positive half-lives, the tie-break order a permutation of the four
 * areas, no unknown parameter, and the orderings monotonicity rests on: closeness
 * inner ≥ middle ≥ outer, adjustment not adjusted ≥ unknown ≥ adjusted, impasse ≥
 * renegotiation) and stamped with its digest. Never throws.
 *
 * @param overrides - parameter overrides, id and version
 * @returns `Right` of the frozen model, or `Left` of a {@link ModelError}
 *
 * @example
 * // A model with a wider margin for a second focus
 * defineModel({ id: "wide-margin", params: { focus: { margin: 0.25 } } })
 * //=> right({ id: "wide-margin", version: "1.0.0", digest: "sha256:…", params: { …, focus: { margin: 0.25, minScore: 0.25, secondaryMinEvidence: 0.1 } } })
 *
 * @example
 * // A weight outside [0, 1]
 * defineModel({ params: { closeness: { inner: 2 } } })
 * //=> left({ kind: "model-error", issues: [{ code: "too-large", path: "params.closeness.inner", … }], … })
 *
 * @category Scoring model
 */
export function defineModel(overrides: ModelOverrides = {}): E.Either<ModelError, ScoringModel> {
  const issues: CaseIssue[] = [];
  try {
    const id = overrides.id ?? "custom";
    const version = overrides.version ?? "1.0.0";
    if (id === "")
      issues.push({
        code: "empty",
        path: "id",
        message: "is empty: leave the field out when it has no answer",
        expected: { type: "string", min: 1, max: 64 },
      });
    else if (typeof id !== "string" || id.length > 64)
      issues.push({
        code: "invalid-value",
        path: "id",
        message: "must be a string of 1 to 64 characters",
        expected: { type: "string", min: 1, max: 64 },
      });
    if (version === "")
      issues.push({
        code: "empty",
        path: "version",
        message: "is empty: leave the field out when it has no answer",
        expected: { format: "semver" },
      });
    else if (typeof version !== "string" || !SEMVER.test(version))
      issues.push({
        code: "invalid-format",
        path: "version",
        message: "must be a semantic version such as 1.2.0",
        expected: { format: "semver" },
      });
    const overridden = merge(DEFAULT_PARAMS, overrides.params ?? {});
    const parsed = ScoringParamsSchema.safeParse(overridden);
    if (!parsed.success)
      for (const i of parsed.error.issues) {
        const mapped = mapZodIssue(i, overridden, MODEL_ISSUES);
        issues.push({ ...mapped, path: mapped.path === "" ? "params" : `params.${mapped.path}` });
      }
    if (parsed.success) issues.push(...orderingIssues(parsed.data));
    if (isNonEmpty(issues)) return E.left(modelError(issues));
    if (!parsed.success) return E.left(modelError([unreadable]));
    return E.right(
      deepFreeze({ id, version, digest: digestParams(parsed.data), params: parsed.data }),
    );
  } catch {
    return E.left(modelError([unreadable]));
  }
}
