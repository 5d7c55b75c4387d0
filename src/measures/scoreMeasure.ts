/**
 * Scoring one administered measure: validate its items against the instrument, then total,
 * prorate, band, subscales, flags and (for grief instruments) the categorical result.
 *
 * @module
 */
import * as E from "../internal/either.js";
import * as O from "../internal/option.js";
import type { Band, Instrument, InstrumentRegistry } from "./instrument.js";
import { clamp, isNonEmpty, issue, measureError, roundHalfUp } from "./internal/util.js";
import type { MeasureError, MeasureIssue, MeasureItemIssueCode } from "./measureError.js";
import type { MeasureLike } from "./measureLike.js";
import type {
  Caseness,
  MeasureFlag,
  MeasureScore,
  MeasureValidity,
  ScoreContext,
  SubscaleScore,
} from "./measureScore.js";
import { evaluateProlongedGrief } from "./prolongedGrief.js";
import { DEFAULT_REGISTRY, getInstrument, instrumentRange } from "./registry.js";

type ItemIssue = MeasureIssue<MeasureItemIssueCode>;

/** The item-level checks against a known instrument. */
const itemIssues = (instrument: Instrument, items: unknown): ItemIssue[] => {
  const defs = instrument.items;
  if (!Array.isArray(items) || items.length !== defs.length)
    return [
      issue(
        "item-count",
        "items",
        `must hold ${defs.length} item scores for ${instrument.shortName}`,
        { min: defs.length, max: defs.length },
      ),
    ];
  const out: ItemIssue[] = [];
  // A plain loop that builds no string unless an item is wrong: this runs on every measure
  // that formulate scores.
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i] as Instrument["items"][number];
    const v: unknown = items[i];
    if (v === null) continue;
    const integer = typeof v === "number" && Number.isInteger(v);
    if (integer && v >= def.min && v <= def.max) continue;
    const path = `items[${i}]`;
    const what = `${instrument.shortName} item ${def.number}`;
    out.push(
      integer
        ? issue(
            "item-out-of-range",
            path,
            `must be from ${def.min} to ${def.max} or null (${what})`,
            { min: def.min, max: def.max },
          )
        : issue(
            "not-integer",
            path,
            `must be an integer from ${def.min} to ${def.max} or null (${what})`,
            { type: "integer", min: def.min, max: def.max },
          ),
    );
  }
  return out;
};

const unknownInstrument = (): ItemIssue =>
  issue("unknown-instrument", "instrument", "must be the id of a registered instrument");

/**
 * Check a measure's instrument, item count and item ranges, returning every problem (empty
 * when valid). Paths are relative to the measure (`items[3]`, `instrument`), so a case
 * decoder can report them at `measures[2].items[3]`; the codes are the case decoder's.
 * Messages name the path and the expected range, never the value. Never throws.
 *
 * An unknown instrument id is reported (`unknown-instrument` at `instrument`) and the items
 * are then not checked. A wrong item count is reported alone.
 *
 * @param m - the measure (only `instrument` and `items` are read)
 * @param registry - the instruments known (default: {@link DEFAULT_REGISTRY})
 * @returns the issues, in item order
 *
 * @example
 * // PHQ-9 item 9 out of range
 * validateMeasureItems({ instrument: "phq-9", items: [0, 0, 0, 0, 0, 0, 0, 0, 4] })
 * //=> [{ code: "item-out-of-range", path: "items[8]", message: "must be from 0 to 3 or null (PHQ-9 item 9)", expected: { min: 0, max: 3 } }]
 *
 * @example
 * // Plugs into the case decoder
 * decodeCase(validCase, { validateMeasureItems })._tag
 * //=> "Right"
 *
 * @category Measures
 */
export function validateMeasureItems(
  m: Pick<MeasureLike, "instrument" | "items">,
  registry: InstrumentRegistry = DEFAULT_REGISTRY,
): readonly MeasureIssue<MeasureItemIssueCode>[] {
  const instrument = getInstrument(registry, m.instrument);
  return O.isNone(instrument) ? [unknownInstrument()] : itemIssues(instrument.value, m.items);
}

