/**
 * The scoring model as data: every weight, kernel parameter, margin and threshold that
 * {@link formulate} uses, validated by zod, versioned, and stamped with a digest on every
 * result. See `docs/scoring.md` for the meaning and source of each parameter.
 *
 * @module
 */

import { z } from "zod";
import * as E from "../internal/either.js";
import { canonicalJson, sha256Hex } from "../internal/sha256.js";
import { type CaseIssue, formatPath } from "../io/caseError.js";
import {
  LIFE_EVENT_KINDS,
  type LifeEventKind,
  PROBLEM_AREAS,
  type ProblemArea,
} from "../model/vocabularies.js";
import type { ModelStamp } from "./types.js";

const unit = z.number().min(0).max(1);
const months = z.number().min(0).max(600);
const halfLife = z.number().gt(0).max(600);

/** The kinds that count as a role transition (every kind but the two losses). @category Scoring model */
export const TRANSITION_EVENT_KINDS = LIFE_EVENT_KINDS.filter(
  (k): k is Exclude<LifeEventKind, "death" | "pregnancy-loss"> =>
    k !== "death" && k !== "pregnancy-loss",
);
/** A life event kind that counts as a role transition. @category Scoring model */
export type TransitionEventKind = (typeof TRANSITION_EVENT_KINDS)[number];

const transitionWeightsShape = Object.fromEntries(
  TRANSITION_EVENT_KINDS.map((k) => [k, unit]),
) as Record<TransitionEventKind, typeof unit>;

/** The zod schema of scoring-model parameters. @category Scoring model */
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

/** The parameters of a scoring model. @category Scoring model */
export type ScoringParams = z.output<typeof ScoringParamsSchema>;

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
            message: `params.${path} must not increase from the first to the last level (inner ≥ middle ≥ outer; not adjusted ≥ unknown ≥ adjusted; impasse ≥ renegotiation)`,
          },
        ];
  });

/** A scoring model: parameters with their id, version and digest. @category Scoring model */
export interface ScoringModel extends ModelStamp {
  readonly params: ScoringParams;
}

/**
 * The default parameters (model `ipt-formulation/default` 1.0.0). Every value is a design
 * choice made from the IPT literature, documented with its meaning and source in
 * `docs/scoring.md`; none is an empirically fitted weight.
 *
 * @category Scoring model
 */
export const DEFAULT_PARAMS: ScoringParams = {
  kernel: { plateauMonths: 3, halfLifeBeforeMonths: 6, halfLifeAfterMonths: 3 },
  closeness: { inner: 1, middle: 0.7, outer: 0.35 },
  distress: { none: 0.5, perPoint: 0.125, unknown: 0.75 },
  adjustment: { adjusted: 0.35, unknown: 0.8, notAdjusted: 1 },
  grief: {
    deathBase: 0.8,
    unknownPersonCloseness: 0.6,
    pregnancyLossCloseness: 1,
    unmournedBase: 0.6,
    unmournedFloor: 0.6,
    prolongedFull: 0.75,
    prolongedPartial: 0.35,
    adultMonths: 12,
    adolescentMonths: 6,
    conflictWithDeceased: 0.4,
    measure: 0.6,
  },
  dispute: {
    base: 0.85,
    closeness: { inner: 1, middle: 0.85, outer: 0.6 },
    expectations: { nonReciprocal: 1, unknown: 0.6, reciprocal: 0.3 },
    stage: { impasse: 1, renegotiation: 0.8, dissolution: 0.85, unknown: 0.75 },
    status: { active: 1, estranged: 0.9, ended: 0.5 },
    chronicPlateauMonths: 12,
    chronicFloor: 0.5,
    unknownSince: 0.75,
    separationBase: 0.8,
  },
  transition: {
    kinds: {
      "new-relationship": 0.45,
      marriage: 0.7,
      cohabitation: 0.55,
      separation: 0.8,
      divorce: 0.85,
      reconciliation: 0.4,
      pregnancy: 0.75,
      birth: 0.9,
      adoption: 0.85,
      "child-left-home": 0.7,
      "caregiving-start": 0.7,
      "caregiving-end": 0.5,
      "job-start": 0.6,
      "job-loss": 0.85,
      promotion: 0.5,
      demotion: 0.7,
      retirement: 0.8,
      "study-start": 0.55,
      graduation: 0.45,
      "school-change": 0.55,
      relocation: 0.6,
      migration: 0.85,
      "illness-diagnosis": 0.8,
      injury: 0.55,
      disability: 0.8,
      "financial-change": 0.5,
      "legal-problem": 0.45,
      "military-deployment": 0.75,
      other: 0.35,
    },
    ongoingConflict: 0.6,
    dissolutionBase: 0.35,
  },
  deficits: {
    lifelongIsolation: 0.6,
    loneliness: 0.5,
    communicationDifficulty: 0.4,
    rejectionSensitivity: 0.3,
    smallNetwork: 0.4,
    closeTiesExpected: 3,
    exclusionThreshold: 0.3,
  },
  focus: { margin: 0.15, minScore: 0.25, secondaryMinEvidence: 0.1 },
  tieBreak: ["grief", "role-transition", "role-dispute", "interpersonal-deficits"],
};

