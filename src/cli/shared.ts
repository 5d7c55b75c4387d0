/**
 * Pieces several commands share: the `--model` option, reading one
 * case, and printing case issues (path and code, never an input value).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type Case,
  type CaseIssue,
  DEFAULT_MODEL,
  decodeCase,
  type ScoringModel,
} from "ipt-formulation";
import { defineModel, type ModelOverrides } from "ipt-formulation/scoring-model";
import {
  type CommandArgs,
  fail,
  type OptionSpec,
  PROGRAM,
  stringOption,
  usageError,
} from "./command.js";
import { type CliIo, EXIT, type ExitCode, inputName, readText } from "./io.js";

/** The `--model FILE` option. */
export const MODEL_OPTION: OptionSpec = {
  type: "string",
  value: "FILE",
  help: "a JSON file of scoring-model overrides { id?, version?, params? } (default: the default model)",
};

/** A loaded scoring model with the raw overrides it came from (a worker thread defines it again). */
export interface LoadedModel {
  readonly model: ScoringModel;
  readonly overrides: ModelOverrides | undefined;
}

/** The issues as indented lines: `path: code: message`, the case itself as `(case)`. */
export const issueLines = (issues: readonly CaseIssue[]): string =>
  issues.map((i) => `  ${i.path === "" ? "(case)" : i.path}: ${i.code}: ${i.message}\n`).join("");

/** Parse JSON text, `undefined` when it is not JSON. The parser's message is never shown: it quotes the input. */
export const parseJson = (text: string): { readonly value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
};

/** Load `--model FILE`, or the default model. Writes the error and gives its exit code on failure. */
export async function loadModel(
  args: CommandArgs,
  io: CliIo,
  command: string,
): Promise<
  | { readonly ok: true; readonly value: LoadedModel }
  | { readonly ok: false; readonly code: ExitCode }
> {
  const path = stringOption(args, "model");
  if (path === undefined)
    return { ok: true, value: { model: DEFAULT_MODEL, overrides: undefined } };
  const text = await readText(path, io);
  if (!text.ok) return { ok: false, code: fail(io, command, text.message, EXIT.io) };
  const json = parseJson(text.value);
  if (json === undefined)
    return { ok: false, code: usageError(io, command, `--model ${path} is not valid JSON`) };
  const defined = defineModel(json.value as ModelOverrides);
  if (E.isLeft(defined)) {
    io.stderr.write(
      `${PROGRAM} ${command}: --model ${path} is not a valid scoring model:\n${issueLines(defined.left.issues)}`,
    );
    return { ok: false, code: EXIT.usage };
  }
  return { ok: true, value: { model: defined.right, overrides: json.value as ModelOverrides } };
}

/** Read, parse and decode one case from a file or stdin. Writes the error and gives its exit code on failure. */
export async function readCase(
  path: string,
  io: CliIo,
  command: string,
): Promise<
  | { readonly ok: true; readonly value: Case }
  | { readonly ok: false; readonly code: ExitCode; readonly issues?: readonly CaseIssue[] }
> {
  const text = await readText(path, io);
  if (!text.ok) return { ok: false, code: fail(io, command, text.message, EXIT.io) };
  const json = parseJson(text.value);
  if (json === undefined)
    return {
      ok: false,
      code: EXIT.invalid,
      issues: [
        { code: "unreadable-input", path: "", message: `is not valid JSON (${inputName(path)})` },
      ],
    };
  const decoded = decodeCase(json.value);
  return E.isLeft(decoded)
    ? { ok: false, code: EXIT.invalid, issues: decoded.left.issues }
    : { ok: true, value: decoded.right };
}
