/**
 * Formulate many cases at once: over arrays, iterables and async iterables (streams),
 * lazily, each result paired with its input position, invalid inputs as error records.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type Case,
  type CaseError,
  caseError,
  DEFAULT_MODEL,
  type DecodeOptions,
  decodeCase,
  type Formulation,
  formulate,
  type ScoringModel,
} from "ipt-formulation";
import { isAsyncIterable } from "./internal/iterables.js";

// ---------------------------------------------------------------------------------------
// model
// ---------------------------------------------------------------------------------------

/**
 * A case that decoded, with its formulation.
 *
 * @category Batch
 */
export interface FormulatedCase {
  /** The decoded case (defaults filled in). */
  readonly case: Case;
  /** Its formulation under the run's scoring model. */
  readonly formulation: Formulation;
}

/**
 * An input that decoded and was formulated.
 *
 * @category Batch
 */
export interface BatchSuccess extends FormulatedCase {
  /** The 0-based position of the input. */
  readonly index: number;
  readonly ok: true;
}

/**
 * An input that could not be decoded: its position and every issue (path and code; the
 * messages never repeat input values).
 *
 * @category Batch
 */
export interface BatchFailure {
  /** The 0-based position of the input. */
  readonly index: number;
  readonly ok: false;
  readonly error: CaseError;
}

/**
 * One result of {@link formulateMany}: a success or an error record, never a throw.
 *
 * @category Batch
 */
export type BatchRecord = BatchSuccess | BatchFailure;

/**
 * Options of {@link formulateMany} and {@link formulateJsonLines}.
 *
 * @category Batch
 */
export interface FormulateManyOptions {
  /** The scoring model (default `DEFAULT_MODEL`). */
  readonly model?: ScoringModel;
  /** Options passed to `decodeCase` for every input (size limits, a measure-item validator). */
  readonly decode?: DecodeOptions;
}

// ---------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------

/**
 * Decode and formulate one input at a position: the step {@link formulateMany} applies to
 * every input. Pure and total.
 *
 * @param input - unknown JSON
 * @param index - the input's position
 * @param options - model and decode options
 * @returns the success or error record
 *
 * @example
 * // An input that is not a case
 * formulateAt({}, 7).ok
 * //=> false
 *
 * @category Batch
 */
export function formulateAt(
  input: unknown,
  index: number,
  options: FormulateManyOptions = {},
): BatchRecord {
  const decoded = decodeCase(input, options.decode);
  return E.isLeft(decoded)
    ? { index, ok: false, error: decoded.left }
    : {
        index,
        ok: true,
        case: decoded.right,
        formulation: formulate(
          decoded.right,
          options.model ?? DEFAULT_MODEL,
          // Score the measures with the registry they were decoded against.
          options.decode?.registry === undefined ? {} : { registry: options.decode.registry },
        ),
      };
}

function* formulateSync(
  inputs: Iterable<unknown>,
  options: FormulateManyOptions,
): Generator<BatchRecord, void, undefined> {
  let index = 0;
  for (const input of inputs) yield formulateAt(input, index++, options);
}

async function* formulateAsync(
  inputs: AsyncIterable<unknown>,
  options: FormulateManyOptions,
): AsyncGenerator<BatchRecord, void, undefined> {
  let index = 0;
  for await (const input of inputs) yield formulateAt(input, index++, options);
}

/**
 * Decode and formulate many inputs, lazily, in input order.
 *
 * Each input is unknown JSON (a parsed case file); each gives exactly one record with its
 * 0-based `index`: `{ index, ok: true, case, formulation }`, or `{ index, ok: false, error }`
 * with the `CaseError` of `decodeCase`. An invalid input never stops the run. The result is
 * a generator over an iterable (an array, a `Set`, another generator) and an async
 * generator over an async iterable (a Node stream in object mode, an async generator), so
 * a cohort of any size runs in constant memory: nothing is read before it is asked for,
 * and nothing is kept after it is yielded.
 *
 * Pure per input: the same inputs and model give the same records.
 *
 * @param inputs - the candidate cases: an iterable or an async iterable of unknown values
 * @param options - the scoring model (default `DEFAULT_MODEL`) and decode options
 * @returns a generator, or an async generator for async input, of {@link BatchRecord}s
 *
 * @example
 * // An array: one record per input, invalid ones as error records at their position
 * [...formulateMany([griefCase, { format: "ipt-case/1" }, disputeCase])].map((r) => r.ok)
 * //=> [true, false, true]
 *
 * @example
 * // A stream: an async generator, consumed with for await
 * async function* objectStream() { yield griefCase; yield { format: "ipt-case/1" }; }
 * for await (const r of formulateMany(objectStream())) if (!r.ok) console.log(r.index, r.error.issues[0].code);
 *
 * @example
 * // Another scoring model for the whole run
 * const wide = defineModel({ params: { focus: { margin: 0.25 } } });
 * [...formulateMany(cases, { model: wide.right })][0].formulation.model.id
 * //=> "custom"
 *
 * @category Batch
 */
