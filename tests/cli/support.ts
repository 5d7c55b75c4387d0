/**
 * Running the built CLI as a subprocess, as a user does.
 *
 * The CLI under test is `dist/cli.js`, built by `npm run build` (built here first when it is
 * missing or older than a source file). The tests run a byte-for-byte snapshot of it
 * (`node_modules/.cache/ipt-formulation-cli-test/cli.mjs`, which resolves zod and fp-ts
 * from the project's node_modules as dist/ does), so that a rebuild of the shared dist/ by
 * someone else while the tests run cannot pull the file away mid-test.
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
const DIST_CLI = join(ROOT, "dist", "cli.js");
const SNAPSHOT_DIR = join(ROOT, "node_modules", ".cache", "ipt-formulation-cli-test");
/** The snapshot of the built CLI the tests run. */
export const CLI = join(SNAPSHOT_DIR, `cli-${process.pid}.mjs`);

const newestSource = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const p = join(dir, e.name);
    return Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }, 0);

/** Build dist/ (`npm run build`) when dist/cli.js is missing or stale, then snapshot it. */
export function prepareCli(): void {
  const stale =
    !existsSync(DIST_CLI) || statSync(DIST_CLI).mtimeMs < newestSource(join(ROOT, "src"));
  if (stale) {
    process.stderr.write(
      "tests/cli: dist/cli.js is missing or older than src/: building with npm run build\n",
    );
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore", timeout: 240_000 });
  }
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  copyFileSync(DIST_CLI, CLI);
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
  rmSync(CLI, { force: true });
}
