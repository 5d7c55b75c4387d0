/**
 * The boundary of the library: unknown JSON in, a valid {@link Case} or a {@link CaseError}
 * out. Decoding never throws.
 *
 * @module
 */

import type { ReadonlyNonEmptyArray } from "fp-ts/lib/ReadonlyNonEmptyArray.js";
import type * as z from "zod";
import * as E from "../internal/either.js";
import {
  isRec,
  mapZodIssue,
  plural,
  type Rec,
  type ZodIssueContext,
} from "../internal/zodIssue.js";
import type { InstrumentRegistry } from "../measures/instrument.js";
import { DEFAULT_REGISTRY } from "../measures/registry.js";
import { validateMeasureItems } from "../measures/scoreMeasure.js";
import { type Case, CaseSchema, MAX_MEASURE_ITEMS } from "../model/case.js";
import { firstDay, lastDay, parsePartialDate } from "../model/partialDate.js";
import { LOSS_EVENT_KINDS } from "../model/vocabularies.js";
import { type CaseError, type CaseIssue, caseError } from "./caseError.js";
import { fastParseCase } from "./fastParse.js";

/**
 * Size limits of a case. Past them decoding stops with a `too-many` issue at once, rather
 * than a slow run.
 *
 * @category Decoding
 */
export interface CaseLimits {
  /** Most relationships (default 2,000). */
  readonly relationships: number;
  /** Most life events (default 2,000). */
  readonly lifeEvents: number;
  /** Most measures (default 100). */
  readonly measures: number;
}

/** The default size limits of the specification. @category Decoding */
export const DEFAULT_CASE_LIMITS: CaseLimits = Object.freeze({
  relationships: 2000,
  lifeEvents: 2000,
  measures: 100,
});

/**
 * Checks measure items against an instrument definition. Returns the issues with paths
 * relative to the measure (`items[3]`, `instrument`) and messages that read after the path
 * (`must be …`): the decoder prefixes the paths with `measures[i]`.
 * The default is the instrument registry's `validateMeasureItems`.
 *
 * @category Decoding
 */
export type MeasureItemsValidator = (measure: {
  readonly instrument: string;
  readonly items: readonly (number | null)[];
}) => readonly CaseIssue[];

/** Options of {@link decodeCase}. @category Decoding */
export interface DecodeOptions {
  /** Override some or all size limits. */
  readonly limits?: Partial<CaseLimits>;
  /** The instruments a measure may name, with their item counts and ranges (default: the built-ins, {@link DEFAULT_REGISTRY}). */
  readonly registry?: InstrumentRegistry;
  /** Replace the registry's check of each measure's instrument, item count and item range. */
  readonly validateMeasureItems?: MeasureItemsValidator;
}

const arr = (u: unknown): readonly unknown[] => (Array.isArray(u) ? u : []);
const own = (r: Rec, k: string): unknown => (Object.hasOwn(r, k) ? r[k] : undefined);
const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined);

/** How the case's issues are worded: its dates, its refinement (a real calendar date). */
const dateFormat = (path: string): "date" | "partial-date" =>
  path === "assessedOn" ? "date" : "partial-date";
const CASE_ISSUES: ZodIssueContext = {
  definedBy: "ipt-case/1",
  formatOf: dateFormat,
  custom: (path) => ({
    code: "invalid-date",
    message: "is not a calendar date (e.g. a 30 February)",
    expected: { format: dateFormat(path) },
  }),
};

/**
 * Map one zod issue to ours: our code, our words, nothing from the input.
 *
 * @internal Exported for tests only.
 */
export const fromZodIssue = (issue: z.core.$ZodIssue, input: unknown): CaseIssue =>
  mapZodIssue(issue, input, CASE_ISSUES);

const isPlainObject = (v: unknown): boolean => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return true; // not ours to judge here
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Objects of the format must be plain objects: a `Map`, a `Date` or a class instance would
 * otherwise read as `{}` (its entries and inherited getters unseen by the cross-field rules).
 */
const plainIssues = (u: unknown): CaseIssue[] => {
  const out: CaseIssue[] = [];
  const check = (v: unknown, path: string): void => {
    if (!isPlainObject(v))
      out.push({
        code: "invalid-type",
        path,
        message: "must be a plain JSON object",
        expected: { type: "object" },
      });
  };
  check(u, "");
  if (!isRec(u) || !isPlainObject(u)) return out;
  check(own(u, "episode"), "episode");
  check(own(u, "social"), "social");
  for (const key of ["relationships", "lifeEvents", "measures"] as const)
    arr(own(u, key)).forEach((el, i) => {
      check(el, `${key}[${i}]`);
    });
  return out;
};