/** Validity and total from the scored items and the missing-item rule. */
const totalOf = (
  instrument: Instrument,
  items: readonly (number | null)[],
): {
  readonly total: number | null;
  readonly rawSum: number;
  readonly validity: MeasureValidity;
} => {
  let rawSum = 0;
  let answered = 0;
  let missing = 0;
  const defs = instrument.items;
  for (let i = 0; i < defs.length; i++) {
    if (!(defs[i] as Instrument["items"][number]).scored) continue;
    const v = items[i];
    if (v === null || v === undefined) missing++;
    else {
      rawSum += v;
      answered++;
    }
  }
  const { maxMissing, source } = instrument.missingItems;
  const validity = (status: MeasureValidity["status"]): MeasureValidity => ({
    status,
    answered,
    missing,
    maxMissing,
    source,
  });
  if (missing === 0) return { total: rawSum, rawSum, validity: validity("valid") };
  if (missing > maxMissing)
    return { total: null, rawSum, validity: validity("invalid-too-many-missing") };
  const range = instrumentRange(instrument);
  const prorated = roundHalfUp((rawSum * (answered + missing)) / answered);
  return {
    total: clamp(prorated, range.min, range.max),
    rawSum,
    validity: validity("prorated"),
  };
};

const subscalesOf = (
  instrument: Instrument,
  items: readonly (number | null)[],
): readonly SubscaleScore[] =>
  instrument.subscales.map((s) => {
    let total: number | null = 0;
    let min = 0;
    let max = 0;
    for (const i of s.items) {
      const v = items[i];
      const def = instrument.items[i];
      if (def !== undefined) {
        min += def.min;
        max += def.max;
      }
      total = v === null || v === undefined || total === null ? null : total + v;
    }
    return { id: s.id, label: s.label, total, range: { min, max }, source: s.source };
  });

const bandById = (instrument: Instrument, id: string | null): Band | undefined =>
  id === null ? undefined : instrument.bands.find((b) => b.id === id);

const casenessOf = (instrument: Instrument, total: number | null): Caseness | null => {
  const band = bandById(instrument, instrument.casenessBand);
  return band === undefined
    ? null
    : {
        bandId: band.id,
        label: band.label,
        min: band.min,
        met: total === null ? null : total >= band.min,
        source: band.source,
      };
};

/** Score a measure already checked against its instrument. */
const scoreChecked = (
  instrument: Instrument,
  m: MeasureLike,
  context: ScoreContext,
): MeasureScore => {
  const { total, rawSum, validity } = totalOf(instrument, m.items);
  const band =
    total === null
      ? null
      : (instrument.bands.find((b) => total >= b.min && total <= b.max) ?? null);
  const flags: MeasureFlag[] = [];
  // Rules in item order; a rule's item index was checked when the instrument was registered.
  const unanswered = new Set<number>(); // safety items already flagged as unanswered
  for (const rule of instrument.itemFlags) {
    const v = m.items[rule.item] ?? null;
    const n = instrument.items[rule.item]?.number ?? rule.item + 1;
    // A safety item left blank is not a "no": ask it (once per item, whatever its rules).
    if (v === null && rule.code === "suicide-risk" && !unanswered.has(rule.item)) {
      unanswered.add(rule.item);
      flags.push({
        code: "safety-item-unanswered",
        severity: "warning",
        item: rule.item,
        path: `items[${rule.item}]`,
        itemNumber: n,
        message: `${instrument.shortName} item ${n} (suicide risk) was not answered: ask it.`,
        source: rule.source,
      });
    }
    if (v !== null && v >= rule.min && v <= rule.max)
      flags.push({
        code: rule.code,
        severity: rule.severity,
        item: rule.item,
        path: `items[${rule.item}]`,
        itemNumber: n,
        message: rule.message,
        source: rule.source,
      });
  }
  // Stable, so rules on the same item keep their registered order.
  if (flags.length > 1) flags.sort((a, b) => (a.item as number) - (b.item as number));
  const severe = bandById(instrument, instrument.severeSymptomsBand);
  if (severe !== undefined && total !== null && total >= severe.min)
    flags.push({
      code: "severe-symptoms",
      severity: "warning",
      message: `${instrument.shortName} total in the '${severe.label}' band (${severe.min} or more): severe depressive symptoms.`,
      source: severe.source,
    });
  return {
    instrument: instrument.id,
    shortName: instrument.shortName,
    construct: instrument.construct,
    administeredOn: m.administeredOn,
    ...(m.relatesTo === undefined ? {} : { relatesTo: m.relatesTo }),
    total,
    rawSum,
    range: instrumentRange(instrument),
    band,
    caseness: casenessOf(instrument, total),
    subscales: subscalesOf(instrument, m.items),
    flags,
    validity,
    direction: instrument.direction,
    reliableChange: instrument.reliableChange,
    prolongedGrief:
      instrument.prolongedGrief === null
        ? null
        : evaluateProlongedGrief(instrument.prolongedGrief, m.items, m.administeredOn, context),
    source: instrument.citation,
  };
};

