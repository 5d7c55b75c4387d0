/**
 * Benchmark of `ipt-formulation batch` (the built CLI, dist/cli.js) against a plain Node
 * script that reads the same JSON Lines and only JSON.parse + JSON.stringify each line
 * (tests/bench/batch-baseline.mjs). Not a test: it prints a Markdown report.
 *
 * Run: `npm run build && npx tsx tests/bench/batch-cli.ts [--sizes 10000,100000] [--repeat 3]`
 *
 * For each size, a synthetic cohort (synthesizeCases, seed 2026) is written to a temp
 * file; then, interleaved `repeat` times, each of: the baseline, `batch --jobs 1` (main
 * thread only) and `batch --jobs <CPUs>` (worker threads) reads it and writes to /dev/null. Each
 * child reports its own `process.resourceUsage()` at exit through a preloaded script
 * (CPU time of all its threads, and the peak resident set size, maxRSS). The report gives
 * medians and the ratios to the baseline. Targets (issue 7): wall time <= 3x the baseline;
 * peak memory flat from 10,000 to 100,000 cases.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as E from "fp-ts/lib/Either.js";
import { synthesizeCases } from "ipt-formulation/research";
import { snapshotPackage } from "../cli/support.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST_CLI = join(ROOT, "dist", "cli.js");
/**
 * A snapshot of the package (package.json and dist/*.js, in the git-ignored temp/), so that a
 * rebuild of dist/ during the run cannot pull it away. The CLI loads the library by the
 * package's own name, which Node resolves from the snapshot's package.json (not from inside
 * node_modules, where a package's own name does not resolve); zod and fp-ts resolve from the
 * repository's node_modules as dist/ does.
 */
const SNAPSHOT = join(ROOT, "temp", `bench-${process.pid}`);
const CLI = join(SNAPSHOT, "dist", "cli.js");
const BASELINE = join(ROOT, "tests", "bench", "batch-baseline.mjs");

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    repeat: { type: "string", default: "3" },
  },
});
const sizes = String(values.sizes).split(",").map(Number);
const repeat = Number(values.repeat);

if (!existsSync(DIST_CLI)) {
  process.stderr.write("dist/cli.js is missing: run `npm run build` first\n");
  process.exit(1);
}
snapshotPackage(SNAPSHOT);

const dir = mkdtempSync(join(tmpdir(), "ipt-bench-"));
const usageFile = join(dir, "usage.json");
const preload = join(dir, "usage.cjs");
writeFileSync(
  preload,
  `const { isMainThread } = require("node:worker_threads");
if (isMainThread) process.on("exit", () => {
  const u = process.resourceUsage();
  require("node:fs").writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
});
`,
);

/** Write `count` synthetic cases, one per line. */
async function writeCohort(path: string, count: number): Promise<number> {
  const cases = synthesizeCases({ count, seed: 2026 });
  if (E.isLeft(cases)) throw new Error(cases.left.message);
  const out = createWriteStream(path);
  let bytes = 0;
  for (const c of cases.right) {
    const line = `${JSON.stringify(c)}\n`;
    bytes += line.length;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

/** Run a script with the usage preload, stdout to /dev/null. */
function measure(args: readonly string[]): Promise<Sample> {
  return new Promise((resolve, reject) => {
    rmSync(usageFile, { force: true });
    const devNull = openSync("/dev/null", "w");
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--require", preload, ...args], {
      stdio: ["ignore", devNull, "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      closeSync(devNull);
      // Every synthetic case is valid, so anything but 0 is a failed run, not a sample.
      if (code !== 0) reject(new Error(`${args.join(" ")} exited ${code}`));
      else
        resolve({
          wallMs,
          ...(JSON.parse(readFileSync(usageFile, "utf8")) as Omit<Sample, "wallMs">),
        });
    });
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const MODES = [
  { name: "baseline (JSON.parse + JSON.stringify)", args: (f: string) => [BASELINE, f] },
  {
    name: "batch --jobs 1 (main thread only)",
    args: (f: string) => [CLI, "batch", f, "--jobs", "1"],
  },
  {
    name: `batch --jobs ${cpus().length} (worker threads)`,
    args: (f: string) => [CLI, "batch", f, "--jobs", String(cpus().length)],
  },
] as const;

const load0 = loadavg();
const results: {
  size: number;
  mb: number;
  mode: string;
  wall: number;
  cpu: number;
  rss: number;
}[] = [];
try {
  for (const size of sizes) {
    const file = join(dir, `cohort-${size}.jsonl`);
    const bytes = await writeCohort(file, size);
    const samples = new Map<string, Sample[]>(MODES.map((m) => [m.name, []]));
    for (let r = 0; r < repeat; r++)
      for (const m of MODES) samples.get(m.name)?.push(await measure(m.args(file)));
    for (const m of MODES) {
      const s = samples.get(m.name) ?? [];
      results.push({
        size,
        mb: bytes / 1e6,
        mode: m.name,
        wall: median(s.map((x) => x.wallMs)),
        cpu: median(s.map((x) => x.cpuMs)),
        rss: median(s.map((x) => x.maxRssMb)),
      });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(SNAPSHOT, { recursive: true, force: true });
}
const load1 = loadavg();

const base = (size: number) => results.find((r) => r.size === size && r.mode === MODES[0].name);
const f1 = (x: number): string => x.toFixed(1);
const lines = [
  `Machine: ${cpus().length} CPUs (nproc), ${cpus()[0]?.model ?? "unknown"}; Node ${process.version}; load average ${f1(load0[0] ?? 0)} at start, ${f1(load1[0] ?? 0)} at end.`,
  `Median of ${repeat} interleaved runs per row; output to /dev/null.`,
  "",
  "| cases | input MB | program | wall s | wall / baseline | CPU s (all threads) | CPU / baseline | peak RSS MB |",
  "|---:|---:|---|---:|---:|---:|---:|---:|",
  ...results.map((r) => {
    const b = base(r.size);
    return `| ${r.size.toLocaleString("en-US")} | ${f1(r.mb)} | ${r.mode} | ${(r.wall / 1000).toFixed(2)} | ${b === undefined ? "" : `${(r.wall / b.wall).toFixed(2)}x`} | ${(r.cpu / 1000).toFixed(2)} | ${b === undefined ? "" : `${(r.cpu / b.cpu).toFixed(2)}x`} | ${r.rss.toFixed(0)} |`;
  }),
  "",
];
if (sizes.length > 1) {
  const [lo, hi] = [Math.min(...sizes), Math.max(...sizes)];
  for (const m of MODES) {
    const a = results.find((r) => r.size === lo && r.mode === m.name);
    const b = results.find((r) => r.size === hi && r.mode === m.name);
    if (a !== undefined && b !== undefined)
      lines.push(
        `Peak RSS ${m.name}: ${a.rss.toFixed(0)} MB at ${lo.toLocaleString("en-US")} cases, ${b.rss.toFixed(0)} MB at ${hi.toLocaleString("en-US")} (x${(b.rss / a.rss).toFixed(2)} for x${hi / lo} the input).`,
      );
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
