/**
 * The worker-thread side of `batch`: formulate chunks of lines sent by the main thread and
 * send back their rendered output. Started by `main.ts` when it runs as a worker.
 *
 * @module
 */
import type { MessagePort } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { DEFAULT_MODEL } from "ipt-formulation";
import { defineModel, type ModelOverrides } from "ipt-formulation/scoring-model";
import { type BatchFormat, renderBatchChunk } from "./batchChunk.js";

/** What a batch worker is started with. */
export interface BatchWorkerData {
  readonly kind: "batch";
  readonly format: BatchFormat;
  /** The `--model` overrides, already checked by the main thread. */
  readonly overrides?: ModelOverrides;
}

/** A chunk to formulate. */
export interface ChunkRequest {
  readonly id: number;
  readonly lines: readonly string[];
  readonly firstIndex: number;
}

/** A rendered chunk. */
export interface ChunkResponse {
  readonly id: number;
  readonly text: string;
  readonly lines: number;
  readonly invalid: number;
}

/** True when the worker data is a batch worker's. */
export const isBatchWorkerData = (u: unknown): u is BatchWorkerData =>
  typeof u === "object" && u !== null && (u as { kind?: unknown }).kind === "batch";

/** Serve chunk requests on `port` until the main thread terminates the worker. */
export function serveBatchChunks(port: MessagePort, data: BatchWorkerData): void {
  const defined =
    data.overrides === undefined ? E.right(DEFAULT_MODEL) : defineModel(data.overrides);
  const model = E.isRight(defined) ? defined.right : DEFAULT_MODEL;
  port.on("message", (req: ChunkRequest) => {
    const r = renderBatchChunk(req.lines, req.firstIndex, data.format, { model });
    const res: ChunkResponse = { id: req.id, ...r };
    port.postMessage(res);
  });
}