/** Size limits first: a huge array is refused before any element is parsed. */
const sizeIssues = (u: unknown, limits: CaseLimits): CaseIssue[] => {
  if (!isRec(u)) return [];
  const out: CaseIssue[] = [];
  for (const key of ["relationships", "lifeEvents", "measures"] as const) {
    const v = own(u, key);
    if (Array.isArray(v) && v.length > limits[key])
      out.push({
        code: "too-many",
        path: key,
        message: `must have at most ${plural(limits[key], "entry")} (the configured limit)`,
        expected: { max: limits[key] },
      });
  }
  // Past a top-level limit, stop: the nested lists of a refused case are not worth a walk.
  if (out.length > 0) return out;
  const nested: readonly [string, string, number][] = [
    ["lifeEvents", "relationshipIds", limits.relationships],
    ["measures", "items", MAX_MEASURE_ITEMS],
  ];
  for (const [outer, inner, max] of nested) {
    arr(own(u, outer)).forEach((el, i) => {
      const v = isRec(el) ? own(el, inner) : undefined;
      if (Array.isArray(v) && v.length > max)
        out.push({
          code: "too-many",
          path: `${outer}[${i}].${inner}`,
          message: `must have at most ${plural(max, "entry")}`,
          expected: { max },
        });
    });
  }
  return out;
};

/** Ids unique within a list; the second and later occurrences are the issues. */
/** The string ids of a list's records, in order (non-records and non-strings left out). */
const idsOf = (list: readonly unknown[]): (string | undefined)[] => {
  const out: (string | undefined)[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    out[i] = isRec(el) ? str(own(el, "id")) : undefined;
  }
  return out;
};

const duplicateIds = (
  ids: readonly (string | undefined)[],
  name: string,
  out: CaseIssue[],
): void => {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    if (seen.has(id))
      out.push({
        code: "duplicate-id",
        path: `${name}[${i}].id`,
        message: `repeats an earlier id in ${name}; ids must be unique`,
      });
    seen.add(id);
  }
};

const futureIssue = (path: string): CaseIssue => ({
  code: "date-after-assessment",
  path,
  message: "lies after assessedOn; dates cannot be in the future of the assessment",
});

/**
 * The cross-field rules of the specification, read defensively from the raw input so that
 * they are reported together with structural issues. Plain loops, and a path is built only
 * for an issue: this runs on every case decoded.
 */
const crossFieldIssues = (u: unknown, validate: MeasureItemsValidator): CaseIssue[] => {
  if (!isRec(u)) return [];
  const out: CaseIssue[] = [];
  const rels = arr(own(u, "relationships"));
  const events = arr(own(u, "lifeEvents"));
  const measures = arr(own(u, "measures"));
  const relIdList = idsOf(rels);
  const eventIdList = idsOf(events);
  duplicateIds(relIdList, "relationships", out);
  duplicateIds(eventIdList, "lifeEvents", out);
  const relIds = new Set(relIdList);
  const eventIds = new Set(eventIdList);

  // The last day of assessedOn, parsed once: a date is in the future when its whole period is later.
  const assessed = parsePartialDate(str(own(u, "assessedOn")) ?? "");
  const assessedLast = assessed._tag === "Some" ? lastDay(assessed.value) : undefined;
  const isFuture = (v: unknown): boolean => {
    if (typeof v !== "string" || assessedLast === undefined) return false;
    const d = parsePartialDate(v);
    return d._tag === "Some" && firstDay(d.value) > assessedLast;
  };
  const episode = own(u, "episode");
  if (isRec(episode) && isFuture(own(episode, "onset"))) out.push(futureIssue("episode.onset"));
  for (let i = 0; i < rels.length; i++) {
    const r = rels[i];
    if (isRec(r) && isFuture(own(r, "conflictSince")))
      out.push(futureIssue(`relationships[${i}].conflictSince`));
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!isRec(e)) continue;
    if (isFuture(own(e, "date"))) out.push(futureIssue(`lifeEvents[${i}].date`));
    const refs = arr(own(e, "relationshipIds"));
    for (let j = 0; j < refs.length; j++) {
      const id = str(refs[j]);
      if (id !== undefined && !relIds.has(id))
        out.push({
          code: "unknown-reference",
          path: `lifeEvents[${i}].relationshipIds[${j}]`,
          message: "names no relationship id of this case",
        });
    }
    const signs = arr(own(e, "griefSigns"));
    if (signs.length === 0) continue;
    const kind = str(own(e, "kind"));
    if (kind !== undefined && !(LOSS_EVENT_KINDS as readonly string[]).includes(kind))
      out.push({
        code: "grief-signs-not-loss",
        path: `lifeEvents[${i}].griefSigns`,
        message: "is allowed only on a death or pregnancy-loss event",
      });
    const seen = new Set<unknown>();
    for (let j = 0; j < signs.length; j++) {
      if (!(j in signs)) continue; // a hole in a sparse array is no value, as with forEach
      const sign = signs[j];
      if (seen.has(sign))
        out.push({
          code: "duplicate-value",
          path: `lifeEvents[${i}].griefSigns[${j}]`,
          message: "repeats an earlier sign; signs must be unique",
        });
      seen.add(sign);
    }
  }
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (!isRec(m)) continue;
    if (isFuture(own(m, "administeredOn"))) out.push(futureIssue(`measures[${i}].administeredOn`));
    const rel = str(own(m, "relatesTo"));
    if (rel !== undefined && !eventIds.has(rel))
      out.push({
        code: "unknown-reference",
        path: `measures[${i}].relatesTo`,
        message: "names no life event id of this case",
      });
    const instrument = str(own(m, "instrument"));
    const items = own(m, "items");
    if (instrument !== undefined && Array.isArray(items)) {
      const typed = items.every((x) => x === null || Number.isInteger(x));
      if (typed)
        for (const issue of validate({
          instrument,
          items: items as (number | null)[],
        }))
          out.push({
            ...issue,
            path: `measures[${i}]${issue.path === "" ? "" : issue.path.startsWith("[") ? issue.path : `.${issue.path}`}`,
          });
    }
  }
  return out;
};

