/**
 * A flat, tabular row per case: what a researcher loads into R, pandas or a spreadsheet.
 *
 * @module
 */
import type { Formulation, ProblemArea } from "ipt-formulation";
import type { BatchRecord } from "./formulateMany.js";

/**
 * One case as a flat row: the same fields in CSV ({@link toCsv}) and in JSON Lines
 * ({@link toJsonl}). An error record has `ok: false`, its `issues`, and `null` in every
 * formulation field.
 *
 * @category Batch
 */
export interface BatchRow {
  /** The 0-based position of the input (the CLI writes the 1-based `line` instead). */
  readonly index: number;
  /** `true` when the input decoded and was formulated. */
  readonly ok: boolean;
  /** The case's `id`, `null` when it has none or did not decode. */
  readonly caseId: string | null;
  /** The primary focus. */
  readonly primary: ProblemArea | null;
  /** The secondary focus, `null` when there is none. */
  readonly secondary: ProblemArea | null;
  /** The four area scores, in [0, 1]. */
  readonly scoreGrief: number | null;
  readonly scoreRoleDispute: number | null;
  readonly scoreRoleTransition: number | null;
  readonly scoreInterpersonalDeficits: number | null;
  /** The distinct flag codes, urgent first (the formulation's order), joined with `;`; `""` for none. */
  readonly flags: string;
  /** The scoring model's id, version and parameter digest. */
  readonly modelId: string | null;
  readonly modelVersion: string | null;
  readonly modelDigest: string | null;
  /** The version of the scoring rules that computed it (`RULES_VERSION` of the main entry). */
  readonly rulesVersion: string | null;
  /** For an error record, each issue as `code@path` joined with `;` (`code@` for the case itself); `""` otherwise. Never an input value. */
  readonly issues: string;
}

/**
 * The columns of a {@link BatchRow}, in the order the CSV writes them.
 *
 * @category Batch
 */
export const BATCH_ROW_COLUMNS = [
  "index",
  "ok",
  "caseId",
  "primary",
  "secondary",
  "scoreGrief",
  "scoreRoleDispute",
  "scoreRoleTransition",
  "scoreInterpersonalDeficits",
  "flags",
  "modelId",
  "modelVersion",
  "modelDigest",
  "rulesVersion",
  "issues",
] as const satisfies readonly (keyof BatchRow)[];

const scoreOf = (f: Formulation, area: ProblemArea): number | null =>
  f.areas.find((a) => a.area === area)?.score ?? null;

/**
 * The flat row of a formulation at a position.
 *
 * @param f - the formulation
 * @param index - the case's position (default 0)
 * @returns the row
 *
 * @example
 * // The grief sample case
 * formulationRow(formulate(griefCase))
 * //=> { index: 0, ok: true, caseId: "sample-grief", primary: "grief", secondary: null, scoreGrief: 0.934, scoreRoleDispute: 0.071719, scoreRoleTransition: 0, scoreInterpersonalDeficits: 0, flags: "", modelId: "ipt-formulation/default", modelVersion: "1.1.0", modelDigest: "sha256:…", rulesVersion: "1.0.0", issues: "" }
 *
 * @category Batch
 */
export function formulationRow(f: Formulation, index = 0): BatchRow {
  return {
    index,
    ok: true,
    caseId: f.caseId ?? null,
    primary: f.focus.primary,
    secondary: f.focus.secondary ?? null,
    scoreGrief: scoreOf(f, "grief"),
    scoreRoleDispute: scoreOf(f, "role-dispute"),
    scoreRoleTransition: scoreOf(f, "role-transition"),
    scoreInterpersonalDeficits: scoreOf(f, "interpersonal-deficits"),
    flags: [...new Set(f.flags.map((flag) => flag.code))].join(";"),
    modelId: f.model.id,
    modelVersion: f.model.version,
    modelDigest: f.model.digest,
    rulesVersion: f.rulesVersion,
    issues: "",
  };
}

/**
 * The flat row of a batch record: the formulation's row, or an error row with the issue
 * codes and paths.
 *
 * @param record - a record of {@link formulateMany} or {@link formulateJsonLines}
 * @returns the row
 *
 * @example
 * // An error record keeps its position and lists code@path, nothing from the input
 * batchRow({ index: 3, ok: false, error: decodeCase({ format: "ipt-case/1" }).left })
 * //=> { index: 3, ok: false, caseId: null, primary: null, …, issues: "required@assessedOn;required@episode;required@relationships;required@lifeEvents" }
 *
 * @example
 * // Rows as CSV (`cases`: the six sample cases' JSON): a header, then one record per case
 * const csv = toCsv([...formulateMany(cases)].map(batchRow), BATCH_ROW_COLUMNS);
 * csv.split("\r\n").map((line) => line.split(",").slice(0, 4).join(","))
 * //=> ["index,ok,caseId,primary", "0,true,sample-grief,grief", "1,true,sample-dispute,role-dispute",
 * //     "2,true,sample-transition,role-transition", "3,true,sample-deficits,interpersonal-deficits",
 * //     "4,true,sample-close-call,role-transition", "5,true,sample-perinatal,role-transition", ""]
 *
 * @category Batch
 */
export function batchRow(record: BatchRecord): BatchRow {
  if (record.ok) return formulationRow(record.formulation, record.index);
  return {
    index: record.index,
    ok: false,
    caseId: null,
    primary: null,
    secondary: null,
    scoreGrief: null,
    scoreRoleDispute: null,
    scoreRoleTransition: null,
    scoreInterpersonalDeficits: null,
    flags: "",
    modelId: null,
    modelVersion: null,
    modelDigest: null,
    rulesVersion: null,
    issues: record.error.issues.map((i) => `${i.code}@${i.path}`).join(";"),
  };
}
