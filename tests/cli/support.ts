/**
 * Running the built CLI as a subprocess, as a user does.
 *
 * The CLI under test is `dist/cli.js`, built by `npm run build` (built here first when it is
 * missing or older than a source file or a sample case). It loads the library by the
 * package's own name (`ipt-formulation`, `ipt-formulation/research`, ...), which Node
 * resolves through package.json `exports` to the entries in `dist/`. The tests run a
 * byte-for-byte snapshot of that package (package.json and the ES modules of `dist/`, in
 * `temp/cli-test-<pid>/`, which resolves zod and fp-ts from the project's node_modules as
 * dist/ does), so that a rebuild of the shared dist/ by someone else while the tests run
 * cannot pull the files away mid-test. Not under node_modules/: Node does not resolve a
 * package's own name from a file there.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = join(ROOT, "dist");
const DIST_CLI = join(DIST, "cli.js");
/** This run's snapshot of the package (git-ignored `temp/`). */
const SNAPSHOT = join(ROOT, "temp", `cli-test-${process.pid}`);
/** The snapshot of the built CLI the tests run. */
export const CLI = join(SNAPSHOT, "dist", "cli.js");

const newestSource = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const p = join(dir, e.name);
    return Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }, 0);

/**
 * Build dist/ (`npm run build`) when dist/cli.js is missing or older than src/ or the sample
 * cases (`ipt-formulation/samples` bundles tests/fixtures), then snapshot the package.
 */
export function prepareCli(): void {
  const newest = Math.max(
    newestSource(join(ROOT, "src")),
    newestSource(join(ROOT, "tests", "fixtures")),
  );
  const stale = !existsSync(DIST_CLI) || statSync(DIST_CLI).mtimeMs < newest;
  if (stale) {
    process.stderr.write(
      "tests/cli: dist/cli.js is missing or older than its sources: building with npm run build\n",
    );
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore", timeout: 240_000 });
  }
  snapshotPackage(SNAPSHOT);
}

/**
 * Copy the built package (package.json and the ES modules of dist/) into `dir`, where the CLI
 * resolves the package's own name through the copied package.json, and zod and fp-ts from
 * the project's node_modules, as dist/ does.
 */
export function snapshotPackage(dir: string): void {
  mkdirSync(join(dir, "dist"), { recursive: true });
  copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
  for (const f of readdirSync(DIST))
    if (f.endsWith(".js")) copyFileSync(join(DIST, f), join(dir, "dist", f));
}

/** What a run of the CLI gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI with arguments and optional stdin text; resolves when it has exited. */
export function cli(args: readonly string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (d: string) => out.push(d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => err.push(d));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: out.join(""), stderr: err.join("") }));
  });
}

/**
 * Run the CLI, read stdout until `enough` returns true, then close our end of the pipe (as
 * `head` does) and report how the CLI ended.
 */
export function cliUntil(
  args: readonly string[],
  enough: (stdoutSoFar: string) => boolean,
  stdinFile?: string,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let closed = false;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      if (closed) return;
      out += d;
      if (enough(out)) {
        closed = true;
        child.stdout.destroy();
      }
    });
    child.stderr.on("data", (d: string) => {
      err += d;
    });
    child.stdin.on("error", () => undefined);
    if (stdinFile === undefined) child.stdin.end();
    else
      createReadStream(stdinFile)
        .on("error", () => undefined)
        .pipe(child.stdin);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

/** True when a text looks like a stack trace. */
export const hasStack = (text: string): boolean => /\n\s+at .+[:(]/.test(text);

/** Remove this run's snapshot. */
export function removeCli(): void {
  rmSync(SNAPSHOT, { recursive: true, force: true });
}
