/**
 * The `ipt-formulation` executable: wires the process (argv, stdio, exit code) to
 * {@link runCli}. Also the entry of the worker threads of `batch`. Nothing else here.
 *
 * @module
 */
import { availableParallelism, loadavg } from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { isBatchWorkerData, serveBatchChunks } from "./batchWorker.js";
import { EPIPE_EXIT, isEpipe } from "./progress.js";
import { runCli } from "./runCli.js";

if (!isMainThread) {
  if (parentPort !== null && isBatchWorkerData(workerData))
    serveBatchChunks(parentPort, workerData);
} else {
  // A reader that goes away (`… | head`) makes the next write fail with EPIPE: stop quietly.
  const onStdoutError = (e: unknown): void => {
    if (isEpipe(e)) process.exit(EPIPE_EXIT);
    process.stderr.write("ipt-formulation: cannot write to stdout\n");
    process.exit(3);
  };
  process.stdout.on("error", onStdoutError);
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
    workerUrl: new URL(import.meta.url),
    parallelism: availableParallelism(),
    loadAverage: loadavg()[0] ?? 0,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.stderr.write("ipt-formulation: unexpected error\n");
      process.exitCode = 3;
    },
  );
}
