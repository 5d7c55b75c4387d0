/**
 * `planTreatment`: a formulation and its case in, a treatment plan for the chosen focus out.
 *
 * @module
 */
import type { Case, Formulation, LifeEventKind } from "ipt-formulation";
import { areaDetails } from "./areaDetail.js";
import {
  defaultFormat,
  FORMAT_SPECS,
  type PhaseSpan,
  type PlanFormat,
  phaseSchedule,
  preGroupSessions,
  resolveSessions,
} from "./formats.js";
import type { PlanMessageKey, PlanParam, PlanParams, TermVocabulary } from "./locale.js";
import { PLAN_SOURCES, type PlanSourceKey } from "./sources.js";
import {
  type AreaDetail,
  type MeasurementEntry,
  type PersonRef,
  PLAN_FORMAT_TAG,
  type PlanInstrument,
  type PlanItem,
  type PlanOptions,
  type PlanSection,
  type PlanTreatmentFormat,
  type TransitionDetail,
  type TreatmentPlan,
} from "./types.js";

// utils

/** A person of the case: the stored label, with the relationship id a display name is looked up by. */
const person = (p: PersonRef): PlanParam => ({
  kind: "label",
  value: p.label,
  relationshipId: p.id,
});
/** People of the case: their stored labels, with their relationship ids in the same order. */
const people = (ps: readonly PersonRef[]): PlanParam => ({
  kind: "labels",
  value: ps.map((p) => p.label),
  relationshipIds: ps.map((p) => p.id),
});
const num = (value: number): PlanParam => ({ kind: "number", value });
const date = (value: string): PlanParam => ({ kind: "date", value });
const term = (vocabulary: TermVocabulary, value: string): PlanParam => ({
  kind: "term",
  vocabulary,
  value,
});

const item = (
  key: PlanMessageKey,
  source: PlanSourceKey,
  params: PlanParams = {},
  focus?: PlanItem["focus"],
): PlanItem => {
  const s = PLAN_SOURCES[source];
  return {
    key,
    params,
    source: s.citation,
    evidence: s.evidence,
    ...(focus === undefined ? {} : { focus }),
  };
};

/** The old and new roles of a transition, as term parameters (the locale gives the phrases). */
const rolesOf = (d: TransitionDetail): { old: PlanParam; new: PlanParam } => {
  const kind: LifeEventKind | undefined =
    d.eventKind ?? (d.person === undefined ? undefined : "separation");
  return kind === undefined
    ? { old: term("fallback", "old-role"), new: term("fallback", "new-role") }
    : { old: term("oldRole", kind), new: term("newRole", kind) };
};

