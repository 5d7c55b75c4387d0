/**
 * Benchmark of decodeCase and formulate against JSON.parse of the same text, measured in the
 * same run (ratios, not absolute times, are what we compare). Run: `npm run bench`.
 *
 * Targets (issue 3): typical case — formulate ≤ 1× JSON.parse, decodeCase ≤ 2×; large cases
 * grow linearly (time per element stays flat from 500 + 500 to 2,000 + 2,000).
 */
import { type Case, decodeCase, formulate } from "ipt-formulation";
import { benchCase } from "./cases.js";

/** Median nanoseconds per call of `fn` over `rounds` rounds of `batch` calls, after a warm-up. */
export function measure(fn: () => unknown, batch: number, rounds = 15): number {
  for (let i = 0; i < batch * 3; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    times.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const decoded = (text: string): Case => {
  const r = decodeCase(JSON.parse(text));
  if (r._tag === "Left") throw new Error(r.left.message);
  return r.right;
};

export interface FormulateBenchResult {
  readonly label: string;
  readonly bytes: number;
  readonly parseNs: number;
  readonly decodeNs: number;
  readonly formulateNs: number;
}

export function runFormulateBench(): FormulateBenchResult[] {
  const sizes: readonly [string, number, number, number][] = [
    ["typical (25 people, 20 events, 2 measures)", 25, 20, 2000],
    ["large (500 + 500)", 500, 500, 40],
    ["large (1,000 + 1,000)", 1000, 1000, 20],
    ["large (2,000 + 2,000)", 2000, 2000, 10],
  ];
  return sizes.map(([label, people, events, batch]) => {
    const text = JSON.stringify(benchCase(people, events));
    const value = JSON.parse(text) as unknown;
    const c = decoded(text);
    return {
      label,
      bytes: text.length,
      parseNs: measure(() => JSON.parse(text), batch),
      decodeNs: measure(() => decodeCase(value), batch),
      formulateNs: measure(() => formulate(c), batch),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of runFormulateBench())
    console.log(
      `${r.label}: ${r.bytes} B; JSON.parse ${(r.parseNs / 1000).toFixed(1)} µs; decode ${(r.decodeNs / r.parseNs).toFixed(2)}×; formulate ${(r.formulateNs / r.parseNs).toFixed(2)}×`,
    );
}
