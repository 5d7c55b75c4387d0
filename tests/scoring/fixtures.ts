import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Case, decodeCase } from "ipt-formulation";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The sample cases of tests/fixtures, decoded, by file name. */
export const SAMPLES: ReadonlyMap<string, Case> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const r = decodeCase(JSON.parse(readFileSync(`${dir}${f}`, "utf8")));
      if (r._tag === "Left") throw new Error(`fixture ${f} does not decode`);
      return [f, r.right] as const;
    }),
);

export const sample = (name: string): Case => {
  const c = SAMPLES.get(name);
  if (c === undefined) throw new Error(`no fixture ${name}`);
  return c;
};