/** The items of one focus area, for the middle phase. */
const areaItems = (d: AreaDetail): PlanItem[] => {
  const tag = { area: d.area, role: d.focusRole } as const;
  const at = (key: PlanMessageKey, source: PlanSourceKey, params: PlanParams = {}): PlanItem =>
    item(key, source, params, tag);
  switch (d.area) {
    case "grief": {
      const deceased = people(d.deceased);
      const detail =
        d.eventKind === "pregnancy-loss" && d.date !== undefined
          ? at("grief.detail-pregnancy-loss", "caseData", { date: date(d.date) })
          : d.date !== undefined && d.deceased.length > 0
            ? at("grief.detail", "caseData", { person: deceased, date: date(d.date) })
            : d.date !== undefined
              ? at("grief.detail-unnamed", "caseData", { date: date(d.date) })
              : d.deceased.length > 0
                ? at("grief.detail-no-date", "caseData", { person: deceased })
                : at("grief.detail-unknown", "caseData");
      const out = [detail];
      if (d.lifeEventId !== undefined)
        out.push(
          at(
            d.prolongedGrief === "met" ? "grief.prolonged-met" : "grief.prolonged-not-met",
            "prolongedGrief",
          ),
        );
      out.push(
        at("grief.goal-mourning", "griefGoals"),
        at("grief.goal-reconnect", "griefGoals"),
        at("grief.strategy-link", "griefStrategies"),
        at("grief.strategy-reconstruct", "griefStrategies"),
        at("grief.strategy-events", "griefStrategies"),
        at("grief.strategy-feelings", "griefStrategies"),
      );
      return out;
    }
    case "role-dispute": {
      const other = d.person === undefined ? term("fallback", "other-person") : person(d.person);
      const out = [
        d.person === undefined
          ? at("dispute.detail-unknown", "caseData")
          : d.stage === undefined
            ? at("dispute.detail-no-stage", "caseData", { person: other })
            : at("dispute.detail", "caseData", {
                person: other,
                stage: term("disputeStage", d.stage),
              }),
      ];
      if (d.stage !== undefined) out.push(at(`dispute.stage-${d.stage}`, "disputeStages"));
      out.push(at("dispute.goal", "disputeGoals"), at("dispute.goal-neutral", "disputeGoals"));
      if (d.stage === undefined) out.push(at("dispute.strategy-stage", "disputeStages"));
      out.push(
        at("dispute.strategy-expectations", "disputeStages", { person: other }),
        at("dispute.strategy-communication", "disputeTechniques", { person: other }),
        at("dispute.strategy-parallels", "disputeParallels"),
      );
      if (d.jointSession) out.push(at("dispute.joint-session", "jointSession", { person: other }));
      return out;
    }
    case "role-transition": {
      const r = rolesOf(d);
      const detail =
        d.eventKind !== undefined && d.date !== undefined
          ? at("transition.detail", "caseData", {
              event: term("eventPhrase", d.eventKind),
              date: date(d.date),
              old: r.old,
              new: r.new,
            })
          : d.person !== undefined
            ? at("transition.detail-dissolution", "caseData", {
                person: person(d.person),
                old: r.old,
                new: r.new,
              })
            : at("transition.detail-unknown", "caseData");
      return [
        detail,
        at("transition.goal-mourn", "transitionGoals", { old: r.old }),
        at("transition.goal-new-role", "transitionGoals", { new: r.new }),
        at("transition.goal-mastery", "transitionGoals", { new: r.new }),
        at("transition.strategy-weigh", "transitionWeigh", { old: r.old, new: r.new }),
        at("transition.strategy-feelings", "transitionGoals"),
        at("transition.strategy-support", "transitionGoals", { new: r.new }),
      ];
    }
    case "interpersonal-deficits":
      return [
        at("deficits.prognosis", "deficitsPrognosis"),
        at("deficits.recheck", "deficitsPrognosis"),
        at("deficits.goal-isolation", "deficitsGoalsStrategies"),
        at("deficits.goal-new-ties", "deficitsGoalsStrategies"),
        at("deficits.strategy-past", "deficitsGoalsStrategies"),
        at("deficits.strategy-patterns", "deficitsGoalsStrategies"),
        at("deficits.strategy-therapist", "deficitsGoalsStrategies"),
      ];
  }
};

/** Items prompted by the formulation's flags: a close call, no clear focus, an unknown onset. */
const cautions = (f: Formulation): PlanItem[] => {
  const has = (code: string): boolean => f.flags.some((x) => x.code === code);
  const out: PlanItem[] = [];
  const runnerUp = f.focus.secondary ?? f.areas.find((a) => a.area !== f.focus.primary)?.area;
  if (has("close-call") && runnerUp !== undefined)
    out.push(
      item("opening.close-call", "closeCall", {
        area: term("problemArea", f.focus.primary),
        secondary: term("problemArea", runnerUp),
      }),
    );
  if (has("no-clear-focus")) out.push(item("opening.no-clear-focus", "deficitsPrognosis"));
  if (has("onset-unknown")) out.push(item("opening.onset-unknown", "onsetLink"));
  return out;
};

interface Context {
  readonly f: Formulation;
  readonly c: Case;
  readonly format: PlanFormat;
  readonly sessions: number;
  readonly parentSessions: number;
  readonly details: readonly AreaDetail[];
}

const formulationItem = (x: Context): PlanItem =>
  item("opening.formulation", "formulationStatement", {
    area: term("problemArea", x.f.focus.primary),
  });

