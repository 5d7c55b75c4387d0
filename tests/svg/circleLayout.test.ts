import { formulate } from "ipt-formulation";
import { renderInterpersonalCircle } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import {
  CIRCLE_GEOMETRY,
  type CircleLayout,
  layoutCircle,
} from "../../src/svg/internal/circleLayout.js";
import { overlaps } from "../../src/svg/internal/text.js";
import { crowdCase, decodeOrThrow } from "./fixtures.js";
import { inside, overlappingTexts, textBoxes, viewBoxOf } from "./geometry.js";
import { parseXml } from "./xml.js";

const CAPTIONS = { inner: "Inner circle", middle: "Middle circle", outer: "Outer circle" } as const;
const layout = (c: ReturnType<typeof decodeOrThrow>): CircleLayout =>
  layoutCircle(c.relationships, { maxLabelWidth: 150, centerLabel: "Patient", captions: CAPTIONS });

/** Every pair of things that must not meet: labels with labels, nodes, captions and the centre. */
const collisions = (l: CircleLayout): string[] => {
  const out: string[] = [];
  const ps = l.people;
  for (let i = 0; i < ps.length; i++) {
    const a = ps[i] as (typeof ps)[number];
    for (let j = i + 1; j < ps.length; j++)
      if (overlaps(a.box, (ps[j] as (typeof ps)[number]).box))
        out.push(`${a.label} / ${ps[j]?.label}`);
    for (const n of l.nodeBoxes) if (overlaps(a.box, n)) out.push(`${a.label} / a node`);
    for (const c of l.captions) if (overlaps(a.box, c.box)) out.push(`${a.label} / ${c.text}`);
    if (overlaps(a.box, l.centre.box)) out.push(`${a.label} / centre`);
  }
  // Nodes (with their highlight halo) never touch: centres at least two halo radii apart.
  for (let i = 0; i < ps.length; i++) {
    const a = ps[i] as (typeof ps)[number];
    for (let j = i + 1; j < ps.length; j++) {
      const b = ps[j] as (typeof ps)[number];
      if (Math.hypot(a.x - b.x, a.y - b.y) < 2 * CIRCLE_GEOMETRY.haloRadius)
        out.push(`node ${a.label} / node ${b.label}`);
    }
  }
  for (let i = 0; i < l.nodeBoxes.length; i++) {
    for (const c of l.captions)
      if (overlaps(l.nodeBoxes[i] as never, c.box)) out.push(`node ${i} / ${c.text}`);
  }
  return out;
};

type Ring = "inner" | "middle" | "outer";
const DISTRIBUTIONS: Readonly<Record<string, (i: number) => Ring>> = {
  "spread over the rings": (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring,
  "all inner": () => "inner",
  "all outer": () => "outer",
  "mostly middle": (i) => (i % 7 === 0 ? "inner" : "middle"),
};

describe("the circle's layout keeps labels apart (estimated geometry)", () => {
  for (const [name, circle] of Object.entries(DISTRIBUTIONS))
    for (const n of [1, 2, 3, 5, 8, 12, 20, 30, 40])
      it(`${n} people, ${name}`, () => {
        const c = decodeOrThrow(crowdCase(n, circle));
        const l = layout(c);
        expect(l.people.length).toBe(n);
        expect(collisions(l)).toEqual([]);
        const root = parseXml(renderInterpersonalCircle(c, { formulation: formulate(c) }));
        expect(overlappingTexts(root)).toEqual([]);
        const vb = viewBoxOf(root);
        for (const t of textBoxes(root)) expect(inside(t.box, vb), t.text).toBe(true);
        for (const b of l.nodeBoxes) expect(inside(b, vb)).toBe(true);
      });

  it("labels sit next to their nodes when they fit, in columns when they do not", () => {
    expect(layout(decodeOrThrow(crowdCase(6))).mode).toBe("near");
    expect(layout(decodeOrThrow(crowdCase(40))).mode).toBe("columns");
    const many = layout(decodeOrThrow(crowdCase(41, () => "middle")));
    expect(many.mode).toBe("columns");
    expect(collisions(many)).toEqual([]);
  });

  it("grows a crowded ring so nodes never touch, and 200 people still lay out apart", () => {
    const l = layout(decodeOrThrow(crowdCase(200)));
    expect(l.radii.outer).toBeGreaterThan(CIRCLE_GEOMETRY.baseRadii.outer);
    expect(collisions(l)).toEqual([]);
    for (const p of l.people) expect(p.leader).toBeDefined();
  });

  it("places people by circle, role and id: not by input order", () => {
    const input = crowdCase(25);
    const a = layout(decodeOrThrow(input));
    const b = layout(
      decodeOrThrow({ ...input, relationships: [...input.relationships].reverse() }),
    );
    expect(b.people.map((p) => [p.person.id, p.x, p.y, p.lx, p.ly])).toEqual(
      a.people.map((p) => [p.person.id, p.x, p.y, p.lx, p.ly]),
    );
  });

  it("keeps each person on their ring", () => {
    const l = layout(decodeOrThrow(crowdCase(30)));
    for (const p of l.people) expect(Math.hypot(p.x, p.y)).toBeCloseTo(l.radii[p.circle], 6);
  });
});
