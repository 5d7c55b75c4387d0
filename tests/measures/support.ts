/** Test helpers for the measures module (not a test file). */
import * as E from "fp-ts/lib/Either.js";
import {
  GAD7,
  type Instrument,
  type MeasureError,
  type MeasureScore,
} from "../../src/measures/index.js";

/** Scored items at their minimum, then raised item by item until they sum to `total` (unscored items at their minimum). */
export const itemsWithTotal = (instrument: Instrument, total: number): number[] => {
  const items = instrument.items.map((it) => it.min);
  let rest = total - instrument.items.reduce((s, it) => s + (it.scored ? it.min : 0), 0);
  instrument.items.forEach((it, i) => {
    if (!it.scored || rest <= 0) return;
    const add = Math.min(rest, it.max - it.min);
    items[i] = it.min + add;
    rest -= add;
  });
  if (rest !== 0) throw new Error(`total ${total} is outside the range of ${instrument.id}`);
  return items;
};

/** The score, or fail the test with the issues. */
export const right = (e: E.Either<MeasureError, MeasureScore>): MeasureScore => {
  if (E.isLeft(e)) throw new Error(`expected a score, got ${JSON.stringify(e.left.issues)}`);
  return e.right;
};

/** The error, or fail the test. */
export const left = <A>(e: E.Either<MeasureError, A>): MeasureError => {
  if (E.isRight(e)) throw new Error("expected an error, got a value");
  return e.left;
};

/** A custom two-item GAD-2 (items 0–3 each, range 0–6), valid against the default registry. */
export const GAD2: Instrument = {
  ...GAD7,
  id: "gad-2",
  shortName: "GAD-2",
  name: "Generalized Anxiety Disorder 2-item",
  items: GAD7.items.slice(0, 2),
  bands: [
    { id: "below", label: "Below 3", min: 0, max: 2, source: "test" },
    { id: "positive", label: "3 or more", min: 3, max: 6, source: "test" },
  ],
  casenessBand: "positive",
  severeSymptomsBand: null,
};
