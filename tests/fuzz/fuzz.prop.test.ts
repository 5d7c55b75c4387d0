/**
 * A small slice of the fuzz targets (`npm run fuzz` runs them at volume): decodeCase on
 * hostile JSON and mutated cases, formulate on valid cases, scoreMeasure on any item vector.
 * Set FUZZ_SEED to replay a seed fast-check printed.
 */
import { describe, it } from "vitest";
import { FUZZ_TARGETS, type FuzzParams } from "./properties.js";

/** Runs per target: enough to catch a regression, few enough for a few seconds in all. */
const SLICE: Readonly<Record<string, number>> = {
  "decode-json": 300,
  "decode-mutated": 150,
  "formulate-valid": 200,
  "score-measure": 300,
};

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe("fuzz slice", () => {
  for (const t of FUZZ_TARGETS) {
    it(`${t.name}: ${t.checks}`, { timeout: 60_000 }, () => {
      const params: FuzzParams = {
        numRuns: SLICE[t.name] ?? 200,
        ...(seed === undefined ? {} : { seed }),
      };
      t.run(params);
    });
  }
});