/**
 * Score one administered measure.
 *
 * - `total`: the sum of the keyed scored items. With some items missing but no more than
 *   the instrument's rule allows, each missing item is replaced by the mean of the answered
 *   ones (`rawSum × n / answered`, rounded half up, kept inside the range) and `validity` is
 *   `prorated`; past the limit `total` and `band` are `null` and `validity` is
 *   `invalid-too-many-missing`. `rawSum` is always the sum of the answered items.
 * - `band`: the band holding `total`, with its source. `caseness`: the instrument's
 *   probable-case threshold (lowest total of its caseness band) and whether `total` reaches it.
 * - `flags`: item-level flags (e.g. PHQ-9 item 9 ≥ 1 → `suicide-risk` urgent) are raised
 *   from the answered items even when the total is invalid; `severe-symptoms` (warning) when
 *   the total reaches the instrument's severe band.
 * - `subscales`: each subscale's sum, `null` when any of its items is missing.
 * - `prolongedGrief`: the categorical result for instruments that define one (PG-13-R); give
 *   `context.lossDate` for the duration criterion.
 *
 * An unknown instrument, a wrong item count, a non-integer or an out-of-range item is an
 * error value naming the path (`items[8]`), never a value from the input. Never throws.
 *
 * @param m - the measure: instrument id, date, keyed items (`null` = missing), optional `relatesTo`
 * @param registry - the instruments known (default: {@link DEFAULT_REGISTRY})
 * @param context - what some scores need besides the measure (loss date, population)
 * @returns the score with its evidence, or the issues
 *
 * @example
 * // A PHQ-9 in the moderate band, item 9 endorsed
 * scoreMeasure({ instrument: "phq-9", administeredOn: "2026-01-12", items: [2, 2, 1, 2, 1, 1, 1, 1, 1] })
 * //=> right({ total: 12, band: { id: "moderate", ... }, flags: [{ code: "suicide-risk", severity: "urgent", item: 8, ... }], validity: { status: "valid", ... }, ... })
 *
 * @example
 * // Two PHQ-9 items missing: prorated (7 answered summing 7 -> 9)
 * scoreMeasure({ instrument: "phq-9", administeredOn: "2026-01", items: [1, 1, 1, 1, 1, 1, 1, null, null] })
 * //=> right({ total: 9, rawSum: 7, validity: { status: "prorated", missing: 2, ... }, ... })
 *
 * @example
 * // An out-of-range item names its path, not its value
 * scoreMeasure({ instrument: "gad-7", administeredOn: "2026", items: [0, 0, 9, 0, 0, 0, 0] })
 * //=> left({ kind: "measure-error", issues: [{ code: "item-out-of-range", path: "items[2]", ... }], ... })
 *
 * @category Measures
 * @see docs/measures.md for every instrument's bands, rules and sources.
 */
export function scoreMeasure(
  m: MeasureLike,
  registry: InstrumentRegistry = DEFAULT_REGISTRY,
  context: ScoreContext = {},
): E.Either<MeasureError, MeasureScore> {
  const instrument = getInstrument(registry, m.instrument);
  if (O.isNone(instrument)) return E.left(measureError([unknownInstrument()]));
  const issues = itemIssues(instrument.value, m.items);
  if (isNonEmpty(issues)) return E.left(measureError(issues));
  return E.right(scoreChecked(instrument.value, m, context));
}
