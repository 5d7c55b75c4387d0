/**
 * Each descriptor's `rules` are exactly the rules that read its field. Two cases where every
 * rule has evidence (one with an onset, one without, for the assessment date's part) are
 * changed one answer at a time, over every alternative the descriptor allows (each option,
 * dates before and after the events, subsets of a row's references, leaving it out), and
 * formulated: the rules whose evidence changed, over all alternatives and rows, must be the
 * descriptor's rules, no more (nothing else reads the field) and no fewer (each listed rule
 * does read it). `rules.prop.test.ts` checks the "no more" half on random forms.
 */
import * as E from "fp-ts/lib/Either.js";
import { type Case, type CaseInput, decodeCase, formulate } from "ipt-formulation";
import { type IntakeField, type IntakePath, intakeFields } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";
import { changedRules, instrumentOf, scopeOf, tokensOf } from "./support.js";

/** A case where every rule of `RULES` has evidence (see the comments). */
const RICH: CaseInput = {
  format: "ipt-case/1",
  id: "rich",
  assessedOn: "2026-01-20",
  population: "adult",
  condition: "depression",
  episode: { onset: "2025-07", priorEpisodes: 1 },
  relationships: [
    // a dated, unmourned death with grief signs, and a conflict with the deceased
    {
      id: "mother",
      label: "Mother",
      role: "parent",
      circle: "inner",
      status: "deceased",
      conflict: 2,
      support: 3,
    },
    // a death no event dates
    { id: "father", label: "Father", role: "parent", circle: "middle", status: "deceased" },
    // a dispute in dissolution, and a close tie
    {
      id: "partner",
      label: "Partner",
      role: "partner",
      circle: "inner",
      status: "active",
      contact: "daily",
      support: 2,
      conflict: 3,
      conflictSince: "2025-06",
      expectationsReciprocal: false,
      disputeStage: "dissolution",
    },
    // a separation with an ongoing fight
    {
      id: "ex",
      label: "Former partner",
      role: "ex-partner",
      circle: "outer",
      status: "ended",
      conflict: 2,
    },
    // a remote, mourned death that a grief measure is about
    {
      id: "grandmother",
      label: "Grandmother",
      role: "grandparent",
      circle: "outer",
      status: "deceased",
    },
    // a second close tie: two, fewer than the three expected
    {
      id: "friend",
      label: "Friend",
      role: "friend",
      circle: "middle",
      status: "active",
      support: 3,
    },
  ],
  lifeEvents: [
    {
      id: "mother-died",
      kind: "death",
      date: "2025-07",
      relationshipIds: ["mother"],
      distress: 4,
      adjusted: false,
      // a core sign and three others, 6 months before the assessment: met for adolescents only
      griefSigns: ["yearning", "avoidance", "disbelief", "identity-disruption"],
    },
    { id: "job", kind: "job-loss", date: "2025-06", distress: 3, adjusted: false },
    { id: "separated", kind: "separation", date: "2025-04", relationshipIds: ["ex"], distress: 2 },
    {
      id: "grandmother-died",
      kind: "death",
      date: "2015",
      relationshipIds: ["grandmother"],
      adjusted: true,
    },
  ],
  social: {
    loneliness: 2,
    lifelongIsolation: true,
    communicationDifficulty: 1,
    rejectionSensitivity: 2,
  },
  measures: [
    { instrument: "phq-9", administeredOn: "2026-01-20", items: [2, 2, 2, 2, 1, 1, 1, 1, 0] },
    {
      instrument: "pg-13-r",
      administeredOn: "2026-01-20",
      items: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1],
      relatesTo: "grandmother-died",
    },
  ],
};
/** The same without an onset: time is measured from the assessment. */
const RICH_NO_ONSET: CaseInput = { ...RICH, episode: { priorEpisodes: 1 } };

const decode = (u: unknown): Case | undefined => {
  const r = decodeCase(u);
  return E.isRight(r) ? r.right : undefined;
};

type Json = Record<string | number, unknown>;

/** A copy of a case with the value at a concrete path replaced, or removed (`undefined`). */
const withAnswer = (c: CaseInput, path: string, value: unknown): Json => {
  const copy = structuredClone(c) as unknown as Json;
  const tokens = tokensOf(path);
  let at: Json = copy;
  for (const t of tokens.slice(0, -1)) {
    if (!(t in at)) at[t] = {};
    at = at[t] as Json;
  }
  const last = tokens[tokens.length - 1] as string;
  if (value === undefined) delete at[last];
  else at[last] = structuredClone(value);
  return copy;
};

