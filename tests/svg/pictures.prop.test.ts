import fc from "fast-check";
import { decodeCase, formulate } from "ipt-formulation";
import {
  renderFocusChart,
  renderInterpersonalCircle,
  renderTimeline,
  summarizeInventory,
} from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";
import { overlappingTexts } from "./geometry.js";
import { parseXml } from "./xml.js";

describe("any valid case renders", () => {
  it("as well-formed SVG with no raw <script, labels apart, the same bytes twice", () => {
    fc.assert(
      fc.property(arbValidCase({ maxRelationships: 12, maxEvents: 8 }), (input) => {
        const d = decodeCase(input);
        if (d._tag === "Left") throw new Error(d.left.message);
        const c = d.right;
        const f = formulate(c);
        const pictures = [
          renderInterpersonalCircle(c, { formulation: f, highlight: "focus" }),
          renderTimeline(c, f),
          renderFocusChart(f),
        ];
        for (const svg of pictures) {
          const root = parseXml(svg);
          expect(root.name).toBe("svg");
          expect(svg.toLowerCase()).not.toContain("<script");
          expect(overlappingTexts(root)).toEqual([]);
        }
        expect(renderInterpersonalCircle(c, { formulation: f, highlight: "focus" })).toBe(
          pictures[0],
        );
        expect(renderTimeline(c, f)).toBe(pictures[1]);
        summarizeInventory(c);
      }),
      { numRuns: 150 },
    );
  });

  it("whatever the order of relationships and events", () => {
    fc.assert(
      fc.property(
        arbValidCase({ maxRelationships: 8, maxEvents: 6 }).chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.relationships], {
              minLength: input.relationships.length,
            }),
            fc.shuffledSubarray([...input.lifeEvents], { minLength: input.lifeEvents.length }),
          ),
        ),
        ([input, relationships, lifeEvents]) => {
          const a = decodeCase(input);
          const b = decodeCase({ ...input, relationships, lifeEvents });
          if (a._tag === "Left" || b._tag === "Left") throw new Error("decode");
          const fa = formulate(a.right);
          const fb = formulate(b.right);
          expect(renderInterpersonalCircle(b.right, { formulation: fb })).toBe(
            renderInterpersonalCircle(a.right, { formulation: fa }),
          );
          expect(renderTimeline(b.right, fb)).toBe(renderTimeline(a.right, fa));
          expect(summarizeInventory(b.right)).toEqual(summarizeInventory(a.right));
        },
      ),
      { numRuns: 60 },
    );
  });
});
