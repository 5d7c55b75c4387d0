/**
 * Helpers for the plan tests: the sample cases, small cases built from partial input, and
 * formulations re-focused on another area (to reach every branch of the area details
 * without depending on the scoring weights).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Case, decodeCase, type Formulation, formulate } from "ipt-formulation";
import { ES } from "ipt-formulation/plan/es";
import { DEFAULT_LOCALES, type LocaleTable, registerLocale } from "ipt-formulation/plan/text";

/**
 * The built-in (English) locale table with the Spanish locale of `ipt-formulation/plan/es`
 * added, as an app that writes Spanish builds it.
 */
export const LOCALES: LocaleTable = registerLocale(DEFAULT_LOCALES, ES);

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Decode a case or fail the test. */
export const decoded = (input: unknown): Case => {
  const r = decodeCase(input);
  if (r._tag === "Left") throw new Error(`case does not decode: ${JSON.stringify(r.left.issues)}`);
  return r.right;
};

/** The sample cases of tests/fixtures, by name without `.json`, in name order. */
export const SAMPLES: ReadonlyMap<string, Case> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [
      f.replace(/\.json$/, ""),
      decoded(JSON.parse(readFileSync(`${dir}${f}`, "utf8"))),
    ]),
);

export const sample = (name: string): Case => {
  const c = SAMPLES.get(name);
  if (c === undefined) throw new Error(`no sample ${name}`);
  return c;
};

/** A case from the parts given, on top of a minimal valid case (assessed 2026-01-12, onset 2025-10). */
export const caseOf = (parts: Record<string, unknown>): Case =>
  decoded({
    format: "ipt-case/1",
    assessedOn: "2026-01-12",
    episode: { onset: "2025-10" },
    relationships: [],
    lifeEvents: [],
    ...parts,
  });

/** A formulation with another focus (the evidence is left as it is). */
export const refocus = (
  f: Formulation,
  primary: Formulation["focus"]["primary"],
  secondary?: Formulation["focus"]["primary"],
): Formulation => ({
  ...f,
  focus: secondary === undefined ? { primary } : { primary, secondary },
});

/** A formulation with extra flags. */
export const withFlags = (f: Formulation, flags: Formulation["flags"]): Formulation => ({
  ...f,
  flags: [...flags, ...f.flags],
});

/** Formulate a case. */
export const formulated = (c: Case): Formulation => formulate(c);

/** A case with a PHQ-9 whose item 9 is positive (the `suicide-risk` flag). */
export const suicidalCase = (parts: Record<string, unknown> = {}): Case =>
  caseOf({
    measures: [
      { instrument: "phq-9", administeredOn: "2026-01-12", items: [2, 2, 2, 2, 1, 2, 1, 1, 2] },
    ],
    ...parts,
  });
