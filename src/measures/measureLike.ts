/**
 * The shapes the measures module reads: an administered measure, and the parts of a life
 * event and a relationship it needs. `…Like`, as in TypeScript's `ArrayLike`: anything with
 * these fields (the suffix `…Input` means a loose input form of the case, `CaseInput`).
 *
 * They are structural and loose on purpose: the case model's `Measure`, `LifeEvent` and
 * `Relationship` are assignable to them, and so is an app's own record of the same shape.
 *
 * @module
 */
import type { LifeEventKind } from "../model/vocabularies.js";

// -------------------------------------------------------------------------------------
// model: inputs
// -------------------------------------------------------------------------------------

/**
 * One administered instrument, as the case format stores it: item scores in the
 * instrument's order (already keyed), `null` for a missing item.
 *
 * @category Measures
 */
export interface MeasureLike {
  /** Instrument id: a built-in (`phq-9`, `gad-7`, `epds`, `hamd-17`, `pg-13-r`, `icg`) or one an app registered. */
  readonly instrument: string;
  /** When it was administered, as a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly administeredOn: string;
  /** Item scores in the instrument's order; `null` = missing. */
  readonly items: readonly (number | null)[];
  /** Optional: the id of the life event (a loss) a grief instrument is about. */
  readonly relatesTo?: string | undefined;
}

/**
 * The part of a life event the measures module reads (the case model's `LifeEvent` is
 * assignable to it).
 *
 * @category Measures
 */
export interface LifeEventLike {
  /** Unique id within the case. */
  readonly id: string;
  /** What happened. */
  readonly kind: LifeEventKind;
  /** When it happened, as a partial date. */
  readonly date: string;
  /** Who was involved (the person who died, the partner divorced, ...). */
  readonly relationshipIds?: readonly string[] | undefined;
  /** Patient-rated distress 0..4; reported beside life change units, never mixed into them. */
  readonly distress?: number | undefined;
  /** Whether the patient has adapted to it (not read here). */
  readonly adjusted?: boolean | undefined;
  /** Prolonged grief signs (not read here). */
  readonly griefSigns?: readonly string[] | undefined;
}

/**
 * The part of a relationship the life-change scoring reads, to tell a spouse's death from a
 * friend's (the case model's `Relationship` is assignable to it).
 *
 * @category Measures
 */
export interface RelationshipLike {
  /** Unique id within the case, referenced by `LifeEventLike.relationshipIds`. */
  readonly id: string;
  /** Who the person is to the patient (`spouse`, `parent`, `friend`, ...). */
  readonly role: string;
}
