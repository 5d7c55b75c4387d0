/**
 * The dispatcher: top-level options (`--help`, `--version`), the command, its arguments,
 * its help, and errors turned into messages and exit codes (never a stack trace).
 *
 * @module
 */
import { type Command, commandHelp, PROGRAM, parseCommandArgs, usageError } from "./command.js";
import { COMMANDS } from "./commands.js";
import { type CliIo, EXIT, type ExitCode } from "./io.js";
import { EPIPE_EXIT, isEpipe } from "./progress.js";
import { VERSION } from "./version.js";

/** The top-level help. */
export function topHelp(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    "",
    "Interpersonal Psychotherapy (IPT) case formulation: decision support for clinicians and",
    "researchers, a suggestion to confirm, never a diagnosis.",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show this help (or a command's: ipt-formulation <command> --help)",
    "  -v, --version  print the version",
    "",
    "A file argument of - reads stdin. Output goes to stdout, errors to stderr.",
    "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 file could not be read or written.",
    "",
  ].join("\n");
}

/**
 * Run the CLI on `argv` (the arguments after the program name) with the given streams.
 * Resolves to the exit code; never throws for a user error. A broken pipe on output
 * (`EPIPE`: the reader, e.g. `head`, has gone) ends the command quietly with exit code 0.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(topHelp());
    return EXIT.usage;
  }
  if (first === "--help" || first === "-h") {
    io.stdout.write(topHelp());
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const name = first === "help" ? rest[0] : first;
  if (first === "help" && name === undefined) {
    io.stdout.write(topHelp());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined)
    return first.startsWith("-")
      ? usageError(io, undefined, `unknown option ${first}`)
      : usageError(
          io,
          undefined,
          `unknown command '${name}' (commands: ${COMMANDS.map((c) => c.name).join(", ")})`,
        );
  if (first === "help") {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  const parsed = parseCommandArgs(command, rest);
  if (!parsed.ok) return usageError(io, command.name, parsed.message);
  if (parsed.value.help) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(parsed.value, io);
  } catch (e) {
    if (isEpipe(e)) return EPIPE_EXIT;
    io.stderr.write(
      `${PROGRAM} ${command.name}: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return EXIT.io;
  }
}
