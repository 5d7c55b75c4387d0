/**
 * `formulate`: a decoded case and a scoring model in, a formulation out.
 *
 * @module
 */

import type { InstrumentRegistry } from "../measures/instrument.js";
import { DEFAULT_REGISTRY } from "../measures/registry.js";
import type { Case, Relationship } from "../model/case.js";
import { problemAreaLabel } from "../model/labels.js";
import { midDay, parsePartialDate } from "../model/partialDate.js";
import { FLAG_SEVERITIES, PROBLEM_AREAS, type ProblemArea } from "../model/vocabularies.js";
import { changeEvidence } from "./changeEvidence.js";
import { CITATIONS } from "./citations.js";
import { recomputeScore } from "./combine.js";
import { exclusionEvidence } from "./exclusionEvidence.js";
import { ACCESSORY_SIGNS_NEEDED, lossEvidence, prolongedGriefStatus } from "./lossEvidence.js";
import { measuresStep } from "./measuresStep.js";
import { rankAreas } from "./rankAreas.js";
import { relationshipEvidence } from "./relationshipEvidence.js";
import type { RuleContext } from "./ruleContext.js";
import { RULES_VERSION } from "./rulesVersion.js";
import { DEFAULT_MODEL, type ScoringModel } from "./scoringModel.js";
import { socialEvidence } from "./socialEvidence.js";
import {
  type AreaScore,
  type Evidence,
  type EvidenceSource,
  FLAG_CODES,
  type Flag,
  FORMULATION_FORMAT,
  type Focus,
  type Formulation,
  type SourceView,
} from "./types.js";
import { datedLosses, undatedDeathEvidence } from "./undatedDeathEvidence.js";

const dayOf = (s: string): number => {
  const p = parsePartialDate(s);
  return p._tag === "Some" ? midDay(p.value) : 0;
};

const SOURCE_KINDS = ["relationship", "life-event", "measure", "social", "areas"] as const;

/**
 * Source order: by kind (relationship, life event, measure, social, areas), then by id,
 * measure index, field or areas, so ties never fall back on input order.
 *
 * @internal Exported for tests only.
 */
export const cmpSource = (a: EvidenceSource, b: EvidenceSource): number => {
  if (a.kind !== b.kind) return SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind);
  switch (a.kind) {
    case "relationship":
      return cmp(a.relationshipId, (b as typeof a).relationshipId);
    case "life-event":
      return cmp(a.lifeEventId, (b as typeof a).lifeEventId);
    case "measure":
      return a.measureIndex - (b as typeof a).measureIndex;
    case "social":
      return cmp(a.field, (b as typeof a).field);
    case "areas":
      return cmp(a.areas.join(","), (b as typeof a).areas.join(","));
  }
};

/**
 * Evidence order: additive first, largest contribution first, then rule id and source: never
 * input order.
 *
 * @internal Exported for tests only.
 */
export const byEvidence = (a: Evidence, b: Evidence): number => {
  if (a.effect !== b.effect) return a.effect === "add" ? -1 : 1;
  if (a.contribution !== b.contribution) return b.contribution - a.contribution;
  if (a.rule !== b.rule) return cmp(a.rule, b.rule);
  return cmpSource(a.source, b.source);
};

/** A problem area's label in running text: the default tradition's, lower case. */
const areaName = (area: ProblemArea): string => problemAreaLabel(area).toLowerCase();

/** Code-unit order: the same in every runtime and locale. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const severityRank = (f: Flag): number => FLAG_SEVERITIES.indexOf(f.severity);
/**
 * Flag order: urgent first, then by code in `FLAG_CODES` order, then by relationship id, by
 * life event id and by measure index (a flag about no measure first).
 *
 * @internal Exported for tests only.
 */
export const byFlag = (a: Flag, b: Flag): number =>
  severityRank(a) - severityRank(b) ||
  FLAG_CODES.indexOf(a.code) - FLAG_CODES.indexOf(b.code) ||
  cmp(a.ref?.relationshipId ?? "", b.ref?.relationshipId ?? "") ||
  cmp(a.ref?.lifeEventId ?? "", b.ref?.lifeEventId ?? "") ||
  (a.ref?.measureIndex ?? -1) - (b.ref?.measureIndex ?? -1);

/** A source's additive evidence with a positive contribution, by area index (see {@link indexViews}). */
interface ViewSlots {
  readonly id: string;
  readonly groups: (Evidence[] | undefined)[];
}

/** File an evidence item under a source id: only additive, positive items count in a view. */
const file = (m: Map<string, ViewSlots>, id: string, e: Evidence, area: number): void => {
  let v = m.get(id);
  if (v === undefined) {
    v = { id, groups: [undefined, undefined, undefined, undefined] };
    m.set(id, v);
  }
  const g = v.groups[area];
  if (g === undefined) v.groups[area] = [e];
  else g.push(e);
};

