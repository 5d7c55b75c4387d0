/**
 * `ipt-formulation batch <in.jsonl|->`: formulate a JSON Lines file of cases, streaming.
 *
 * @module
 */
import type { Writable } from "node:stream";
import { BATCH_FORMATS, batchCsvHeader, type ChunkResult } from "../batchChunk.js";
import { type ChunkRunner, inlineRunner, workerRunner } from "../chunkRunner.js";
import { type Command, choice, fail, integerOption, stringOption, usageError } from "../command.js";
import {
  describeFsError,
  EXIT,
  type ExitCode,
  finish,
  inputName,
  openInput,
  openOutput,
  readLineBatches,
  write,
} from "../io.js";
import { isEpipe, progressReporter } from "../progress.js";
import { loadModel, MODEL_OPTION } from "../shared.js";

/** Lines per chunk: big enough to amortise a message to a worker, small enough to keep memory flat. */
const CHUNK_LINES = 500;
/** Chunks in flight per worker: enough to keep every worker busy while the main thread writes. */
const IN_FLIGHT_PER_JOB = 3;
const MAX_JOBS = 64;
/** Lines formulated in the main thread before worker threads start (each costs about as much to start as 2,000 lines). */
const INLINE_LINES = 4000;

/**
 * The default number of worker threads: one per idle CPU (CPUs minus the 1-minute load
 * average, rounded), and 1 (the main thread only) when fewer than two are idle. Worker
 * threads cost memory and start-up time and only pay off on idle cores; on a busy machine
 * they make a batch slower.
 */
export function defaultJobs(cpus: number, loadAverage: number): number {
  const idle = Math.round(cpus - loadAverage);
  return idle >= 2 ? Math.min(idle, MAX_JOBS) : 1;
}

export const batchCommand: Command = {
  name: "batch",
  summary: "Formulate a JSON Lines file of cases (one per line), streaming, one record per line.",
  arguments: "<in.jsonl|->",
  positionals: { min: 1, max: 1 },
  description: [
    "Reads one case per line (a file, or stdin for -) and writes one flat record per input",
    "line, in input order: line, ok, caseId, primary, secondary, the four scores, flag codes",
    "(joined with ;), the model's id, version and digest, and for an invalid line its issues",
    "as code@path (joined with ;; never a value from the input). A line that is blank or not",
    "JSON is an invalid record too, so the output always has as many records as the input",
    "has lines. Memory is bounded whatever the input size: lines are read in chunks and the",
    "output is written with backpressure. Past line 4,000 the work is spread over worker",
    "threads (--jobs; by default one per idle CPU, none when the machine is busy).",
    "A progress line goes to stderr when stderr is a terminal.",
    "",
    "Exit code: 0 when every line was a valid case, 1 when some were not (their records",
    "say why), 2 for a usage error, 3 when the input or output file cannot be opened.",
  ].join("\n"),
  options: {
    out: { type: "string", short: "o", value: "FILE", help: "write to FILE instead of stdout" },
    format: {
      type: "string",
      value: "jsonl|csv",
      help: "output format (default jsonl); csv is RFC 4180 with a header",
    },
    model: MODEL_OPTION,
    jobs: {
      type: "string",
      short: "j",
      value: "N",
      help: "worker threads (default: one per idle CPU, 1 on a busy machine; 1 runs in the main thread)",
    },
  },
  examples: [
    "ipt-formulation batch cases.jsonl --out formulations.jsonl",
    "ipt-formulation batch cases.jsonl --format csv > formulations.csv",
    "ipt-formulation synth --count 1000 --seed 7 | ipt-formulation batch - | head",
  ],
  run: async (args, io) => {
    const format = choice(args, "format", BATCH_FORMATS, "jsonl");
    if (!format.ok) return usageError(io, "batch", format.message);
    const jobs = integerOption(
      args,
      "jobs",
      1,
      MAX_JOBS,
      defaultJobs(io.parallelism, io.loadAverage),
    );
    if (!jobs.ok) return usageError(io, "batch", jobs.message);
    const model = await loadModel(args, io, "batch");
    if (!model.ok) return model.code;
    const path = args.positionals[0] as string;
    const input = await openInput(path, io);
    if (!input.ok) return fail(io, "batch", input.message, EXIT.io);
    const out = await openOutput(stringOption(args, "out"), io);
    if (!out.ok) return fail(io, "batch", out.message, EXIT.io);

    const options = { model: model.value.model };
    const threads = io.workerUrl === undefined ? 1 : (jobs.value as number);
    const inline = inlineRunner(format.value, options);
    let pool: ChunkRunner | undefined;
    const startPool = (): ChunkRunner =>
      workerRunner(io.workerUrl as URL, threads, {
        kind: "batch",
        format: format.value,
        ...(model.value.overrides === undefined ? {} : { overrides: model.value.overrides }),
      });
    const progress = progressReporter(io, "batch");
    const inFlight: Promise<ChunkResult>[] = [];
    let lines = 0;
    let invalid = 0;
    const emit = async (o: Writable, text: string): Promise<ExitCode | undefined> => {
      try {
        await write(o, text);
        return undefined;
      } catch (e) {
        if (isEpipe(e)) throw e;
        return fail(
          io,
          "batch",
          `cannot write ${stringOption(args, "out") ?? "stdout"}: ${describeFsError(e)}`,
          EXIT.io,
        );
      }
    };
    const drainOne = async (): Promise<ExitCode | undefined> => {
      const r = await (inFlight.shift() as Promise<ChunkResult>);
      lines += r.lines;
      invalid += r.invalid;
      progress.update(lines, invalid);
      return emit(out.value, r.text);
    };

    try {
      if (format.value === "csv") {
        const failed = await emit(out.value, batchCsvHeader());
        if (failed !== undefined) return failed;
      }
      let submitted = 0;
      try {
        for await (const chunk of readLineBatches(input.value, CHUNK_LINES)) {
          // The first lines run inline: a small input never pays for starting workers.
          if (submitted >= INLINE_LINES && threads > 1 && pool === undefined) pool = startPool();
          const runner = pool ?? inline;
          inFlight.push(runner.run(chunk, submitted));
          submitted += chunk.length;
          while (inFlight.length >= threads * IN_FLIGHT_PER_JOB) {
            const failed = await drainOne();
            if (failed !== undefined) return failed;
          }
        }
      } catch (e) {
        if (isEpipe(e)) throw e;
        return fail(io, "batch", `cannot read ${inputName(path)}: ${describeFsError(e)}`, EXIT.io);
      }
      while (inFlight.length > 0) {
        const failed = await drainOne();
        if (failed !== undefined) return failed;
      }
      await finish(out.value, io);
      progress.done(lines, invalid);
      return invalid === 0 ? EXIT.ok : EXIT.invalid;
    } finally {
      await pool?.close();
    }
  },
};