const contractItem = (x: Context): PlanItem =>
  item("opening.contract", "contract", {
    count: num(x.sessions),
    frequency: term("frequency", FORMAT_SPECS[x.format].frequency),
  });

const preGroupItems = (x: Context): PlanItem[] => [
  item("pregroup.individual", "groupPhases"),
  ...(x.c.population === "adolescent" ? [item("pregroup.caregiver", "groupPhases")] : []),
  formulationItem(x),
  contractItem(x),
  ...cautions(x.f),
];

const openingItems = (x: Context): PlanItem[] => {
  switch (x.format) {
    case "group":
      return [item("opening.group", "groupPhases")];
    case "maintenance":
      return [
        item("opening.maintenance-contract", "terminationTasks", { count: num(x.sessions) }),
        item("opening.review-formulation", "maintenancePhases", {
          area: term("problemArea", x.f.focus.primary),
        }),
        ...cautions(x.f),
      ];
    case "counselling":
      return [
        item("opening.diagnosis", "ipcWeissman"),
        item("opening.inventory", "ipcWeissman"),
        item("opening.link-onset", "ipcWeissman"),
        formulationItem(x),
        contractItem(x),
        item("opening.triage", "ipcWeissman"),
        ...cautions(x.f),
      ];
    case "adolescent":
      return [
        item("opening.diagnosis", "iptukPhases"),
        item("opening.limited-sick-role", "iptA"),
        item("opening.inventory", "inventory"),
        item("opening.closeness-circle", "iptA"),
        item("opening.link-onset", "onsetLink"),
        formulationItem(x),
        contractItem(x),
        item("opening.parents", "iptA", { count: num(x.parentSessions) }),
        ...cautions(x.f),
      ];
    case "standard":
    case "brief":
      return [
        item("opening.diagnosis", "iptukPhases"),
        item("opening.sick-role", "iptukPhases"),
        item("opening.inventory", "inventory"),
        item("opening.link-onset", "onsetLink"),
        formulationItem(x),
        contractItem(x),
        ...cautions(x.f),
      ];
  }
};

const middleItems = (x: Context): PlanItem[] => [
  item("middle.weekly", "iptukPhases"),
  ...(x.format === "group" ? [item("middle.group", "groupPhases")] : []),
  ...x.details.flatMap(areaItems),
];

const endingItems = (x: Context): PlanItem[] => {
  const review = item("ending.review", "terminationTasks");
  const relapse = item("ending.relapse", "contingency");
  const nonresponse = item("ending.nonresponse", "terminationTasks");
  switch (x.format) {
    case "group":
      return [item("ending.group", "groupPhases"), review, relapse, nonresponse];
    case "counselling":
      return [review, relapse, nonresponse];
    case "maintenance":
      return [review, relapse, item("ending.maintenance-review", "maintenancePhases")];
    case "standard":
    case "brief":
    case "adolescent":
      return [
        item("ending.announce", "termination"),
        review,
        item("ending.feelings", "terminationTasks"),
        item("ending.competence", "termination"),
        relapse,
        nonresponse,
        item("ending.maintenance-option", "terminationTasks"),
        ...(x.format === "adolescent" ? [item("ending.parents", "iptAParentEnding")] : []),
      ];
  }
};

const safetySection = (x: Context): PlanSection | undefined => {
  const codes = [
    ...new Set(x.f.flags.filter((fl) => fl.severity === "urgent").map((fl) => fl.code)),
  ];
  if (codes.length === 0) return undefined;
  const items = codes.map((code) =>
    item("safety.assess", "safetyFirst", { flag: term("flag", code) }),
  );
  if (x.format === "adolescent" || x.c.population === "adolescent")
    items.push(item("safety.ipt-a-not-acute", "iptAIndications"));
  return { kind: "safety", items };
};

