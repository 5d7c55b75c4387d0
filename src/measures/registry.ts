/**
 * The instrument registry: an immutable value holding instrument definitions. The default
 * registry holds the six built-ins; an app adds its own with `registerInstrument`
 * (`ipt-formulation/measures`, in `registerInstrument.ts`), which validates the definition
 * first. This file is part of the main entry: decoding and `formulate` use the registry.
 *
 * @module
 */
import * as O from "../internal/option.js";
import { EPDS } from "./epds.js";
import { GAD7 } from "./gad7.js";
import { HAMD17 } from "./hamd17.js";
import { ICG } from "./icg.js";
import type { Instrument, InstrumentRegistry } from "./instrument.js";
import { deepFreeze } from "./internal/util.js";
import type { ScoreRange } from "./measureScore.js";
import { PG13R } from "./pg13r.js";
import { PHQ9 } from "./phq9.js";

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The registry of the six built-in instruments, frozen: PHQ-9, GAD-7, EPDS, HAM-D-17,
 * PG-13-R and ICG, in that order.
 *
 * @example
 * // The built-in ids
 * listInstruments(DEFAULT_REGISTRY).map((i) => i.id)
 * //=> ["phq-9", "gad-7", "epds", "hamd-17", "pg-13-r", "icg"]
 *
 * @category Measures
 * @see docs/measures.md for the sources of every instrument.
 */
export const DEFAULT_REGISTRY: InstrumentRegistry = deepFreeze({
  instruments: [PHQ9, GAD7, EPDS, HAMD17, PG13R, ICG],
});

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The instruments of a registry, in registration order (built-ins first).
 *
 * @param registry - the registry
 * @returns its instrument definitions
 *
 * @example
 * // How many built-ins there are
 * listInstruments(DEFAULT_REGISTRY).length
 * //=> 6
 *
 * @category Measures
 */
export function listInstruments(registry: InstrumentRegistry): readonly Instrument[] {
  return registry.instruments;
}

/**
 * Look an instrument up by id (exact, case-sensitive).
 *
 * @param registry - the registry
 * @param id - the instrument id, e.g. `phq-9`
 * @returns the definition, or `none` for an unknown id
 *
 * @example
 * // A built-in
 * getInstrument(DEFAULT_REGISTRY, "gad-7")
 * //=> some(GAD7)
 *
 * @example
 * // Ids are case-sensitive
 * getInstrument(DEFAULT_REGISTRY, "PHQ-9")
 * //=> none
 *
 * @category Measures
 */
export function getInstrument(registry: InstrumentRegistry, id: string): O.Option<Instrument> {
  return O.fromNullable(registry.instruments.find((i) => i.id === id));
}

/**
 * The total range of an instrument: the sums of the minimum and maximum of its scored items.
 *
 * @param instrument - the definition
 * @returns `{ min, max }`
 *
 * @example
 * // PG-13-R: ten items rated 1-5
 * instrumentRange(PG13R)
 * //=> { min: 10, max: 50 }
 *
 * @category Measures
 */
export function instrumentRange(instrument: Instrument): ScoreRange {
  let min = 0;
  let max = 0;
  for (const it of instrument.items) {
    if (it.scored) {
      min += it.min;
      max += it.max;
    }
  }
  return { min, max };
}
