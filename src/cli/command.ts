/**
 * What a command is: its name, help, options and a `run` function of parsed arguments and
 * streams that resolves to an exit code. The command table (`commands.ts`) lists them; the
 * dispatcher (`runCli.ts`) parses the arguments and prints help and usage errors, so a new
 * command is one file and one line in the table.
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type CliIo, EXIT, type ExitCode } from "./io.js";

/** The program's name, as installed by package.json `bin`. */
export const PROGRAM = "ipt-formulation";

/** One option of a command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The placeholder of a string option's value in help, e.g. `N` or `FILE`. */
  readonly value?: string;
  /** One line of help, with the default if any. */
  readonly help: string;
}

/** The parsed command line of a command. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** A command of the CLI. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The positional arguments, e.g. `<file|->`; empty when none. */
  readonly arguments: string;
  /** How many positionals it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Paragraphs of help after the usage line. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Example command lines. */
  readonly examples: readonly string[];
  /** Run with parsed arguments; resolve to the exit code. Writes its own output and errors. */
  readonly run: (args: CommandArgs, io: CliIo) => Promise<ExitCode>;
}

/** The result of a check on a command-line value: the value, or the message of a usage error. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const usage = (message: string): Checked<never> => ({ ok: false, message });

const HELP_OPTION: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

/** The help text of a command. */
export function commandHelp(c: Command): string {
  const opts = Object.entries({ ...c.options, help: HELP_OPTION });
  const left = ([name, o]: readonly [string, OptionSpec]): string =>
    `${o.short === undefined ? "    " : `-${o.short}, `}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
  const width = Math.max(...opts.map((o) => left(o).length));
  return [
    `Usage: ${PROGRAM} ${c.name}${c.arguments === "" ? "" : ` ${c.arguments}`}${Object.keys(c.options).length > 0 ? " [options]" : ""}`,
    "",
    c.summary,
    "",
    c.description,
    "",
    "Options:",
    ...opts.map((o) => `  ${left(o).padEnd(width)}  ${o[1].help}`),
    "",
    "Examples:",
    ...c.examples.map((e) => `  ${e}`),
    "",
    "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 file could not be read or written.",
    "",
  ].join("\n");
}

/** Write a usage error: the message and where to find help; exit code 2. */
export function usageError(io: CliIo, command: string | undefined, message: string): ExitCode {
  const where = command === undefined ? PROGRAM : `${PROGRAM} ${command}`;
  io.stderr.write(`${where}: ${message}\nRun '${where} --help' for usage.\n`);
  return EXIT.usage;
}

/** Write an error that is not a usage error: the message only, no stack. */
export function fail(io: CliIo, command: string, message: string, code: ExitCode): ExitCode {
  io.stderr.write(`${PROGRAM} ${command}: ${message}\n`);
  return code;
}

/** Parse a command's arguments with `node:util` parseArgs (strict), then check the positionals. */
export function parseCommandArgs(
  c: Command,
  argv: readonly string[],
): Checked<CommandArgs & { readonly help: boolean }> {
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries({ ...c.options, help: HELP_OPTION }))
    options[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(
      e instanceof Error
        ? e.message.replace(/\. To specify a positional argument.*$/s, "")
        : "bad arguments",
    );
  }
  const help = parsed.values.help === true;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const positionals = parsed.positionals;
  if (!help && positionals.length < c.positionals.min)
    return usage(`missing argument ${c.arguments}`);
  if (!help && positionals.length > c.positionals.max)
    return usage(
      c.positionals.max === 0
        ? "takes no arguments"
        : `too many arguments (expected ${c.arguments})`,
    );
  return ok({ values, positionals, help });
}

// ---------------------------------------------------------------------------------------
// value checks shared by commands
// ---------------------------------------------------------------------------------------

/** A string option's value, or `undefined` when absent. */
export const stringOption = (args: CommandArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
};

/** One of a closed list of values, with a default. */
export function choice<T extends string>(
  args: CommandArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): Checked<T> {
  const v = stringOption(args, name);
  if (v === undefined) return ok(fallback);
  return (allowed as readonly string[]).includes(v)
    ? ok(v as T)
    : usage(`--${name} must be one of: ${allowed.join(", ")}`);
}

/** An integer option in `min..max`, with a default. */
export function integerOption(
  args: CommandArgs,
  name: string,
  min: number,
  max: number,
  fallback: number | undefined,
): Checked<number | undefined> {
  const v = stringOption(args, name);
  if (v === undefined) return ok(fallback);
  const n = /^[+-]?\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max
    ? ok(n)
    : usage(`--${name} must be an integer from ${min} to ${max}`);
}

/** A number option in `[min, max]` or `[min, max)`, with a default. */
export function numberOption(
  args: CommandArgs,
  name: string,
  range: { readonly min: number; readonly max: number; readonly maxExclusive: boolean },
  fallback: number | undefined,
): Checked<number | undefined> {
  const v = stringOption(args, name);
  if (v === undefined) return ok(fallback);
  const n = v.trim() === "" ? Number.NaN : Number(v);
  const inRange = n >= range.min && (range.maxExclusive ? n < range.max : n <= range.max);
  return Number.isFinite(n) && inRange
    ? ok(n)
    : usage(
        `--${name} must be a number in [${range.min}, ${range.max}${range.maxExclusive ? ")" : "]"}`,
      );
}
