/**
 * Small helpers shared by the io tests: sample cases and issue accessors.
 */
import * as E from "fp-ts/lib/Either.js";
import { type CaseIssue, type DecodeOptions, decodeCase } from "ipt-formulation";

/** A JSON-like record, for building test inputs. */
export type Rec = Record<string, unknown>;

/** The smallest valid case. */
export function minimalCase(): Rec {
  return {
    format: "ipt-case/1",
    assessedOn: "2026-01-20",
    episode: {},
    relationships: [],
    lifeEvents: [],
  };
}

/** A valid case that uses every field of the format at least once. */
export function fullCase(): Rec {
  return {
    format: "ipt-case/1",
    id: "case-1",
    assessedOn: "2026-01-20",
    population: "adult",
    condition: "depression",
    episode: { onset: "2025-10", priorEpisodes: 1 },
    relationships: [
      {
        id: "mother",
        label: "Mother",
        role: "parent",
        circle: "inner",
        status: "deceased",
        contact: "none",
        support: 3,
        conflict: 0,
      },
      {
        id: "partner",
        label: "Partner",
        role: "partner",
        circle: "inner",
        status: "active",
        contact: "daily",
        support: 2,
        conflict: 3,
        conflictSince: "2025-03",
        expectationsReciprocal: false,
        disputeStage: "impasse",
      },
    ],
    lifeEvents: [
      {
        id: "mother-died",
        kind: "death",
        date: "2025-08-30",
        relationshipIds: ["mother"],
        distress: 4,
        adjusted: false,
        griefSigns: ["yearning", "avoidance"],
      },
      { id: "moved", kind: "relocation", date: "2025", distress: 1, adjusted: true },
    ],
    social: {
      loneliness: 2,
      lifelongIsolation: false,
      communicationDifficulty: 1,
      rejectionSensitivity: 2,
    },
    measures: [
      { instrument: "phq-9", administeredOn: "2026-01-20", items: [2, 2, 3, 2, 1, 2, 1, 1, 0] },
      {
        instrument: "pg-13-r",
        administeredOn: "2026-01",
        items: [3, 4, null, 2, 3, 4, 2, 3, 1, 1, 1],
        relatesTo: "mother-died",
      },
    ],
  };
}

/** A copy of `base` with the value at `path` replaced (`undefined` deletes the key). */
export function withAt(base: Rec, path: readonly (string | number)[], value: unknown): Rec {
  const root = structuredClone(base);
  let cur: unknown = root;
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[seg];
  const obj = cur as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete obj[last];
  else obj[last] = value;
  return root;
}

/** The issues of decoding `u` (empty when it decodes). */
export function issuesOf(u: unknown, opts?: DecodeOptions): readonly CaseIssue[] {
  const r = decodeCase(u, opts);
  return E.isRight(r) ? [] : r.left.issues;
}

/** The issues of decoding `u` as `code@path` strings, in order. */
export function codesOf(u: unknown, opts?: DecodeOptions): string[] {
  return issuesOf(u, opts).map((i) => `${i.code}@${i.path}`);
}

/** {@link fullCase} with one field of its first relationship replaced. */
export function withRelationship(field: string, value: unknown): Rec {
  const c = fullCase();
  const rels = c.relationships as Rec[];
  rels[0] = { ...rels[0], [field]: value };
  return c;
}
