/**
 * Fuzzing at volume: the properties of `tests/fuzz/properties.ts` with many runs.
 *
 *   npm run fuzz                                   # 200,000 runs split over the targets, a fresh seed
 *   npm run fuzz -- --runs 1000000                 # more runs (or FUZZ_RUNS=1000000)
 *   npm run fuzz -- --seed 42                      # a given seed (or FUZZ_SEED=42)
 *   npm run fuzz -- --target decode-json,score-measure   # some targets (or FUZZ_TARGETS=...)
 *   npm run fuzz -- --target decode-json --seed 42 --path "12:3:0"   # replay one failure
 *
 * It prints the seed first, then per target the runs, the time and the rate; on a failure,
 * fast-check's report (the shrunk input, seed and path) and the command that replays it.
 * Exits 1 if any target fails. Runs the TypeScript sources (`ipt-formulation` maps to
 * `src/index.ts` through tsconfig `paths`), so no build is needed.
 */
import { parseArgs } from "node:util";
import { FUZZ_TARGETS } from "./properties.js";

const DEFAULT_RUNS = 200_000;

const { values } = parseArgs({
  options: {
    runs: { type: "string" },
    seed: { type: "string" },
    target: { type: "string" },
    path: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help) {
  console.log(
    [
      "usage: npm run fuzz -- [--runs N] [--seed N] [--target a,b] [--path P]",
      `  --runs N     total runs, split evenly over the targets (default ${DEFAULT_RUNS.toLocaleString("en")}; env FUZZ_RUNS)`,
      "  --seed N     fast-check seed (default: a fresh one, printed; env FUZZ_SEED)",
      `  --target a,b only these targets (env FUZZ_TARGETS): ${FUZZ_TARGETS.map((t) => t.name).join(", ")}`,
      "  --path P     replay one counterexample (with its --seed and a single --target)",
    ].join("\n"),
  );
  process.exit(0);
}

/** A non-negative integer from a flag or the environment, or `fallback`. */
function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw.replaceAll("_", ""));
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, not ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}

const totalRuns = integer("runs", values.runs ?? process.env.FUZZ_RUNS, DEFAULT_RUNS);
const seed = integer(
  "seed",
  values.seed ?? process.env.FUZZ_SEED,
  // fuzzing wants a new seed each time; it is printed so a failure can be replayed
  Math.floor(Math.random() * 0x7fffffff),
);
const wanted = (values.target ?? process.env.FUZZ_TARGETS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter((s) => s !== "");
const unknown = wanted.filter((w) => !FUZZ_TARGETS.some((t) => t.name === w));
if (unknown.length > 0) {
  console.error(
    `unknown target(s) ${unknown.join(", ")}; the targets are ${FUZZ_TARGETS.map((t) => t.name).join(", ")}`,
  );
  process.exit(2);
}
const targets =
  wanted.length === 0 ? FUZZ_TARGETS : FUZZ_TARGETS.filter((t) => wanted.includes(t.name));
if (values.path !== undefined && targets.length !== 1) {
  console.error("--path replays one counterexample: give exactly one --target");
  process.exit(2);
}

const fmt = (n: number): string => n.toLocaleString("en");
const perTarget = (i: number): number =>
  Math.floor(totalRuns / targets.length) + (i < totalRuns % targets.length ? 1 : 0);

console.log(
  `fuzz: ${fmt(totalRuns)} runs over ${targets.length} target(s), seed ${seed} (replay: npm run fuzz -- --seed ${seed}${wanted.length > 0 ? ` --target ${wanted.join(",")}` : ""}${values.runs !== undefined ? ` --runs ${totalRuns}` : ""})`,
);

interface Row {
  readonly name: string;
  readonly runs: number;
  readonly seconds: number;
  readonly ok: boolean;
}
const rows: Row[] = [];
const started = performance.now();
targets.forEach((t, i) => {
  const runs = perTarget(i);
  console.log(`\n${t.name}: ${t.checks}`);
  const t0 = performance.now();
  let ok = true;
  try {
    t.run({ numRuns: runs, seed, ...(values.path !== undefined ? { path: values.path } : {}) });
  } catch (e) {
    ok = false;
    const message = e instanceof Error ? e.message : String(e);
    console.log(message);
    const path = /path: "([^"]*)"/.exec(message)?.[1];
    if (path !== undefined)
      console.log(`replay: npm run fuzz -- --target ${t.name} --seed ${seed} --path "${path}"`);
  }
  const seconds = (performance.now() - t0) / 1000;
  rows.push({ name: t.name, runs, seconds, ok });
  console.log(
    `${ok ? "ok  " : "FAIL"} ${t.name}: ${fmt(runs)} runs in ${seconds.toFixed(1)} s (${fmt(Math.round(runs / Math.max(seconds, 1e-3)))} runs/s)`,
  );
});
const total = (performance.now() - started) / 1000;

const pad = (s: string, n: number): string => s.padEnd(n);
const padL = (s: string, n: number): string => s.padStart(n);
console.log(
  `\n${pad("target", 16)} ${padL("runs", 9)} ${padL("seconds", 8)} ${padL("runs/s", 8)}  result`,
);
for (const r of rows)
  console.log(
    `${pad(r.name, 16)} ${padL(fmt(r.runs), 9)} ${padL(r.seconds.toFixed(1), 8)} ${padL(fmt(Math.round(r.runs / Math.max(r.seconds, 1e-3))), 8)}  ${r.ok ? "ok" : "FAIL"}`,
  );
const failed = rows.filter((r) => !r.ok).length;
console.log(
  `${pad("total", 16)} ${padL(fmt(rows.reduce((s, r) => s + r.runs, 0)), 9)} ${padL(total.toFixed(1), 8)}           ${failed === 0 ? "ok" : `${failed} FAILED`}  (seed ${seed})`,
);
process.exit(failed === 0 ? 0 : 1);
