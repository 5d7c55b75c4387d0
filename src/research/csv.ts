/**
 * RFC 4180 CSV: writing records with correct quoting, and reading them back.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { fail } from "./internal/fail.js";
import type { ResearchError } from "./researchError.js";

/**
 * A value {@link toCsv} can write: `null` and `undefined` become an empty field, numbers
 * and booleans their `String()` form.
 *
 * @category Research
 */
export type CsvValue = string | number | boolean | null | undefined;

/** The record separator written by {@link toCsv}, as RFC 4180 §2 prescribes. */
const CRLF = "\r\n";
const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, quoted only when it has to be (RFC 4180 §2.6–2.7).
 *
 * A field is wrapped in double quotes when it contains a comma, a double quote, a CR or
 * an LF, or starts with a byte order mark (so that {@link parseCsv} can tell it from a
 * file's BOM); quotes inside are doubled. Everything else, including leading and trailing
 * spaces and any Unicode, is written as is. `null` and `undefined` give an empty field.
 *
 * @param value - the value to write
 * @returns the field text
 *
 * @example
 * // Plain text is left alone
 * csvField("grief")
 * //=> "grief"
 *
 * @example
 * // A comma forces quotes
 * csvField("dispute, partner")
 * //=> "\"dispute, partner\""
 *
 * @example
 * // Quotes are doubled inside quotes
 * csvField('the "good" son')
 * //=> "\"the \"\"good\"\" son\""
 *
 * @example
 * // Line breaks stay inside the quoted field
 * csvField("line 1\nline 2")
 * //=> "\"line 1\nline 2\""
 *
 * @category Research
 * @see RFC 4180: Common Format and MIME Type for Comma-Separated Values (CSV) Files, §2.
 */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  return NEEDS_QUOTES.test(text) || text.startsWith(BOM) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record; a lone empty field is written `""` so that the line is not blank. */
const csvRecord = (fields: readonly CsvValue[]): string =>
  fields.length === 1 && csvField(fields[0]) === "" ? '""' : fields.map(csvField).join(",");

/**
 * Options of {@link toCsv}.
 *
 * @category Research
 */
export interface ToCsvOptions {
  /** Write the header record of column names first (default `true`). `false` gives records only, for appending to a file or a stream that already has its header. */
  readonly header?: boolean;
}

/**
 * Write rows as RFC 4180 CSV: a header record of the column names, then one record per
 * row with the columns in the given order.
 *
 * Every record, the last included, ends with CRLF (RFC 4180 §2.1–2.2), so concatenating
 * two outputs without their headers stays valid (`{ header: false }` leaves the header
 * out, for streaming rows in chunks). Fields are quoted by {@link csvField}.
 * A record made of one empty field is written `""` rather than as a blank line, which
 * some readers skip. With no columns the result is the empty string. No guard against
 * spreadsheet formula injection is applied (a field starting with `=` is written as is),
 * so that values round-trip exactly.
 *
 * @param rows - the rows, objects whose values are {@link CsvValue}s
 * @param columns - the keys to write, in order; they are also the header
 * @param options - `header: false` to leave the header record out
 * @returns the CSV text, which {@link parseCsv} reads back to the same strings
 *
 * @example
 * // A header, then one record per row, each ending in CRLF
 * toCsv([{ id: "c1", area: "grief" }, { id: "c2", area: "dispute, partner" }], ["id", "area"])
 * //=> "id,area\r\nc1,grief\r\nc2,\"dispute, partner\"\r\n"
 *
 * @example
 * // Numbers, booleans and missing values
 * toCsv([{ kappa: 0.4, agreed: true, note: null }], ["kappa", "agreed", "note"])
 * //=> "kappa,agreed,note\r\n0.4,true,\r\n"
 *
 * @example
 * // Records only, to append to a file that already has its header
 * toCsv([{ id: "c3", area: "grief" }], ["id", "area"], { header: false })
 * //=> "c3,grief\r\n"
 *
 * @category Research
 * @see RFC 4180: Common Format and MIME Type for Comma-Separated Values (CSV) Files.
 */
export function toCsv<Row extends { readonly [K in keyof Row]: CsvValue }>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
  options: ToCsvOptions = {},
): string {
  if (columns.length === 0) return "";
  const body = rows.map((row) => columns.map((column) => row[column]));
  const records = options.header === false ? body : [columns, ...body];
  return records.map((fields) => csvRecord(fields) + CRLF).join("");
}

/**
 * Read RFC 4180 CSV text into records of string fields.
 *
 * Records end at CRLF, LF or a lone CR outside quotes; a final line break is optional and
 * does not start an empty record, but a blank line in the middle is a record with one
 * empty field. Quoted fields may hold commas, line breaks (kept exactly) and doubled
 * quotes. A leading byte order mark is skipped. No header handling, trimming or type
 * conversion is done: the first record is the header if there is one, and every field is
 * a string. Malformed quoting is an error, never guessed at.
 *
 * @param text - the CSV text
 * @returns the records, or a `ResearchError` located at `text[record][field]` (0-based):
 *   `csv-unterminated-quote` (a quoted field runs to the end of the text),
 *   `csv-stray-quote` (a quote inside an unquoted field, or text after a closing quote)
 *
 * @example
 * // Quoted fields with a comma, a doubled quote and a line break
 * parseCsv('id,note\r\nc1,"said ""no"", then left"\r\nc2,"two\nlines"\r\n')
 * //=> right([["id", "note"], ["c1", 'said "no", then left'], ["c2", "two\nlines"]])
 *
 * @example
 * // An unclosed quote is an error value
 * parseCsv('a,"b\r\n')
 * //=> left({ kind: "research-error", code: "csv-unterminated-quote", path: "text[0][1]", message: "record 0, field 1: a quoted field is never closed", … })
 *
 * @category Research
 * @see RFC 4180: Common Format and MIME Type for Comma-Separated Values (CSV) Files, §2.
 */
export function parseCsv(text: string): E.Either<ResearchError, readonly (readonly string[])[]> {
  const unquoted = /[^",\r\n]*/y;
  const records: string[][] = [];
  let record: string[] = [];
  let i = text.startsWith(BOM) ? 1 : 0;
  if (i === text.length) return E.right(records);
  for (;;) {
    const at = `text[${records.length}][${record.length}]`;
    const where = `record ${records.length}, field ${record.length}`;
    let field: string;
    if (text[i] === '"') {
      field = "";
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          return fail("csv-unterminated-quote", at, `${where}: a quoted field is never closed`);
        }
        field += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        field += '"';
        from = quote + 2;
      }
    } else {
      unquoted.lastIndex = i;
      unquoted.test(text);
      field = text.slice(i, unquoted.lastIndex);
      i = unquoted.lastIndex;
    }
    const next = text[i];
    if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
      return fail("csv-stray-quote", at, `${where}: a quote is misplaced`);
    }
    record.push(field);
    if (next === ",") {
      i += 1;
      continue;
    }
    records.push(record);
    record = [];
    if (next === undefined) return E.right(records);
    i += next === "\r" && text[i + 1] === "\n" ? 2 : 1;
    if (i === text.length) return E.right(records);
  }
}
