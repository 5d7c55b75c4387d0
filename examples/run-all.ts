/**
 * Runs every example against the built package (resolved by its name through package.json
 * `exports`, as a user's code would) and fails if any exits non-zero. Run after `npm run build`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
if (!existsSync(fileURLToPath(new URL("../dist/index.js", import.meta.url)))) {
  console.error(
    "dist/ is missing: run `npm run build` first (examples import the built package by its name)",
  );
  process.exit(1);
}
const skip = new Set(["run-all.ts"]);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !skip.has(f))
  .sort();
let failed = 0;
for (const f of files) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${dir}${f}`], {
    encoding: "utf8",
    env: { ...process.env, TSX_TSCONFIG_PATH: `${dir}tsconfig.json` },
  });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} examples/${f}`);
  if (!ok) console.log(r.stdout, r.stderr);
}
console.log(`${files.length - failed} of ${files.length} examples passed`);
process.exit(failed === 0 ? 0 : 1);
