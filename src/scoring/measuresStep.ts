import type { MeasureChange } from "../measures/types.js";
import type { Case } from "../model/case.js";
import type { Evidence, Flag, FormulationMeasure } from "./types.js";
export interface MeasuresStepResult {
  readonly scored: readonly FormulationMeasure[];
  readonly changes: readonly MeasureChange[];
  readonly flags: readonly Flag[];
  readonly griefEvidence: readonly Evidence[];
}
export const measuresStep = (_c: Case, _w: number): MeasuresStepResult => ({
  scored: [],
  changes: [],
  flags: [],
  griefEvidence: [],
});
