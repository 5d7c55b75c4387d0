/**
 * Keeps the configuration files that cannot import `entries.ts` in step with it: package.json
 * `exports`, tsconfig.json `paths`, typedoc.json `entryPoints` and `src/browser.ts`.
 *
 *   tsx scripts/sync-entries.ts          write them (then biome formats them)
 *   tsx scripts/sync-entries.ts --check  exit 1, naming each file that disagrees (in `npm test`)
 *
 * The TypeScript configurations (tsup, vitest, size-limit, the API reports, the smoke test)
 * import the list directly.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import {
  browserSource,
  packageExports,
  tsconfigPaths,
  typedocEntryPoints,
} from "./derive-entries.js";

const root = new URL("../", import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), "utf8");
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(read(file)) as Record<string, unknown>;

/** One file kept in step: what it holds now, what the list says, and how to write it. */
interface Synced {
  readonly file: string;
  readonly inStep: () => boolean;
  readonly write: () => void;
}

const jsonField = (file: string, path: readonly string[], want: unknown): Synced => {
  const get = (o: Record<string, unknown>): unknown =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
  return {
    file,
    inStep: () => isDeepStrictEqual(get(readJson(file)), want),
    write: () => {
      const o = readJson(file);
      let at = o;
      for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
      at[path[path.length - 1] as string] = want;
      writeFileSync(new URL(file, root), `${JSON.stringify(o, null, 2)}\n`);
    },
  };
};

const SYNCED: readonly Synced[] = [
  jsonField("package.json", ["exports"], packageExports()),
  jsonField("tsconfig.json", ["compilerOptions", "paths"], tsconfigPaths()),
  jsonField("typedoc.json", ["entryPoints"], typedocEntryPoints()),
  {
    file: "src/browser.ts",
    inStep: () => read("src/browser.ts") === browserSource(),
    write: () => writeFileSync(new URL("src/browser.ts", root), browserSource()),
  },
];

const stale = SYNCED.filter((s) => !s.inStep());
if (process.argv.includes("--check")) {
  if (stale.length > 0) {
    console.error(
      `out of step with entries.ts: ${stale.map((s) => s.file).join(", ")} (run \`npm run sync-entries\`)`,
    );
    process.exit(1);
  }
  console.log(`entries in step: ${SYNCED.map((s) => s.file).join(", ")}`);
} else {
  for (const s of stale) s.write();
  if (stale.length > 0) {
    const files = stale.map((s) => s.file);
    const r = spawnSync("npx", ["biome", "format", "--write", ...files], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  console.log(stale.length > 0 ? `wrote ${stale.map((s) => s.file).join(", ")}` : "in step");
}