const sectionOf = (x: Context, p: PhaseSpan): PlanSection => {
  const items =
    p.phase === "pre-group"
      ? preGroupItems(x)
      : p.phase === "opening"
        ? openingItems(x)
        : p.phase === "middle"
          ? middleItems(x)
          : endingItems(x);
  const spec = FORMAT_SPECS[x.format];
  const key: PlanSourceKey =
    p.phase === "pre-group"
      ? "groupPhases"
      : x.format === "adolescent" && x.sessions > spec.minSessions
        ? "iptAPhasesExtended"
        : spec.phaseSource;
  const s = PLAN_SOURCES[key];
  return {
    kind: p.phase,
    span: p.span,
    timing: { source: s.citation, evidence: s.evidence },
    items,
  };
};

const CONDITION_NOTES = {
  depression: [],
  "persistent-depression": [["adapt.persistent-depression", "persistentDepression"]],
  bipolar: [["adapt.bipolar", "ipsrt"]],
  bulimia: [["adapt.bulimia", "bulimia"]],
  "binge-eating": [["adapt.binge-eating", "bingeEating"]],
  "substance-use": [["adapt.substance-use", "substanceUse"]],
  anxiety: [["adapt.anxiety", "otherConditions"]],
  ptsd: [["adapt.ptsd", "ptsd"]],
  other: [["adapt.other", "design"]],
} as const satisfies Record<
  Case["condition"],
  readonly (readonly [PlanMessageKey, PlanSourceKey])[]
>;

const POPULATION_NOTES = {
  adult: [],
  adolescent: [
    ["adapt.adolescent", "iptA"],
    ["adapt.adolescent-contraindications", "iptAIndications"],
  ],
  "older-adult": [["adapt.older-adult", "olderAdults"]],
  perinatal: [
    ["adapt.perinatal", "perinatal"],
    ["adapt.perinatal-default", "perinatalDefault"],
  ],
} as const satisfies Record<
  Case["population"],
  readonly (readonly [PlanMessageKey, PlanSourceKey])[]
>;

/** Sessions 1, 5, 9, … and the last one. */
const everyFour = (n: number): number[] => {
  const out: number[] = [];
  for (let s = 1; s <= n; s += 4) out.push(s);
  if (out[out.length - 1] !== n) out.push(n);
  return out;
};

const allSessions = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

const measurementOf = (x: Context): MeasurementEntry[] => {
  const spec = FORMAT_SPECS[x.format];
  const n = x.sessions;
  const entry = (
    instrument: PlanInstrument,
    rule: MeasurementEntry["rule"],
    sessions: readonly number[],
    source: PlanSourceKey,
  ): MeasurementEntry => ({
    instrument,
    rule,
    series: spec.series,
    sessions,
    source: PLAN_SOURCES[source].citation,
    evidence: PLAN_SOURCES[source].evidence,
  });
  const monthly = spec.frequency === "monthly";
  const routine = (instrument: PlanInstrument, source: PlanSourceKey): MeasurementEntry =>
    monthly
      ? entry(instrument, "every-session", allSessions(n), "maintenanceMeasures")
      : entry(instrument, "every-4", everyFour(n), source);
  const out = [
    x.c.population === "perinatal" ? routine("epds", "epds") : routine("phq-9", "stuartMeasures"),
    routine("gad-7", "stuartMeasures"),
  ];
  if (x.details.some((d) => d.area === "grief"))
    out.push(entry("pg-13-r", "baseline-and-end", [1, n], "griefMeasure"));
  if (x.c.condition === "bipolar") out.push(entry("srm", "every-session", allSessions(n), "srm"));
  return out;
};

// constructors

