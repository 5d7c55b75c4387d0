/**
 * The progress line of long commands, on stderr and only when stderr is a terminal, so
 * that pipes and log files never see it.
 *
 * @module
 */
import { type CliIo, EXIT } from "./io.js";

/** Updates a one-line progress report. */
export interface Progress {
  readonly update: (lines: number, invalid: number) => void;
  readonly done: (lines: number, invalid: number) => void;
}

const INTERVAL_MS = 250;

/** A progress reporter for `command`; silent unless stderr is a TTY. */
export function progressReporter(io: CliIo, command: string): Progress {
  if (!io.stderrIsTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  const line = (lines: number, invalid: number): string =>
    `\r${command}: ${lines.toLocaleString("en-US")} lines, ${invalid.toLocaleString("en-US")} invalid`;
  return {
    update: (lines, invalid) => {
      const now = performance.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr.write(line(lines, invalid));
    },
    done: (lines, invalid) => {
      if (shown) io.stderr.write(`${line(lines, invalid)}\n`);
    },
  };
}

/** True for the error a write gets when the reader of a pipe has gone (`head` has seen enough). */
export const isEpipe = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "EPIPE";

/** The exit code after `EPIPE`: the reader stopped reading, which is not a failure. */
export const EPIPE_EXIT = EXIT.ok;