/** One issue per path and code; a malformed date is `invalid-format` only, not also `invalid-date`. */
const dedupe = (issues: readonly CaseIssue[]): CaseIssue[] => {
  const formats = new Set(issues.filter((i) => i.code === "invalid-format").map((i) => i.path));
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (i.code === "invalid-date" && formats.has(i.path)) return false;
    const key = `${i.code}\u0000${i.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const toNonEmpty = (xs: readonly CaseIssue[]): ReadonlyNonEmptyArray<CaseIssue> | undefined =>
  xs.length > 0 ? (xs as ReadonlyNonEmptyArray<CaseIssue>) : undefined;

/**
 * Decode unknown input (parsed JSON, a form's state, anything) into a valid {@link Case}.
 *
 * Checks the structure of `ipt-case/1` (strict objects: an unknown key is an error) and
 * every cross-field rule of the specification: unique ids, references that resolve, no date
 * after `assessedOn`, grief signs only on losses, size limits, and each measure's instrument,
 * item count and item range against the instrument registry. Reports every issue at once,
 * each with its path, a stable code and a message that never repeats input. Defaults are
 * filled in (`population: "adult"`, `condition: "depression"`, `measures: []`).
 *
 * Never throws: cyclic objects, getters that throw, huge strings, `__proto__` keys and
 * non-JSON values all give a `Left`. The result shares no object with the input.
 *
 * @param u - the candidate case
 * @param options - size limits and a measure-item validator (see {@link DecodeOptions})
 * @returns `Right` of the case, or `Left` of a {@link CaseError}
 *
 * @example
 * // A minimal valid case
 * decodeCase({ format: "ipt-case/1", assessedOn: "2026-01-12", episode: {}, relationships: [], lifeEvents: [] })
 * //=> right({ format: "ipt-case/1", assessedOn: "2026-01-12", population: "adult", condition: "depression", episode: {}, relationships: [], lifeEvents: [], measures: [] })
 *
 * @example
 * // An unknown key is named by the path of its object, never by its own name
 * decodeCase({ ...validCase, patientName: "Jane" })
 * //=> left({ kind: "case-error", issues: [{ code: "unknown-key", path: "", message: "has a field that ipt-case/1 does not define (unknown fields are rejected)" }], … })
 *
 * @category Decoding
 */
export function decodeCase(u: unknown, options: DecodeOptions = {}): E.Either<CaseError, Case> {
  const limits: CaseLimits = { ...DEFAULT_CASE_LIMITS, ...options.limits };
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const validate: MeasureItemsValidator =
    options.validateMeasureItems ?? ((m) => validateMeasureItems(m, registry));
  try {
    const early = toNonEmpty([...plainIssues(u), ...sizeIssues(u, limits)]);
    if (early !== undefined) return E.left(caseError(early));
    // Clean input (nearly all of it) is checked by hand, with the same result as zod's.
    const fast = fastParseCase(u);
    if (fast !== undefined) {
      const ne = toNonEmpty(crossFieldIssues(fast, validate));
      return ne === undefined ? E.right(fast) : E.left(caseError(ne));
    }
    const parsed = CaseSchema.safeParse(u);
    if (parsed.success) {
      // The cross-field rules read the parsed copy, the very data returned: a getter cannot
      // answer them differently from what zod read.
      const ne = toNonEmpty(crossFieldIssues(parsed.data, validate));
      return ne === undefined ? E.right(parsed.data as Case) : E.left(caseError(ne));
    }
    // Structure failed: report the cross-field rules too, read defensively from the input.
    const structural = dedupe(parsed.error.issues.map((i) => fromZodIssue(i, u)));
    return E.left(
      caseError([
        ...structural,
        ...crossFieldIssues(u, validate),
      ] as unknown as ReadonlyNonEmptyArray<CaseIssue>),
    );
  } catch {
    return E.left(
      caseError([
        {
          code: "unreadable-input",
          path: "",
          message: "could not be read as plain data (a getter or proxy threw while it was read)",
        },
      ]),
    );
  }
}
