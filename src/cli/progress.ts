/**
 * The progress line of long commands, on stderr and only when stderr is a terminal, so
 * that pipes and log files never see it.
 *
 * @module
 */
import { type CliIo, EXIT } from "./io.js";

/** Updates a one-line progress report. */
export interface Progress {
  /** Report the counts so far; written only when an interval has passed since the last line. */
  readonly update: (lines: number, invalid: number) => void;
  /** Report the final counts: always written (on a terminal), and ends the line. */
  readonly done: (lines: number, invalid: number) => void;
}

/** The least time between two progress lines, in milliseconds (and before the first). */
export const PROGRESS_INTERVAL_MS = 250;

const SILENT: Progress = { update: () => undefined, done: () => undefined };

/**
 * A progress reporter for `command`; silent unless stderr is a TTY.
 *
 * On a terminal, `update` rewrites the line (`\r` then `batch: 12,000 lines, 3 invalid`)
 * at most once per {@link PROGRESS_INTERVAL_MS} of `io.now`, the first time one interval
 * after the reporter was made (so a quick run does not flicker), and `done` always writes
 * the final counts and a line break, however quick the run was. Time is read only from
 * `io.now`, so a test drives it with a clock of its own.
 *
 * @param io - the stderr stream, whether it is a terminal, and the clock.
 * @param command - the command's name, the line's prefix.
 * @returns the reporter (one that writes nothing when stderr is not a terminal).
 */
export function progressReporter(
  io: Pick<CliIo, "stderr" | "stderrIsTTY" | "now">,
  command: string,
): Progress {
  if (!io.stderrIsTTY) return SILENT;
  let last = io.now();
  const line = (lines: number, invalid: number): string =>
    `\r${command}: ${lines.toLocaleString("en-US")} lines, ${invalid.toLocaleString("en-US")} invalid`;
  return {
    update: (lines, invalid) => {
      const now = io.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      io.stderr.write(line(lines, invalid));
    },
    done: (lines, invalid) => {
      io.stderr.write(`${line(lines, invalid)}\n`);
    },
  };
}

/** True for the error a write gets when the reader of a pipe has gone (`head` has seen enough). */
export const isEpipe = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "EPIPE";

/** The exit code after `EPIPE`: the reader stopped reading, which is not a failure. */
export const EPIPE_EXIT = EXIT.ok;
