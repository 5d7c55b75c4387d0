/**
 * The CLI's process I/O, passed in rather than read from `process`, so that every command
 * is a function of its arguments and streams (testable, and `main.ts` only wires them).
 *
 * @module
 */
import { createReadStream, createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";

/** The streams and facts about the process a command may use. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Progress lines are written to stderr only when it is a terminal. */
  readonly stderrIsTTY: boolean;
  /**
   * The clock of the progress line, in milliseconds (`performance.now` in the executable):
   * the only time the commands read, passed in so that a test can drive it.
   */
  readonly now: () => number;
  /** The script a worker thread runs (`main.ts`'s own URL); without it, `batch` runs in one thread. */
  readonly workerUrl?: URL;
  /** How many CPUs the process may use (`os.availableParallelism()`). */
  readonly parallelism: number;
  /** The 1-minute load average (`os.loadavg()[0]`; 0 where the OS has none). */
  readonly loadAverage: number;
}

/** The exit codes of every command. */
export const EXIT = {
  /** Success: everything valid. */
  ok: 0,
  /** The input was read but is invalid (a case, a line of a batch, a ratings file). */
  invalid: 1,
  /** The command line is wrong: an unknown command or option, a missing or bad value. */
  usage: 2,
  /** A file could not be read or written. */
  io: 3,
} as const;

/** An exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The name of an input in messages: `stdin` for `-`, else the path as given. */
export const inputName = (path: string): string => (path === "-" ? "stdin" : path);

/** Why a file could not be opened, in plain words (no stack, no internals). */
export const describeFsError = (e: unknown): string => {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return code === "" ? "it could not be read" : `error ${code}`;
  }
};

/** A result of reading or opening: the value, or a message for stderr. */
export type Opened<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/** Read a whole text input: a file, or stdin for `-`. */
export async function readText(path: string, io: CliIo): Promise<Opened<string>> {
  if (path !== "-") {
    try {
      return { ok: true, value: await readFile(path, "utf8") };
    } catch (e) {
      return { ok: false, message: `cannot read ${path}: ${describeFsError(e)}` };
    }
  }
  const chunks: string[] = [];
  io.stdin.setEncoding("utf8");
  for await (const chunk of io.stdin) chunks.push(chunk as string);
  return { ok: true, value: chunks.join("") };
}

/** Open an input stream (a file, or stdin for `-`), waiting until a file is really open. */
export async function openInput(path: string, io: CliIo): Promise<Opened<Readable>> {
  if (path === "-") return { ok: true, value: io.stdin };
  const stream = createReadStream(path);
  return new Promise((resolve) => {
    stream.once("open", () => resolve({ ok: true, value: stream }));
    stream.once("error", (e) =>
      resolve({ ok: false, message: `cannot read ${path}: ${describeFsError(e)}` }),
    );
  });
}

/** Open an output: a file for `--out F`, else stdout. */
export async function openOutput(path: string | undefined, io: CliIo): Promise<Opened<Writable>> {
  if (path === undefined || path === "-") return { ok: true, value: io.stdout };
  const stream = createWriteStream(path);
  return new Promise((resolve) => {
    stream.once("open", () => resolve({ ok: true, value: stream }));
    stream.once("error", (e) =>
      resolve({ ok: false, message: `cannot write ${path}: ${describeFsError(e)}` }),
    );
  });
}

/**
 * Write a chunk and wait while the stream's buffer is full (backpressure), so that memory
 * stays flat however fast the input is produced. Rejects on a stream error (e.g. `EPIPE`).
 */
export function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (e?: Error): void => {
      out.off("drain", onDrain);
      out.off("error", onError);
      out.off("close", onClose);
      if (e === undefined) resolve();
      else reject(e);
    };
    const onDrain = (): void => done();
    const onError = (e: Error): void => done(e);
    const onClose = (): void => done();
    out.once("drain", onDrain);
    out.once("error", onError);
    out.once("close", onClose);
  });
}

/** End an output that is not stdout and wait until it is flushed; stdout is left open. */
export function finish(out: Writable, io: CliIo): Promise<void> {
  if (out === io.stdout) return Promise.resolve();
  return new Promise((resolve, reject) => {
    out.once("error", reject);
    out.end(() => resolve());
  });
}

/**
 * The lines of a text stream, in batches of up to `size` lines or about `maxChars`
 * characters (whichever comes first), without their line breaks (LF or CRLF). A final line
 * without a line break is a line; an empty input has none. Memory is one batch and one
 * chunk of the stream, whatever the input's size.
 */
export async function* readLineBatches(
  input: Readable,
  size: number,
  maxChars = 4_000_000,
): AsyncGenerator<string[], void, undefined> {
  input.setEncoding("utf8");
  // The pieces of a line that spans chunks, joined once its end is found (never re-scanned).
  let pending: string[] = [];
  let batch: string[] = [];
  let chars = 0;
  const push = (raw: string): void => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    batch.push(line);
    chars += line.length;
  };
  for await (const chunk of input) {
    const text = chunk as string;
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      const piece = text.slice(from, nl);
      push(pending.length === 0 ? piece : [...pending, piece].join(""));
      pending = [];
      from = nl + 1;
      if (batch.length >= size || chars >= maxChars) {
        yield batch;
        batch = [];
        chars = 0;
      }
    }
    if (from < text.length) pending.push(text.slice(from));
  }
  if (pending.length > 0) push(pending.join(""));
  if (batch.length > 0) yield batch;
}
