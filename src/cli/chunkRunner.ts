/**
 * Where `batch` chunks are formulated: in the main thread, or on a pool of worker threads
 * (one per CPU by default). Either way a chunk's result is a promise; the caller awaits
 * them in submission order, so the output keeps the input's order.
 *
 * @module
 */
import { Worker } from "node:worker_threads";
import type { FormulateManyOptions } from "ipt-formulation/research";
import { type BatchFormat, type ChunkResult, renderBatchChunk } from "./batchChunk.js";
import type { BatchWorkerData, ChunkRequest, ChunkResponse } from "./batchWorker.js";

/** Formulates chunks of lines. */
export interface ChunkRunner {
  readonly run: (lines: readonly string[], firstIndex: number) => Promise<ChunkResult>;
  readonly close: () => Promise<void>;
}

/** Formulate in the calling thread. */
export function inlineRunner(format: BatchFormat, options: FormulateManyOptions): ChunkRunner {
  return {
    run: (lines, firstIndex) =>
      Promise.resolve(renderBatchChunk(lines, firstIndex, format, options)),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  readonly resolve: (r: ChunkResult) => void;
  readonly reject: (e: Error) => void;
  readonly worker: number;
}

/** Formulate on `size` worker threads running `url` (which must serve batch chunks). */
export function workerRunner(url: URL, size: number, data: BatchWorkerData): ChunkRunner {
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  let closing = false;
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(url, { workerData: data });
    worker.on("message", (res: ChunkResponse) => {
      const p = pending.get(res.id);
      if (p === undefined) return;
      pending.delete(res.id);
      load[w] = (load[w] ?? 1) - 1;
      p.resolve({ text: res.text, lines: res.lines, invalid: res.invalid });
    });
    const failAll = (e: Error): void => {
      for (const [id, p] of pending)
        if (p.worker === w) {
          pending.delete(id);
          p.reject(e);
        }
    };
    worker.on("error", failAll);
    worker.on("exit", () => {
      if (!closing) failAll(new Error("a worker thread stopped unexpectedly"));
    });
    return worker;
  });
  return {
    run: (lines, firstIndex) =>
      new Promise((resolve, reject) => {
        const w = load.indexOf(Math.min(...load));
        const id = nextId++;
        pending.set(id, { resolve, reject, worker: w });
        load[w] = (load[w] ?? 0) + 1;
        const req: ChunkRequest = { id, lines, firstIndex };
        (workers[w] as Worker).postMessage(req);
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
