import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Case, decodeCase } from "ipt-formulation";

/** The cases of a folder of tests/fixtures, decoded, by file name. */
const casesIn = (folder: string): ReadonlyMap<string, Case> => {
  const dir = fileURLToPath(new URL(`../fixtures/${folder}`, import.meta.url));
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => {
        const r = decodeCase(JSON.parse(readFileSync(`${dir}${f}`, "utf8")));
        if (r._tag === "Left") throw new Error(`fixture ${folder}${f} does not decode`);
        return [f, r.right] as const;
      }),
  );
};

/** The sample cases of tests/fixtures, decoded, by file name. */
export const SAMPLES: ReadonlyMap<string, Case> = casesIn("");

/** The variants of an undated death (issue 15) in tests/fixtures/undated-death, decoded, by file name. */
export const UNDATED_DEATHS: ReadonlyMap<string, Case> = casesIn("undated-death/");

export const sample = (name: string): Case => {
  const c = SAMPLES.get(name);
  if (c === undefined) throw new Error(`no fixture ${name}`);
  return c;
};
