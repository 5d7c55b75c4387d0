/**
 * The work of `batch` on a chunk of lines: formulate each line and render its output
 * record. Pure (text in, text out), so it runs the same in the main thread and in a worker.
 *
 * @module
 */
import {
  BATCH_ROW_COLUMNS,
  type BatchRow,
  batchRow,
  type FormulateManyOptions,
  formulateLine,
  toCsv,
} from "ipt-formulation/research";

/** The output formats of `batch`. */
export const BATCH_FORMATS = ["jsonl", "csv"] as const;
/** An output format of `batch`. */
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** A batch output record: the flat row with the 1-based input `line` in place of `index`. */
export type BatchLineRow = { readonly line: number } & Omit<BatchRow, "index">;

/** The CSV columns of `batch`: `line`, then the flat row's columns. */
export const BATCH_LINE_COLUMNS: readonly (keyof BatchLineRow & string)[] = [
  "line",
  ...BATCH_ROW_COLUMNS.filter((c): c is Exclude<typeof c, "index"> => c !== "index"),
];

/** The CSV header record. */
export const batchCsvHeader = (): string => toCsv([], BATCH_LINE_COLUMNS);

/** What a chunk gave: its output text and how many of its lines were invalid. */
export interface ChunkResult {
  readonly text: string;
  readonly lines: number;
  readonly invalid: number;
}

/**
 * Formulate the lines of a chunk, the first being line `firstIndex + 1` of the input, and
 * render one output record per line, in order.
 */
export function renderBatchChunk(
  lines: readonly string[],
  firstIndex: number,
  format: BatchFormat,
  options: FormulateManyOptions,
): ChunkResult {
  const rows: BatchLineRow[] = [];
  let invalid = 0;
  for (const [i, line] of lines.entries()) {
    const r = batchRow(formulateLine(line, firstIndex + i, options));
    if (!r.ok) invalid += 1;
    // Spelled out rather than spread: one object shape, and the columns' order.
    rows.push({
      line: r.index + 1,
      ok: r.ok,
      caseId: r.caseId,
      primary: r.primary,
      secondary: r.secondary,
      scoreGrief: r.scoreGrief,
      scoreRoleDispute: r.scoreRoleDispute,
      scoreRoleTransition: r.scoreRoleTransition,
      scoreInterpersonalDeficits: r.scoreInterpersonalDeficits,
      flags: r.flags,
      modelId: r.modelId,
      modelVersion: r.modelVersion,
      modelDigest: r.modelDigest,
      rulesVersion: r.rulesVersion,
      issues: r.issues,
    });
  }
  const text =
    format === "csv"
      ? toCsv(rows, BATCH_LINE_COLUMNS, { header: false })
      : rows.map((r) => `${JSON.stringify(r)}\n`).join("");
  return { text, lines: lines.length, invalid };
}