/**
 * Plan IPT for the focus of a formulation: the treatment format and its phases with session
 * numbers, the tasks of each phase, the goals and strategies of the primary (and secondary)
 * area with what the case says about it, adaptation notes for the condition and population,
 * and a measurement schedule. Every item carries its source and whether its fact was found
 * in that source (`found`) or is still to be verified (`unverified`).
 *
 * Safety first: an urgent flag (e.g. `suicide-risk`) puts a safety section before the first
 * phase. The plan is plain data (a JSON round trip gives an equal value), with message ids
 * and parameters rather than text: render it in any locale with `renderPlan` (`ipt-formulation/plan/text`).
 *
 * Pure and total: no clock, no environment, no randomness; the same formulation, case and
 * options give the same plan. It is a draft for the clinician (`status: "draft"`), never a
 * prescription.
 *
 * @param f - the formulation of the case, from `formulate`
 * @param c - the case the formulation was made from (labels, dates and events are read from it)
 * @param options - the format (default from the population), sessions, IPT-A parent sessions
 * @returns the plan (`ipt-plan/1`)
 *
 * @example
 * // The grief sample: standard IPT, 12 weekly sessions, the mother's death in the middle phase
 * const plan = planTreatment(formulate(griefCase), griefCase);
 * plan.sections.map((s) => [s.kind, s.span?.from, s.span?.to])
 * //=> [["opening", 1, 3], ["middle", 4, 9], ["ending", 10, 12]]
 *
 * @example
 * // A dispute names the other party and suggests a joint session
 * planTreatment(formulate(disputeCase), disputeCase).areas[0]
 * //=> { area: "role-dispute", focusRole: "primary", person: { id: "husband", label: "Husband" }, stage: "impasse", jointSession: true }
 *
 * @example
 * // An urgent flag puts safety first: a PHQ-9 with item 9 (thoughts of self-harm) endorsed
 * const phq9 = { instrument: "phq-9", administeredOn: "2026-01-12", items: [2, 2, 1, 2, 1, 1, 1, 1, 1] };
 * const atRisk = decodeCase({ ...validCase, measures: [phq9] }).right;
 * planTreatment(formulate(atRisk), atRisk).sections[0]?.kind
 * //=> "safety"
 *
 * @category Plan
 * @see Markowitz & Weissman, World Psychiatry 2004;3(3):136-139 (phases and dosage).
 * @see Weissman, Markowitz & Klerman, The Guide to Interpersonal Psychotherapy (OUP 2018).
 */
export function planTreatment(f: Formulation, c: Case, options: PlanOptions = {}): TreatmentPlan {
  const format = options.format ?? defaultFormat(c.population);
  const spec = FORMAT_SPECS[format];
  const sessions = resolveSessions(format, options.sessions);
  const requested = options.sessions;
  const adjusted = requested !== undefined && requested !== sessions;
  const parentSessions =
    format === "adolescent"
      ? Math.min(
          3,
          Math.max(
            1,
            Number.isFinite(options.parentSessions)
              ? Math.round(options.parentSessions as number)
              : 2,
          ),
        )
      : 0;
  const x: Context = { f, c, format, sessions, parentSessions, details: areaDetails(f, c) };

  const safety = safetySection(x);
  const phases = phaseSchedule(format, sessions, c.population).map((p) => sectionOf(x, p));
  const adaptations = [
    ...CONDITION_NOTES[c.condition].map(([key, source]) => item(key, source)),
    ...POPULATION_NOTES[c.population].map(([key, source]) => item(key, source)),
  ];
  const dosage = PLAN_SOURCES[spec.dosageSource];
  const treatment: PlanTreatmentFormat = {
    format,
    sessions,
    frequency: spec.frequency,
    preGroupSessions: preGroupSessions(format, c.population),
    parentSessions,
    timeFrame: { unit: spec.frequency === "monthly" ? "months" : "weeks", count: sessions },
    ...(adjusted
      ? { requestedSessions: Number.isFinite(requested) ? (requested as number) : null }
      : {}),
    source: dosage.citation,
    evidence: dosage.evidence,
  };

  return {
    format: PLAN_FORMAT_TAG,
    status: "draft",
    ...(f.caseId === undefined ? {} : { caseId: f.caseId }),
    assessedOn: f.assessedOn,
    model: { id: f.model.id, version: f.model.version, digest: f.model.digest },
    population: c.population,
    condition: c.condition,
    focus:
      f.focus.secondary === undefined
        ? { primary: f.focus.primary }
        : { primary: f.focus.primary, secondary: f.focus.secondary },
    treatment,
    sections: safety === undefined ? phases : [safety, ...phases],
    areas: x.details,
    adaptations,
    measurement: measurementOf(x),
  };
}
