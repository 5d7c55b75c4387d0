// The baseline of the batch benchmark: a plain Node script that reads the same JSON Lines
// with node:readline and only JSON.parse + JSON.stringify each line, writing in blocks of
// 500 lines with backpressure (as the CLI does), so the ratio measures the formulation work
// and not a difference in I/O strategy. Usage: node batch-baseline.mjs <in.jsonl|->

import { once } from "node:events";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const path = process.argv[2] ?? "-";
const input = path === "-" ? process.stdin : createReadStream(path);
const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
let block = [];
const flush = async () => {
  if (!process.stdout.write(block.join(""))) await once(process.stdout, "drain");
  block = [];
};
for await (const line of rl) {
  block.push(`${JSON.stringify(JSON.parse(line))}\n`);
  if (block.length >= 500) await flush();
}
await flush();