/** Subsets of a list (all of them: the lists here are short). */
const subsets = <T>(xs: readonly T[]): T[][] => {
  const out: T[][] = [[]];
  for (const x of xs) for (const s of out.slice()) out.push([...s, x]);
  return out;
};

/** The concrete paths of a descriptor in a case: one per row of its list. */
const instances = (c: CaseInput, path: IntakePath): string[] => {
  const scope = scopeOf(path);
  if (!scope.endsWith("[]")) return [path];
  const list = (c as unknown as Json)[scope.slice(0, -2)] as unknown[];
  return list.map((_, i) => path.replace("[]", `[${i}]`));
};

/**
 * What a descriptor lets a form answer in a row of this case, leaving it out included. A
 * group or a list is the sum of its fields, which are changed one by one instead.
 */
const alternatives = (f: IntakeField, c: CaseInput, at: string): unknown[] => {
  if (f.control === "group" || f.control === "repeat") return [];
  const values = f.options?.map((o) => o.value) ?? [];
  const ids = (p: IntakePath | undefined): string[] =>
    p === undefined
      ? []
      : instances(c, p).map((q) =>
          String(tokensOf(q).reduce<unknown>((v, t) => (v as Json)[t], c)),
        );
  const answers: unknown[] = (() => {
    switch (f.control) {
      case "hidden":
      case "radio":
      case "select":
        return f.references !== undefined ? ids(f.references) : values;
      case "checkbox-set":
        return f.references !== undefined
          ? subsets(ids(f.references))
          : [[], ...values.map((v) => [v]), values];
      case "month":
        return ["2010", "2024-06", "2025-05", "2025-06", "2025-11", "2026-01"];
      case "date":
        return f.format === "date"
          ? ["2025-06-15", "2026-01-20", "2026-06-15", "2030-01-01"]
          : ["2025-12-01", "2026-01-20"];
      case "number":
        return [0, 1, 7];
      case "text":
        return ["Someone"];
      case "item-list": {
        const row = at.slice(0, at.lastIndexOf("."));
        const instrument = instrumentOf(
          tokensOf(`${row}.instrument`).reduce<unknown>((v, t) => (v as Json)[t], c),
        );
        return [
          instrument.items.map((i) => i.min),
          instrument.items.map((i) => i.max),
          instrument.items.map(() => null),
        ];
      }
      default:
        return []; // ids, made by the app
    }
  })();
  return f.required ? answers : [...answers, undefined];
};

/** The rules that changed, over every alternative of a descriptor in every row of the cases. */
const observedRules = (f: IntakeField): string[] => {
  const seen = new Set<string>();
  for (const c of [RICH, RICH_NO_ONSET]) {
    const before = formulate(decode(c) as Case);
    for (const at of instances(c, f.path))
      for (const value of alternatives(f, c, at)) {
        let changed = withAnswer(c, at, value);
        // the item answers follow their instrument (itemsFrom): a new instrument, new items
        const items = intakeFields().find((g) => g.itemsFrom === f.path);
        if (items !== undefined) {
          const row = at.slice(0, at.lastIndexOf("."));
          const instrument = instrumentOf(value);
          changed = withAnswer(
            changed as unknown as CaseInput,
            `${row}.items`,
            instrument.items.map((i) => i.max),
          );
        }
        const after = decode(changed);
        if (after === undefined) continue; // not a valid case: the form's other rules forbid it
        for (const r of changedRules(before, formulate(after))) seen.add(r);
      }
  }
  return [...seen];
};

describe("the rules each descriptor names", () => {
  it("the cases give evidence to every rule", () => {
    for (const c of [RICH, RICH_NO_ONSET]) {
      const f = formulate(decode(c) as Case);
      const rules = new Set(f.areas.flatMap((a) => a.evidence.map((e) => e.rule)));
      expect(rules.size).toBe(16);
    }
  });

  it.each(intakeFields().map((f) => [f.path, f] as const))(
    "%s: exactly the rules whose evidence its answers change",
    (_, f) => {
      const observed = observedRules(f);
      expect(f.rules.filter((r) => observed.includes(r))).toEqual([...f.rules]);
      expect(observed.filter((r) => !(f.rules as readonly string[]).includes(r))).toEqual([]);
    },
  );
});
