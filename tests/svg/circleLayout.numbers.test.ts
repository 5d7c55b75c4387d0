/**
 * The circle's layout in numbers: ring radii, where people sit on their ring, where each
 * label goes in `near` and in `columns` mode, and the bounds.
 */
import { describe, expect, it } from "vitest";
import {
  type CircleLayout,
  CIRCLE_GEOMETRY as G,
  layoutCircle,
  type PlacedPerson,
} from "../../src/svg/internal/circleLayout.js";
import { textBox, unionBox } from "../../src/svg/internal/text.js";
import { crowdCase, decodeOrThrow } from "./fixtures.js";

const CAPTIONS = { inner: "Inner circle", middle: "Middle circle", outer: "Outer circle" } as const;
type Ring = keyof typeof CAPTIONS;

/** The layout of `n` people placed by `circle`, labelled by `label` (default: the crowd's labels). */
const layoutOf = (
  n: number,
  circle: (i: number) => Ring,
  label?: (i: number) => string,
  captions: Readonly<Record<Ring, string>> = CAPTIONS,
): CircleLayout => {
  const input = crowdCase(n, circle);
  const relationships =
    label === undefined
      ? input.relationships
      : input.relationships.map((r, i) => ({ ...r, label: label(i) }));
  return layoutCircle(decodeOrThrow({ ...input, relationships }).relationships, {
    maxLabelWidth: 150,
    centerLabel: "Patient",
    captions,
  });
};
/** Empty captions leave only a narrow gap at the bottom, so nodes reach close to it. */
const NO_CAPTIONS = { inner: "", middle: "", outer: "" } as const;
const letter = (i: number): string => String.fromCharCode(65 + (i % 26));

/** The radius at which two nodes `d` radians apart on a ring are `spacing` apart (the chord). */
const chordRadius = (d: number): number => G.spacing / (2 * Math.sin(d / 2));