/** The views of one index, in code-unit order of their ids. */
const viewsOf = (m: Map<string, ViewSlots>): SourceView[] => {
  const slots = [...m.values()];
  if (slots.length > 1) slots.sort((a, b) => cmp(a.id, b.id));
  return slots.map(({ id, groups }) => {
    const areas: { area: ProblemArea; weight: number; rules: string[] }[] = [];
    for (let i = 0; i < 4; i++) {
      const es = groups[i];
      if (es === undefined) continue;
      const rules =
        es.length === 1 ? [(es[0] as Evidence).rule] : [...new Set(es.map((e) => e.rule))].sort();
      areas.push({ area: PROBLEM_AREAS[i] as ProblemArea, weight: recomputeScore(es), rules });
    }
    if (areas.length > 1)
      areas.sort(
        (a, b) =>
          b.weight - a.weight || PROBLEM_AREAS.indexOf(a.area) - PROBLEM_AREAS.indexOf(b.area),
      );
    return { id, areas };
  });
};

/**
 * The per-person and per-event views: one pass over the evidence, no relationships × events
 * scan. A source appears only when some additive evidence of it has a positive contribution.
 */
const indexViews = (
  evidence: readonly Evidence[],
): { people: SourceView[]; events: SourceView[] } => {
  const people = new Map<string, ViewSlots>();
  const events = new Map<string, ViewSlots>();
  for (const e of evidence) {
    if (e.effect !== "add" || !(e.contribution > 0)) continue;
    const area = PROBLEM_AREAS.indexOf(e.area);
    const s = e.source;
    if (s.kind === "relationship") file(people, s.relationshipId, e, area);
    else if (s.kind === "life-event") {
      file(events, s.lifeEventId, e, area);
      for (const r of s.relationshipIds) file(people, r, e, area);
    } else if (s.kind === "measure" && s.lifeEventId !== undefined)
      file(events, s.lifeEventId, e, area);
  }
  return { people: viewsOf(people), events: viewsOf(events) };
};

/** Options of {@link formulate}. @category Formulation */
export interface FormulateOptions {
  /** The instruments that score `measures` (default {@link DEFAULT_REGISTRY}); pass the registry the case was decoded with. */
  readonly registry?: InstrumentRegistry;
}

/**
 * Formulate a case: score the four IPT problem areas with their evidence, rank them, choose
 * the focus (a primary area, and a secondary one only when it is close and has evidence of
 * its own), raise the flags, and score the measures.
 *
 * Pure and total: the same case and model give the same formulation, byte for byte once
 * serialised; it never reads the clock, the environment or a random source, and never
 * throws on a decoded case. Time is measured from the episode onset (or from `assessedOn`,
 * with the `onset-unknown` flag, when the onset is not known). A person who has died with
 * no `death` event naming them is a loss of unknown date: grief evidence (it keeps
 * interpersonal deficits from leading when the person is close), with the `death-undated`
 * flag. Permuting relationships, life events or measures changes nothing.
 *
 * The result is decision support, a suggestion for the clinician to confirm with the
 * patient, never a diagnosis.
 *
 * @param c - a case decoded by {@link decodeCase}
 * @param model - the scoring model (default {@link DEFAULT_MODEL})
 * @param options - the instrument registry that scores the measures (default: the built-ins)
 * @returns the formulation (`ipt-formulation/1`)
 *
 * @example
 * // The grief sample case: the mother died two months before onset, not mourned
 * formulate(griefCase).focus
 * //=> { primary: "grief" }
 *
 * @example
 * // Every score is recomputable from its evidence
 * formulate(c).areas.every((a) => recomputeScore(a.evidence) === a.score)
 * //=> true
 *
 * @category Formulation
 * @see Weissman, Markowitz & Klerman. The Guide to Interpersonal Psychotherapy (2018).
 */
