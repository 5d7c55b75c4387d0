/**
 * Benchmark of the package's cold import time against importing zod alone (issue 8: at most
 * 1.5×). Not a test: it prints a Markdown table. Needs `dist/` (`npm run build`).
 *
 * Each sample is a fresh Node process that records `performance.now()` around one dynamic
 * `import()` of the specifier and prints the milliseconds: process start-up is outside the
 * measurement, module resolution, loading, compilation and the modules' own top-level work
 * are inside it. The baseline (`zod`) and the candidates run interleaved, `--rounds` times
 * (default 15), and the report gives per candidate the median of the per-round ratios, so
 * that load from other processes falls on both sides of each ratio.
 *
 * Run: `npx tsx tests/bench/import-bench.ts [--rounds 15]`
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The specifiers timed: the baseline first. The package resolves itself by name from its own folder. */
export const SPECIFIERS = [
  "zod",
  "ipt-formulation",
  "ipt-formulation/measures",
  "ipt-formulation/plan",
  "ipt-formulation/research",
] as const;

/** Milliseconds to import `specifier` once, in a fresh Node process started in the package folder. */
export function importMs(specifier: string): number {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t0));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return Number(out);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

export interface ImportBenchRow {
  readonly specifier: string;
  /** Median import time in milliseconds. */
  readonly ms: number;
  /** Median of the per-round ratios to the baseline (zod). */
  readonly ratio: number;
}

/** Time every specifier in interleaved rounds after one warm-up round (the file cache). */
export function runImportBench(rounds: number): ImportBenchRow[] {
  for (const s of SPECIFIERS) importMs(s);
  const times = SPECIFIERS.map((): number[] => []);
  const ratios = SPECIFIERS.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    const row = SPECIFIERS.map((s) => importMs(s));
    const base = row[0] as number;
    row.forEach((ms, i) => {
      times[i]?.push(ms);
      ratios[i]?.push(ms / base);
    });
  }
  return SPECIFIERS.map((specifier, i) => ({
    specifier,
    ms: median(times[i] ?? []),
    ratio: median(ratios[i] ?? []),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "15" } } });
  if (!existsSync(`${ROOT}dist/index.js`)) {
    process.stderr.write("dist/ is missing: run `npm run build` first\n");
    process.exit(1);
  }
  const load = (): string => loadavg()[0]?.toFixed(1) ?? "?";
  const before = load();
  const rows = runImportBench(Number(values.rounds));
  console.log(
    `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "unknown"}), Node ${process.version}, load average ${before} at start, ${load()} at end; median of ${values.rounds} interleaved rounds\n`,
  );
  console.log("| import | median ms | ratio to zod |");
  console.log("|---|---:|---:|");
  for (const r of rows)
    console.log(`| \`${r.specifier}\` | ${r.ms.toFixed(0)} | ${r.ratio.toFixed(2)}× |`);
}
