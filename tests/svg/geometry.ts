/** Estimated geometry of a rendered picture, from its parsed tree (for the overlap tests). */
import { type Box, overlaps, textBox } from "../../src/svg/internal/text.js";
import { elements, textContent, type XmlElement } from "./xml.js";

/** The `viewBox` of a picture. */
export function viewBoxOf(root: XmlElement): Box {
  const [x, y, width, height] = (root.attrs.viewBox ?? "").split(" ").map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { x, y, width, height };
}

/** Every `<text>` with its estimated box (by the library's own generous width estimate). */
export function textBoxes(root: XmlElement): { readonly text: string; readonly box: Box }[] {
  return elements(root)
    .filter((e) => e.name === "text")
    .map((e) => {
      const text = textContent(e);
      const anchor = (e.attrs["text-anchor"] ?? "start") as "start" | "middle" | "end";
      return {
        text,
        box: textBox(
          text,
          Number(e.attrs.x),
          Number(e.attrs.y),
          Number(e.attrs["font-size"]),
          anchor,
          e.attrs["font-weight"] === "bold",
        ),
      };
    });
}

/** Pairs of texts whose estimated boxes overlap. */
export function overlappingTexts(root: XmlElement): [string, string][] {
  const bs = textBoxes(root);
  const out: [string, string][] = [];
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i] as (typeof bs)[number];
      const b = bs[j] as (typeof bs)[number];
      if (overlaps(a.box, b.box)) out.push([a.text, b.text]);
    }
  return out;
}

/** Whether a box lies inside another (with a small tolerance). */
export function inside(inner: Box, outer: Box, tolerance = 0.01): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** A straight line segment from `[x1, y1]` to `[x2, y2]`. */
export type Segment = readonly [number, number, number, number];

/** The distance from a point to a segment. */
export function pointSegmentDistance(px: number, py: number, s: Segment): number {
  const [x1, y1, x2, y2] = s;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/**
 * Whether a segment, thickened by `margin` on each side, meets the inside of a box (the box
 * grown by `margin` each way, a slight overestimate at its corners): Liang–Barsky clipping.
 */
export function segmentMeetsBox(s: Segment, b: Box, margin = 0): boolean {
  const [x1, y1, x2, y2] = s;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let lo = 0;
  let hi = 1;
  for (const [p, q] of [
    [-dx, x1 - (b.x - margin)],
    [dx, b.x + b.width + margin - x1],
    [-dy, y1 - (b.y - margin)],
    [dy, b.y + b.height + margin - y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const r = q / p;
      if (p < 0) lo = Math.max(lo, r);
      else hi = Math.min(hi, r);
      if (lo >= hi) return false;
    }
  }
  return true;
}

/**
 * Where a person's line from the centre runs through another person's node or label, read
 * off a rendered interpersonal circle: one line per finding, empty when there is none.
 *
 * Each tie line (in `g.ipt-ties`) belongs to the node its end is nearest; every other node's
 * drawn extent (its outermost circle, halo included, and half that circle's stroke) must stay
 * clear of the line and its half width, and so must every other label's estimated box. A
 * tolerance of 0.05 allows for the 2 decimals the picture prints. Touching is not crossing.
 */
export function spokeCrossings(root: XmlElement): string[] {
  const tolerance = 0.05;
  const ties = elements(root).find((e) => e.attrs.class === "ipt-ties");
  const lines = elements(ties as XmlElement).filter((e) => e.name === "line");
  const people = elements(root)
    .filter((e) => e.attrs.class === "ipt-person")
    .map((g) => {
      const circles = elements(g).filter((e) => e.name === "circle");
      const node = circles[circles.length - 1] as XmlElement;
      const label = elements(g).find((e) => e.name === "text") as XmlElement;
      const text = textContent(label);
      return {
        id: g.attrs["data-id"] as string,
        x: Number(node.attrs.cx),
        y: Number(node.attrs.cy),
        extent: Math.max(
          ...circles.map((c) => Number(c.attrs.r) + Number(c.attrs["stroke-width"] ?? 0) / 2),
        ),
        box: textBox(
          text,
          Number(label.attrs.x),
          Number(label.attrs.y),
          Number(label.attrs["font-size"]),
          (label.attrs["text-anchor"] ?? "start") as "start" | "middle" | "end",
        ),
      };
    });
  const out: string[] = [];
  for (const l of lines) {
    const s: Segment = [
      Number(l.attrs.x1),
      Number(l.attrs.y1),
      Number(l.attrs.x2),
      Number(l.attrs.y2),
    ];
    const half = Number(l.attrs["stroke-width"]) / 2;
    const owner = people.reduce((a, b) =>
      Math.hypot(b.x - s[2], b.y - s[3]) < Math.hypot(a.x - s[2], a.y - s[3]) ? b : a,
    );
    for (const q of people) {
      if (q === owner) continue;
      const d = pointSegmentDistance(q.x, q.y, s);
      if (d < q.extent + half - tolerance)
        out.push(`${owner.id}'s line runs through ${q.id}'s node (${d.toFixed(2)} from it)`);
      if (segmentMeetsBox(s, q.box, half - tolerance))
        out.push(`${owner.id}'s line runs through ${q.id}'s label`);
    }
  }
  return out;
}
