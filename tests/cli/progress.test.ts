/**
 * The progress line of `batch` and `sensitivity`, driven by a clock the test sets: exactly
 * which writes reach stderr (the first update, throttled updates, the final line, nothing
 * when stderr is not a terminal), whatever the speed of the machine running the test.
 */
import { Readable, Writable } from "node:stream";
import * as E from "fp-ts/lib/Either.js";
import { synthesizeCases } from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { PROGRESS_INTERVAL_MS, progressReporter } from "../../src/cli/progress.js";
import { runCli } from "../../src/cli/runCli.js";

/** A stream that records each write as one string. */
const recorder = (): { readonly stream: Writable; readonly writes: string[] } => {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      writes.push(String(chunk));
      callback();
    },
  });
  return { stream, writes };
};

/** A clock that reads `start`, then moves on by `step` at every later read. */
const steppingClock = (start: number, step: number): (() => number) => {
  let t = start - step;
  return () => {
    t += step;
    return t;
  };
};

/** A clock that gives the listed times, one per read, and fails when read once too often. */
const listedClock = (times: readonly number[]): (() => number) => {
  let i = 0;
  return () => {
    const t = times[i++];
    if (t === undefined) throw new Error("the clock was read more often than the test expects");
    return t;
  };
};

/** A reporter for `batch` on a terminal (or not) with a given clock, and what it wrote. */
const reporter = (now: () => number, stderrIsTTY = true) => {
  const err = recorder();
  return { progress: progressReporter({ stderr: err.stream, stderrIsTTY, now }, "batch"), ...err };
};

describe("the progress line", () => {
  it("a run quicker than one interval writes only its final line, with a line break", () => {
    const { progress, writes } = reporter(() => 1_000);
    progress.update(500, 0);
    progress.update(1_000, 2);
    progress.done(1_234, 2);
    expect(writes).toEqual(["\rbatch: 1,234 lines, 2 invalid\n"]);
  });

  it("an empty run on a terminal still ends with its line", () => {
    const { progress, writes } = reporter(() => 0);
    progress.done(0, 0);
    expect(writes).toEqual(["\rbatch: 0 lines, 0 invalid\n"]);
  });

  it.each([
    ["one interval after the reporter was made", [5_000, 5_000 + PROGRESS_INTERVAL_MS], true],
    ["not before", [5_000, 5_000 + PROGRESS_INTERVAL_MS - 1], false],
    // However long the process ran before the command began (performance.now counts from
    // the start of the process), the first interval counts from the reporter.
    ["not on a clock that began long before the reporter", [60_000, 60_001], false],
  ])("the first update comes %s", (_, times, shown) => {
    const { progress, writes } = reporter(listedClock(times));
    progress.update(500, 1);
    expect(writes).toEqual(shown ? ["\rbatch: 500 lines, 1 invalid"] : []);
  });

  it("updates are throttled to one per interval, each rewriting the line from its start", () => {
    const { progress, writes } = reporter(listedClock([0, 250, 300, 499, 500, 900, 2_000]));
    for (let chunk = 1; chunk <= 6; chunk++) progress.update(chunk * 500, chunk);
    progress.done(3_100, 6);
    expect(writes).toEqual([
      "\rbatch: 500 lines, 1 invalid", // at 250
      "\rbatch: 2,000 lines, 4 invalid", // at 500 (300 and 499 are within 250 of 250)
      "\rbatch: 2,500 lines, 5 invalid", // at 900
      "\rbatch: 3,000 lines, 6 invalid", // at 2,000
      "\rbatch: 3,100 lines, 6 invalid\n", // done: always, and the only line break
    ]);
  });

  it("done does not read the clock: the final line never waits for an interval", () => {
    const { progress, writes } = reporter(listedClock([0, 300]));
    progress.update(10, 0);
    progress.done(10, 0);
    expect(writes).toEqual(["\rbatch: 10 lines, 0 invalid", "\rbatch: 10 lines, 0 invalid\n"]);
  });

  it("writes nothing at all when stderr is not a terminal, however much time passes", () => {
    const { progress, writes } = reporter(steppingClock(0, 10_000), false);
    progress.update(500, 0);
    progress.update(1_000, 0);
    progress.done(1_000, 0);
    expect(writes).toEqual([]);
  });
});

describe("batch and sensitivity on a terminal", () => {
  const cases = synthesizeCases({ count: 3, seed: 5 });
  if (E.isLeft(cases)) throw new Error(cases.left.message);
  const lines = [...cases.right].map((c) => JSON.stringify(c));

  /** Run a command in this process with stdin text, stderr a terminal, and a given clock. */
  const run = async (
    args: readonly string[],
    input: string,
    now: () => number,
  ): Promise<{ code: number; stderr: string[] }> => {
    const out = recorder();
    const err = recorder();
    const io: CliIo = {
      stdin: Readable.from([Buffer.from(input)]),
      stdout: out.stream,
      stderr: err.stream,
      stderrIsTTY: true,
      now,
      parallelism: 1,
      loadAverage: 0,
    };
    const code = await runCli(args, io);
    return { code, stderr: err.writes };
  };

  it.each([
    ["batch", ["batch", "-"], "\rbatch: 4 lines, 1 invalid\n"],
    [
      "sensitivity",
      ["sensitivity", "-", "--runs", "2", "--format", "jsonl"],
      "\rsensitivity: 4 lines, 1 invalid\n",
    ],
  ])("%s: a quick run ends with its summary line and nothing else", async (_, args, expected) => {
    const r = await run(args, [...lines, "{oops"].join("\n"), () => 0);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([expected]);
  });

  it("batch: a slow run updates the line once per chunk of 500 lines, then ends it", async () => {
    // 1,001 lines are three chunks (500, 500, 1); the clock moves one interval per read.
    const input = Array.from({ length: 1_001 }, (_, i) => lines[i % lines.length]).join("\n");
    const r = await run(["batch", "-"], input, steppingClock(0, PROGRESS_INTERVAL_MS));
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([
      "\rbatch: 500 lines, 0 invalid",
      "\rbatch: 1,000 lines, 0 invalid",
      "\rbatch: 1,001 lines, 0 invalid",
      "\rbatch: 1,001 lines, 0 invalid\n",
    ]);
  });
});
