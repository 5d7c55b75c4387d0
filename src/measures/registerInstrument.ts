/**
 * Extending a registry: {@link validateInstrument} checks an app's instrument definition and
 * {@link registerInstrument} adds it to a registry, returning a new one.
 *
 * Part of `ipt-formulation/measures` only: the registry itself (`DEFAULT_REGISTRY`,
 * `getInstrument`, `instrumentRange`) is in the main entry, and is imported from it by the
 * package's own name so that the subpath shares the main entry's instances.
 *
 * @module
 */

import {
  type Band,
  DEFAULT_REGISTRY,
  getInstrument,
  type Instrument,
  type InstrumentIssueCode,
  type InstrumentRegistry,
  instrumentRange,
  type MeasureError,
  type MeasureIssue,
  type ScoreRange,
} from "ipt-formulation";
import * as E from "../internal/either.js";
import * as O from "../internal/option.js";
import { deepFreeze, isNonEmpty, issue, measureError } from "./internal/util.js";

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;

const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x);
const isText = (x: unknown): boolean => typeof x === "string" && x.trim().length > 0;

type Issue = MeasureIssue<InstrumentIssueCode>;

/** Bands: non-empty, integer bounds, unique kebab ids, contiguous, covering `range`. */
const bandIssues = (bands: readonly Band[], range: ScoreRange, at: string): Issue[] => {
  if (!Array.isArray(bands) || bands.length === 0)
    return [issue("invalid-bands", at, "must hold at least one band")];
  const out: Issue[] = [];
  const ids = new Set<string>();
  bands.forEach((b, i) => {
    const p = `${at}[${i}]`;
    if (typeof b.id !== "string" || !ID_PATTERN.test(b.id) || ids.has(b.id))
      out.push(issue("invalid-bands", `${p}.id`, "must be a unique kebab-case id"));
    else ids.add(b.id);
    if (!isText(b.label)) out.push(issue("invalid-text", `${p}.label`, "must be text"));
    if (!isText(b.source)) out.push(issue("invalid-text", `${p}.source`, "must name a source"));
    if (!isInt(b.min) || !isInt(b.max) || b.min > b.max) {
      out.push(issue("invalid-bands", p, "must have integer min and max with min not above max"));
      return;
    }
    const prev = bands[i - 1];
    if (prev === undefined) {
      if (b.min !== range.min)
        out.push(issue("invalid-bands", `${p}.min`, "must equal the lowest possible total"));
    } else if (isInt(prev.max) && b.min !== prev.max + 1) {
      out.push(
        issue(
          "invalid-bands",
          `${p}.min`,
          `must be one more than ${at}[${i - 1}].max (bands are contiguous and ascending)`,
        ),
      );
    }
    if (i === bands.length - 1 && b.max !== range.max)
      out.push(issue("invalid-bands", `${p}.max`, "must equal the highest possible total"));
  });
  return out;
};

const indexIssue = (x: unknown, n: number, path: string): Issue[] =>
  isInt(x) && x >= 0 && x < n
    ? []
    : [issue("invalid-reference", path, `must be an index into items (0 to ${n - 1})`)];

const indexListIssues = (xs: readonly unknown[], n: number, path: string): Issue[] =>
  xs.flatMap((x, k) => indexIssue(x, n, `${path}[${k}]`));

/**
 * Check an instrument definition against the rules {@link registerInstrument} enforces,
 * returning every problem (an empty list means valid).
 *
 * Rules: a kebab-case id (at most 64 characters) not already in `registry`; a short name,
 * name and citation; at least one item, each with integer `min < max`, at least one scored;
 * bands (and every alternative band set) with unique kebab ids, integer bounds, contiguous
 * and ascending, covering exactly the total range; subscale, flag and algorithm item
 * indices inside `items`; flag thresholds inside their item's range; `maxMissing` an integer
 * from 0 to one less than the scored items; a positive reliable-change threshold;
 * `severeSymptomsBand` and `casenessBand` naming a band. Messages name the path, never a
 * value.
 *
 * @param instrument - the definition to check
 * @param registry - where the id must be free (default: {@link DEFAULT_REGISTRY})
 * @returns the issues, paths relative to the definition (`bands[2].min`)
 *
 * @example
 * // A built-in id is taken
 * validateInstrument(PHQ9).map((i) => i.code)
 * //=> ["duplicate-instrument"]
 *
 * @category Measures
 */