const deepFreeze = <T>(v: T): T => {
  if (typeof v === "object" && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
};

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

/**
 * The default scoring model, frozen.
 *
 * @category Scoring model
 */
export const DEFAULT_MODEL: ScoringModel = deepFreeze({
  id: "ipt-formulation/default",
  version: "1.0.0",
  digest: digestParams(DEFAULT_PARAMS),
  params: DEFAULT_PARAMS,
});

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

/** Why a model definition was refused: each issue with its path, code and message. @category Scoring model */
export interface ModelError {
  readonly kind: "model-error";
  readonly issues: readonly CaseIssue[];
}

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
 * //=> right({ id: "wide-margin", version: "1.0.0", digest: "sha256:…", params: { …, focus: { margin: 0.25, minScore: 0.25 } } })
 *
 * @example
 * // A weight outside [0, 1]
 * defineModel({ params: { closeness: { inner: 2 } } })
 * //=> left({ kind: "model-error", issues: [{ code: "too-large", path: "params.closeness.inner", … }] })
 *
 * @category Scoring model
 */
export function defineModel(overrides: ModelOverrides = {}): E.Either<ModelError, ScoringModel> {
  const issues: CaseIssue[] = [];
  try {
    const id = overrides.id ?? "custom";
    const version = overrides.version ?? "1.0.0";
    if (typeof id !== "string" || id.length < 1 || id.length > 64)
      issues.push({
        code: "invalid-value",
        path: "id",
        message: "id must be a string of 1 to 64 characters",
      });
    if (typeof version !== "string" || !SEMVER.test(version))
      issues.push({
        code: "invalid-format",
        path: "version",
        message: "version must be a semantic version such as 1.2.0",
      });
    const parsed = ScoringParamsSchema.safeParse(merge(DEFAULT_PARAMS, overrides.params ?? {}));
    if (!parsed.success)
      for (const i of parsed.error.issues) {
        const path = formatPath(["params", ...i.path]);
        const code: CaseIssue["code"] =
          i.code === "too_big"
            ? "too-large"
            : i.code === "too_small"
              ? "too-small"
              : i.code === "unrecognized_keys"
                ? "unknown-key"
                : i.code === "invalid_type"
                  ? "invalid-type"
                  : "invalid-value";
        const message =
          code === "too-large" || code === "too-small"
            ? `${path} is out of its range`
            : code === "unknown-key"
              ? `${path} has a parameter the scoring model does not define`
              : code === "invalid-type"
                ? `${path} must be of type ${"expected" in i ? String(i.expected) : "number"}`
                : path === "params.tieBreak"
                  ? "params.tieBreak must list each of the four problem areas once"
                  : `${path} is not a valid value`;
        issues.push({ code, path, message });
      }
    if (parsed.success) issues.push(...orderingIssues(parsed.data));
    if (issues.length > 0 || !parsed.success) return E.left({ kind: "model-error", issues });
    return E.right(
      deepFreeze({ id, version, digest: digestParams(parsed.data), params: parsed.data }),
    );
  } catch {
    return E.left({
      kind: "model-error",
      issues: [
        {
          code: "unreadable-input",
          path: "",
          message: "the overrides could not be read as plain data",
        },
      ],
    });
  }
}

/** The index of an area in a model's tie-break order (0 = preferred on a tie). @category Scoring model */
export function tieBreakIndex(model: ScoringModel, area: ProblemArea): number {
  return model.params.tieBreak.indexOf(area);
}
