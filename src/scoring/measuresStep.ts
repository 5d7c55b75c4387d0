/**
 * The measures inside `formulate`: each administered instrument scored, the flags they
 * raise, change over repeated administrations, and grief evidence from grief instruments.
 *
 * @module
 */
import * as E from "../internal/either.js";
import { griefMeasureEvidence, measureFlags, scoreCaseMeasures } from "../measures/caseMeasures.js";
import { measureChanges } from "../measures/change.js";
import type { InstrumentRegistry } from "../measures/instrument.js";
import type { MeasureChange } from "../measures/measureChange.js";
import type { Case } from "../model/case.js";
import { formatIssue } from "../model/issue.js";
import { measureEvidence } from "./measureEvidence.js";
import type { RuleContext } from "./ruleContext.js";
import type { Evidence, Flag, FormulationMeasure } from "./types.js";

/** What the measures contribute to a formulation. */
export interface MeasuresStepResult {
  readonly scored: readonly FormulationMeasure[];
  readonly changes: readonly MeasureChange[];
  readonly flags: readonly Flag[];
  readonly griefEvidence: readonly Evidence[];
}

const EMPTY: MeasuresStepResult = { scored: [], changes: [], flags: [], griefEvidence: [] };

/** Score a case's measures with a registry and turn the results into formulation parts. */
export const measuresStep = (
  c: Case,
  ctx: RuleContext,
  registry: InstrumentRegistry,
): MeasuresStepResult => {
  if (c.measures.length === 0) return EMPTY;
  const results = scoreCaseMeasures(c.measures, registry, {
    lifeEvents: c.lifeEvents,
    population: c.population,
  });
  const scored: FormulationMeasure[] = results.map((s) =>
    E.isRight(s.result)
      ? { index: s.index, status: "scored", ...s.result.right }
      : {
          index: s.index,
          status: "not-scored",
          instrument: s.instrument,
          administeredOn: s.administeredOn,
          reason: s.result.left.issues.map((i) => formatIssue(i)).join("; "),
        },
  );
  const flags: Flag[] = measureFlags(results).map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    source: f.source,
    ...(f.evidence[0] === undefined ? {} : { ref: { measureIndex: f.evidence[0].measureIndex } }),
  }));
  const griefEvidence: Evidence[] = [];
  // Only a measure about a loss (relatesTo) can be grief evidence.
  const aboutLosses = c.measures.some((m) => m.relatesTo !== undefined);
  for (const g of aboutLosses ? griefMeasureEvidence(results) : []) {
    const loss = c.lifeEvents.find(
      (e) => e.id === g.lifeEventId && (e.kind === "death" || e.kind === "pregnancy-loss"),
    );
    if (loss !== undefined) griefEvidence.push(measureEvidence(ctx, g, loss));
  }
  // Change needs an instrument given twice.
  const changes = c.measures.length > 1 ? measureChanges(results) : [];
  return { scored, changes, flags, griefEvidence };
};