export function validateInstrument(
  instrument: Instrument,
  registry: InstrumentRegistry = DEFAULT_REGISTRY,
): readonly MeasureIssue<InstrumentIssueCode>[] {
  const out: Issue[] = [];
  const def = instrument;
  if (typeof def.id !== "string" || !ID_PATTERN.test(def.id) || def.id.length > MAX_ID_LENGTH)
    out.push(
      issue(
        "invalid-instrument-id",
        "id",
        `must be a kebab-case id of at most ${MAX_ID_LENGTH} characters`,
      ),
    );
  else if (O.isSome(getInstrument(registry, def.id)))
    out.push(issue("duplicate-instrument", "id", "is already registered"));
  for (const key of ["shortName", "name", "citation"] as const)
    if (!isText(def[key])) out.push(issue("invalid-text", key, "must be text"));

  const items = def.items;
  if (!Array.isArray(items) || items.length === 0) {
    out.push(issue("invalid-items", "items", "must hold at least one item"));
    return out;
  }
  items.forEach((it, i) => {
    if (!isInt(it.min) || !isInt(it.max) || it.min >= it.max)
      out.push(
        issue(
          "invalid-item-range",
          `items[${i}]`,
          "must have integer min and max with min below max",
        ),
      );
  });
  const scored = items.filter((it) => it.scored).length;
  if (scored === 0) out.push(issue("invalid-items", "items", "must hold at least one scored item"));
  if (out.length > 0) return out;

  const n = items.length;
  const range = instrumentRange(def);
  out.push(...bandIssues(def.bands, range, "bands"));
  (def.alternativeBandSets ?? []).forEach((set, j) => {
    out.push(...bandIssues(set.bands, range, `alternativeBandSets[${j}].bands`));
  });
  (def.subscales ?? []).forEach((s, j) => {
    const p = `subscales[${j}].items`;
    if (!Array.isArray(s.items) || s.items.length === 0 || new Set(s.items).size !== s.items.length)
      out.push(issue("invalid-reference", p, "must list distinct item indices"));
    else out.push(...indexListIssues(s.items, n, p));
  });
  const mm = def.missingItems?.maxMissing;
  if (!isInt(mm) || mm < 0 || mm >= scored)
    out.push(
      issue(
        "invalid-parameter",
        "missingItems.maxMissing",
        "must be an integer from 0 to one less than the number of scored items",
      ),
    );
  (def.itemFlags ?? []).forEach((f, j) => {
    const p = `itemFlags[${j}]`;
    const ref = indexIssue(f.item, n, `${p}.item`);
    out.push(...ref);
    const target = items[f.item];
    if (ref.length === 0 && target !== undefined) {
      if (
        !isInt(f.min) ||
        !isInt(f.max) ||
        f.min > f.max ||
        f.min < target.min ||
        f.max > target.max
      )
        out.push(
          issue(
            "invalid-parameter",
            p,
            "must have integer min and max inside the item's range, min not above max",
          ),
        );
    }
  });
  const rc = def.reliableChange;
  if (
    rc !== null &&
    !(typeof rc.points === "number" && Number.isFinite(rc.points) && rc.points > 0)
  )
    out.push(issue("invalid-parameter", "reliableChange.points", "must be a positive number"));
  const bandIds = new Set(Array.isArray(def.bands) ? def.bands.map((b) => b.id) : []);
  for (const key of ["severeSymptomsBand", "casenessBand"] as const) {
    const v = def[key];
    if (v !== null && !bandIds.has(v))
      out.push(issue("invalid-reference", key, "must be null or the id of a band"));
  }
  const pg = def.prolongedGrief;
  if (pg !== null) {
    out.push(...indexListIssues(pg.coreItems, n, "prolongedGrief.coreItems"));
    out.push(...indexListIssues(pg.accessoryItems, n, "prolongedGrief.accessoryItems"));
    if (pg.impairmentItem !== null)
      out.push(...indexIssue(pg.impairmentItem, n, "prolongedGrief.impairmentItem"));
    if (pg.coreItems.length === 0)
      out.push(
        issue("invalid-reference", "prolongedGrief.coreItems", "must list at least one item"),
      );
    if (
      !isInt(pg.accessoryRequired) ||
      pg.accessoryRequired < 0 ||
      pg.accessoryRequired > pg.accessoryItems.length
    )
      out.push(
        issue(
          "invalid-parameter",
          "prolongedGrief.accessoryRequired",
          "must be an integer from 0 to the number of accessory items",
        ),
      );
    if (
      !isInt(pg.minMonths.adult) ||
      !isInt(pg.minMonths.adolescent) ||
      pg.minMonths.adult < 0 ||
      pg.minMonths.adolescent < 0
    )
      out.push(
        issue(
          "invalid-parameter",
          "prolongedGrief.minMonths",
          "must hold non-negative whole months",
        ),
      );
  }
  return out;
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Add an instrument to a registry, returning a new registry (the given one is unchanged).
 * The definition is validated first ({@link validateInstrument}); the stored copy is
 * deep-frozen, so later changes to the caller's object do not leak in.
 *
 * @param registry - the registry to extend
 * @param instrument - the new definition; its id must not be taken
 * @returns the extended registry, or every problem found in the definition
 *
 * @example
 * // HAM-D-17 with the older band convention, as a separate instrument
 * const older = HAMD17.alternativeBandSets[0].bands;
 * registerInstrument(DEFAULT_REGISTRY, { ...HAMD17, id: "hamd-17-older", bands: older, severeSymptomsBand: "severe" })
 * //=> right({ instruments: [PHQ9, GAD7, EPDS, HAMD17, PG13R, ICG, { id: "hamd-17-older", ... }] })
 *
 * @example
 * // Bands with a gap are refused
 * registerInstrument(DEFAULT_REGISTRY, { ...GAD7, id: "gad-7-x", bands: [GAD7.bands[0], GAD7.bands[2], GAD7.bands[3]] })
 * //=> left({ kind: "measure-error", issues: [{ code: "invalid-bands", path: "bands[1].min", ... }], ... })
 *
 * @category Measures
 */
export function registerInstrument(
  registry: InstrumentRegistry,
  instrument: Instrument,
): E.Either<MeasureError, InstrumentRegistry> {
  const issues = validateInstrument(instrument, registry);
  if (isNonEmpty(issues)) return E.left(measureError(issues));
  return E.right(
    deepFreeze({ instruments: [...registry.instruments, deepFreeze(structuredClone(instrument))] }),
  );
}
