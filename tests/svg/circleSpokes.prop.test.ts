/**
 * No person's line from the centre runs through another person's node or label (#15), read
 * off the rendered circle: for random inventories, the crowd cases and the sample cases, with
 * the focus highlighted (so nodes have their halo).
 */
import fc from "fast-check";
import { type Case, decodeCase, formulate } from "ipt-formulation";
import { renderInterpersonalCircle } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";
import { crowdCase, decodeOrThrow, SAMPLES } from "./fixtures.js";
import { spokeCrossings } from "./geometry.js";
import { parseXml } from "./xml.js";

const crossings = (c: Case): string[] =>
  spokeCrossings(
    parseXml(renderInterpersonalCircle(c, { formulation: formulate(c), highlight: "focus" })),
  );

type Ring = "inner" | "middle" | "outer";
const DISTRIBUTIONS: Readonly<Record<string, (i: number) => Ring>> = {
  "spread over the rings": (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring,
  "mostly outer": (i) => (i % 5 === 0 ? "inner" : "outer"),
  "mostly inner": (i) => (i % 5 === 0 ? "outer" : "inner"),
  "inner and outer": (i) => (i % 2 === 0 ? "inner" : "outer"),
};

describe("no person's line runs through another's node or label", () => {
  it("for any inventory", () => {
    fc.assert(
      fc.property(
        arbValidCase({ maxRelationships: 24, maxEvents: 3, withMeasures: false }),
        (input) => {
          const d = decodeCase(input);
          if (d._tag === "Left") throw new Error(d.left.message);
          expect(crossings(d.right)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });

  it.each(SAMPLES.map((s) => [s.file, s.case] as const))("sample %s", (_, c) => {
    expect(crossings(c)).toEqual([]);
  });

  describe.each(Object.entries(DISTRIBUTIONS))("%s", (_, circle) => {
    it.each([2, 3, 5, 8, 11, 12, 16, 20, 30, 45, 60])("%i people", (n) => {
      expect(crossings(decodeOrThrow(crowdCase(n, circle)))).toEqual([]);
    });
  });
});