describe("ring radii", () => {
  it("are the base radii for a few people", () => {
    expect(layoutOf(3, (i) => (["inner", "middle", "outer"] as const)[i] as Ring).radii).toEqual({
      inner: 100,
      middle: 185,
      outer: 270,
    });
  });

  it("grow with a crowded ring until neighbours are `spacing` apart, pushing the outer rings out by one step", () => {
    /** The angle between neighbours on a ring of one ring's people. */
    const step = (l: CircleLayout): number =>
      ((l.people[1] as PlacedPerson).angle - (l.people[0] as PlacedPerson).angle) as number;
    const a = layoutOf(30, () => "inner", letter);
    const r = chordRadius(step(a));
    expect(r).toBeGreaterThan(100);
    expect([a.radii.inner, a.radii.middle, a.radii.outer]).toEqual([
      expect.closeTo(r, 9),
      expect.closeTo(r + G.ringStep, 9),
      expect.closeTo(r + 2 * G.ringStep, 9),
    ]);
    const b = layoutOf(40, () => "middle", letter);
    expect([b.radii.inner, b.radii.middle, b.radii.outer]).toEqual([
      100,
      expect.closeTo(chordRadius(step(b)), 9),
      expect.closeTo(chordRadius(step(b)) + G.ringStep, 9),
    ]);
    const c = layoutOf(70, () => "outer", letter);
    expect([c.radii.inner, c.radii.middle, c.radii.outer]).toEqual([
      100,
      185,
      expect.closeTo(chordRadius(step(c)), 9),
    ]);
  });

  it("grow until every node an outer person's line passes is `spokeClearance` from it", () => {
    // 40 people spread over the rings: 40 slots, each ring's people three slots apart, so a
    // line passes an inner node one slot away, at inner × sin(slot).
    const l = layoutOf(40, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
    const angles = l.people.map((p) => p.angle).sort((x, y) => x - y);
    const slot = (angles[1] as number) - (angles[0] as number);
    expect(l.radii.inner).toBeGreaterThan(100);
    expect(l.radii.inner * Math.sin(slot)).toBeCloseTo(G.spokeClearance, 9);
    expect(l.radii.middle).toBeCloseTo(l.radii.inner + G.ringStep, 9);
  });
});

describe("captions and the centre", () => {
  it("sit at the bottom of each ring, 5 inside it, and the centre label on the centre", () => {
    const l = layoutOf(1, () => "inner");
    expect(l.captions.map((c) => [c.circle, c.text, c.x, c.y])).toEqual([
      ["inner", "Inner circle", 0, 95],
      ["middle", "Middle circle", 0, 180],
      ["outer", "Outer circle", 0, 265],
    ]);
    for (const c of l.captions) expect(c.box).toEqual(textBox(c.text, 0, c.y, 10, "middle"));
    expect(l.centre).toEqual({
      label: "Patient",
      box: textBox("Patient", 0, 0.35 * 12, 12, "middle", true),
    });
  });

  it("captions and the centre label are shortened to fit", () => {
    const l = layoutCircle([], {
      maxLabelWidth: 150,
      centerLabel: "A very long name for the patient",
      captions: { ...CAPTIONS, outer: "W".repeat(40) },
    });
    expect(l.centre.label).toBe("A ve…");
    expect(l.centre.box.width).toBeLessThanOrEqual(2 * G.centreRadius - 4);
    expect(l.captions[2]?.text).toBe(`${"W".repeat(13)}…`);
    expect(l.captions[2]?.box.width).toBeLessThanOrEqual(2 * 100 - 40);
    expect(l.captions[0]?.text).toBe("Inner circle");
  });
});

describe("where people sit", () => {
  it("one person sits at the top of the ring", () => {
    const [p] = layoutOf(1, () => "inner").people as [PlacedPerson];
    expect(p.angle).toBeCloseTo((3 * Math.PI) / 2, 9);
    expect(p.x).toBeCloseTo(0, 9);
    expect(p.y).toBeCloseTo(-100, 9);
  });

  it("the inner ring is symmetric about the vertical, evenly spaced, clear of the caption gap", () => {
    const ps = layoutOf(5, () => "inner").people;
    const angles = ps.map((p) => p.angle);
    const steps = angles.slice(1).map((a, i) => a - (angles[i] as number));
    for (const s of steps) expect(s).toBeCloseTo(steps[0] as number, 9);
    for (const [i, p] of ps.entries()) {
      const q = ps[ps.length - 1 - i] as PlacedPerson;
      expect(p.x).toBeCloseTo(-q.x, 9);
      expect(p.y).toBeCloseTo(q.y, 9);
      expect(Math.hypot(p.x, p.y)).toBeCloseTo(100, 9);
    }
    // The gap at the bottom (angle π/2) is the step left over, split evenly on both sides.
    const first = (angles[0] as number) - Math.PI / 2;
    const last = (5 * Math.PI) / 2 - (angles[4] as number);
    expect(first).toBeCloseTo(last, 9);
    expect(first).toBeGreaterThan((steps[0] as number) / 2);
  });

  it("the caption gap widens with the widest caption, up to a quarter turn", () => {
    const wide = { ...CAPTIONS, middle: "W".repeat(40) };
    const [a, b] = layoutOf(2, () => "inner", undefined, wide).people as [
      PlacedPerson,
      PlacedPerson,
    ];
    // Gap π/2 (π/4 each side of the bottom): the two nodes sit at 1/4 and 3/4 of the rest.
    expect(a.angle).toBeCloseTo((9 * Math.PI) / 8, 9);
    expect(b.angle).toBeCloseTo((15 * Math.PI) / 8, 9);
  });

  it("no two people share a direction: one slot each, the rings taking turns", () => {
    const l = layoutOf(9, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
    const byAngle = [...l.people].sort((a, b) => a.angle - b.angle);
    const steps = byAngle.slice(1).map((p, i) => p.angle - (byAngle[i] as PlacedPerson).angle);
    for (const d of steps) expect(d).toBeCloseTo(steps[0] as number, 9);
    // Each ring's k-th person comes at (k + phase) / 3 of the turn: outer 1/6, inner 1/2, middle 5/6.
    expect(byAngle.map((p) => p.circle)).toEqual([
      ...["outer", "inner", "middle"],
      ...["outer", "inner", "middle"],
      ...["outer", "inner", "middle"],
    ]);
  });

  it("the middle and outer rings are each other's mirror image", () => {
    const l = layoutOf(8, (i) => (i % 2 === 0 ? "middle" : "outer"));
    const ring = (k: Ring) => l.people.filter((p) => p.circle === k);
    const [middle, outer] = [ring("middle"), ring("outer")];
    expect(middle.length).toBe(4);
    for (const [i, p] of middle.entries()) {
      const q = outer[outer.length - 1 - i] as PlacedPerson;
      expect(p.x / l.radii.middle).toBeCloseTo(-q.x / l.radii.outer, 9);
      expect(p.y / l.radii.middle).toBeCloseTo(q.y / l.radii.outer, 9);
    }
  });
});

describe("labels in near mode", () => {
  /** The radial offset a near label was pushed out by, read off its position. */
  const offsetOf = (p: PlacedPerson): number => {
    const c = Math.cos(p.angle);
    const s = Math.sin(p.angle);
    const gap = G.haloRadius + 2;
    if (p.anchor === "middle") {
      const dy = p.ly - p.y - (s < 0 ? -gap - 0.32 * 12 : gap + 12);
      const extra = Math.abs(s) > 0.5 ? dy / s : (p.lx - p.x) / c;
      expect(p.lx).toBeCloseTo(p.x + extra * c, 6);
      return extra;
    }
    const extra = (p.ly - p.y - 0.35 * 12) / s;
    expect(p.lx).toBeCloseTo(p.x + (c > 0 ? gap : -gap) + extra * c, 6);
    return extra;
  };

  it("start-anchored on the right, end-anchored on the left, centred near the top and bottom", () => {
    const l = layoutOf(12, () => "middle");
    expect(l.mode).toBe("near");
    for (const p of l.people) {
      const c = Math.cos(p.angle);
      expect(p.anchor).toBe(c > 0.3 ? "start" : c < -0.3 ? "end" : "middle");
      expect(p.box).toEqual(textBox(p.label, p.lx, p.ly, 12, p.anchor));
      expect(p.leader).toBeUndefined();
    }
    expect(new Set(l.people.map((p) => p.anchor))).toEqual(new Set(["start", "end", "middle"]));
  });

  it("each label pushed out along its ray by the first offset (0, 16, 32) that is clear", () => {
    const l = layoutOf(
      36,
      () => "inner",
      () => "W",
      NO_CAPTIONS,
    );
    expect(l.mode).toBe("near");
    const offsets = l.people.map((p) => Math.round(offsetOf(p) * 1000) / 1000 + 0);
    expect(new Set(offsets)).toEqual(new Set([0, 16]));
    expect(offsets.filter((o) => o === 16).length).toBe(12);
  });

  it("a label above its node sits a gap and a descent above it, one below a gap and an ascent below", () => {
    const [top] = layoutOf(1, () => "inner").people as [PlacedPerson];
    expect([top.anchor, top.lx, top.ly]).toEqual([
      "middle",
      expect.closeTo(0, 9),
      expect.closeTo(-100 - 15 - 0.32 * 12, 9),
    ]);
    const l = layoutOf(
      36,
      () => "inner",
      () => "W",
      NO_CAPTIONS,
    );
    const below = l.people.filter((p) => p.anchor === "middle" && Math.sin(p.angle) > 0);
    expect(below.length).toBe(2);
    for (const p of below) {
      expect(offsetOf(p)).toBeCloseTo(0, 9);
      expect(p.ly).toBeCloseTo(p.y + 15 + 12, 9);
    }
  });

  it("is tried on a larger circle, up to 1.5 times, before the labels go into columns", () => {
    // 11 people with long labels: a label meets a line at the smallest radii, not at 1.25 times.
    const larger = layoutOf(11, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
    expect(larger.mode).toBe("near");
    expect(larger.radii).toEqual({ inner: 125, middle: 231.25, outer: 337.5 });
    for (const p of larger.people)
      expect(Math.hypot(p.x, p.y)).toBeCloseTo(larger.radii[p.circle], 9);
    // 13: only at 1.5 times.
    const largest = layoutOf(13, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
    expect([largest.mode, largest.radii.inner]).toEqual(["near", 150]);
    // 12: not even at 1.5 times, so columns, around the smallest circle.
    const columns = layoutOf(12, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
    expect(columns.mode).toBe("columns");
    expect(columns.radii).toEqual({ inner: 100, middle: 185, outer: 270 });
  });

  it("is used up to 40 people, never beyond", () => {
    expect(layoutOf(40, () => "inner", letter).mode).toBe("near");
    expect(layoutOf(41, () => "inner", letter).mode).toBe("columns");
  });
});

describe("labels in columns mode", () => {
  const l = layoutOf(60, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
  const outer = l.radii.outer;

  it("puts each label in the column on its node's side, with a leader from the node", () => {
    expect(l.mode).toBe("columns");
    for (const p of l.people) {
      const right = p.x >= 0;
      const sign = right ? 1 : -1;
      expect(p.anchor).toBe(right ? "start" : "end");
      expect(p.lx).toBeCloseTo(sign * (outer + 13 + 30), 9);
      const yc = p.ly - 0.35 * 12;
      expect(p.leader).toEqual([
        [p.x, p.y],
        [expect.closeTo(sign * (outer + 13 + 14), 9), expect.closeTo(yc, 9)],
        [expect.closeTo(sign * (outer + 13 + 26), 9), expect.closeTo(yc, 9)],
      ]);
      expect(p.box).toEqual(textBox(p.label, p.lx, p.ly, 12, p.anchor));
    }
  });

  it("orders each column by the nodes' heights, one row apart, within the circle's height when it can", () => {
    for (const right of [true, false]) {
      const side = l.people.filter((p) => p.x >= 0 === right).sort((a, b) => a.y - b.y);
      const ys = side.map((p) => p.ly);
      for (let i = 1; i < ys.length; i++)
        expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(G.row - 1e-9);
      const half = Math.max(outer + 13, ((side.length - 1) * G.row) / 2);
      for (const y of ys) {
        expect(y - 0.35 * 12).toBeGreaterThanOrEqual(-half - 1e-9);
        expect(y - 0.35 * 12).toBeLessThanOrEqual(half + 1e-9);
      }
      // A label stays at its node's height when nothing pushes it.
      expect(side.some((p) => Math.abs(p.ly - 0.35 * 12 - p.y) < 1e-9)).toBe(true);
    }
  });

  it("a node at the very top (x a rounding error from 0) counts as on the right", () => {
    const odd = layoutOf(41, () => "inner");
    const top = odd.people.find((p) => Math.abs(p.x) < 1e-6) as PlacedPerson;
    expect(top.y).toBeCloseTo(-odd.radii.inner, 9);
    expect([top.anchor, Math.sign(top.lx)]).toEqual(["start", 1]);
  });

  it("keeps the drawing order, ring by ring", () => {
    expect(l.people.map((p) => p.circle)).toEqual(
      [...l.people.map((p) => p.circle)].sort(
        (a, b) => ["inner", "middle", "outer"].indexOf(a) - ["inner", "middle", "outer"].indexOf(b),
      ),
    );
  });

  it("grows taller than the circle when one column has more rows than fit", () => {
    const tall = layoutOf(200, (i) => (["inner", "middle", "outer"] as const)[i % 3] as Ring);
    const side = tall.people.filter((p) => p.x >= 0);
    const lys = side.map((p) => p.ly);
    expect(Math.max(...lys) - Math.min(...lys)).toBeCloseTo((side.length - 1) * G.row, 6);
    expect((side.length - 1) * G.row).toBeGreaterThan(2 * (tall.radii.outer + G.haloRadius));
    expect(tall.bounds.height).toBeCloseTo((side.length - 1) * G.row + 12 * 1.32, 6);
  });
});

describe("bounds", () => {
  it("hold the rings, nodes, labels, leaders, captions and the centre, and nothing more", () => {
    for (const l of [layoutOf(1, () => "inner"), layoutOf(60, () => "outer")]) {
      const r = l.radii.outer;
      expect(l.bounds).toEqual(
        unionBox([
          { x: -r, y: -r, width: 2 * r, height: 2 * r },
          ...l.nodeBoxes,
          ...l.people.map((p) => p.box),
          ...l.people.flatMap((p) =>
            (p.leader ?? []).map(([x, y]) => ({ x, y, width: 0, height: 0 })),
          ),
          ...l.captions.map((c) => c.box),
          l.centre.box,
        ]),
      );
    }
    expect(layoutOf(1, () => "inner").bounds).toEqual({
      x: -270,
      y: -270,
      width: 540,
      height: 540,
    });
  });

  it("a node's box is its halo", () => {
    const l = layoutOf(3, () => "middle");
    expect(l.nodeBoxes).toEqual(
      l.people.map((p) => ({ x: p.x - 13, y: p.y - 13, width: 26, height: 26 })),
    );
  });
});