export function formulateMany(
  inputs: AsyncIterable<unknown>,
  options?: FormulateManyOptions,
): AsyncGenerator<BatchRecord, void, undefined>;
export function formulateMany(
  inputs: Iterable<unknown>,
  options?: FormulateManyOptions,
): Generator<BatchRecord, void, undefined>;
export function formulateMany(
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options?: FormulateManyOptions,
): Generator<BatchRecord, void, undefined> | AsyncGenerator<BatchRecord, void, undefined>;
export function formulateMany(
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options: FormulateManyOptions = {},
): Generator<BatchRecord, void, undefined> | AsyncGenerator<BatchRecord, void, undefined> {
  return isAsyncIterable(inputs) ? formulateAsync(inputs, options) : formulateSync(inputs, options);
}

// ---------------------------------------------------------------------------------------
// JSON Lines
// ---------------------------------------------------------------------------------------

/** The record of a line that is not one JSON value; the message names the line, never its text. */
const unreadableLine = (index: number, blank: boolean): BatchFailure => ({
  index,
  ok: false,
  error: caseError([
    {
      code: "unreadable-input",
      path: "",
      message: blank
        ? `is empty (line ${index + 1}; JSON Lines has one case per line)`
        : `is not valid JSON (line ${index + 1})`,
    },
  ]),
});

/** Parse one JSON Lines line: `undefined` when it is blank or not JSON. */
const parseLine = (line: string): { readonly value: unknown } | undefined => {
  try {
    return { value: JSON.parse(line) };
  } catch {
    return undefined;
  }
};

/**
 * Formulate one line of a JSON Lines file at a 0-based line index: the step
 * {@link formulateJsonLines} applies to every line.
 *
 * @param line - the text of the line, without its line break
 * @param index - the 0-based line index (line number − 1)
 * @param options - model and decode options
 * @returns the record
 *
 * @example
 * // A line that is not JSON: an error record at `""` with code `unreadable-input`
 * formulateLine("{not json", 2)
 * //=> { index: 2, ok: false, error: { kind: "case-error", issues: [{ code: "unreadable-input", path: "", message: "is not valid JSON (line 3)" }], … } }
 *
 * @category Batch
 */
export function formulateLine(
  line: string,
  index: number,
  options: FormulateManyOptions = {},
): BatchRecord {
  const blank = line.trim() === "";
  const parsed = blank ? undefined : parseLine(line);
  return parsed === undefined
    ? unreadableLine(index, blank)
    : formulateAt(parsed.value, index, options);
}

function* linesSync(
  lines: Iterable<string>,
  options: FormulateManyOptions,
): Generator<BatchRecord, void, undefined> {
  let index = 0;
  for (const line of lines) yield formulateLine(line, index++, options);
}

async function* linesAsync(
  lines: AsyncIterable<string>,
  options: FormulateManyOptions,
): AsyncGenerator<BatchRecord, void, undefined> {
  let index = 0;
  for await (const line of lines) yield formulateLine(line, index++, options);
}

/**
 * Formulate the lines of a JSON Lines file (one case per line), lazily and in order: one
 * record per line, `index` being the 0-based line index (line number − 1).
 *
 * A line that is blank or not JSON gives an error record with the issue code
 * `unreadable-input` at path `""` (its message names the line number, never its text), so
 * the output always has exactly one record per input line. Pass the lines of
 * `node:readline` (`readline.createInterface({ input, crlfDelay: Infinity })`, an async
 * iterable) to stream a file of any size in constant memory, or an array of strings.
 *
 * @param lines - the lines, without their line breaks
 * @param options - model and decode options
 * @returns a generator, or an async generator for async input, of {@link BatchRecord}s
 *
 * @example
 * // Two lines, the second broken
 * [...formulateJsonLines([JSON.stringify(griefCase), "{"])].map((r) => [r.index, r.ok])
 * //=> [[0, true], [1, false]]
 *
 * @example
 * // A file, streamed (Node)
 * import { createReadStream } from "node:fs";
 * import { createInterface } from "node:readline";
 * const lines = createInterface({ input: createReadStream("cases.jsonl"), crlfDelay: Infinity });
 * for await (const r of formulateJsonLines(lines)) if (!r.ok) console.log(r.index, r.error.issues[0].code);
 *
 * @category Batch
 */
export function formulateJsonLines(
  lines: AsyncIterable<string>,
  options?: FormulateManyOptions,
): AsyncGenerator<BatchRecord, void, undefined>;
export function formulateJsonLines(
  lines: Iterable<string>,
  options?: FormulateManyOptions,
): Generator<BatchRecord, void, undefined>;
export function formulateJsonLines(
  lines: Iterable<string> | AsyncIterable<string>,
  options: FormulateManyOptions = {},
): Generator<BatchRecord, void, undefined> | AsyncGenerator<BatchRecord, void, undefined> {
  return isAsyncIterable(lines) ? linesAsync(lines, options) : linesSync(lines, options);
}