export function formulate(
  c: Case,
  model: ScoringModel = DEFAULT_MODEL,
  options: FormulateOptions = {},
): Formulation {
  const p = model.params;
  const onset = c.episode.onset;
  const refDate = onset ?? c.assessedOn;
  const relationships = new Map<string, Relationship>();
  for (const r of c.relationships) relationships.set(r.id, r);
  const ctx: RuleContext = {
    case: c,
    p,
    refDay: dayOf(refDate),
    refBasis: onset === undefined ? "assessment" : "onset",
    assessedDay: dayOf(c.assessedOn),
    relationships,
  };

  const measures = measuresStep(c, ctx, options.registry ?? DEFAULT_REGISTRY);
  const evidence: Evidence[] = [];
  const add = (items: readonly Evidence[]): void => {
    for (const x of items) evidence.push(x);
  };
  for (const e of c.lifeEvents)
    add(
      e.kind === "death" || e.kind === "pregnancy-loss"
        ? lossEvidence(ctx, e)
        : changeEvidence(ctx, e),
    );
  // A person who has died with no loss event naming them: grief of unknown date (and a flag).
  const undated: string[] = [];
  let dated: ReadonlySet<string> | undefined;
  for (const r of c.relationships) {
    add(relationshipEvidence(ctx, r));
    if (r.status !== "deceased") continue;
    dated ??= datedLosses(c);
    if (dated.has(r.id)) continue;
    evidence.push(undatedDeathEvidence(ctx, r));
    undated.push(r.id);
  }
  add(measures.griefEvidence);

  const grief: Evidence[] = [];
  const dispute: Evidence[] = [];
  const transition: Evidence[] = [];
  for (const e of evidence)
    if (e.area === "grief") grief.push(e);
    else if (e.area === "role-dispute") dispute.push(e);
    else if (e.area === "role-transition") transition.push(e);
  const scoredArea = <A extends ProblemArea>(area: A, ev: Evidence[]) => {
    ev.sort(byEvidence);
    return { area, score: recomputeScore(ev), evidence: ev };
  };
  const acute = [
    scoredArea("grief", grief),
    scoredArea("role-dispute", dispute),
    scoredArea("role-transition", transition),
  ];
  const social = socialEvidence(ctx);
  const deficitsEvidence =
    social.length > 0
      ? [...social, exclusionEvidence(ctx, acute, undated.length)].sort(byEvidence)
      : [];
  const scored = [
    ...acute,
    {
      area: "interpersonal-deficits" as const,
      score: recomputeScore(deficitsEvidence),
      evidence: deficitsEvidence,
    },
  ];
  const ranked = rankAreas(model, scored);
  const areas: AreaScore[] = ranked.map((a, i) => ({
    area: a.area,
    score: a.score,
    rank: (i + 1) as AreaScore["rank"],
    evidence: a.evidence,
  }));

  const [first, second] = areas as unknown as [AreaScore, AreaScore];
  const within = second.score > 0 && first.score - second.score <= p.focus.margin + 1e-9;
  const ownEvidence = second.evidence.some(
    (e) => e.effect === "add" && e.contribution >= p.focus.secondaryMinEvidence,
  );
  const focus: Focus =
    within && ownEvidence && second.score >= p.focus.minScore
      ? { primary: first.area, secondary: second.area }
      : { primary: first.area };

  const flags: Flag[] = [...measures.flags];
  if (onset === undefined)
    flags.push({
      code: "onset-unknown",
      severity: "warning",
      message:
        "The onset of the episode is not recorded: time was measured from the assessment date instead, so links to onset are approximate.",
      source: CITATIONS.markowitz2006,
    });
  for (const id of undated)
    flags.push({
      code: "death-undated",
      severity: "warning",
      message:
        "A person in the inventory has died, but no death event records when: record when the death happened, so the loss can be tied to the onset or set aside as remote. Until then it counts as grief of unknown date.",
      source: CITATIONS.guideGrief,
      ref: { relationshipId: id },
    });
  for (const e of c.lifeEvents) {
    if (e.kind !== "death" && e.kind !== "pregnancy-loss") continue;
    const pg = prolongedGriefStatus(ctx, e);
    if (pg.met)
      flags.push({
        code: "prolonged-grief",
        severity: "warning",
        // The time threshold is the one the rule used: the model's, for this population.
        message: `A loss meets the DSM-5-TR prolonged grief time and symptom criteria (${pg.neededMonths} month${pg.neededMonths === 1 ? "" : "s"} or more, a core sign and ${ACCESSORY_SIGNS_NEEDED} or more others): assess for prolonged grief disorder.`,
        source: CITATIONS.dsm5trPgd,
        ref: { lifeEventId: e.id },
      });
  }
  if (within)
    flags.push({
      code: "close-call",
      severity: "info",
      // The areas by their labels, in prose as the plan's opening.close-call names them.
      message: `The areas ${areaName(first.area)} and ${areaName(second.area)} score within the model's margin (${p.focus.margin}): choose with the patient which matters most and is workable in the time available.`,
      source: CITATIONS.guideFocus,
    });
  if (first.score < p.focus.minScore)
    flags.push({
      code: "no-clear-focus",
      severity: "warning",
      message: `No problem area reaches the model's minimum score (${p.focus.minScore}): review the interpersonal inventory (a hidden loss or conflict?) before choosing a focus.`,
      source: CITATIONS.guideDeficits,
    });
  flags.sort(byFlag);

  const { people, events } = indexViews(evidence);

  return {
    format: FORMULATION_FORMAT,
    ...(c.id === undefined ? {} : { caseId: c.id }),
    assessedOn: c.assessedOn,
    model: { id: model.id, version: model.version, digest: model.digest },
    rulesVersion: RULES_VERSION,
    reference: { date: refDate, basis: ctx.refBasis },
    areas,
    focus,
    flags,
    measures: measures.scored,
    measureChanges: measures.changes,
    people,
    events,
  };
}
