/**
 * Benchmark of decodeCase and formulate against JSON.parse of the same text, measured in the
 * same run (ratios, not absolute times, are what we compare). Run: `npm run bench`.
 *
 * Targets (issue 3): typical case — formulate ≤ 1× JSON.parse, decodeCase ≤ 2×; large cases
 * grow linearly (time per element stays flat from 500 + 500 to 2,000 + 2,000).
 */
import { type Case, decodeCase, formulate } from "ipt-formulation";
import { benchCase } from "./cases.js";

/** Nanoseconds per call of `fn`, timing `batch` calls. */
const time = (fn: () => unknown, batch: number): number => {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) fn();
  return Number(process.hrtime.bigint() - t0) / batch;
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/**
 * Time a baseline and candidates in interleaved rounds (baseline, a, b, baseline, a, b, …)
 * after a warm-up, and report per candidate the median of the per-round ratios, so that
 * load from other processes affects both sides of each ratio alike.
 */
export function compare(
  baseline: () => unknown,
  candidates: readonly (() => unknown)[],
  batch: number,
  rounds = 21,
): { readonly baselineNs: number; readonly ratios: readonly number[] } {
  for (const fn of [baseline, ...candidates]) for (let i = 0; i < batch * 3; i++) fn();
  const base: number[] = [];
  const ratios: number[][] = candidates.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const b = time(baseline, batch);
    base.push(b);
    candidates.forEach((fn, i) => {
      ratios[i]?.push(time(fn, batch) / b);
    });
  }
  return { baselineNs: median(base), ratios: ratios.map(median) };
}

const decoded = (text: string): Case => {
  const r = decodeCase(JSON.parse(text));
  if (r._tag === "Left") throw new Error(r.left.message);
  return r.right;
};

export interface FormulateBenchResult {
  readonly label: string;
  readonly bytes: number;
  /** Median time of JSON.parse of the case text. */
  readonly parseNs: number;
  /** decodeCase of the parsed value, as a multiple of JSON.parse of the text. */
  readonly decodeRatio: number;
  /** formulate of the decoded case, as a multiple of JSON.parse of the text. */
  readonly formulateRatio: number;
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
    const { baselineNs, ratios } = compare(
      () => JSON.parse(text),
      [() => decodeCase(value), () => formulate(c)],
      batch,
    );
    return {
      label,
      bytes: text.length,
      parseNs: baselineNs,
      decodeRatio: ratios[0] as number,
      formulateRatio: ratios[1] as number,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { cpus, loadavg } = await import("node:os");
  const load = (): string => loadavg()[0]?.toFixed(1) ?? "?";
  const before = load();
  const rows = runFormulateBench();
  console.log(
    `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "unknown"}), Node ${process.version}, load average ${before} at start, ${load()} at end\n`,
  );
  console.log("| case | JSON text | JSON.parse (baseline) | decodeCase | formulate |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(
      `| ${r.label} | ${(r.bytes / 1024).toFixed(0)} KiB | ${(r.parseNs / 1000).toFixed(0)} µs = 1× | ${r.decodeRatio.toFixed(2)}× | ${r.formulateRatio.toFixed(2)}× |`,
    );
}
