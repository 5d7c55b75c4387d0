/** The six sample cases in tests/fixtures decode, and round-trip through encodeCase. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import { decodeCase, encodeCase } from "ipt-formulation";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("sample cases", () => {
  it("there are six", () => {
    expect(files).toEqual([
      "deficits-isolation.json",
      "dispute-partner.json",
      "divorce-dispute-and-transition.json",
      "grief-mother.json",
      "perinatal-birth.json",
      "transition-job-loss.json",
    ]);
  });
  it.each(files)("%s decodes and round-trips", (file) => {
    const json: unknown = JSON.parse(readFileSync(`${dir}${file}`, "utf8"));
    const r = decodeCase(json);
    if (E.isLeft(r)) expect.fail(JSON.stringify(r.left.issues));
    else {
      expect(r.right).toEqual({
        population: "adult",
        condition: "depression",
        measures: [],
        ...(json as object),
      });
      expect(decodeCase(encodeCase(r.right))).toEqual(r);
    }
  });
});
