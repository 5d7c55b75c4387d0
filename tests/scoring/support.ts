/**
 * Case builders and accessors shared by the scoring tests. Every test computes its
 * formulation inside its own `it` (never at collection), so that Stryker's per-test coverage
 * attributes the code it runs to it.
 */
import {
  type AreaScore,
  type Case,
  type CaseInput,
  type DecodeOptions,
  decodeCase,
  type Evidence,
  type Formulation,
  formulate,
  type ProblemArea,
  type ScoringModel,
  type ScoringParams,
} from "ipt-formulation";
import { type DeepPartial, defineModel } from "ipt-formulation/scoring-model";

export type Rel = CaseInput["relationships"][number];
export type Ev = CaseInput["lifeEvents"][number];
export type Measure = NonNullable<CaseInput["measures"]>[number];

export const only = <T>(xs: readonly T[]): T => {
  if (xs.length !== 1) throw new Error(`expected exactly one element, got ${xs.length}`);
  return xs[0] as T;
};

/** The assessment date of {@link build}'s cases. */
export const ASSESSED = "2026-01-15";
/** The onset of {@link build}'s cases: "before onset" is before October 2025. */
export const ONSET = "2025-10-15";

/** A case assessed 2026-01-15 with onset 2025-10-15, decoded (so defaults are filled in). */
export const build = (over: Partial<CaseInput> = {}, options: DecodeOptions = {}): Case => {
  const r = decodeCase(
    {
      format: "ipt-case/1",
      id: "t",
      assessedOn: ASSESSED,
      episode: { onset: ONSET },
      relationships: [],
      lifeEvents: [],
      ...over,
    },
    options,
  );
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};

/** A scoring model from overrides of the defaults; throws on a refusal. */
export const model = (params: DeepPartial<ScoringParams>): ScoringModel => {
  const m = defineModel({ params });
  if (m._tag === "Left") throw new Error(JSON.stringify(m.left.issues));
  return m.right;
};

/** Formulate {@link build}`(over)`, under a model if given. */
export const formulateCase = (over: Partial<CaseInput>, m?: ScoringModel): Formulation =>
  formulate(build(over), m);

export const area = (f: Formulation, a: ProblemArea): AreaScore => {
  const found = f.areas.find((x) => x.area === a);
  if (found === undefined) throw new Error(`no area ${a}`);
  return found;
};

/** The evidence of an area as [rule, contribution, explanation]. */
export const trail = (f: Formulation, a: ProblemArea): [string, number, string][] =>
  area(f, a).evidence.map((e) => [e.rule, e.contribution, e.explanation]);

/** The contributions of an area's evidence, in order. */
export const contributions = (f: Formulation, a: ProblemArea): number[] =>
  area(f, a).evidence.map((e) => e.contribution);

/** The first evidence item of a rule in an area. */
export const first = (f: Formulation, a: ProblemArea, rule: string): Evidence => {
  const e = area(f, a).evidence.find((x) => x.rule === rule);
  if (e === undefined) throw new Error(`no ${rule} in ${a}`);
  return e;
};

/** Every evidence item of a rule in an area. */
export const all = (f: Formulation, a: ProblemArea, rule: string): Evidence[] =>
  area(f, a).evidence.filter((x) => x.rule === rule);

export const codes = (f: Formulation): string[] => f.flags.map((x) => x.code);

/** A relationship: by default a friend in the inner circle, active, labelled by its id. */
export const rel = (id: string, over: Partial<Rel> = {}): Rel => ({
  id,
  label: id,
  role: "friend",
  circle: "inner",
  status: "active",
  ...over,
});

/** A spouse in a dispute at impasse since June 2025: conflict 4, expectations not reciprocal. */
export const spouseAtImpasse = (id = "h"): Rel =>
  rel(id, {
    label: "H",
    role: "spouse",
    conflict: 4,
    expectationsReciprocal: false,
    disputeStage: "impasse",
    conflictSince: "2025-06",
  });

export const deceased = (
  id: string,
  label: string,
  circle: Rel["circle"],
  role: Rel["role"],
): Rel => rel(id, { label, role, circle, status: "deceased" });

/** Three close, supportive, active friends: no small-network evidence. */
export const threeFriends = (): Rel[] => ["a", "b", "c"].map((id) => rel(id, { support: 3 }));

/** A life event, by default on 2025-09-15 (one month before onset, on the kernel's plateau). */
export const ev = (id: string, kind: Ev["kind"], over: Partial<Ev> = {}): Ev => ({
  id,
  kind,
  date: "2025-09-15",
  ...over,
});

/** Four signs of which one is core: the DSM-5-TR symptom criterion met. */
export const PGD_SIGNS: NonNullable<Ev["griefSigns"]> = [
  "yearning",
  "avoidance",
  "disbelief",
  "emotional-numbness",
];

/** PG-13-R items: the 10 symptom items at `n`, the impairment item at 1. */
export const pgItems = (n: number): number[] => [...Array<number>(10).fill(n), 1];

/** A PG-13-R administered 2026-01-10 about a loss. */
export const pg13 = (relatesTo: string, items: number[]): Measure => ({
  instrument: "pg-13-r",
  administeredOn: "2026-01-10",
  relatesTo,
  items,
});
