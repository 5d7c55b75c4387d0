/**
 * The geometry of the interpersonal circle, separate from drawing so tests can check it.
 *
 * People are placed deterministically: per ring, sorted by role (in the order of
 * `RELATIONSHIP_ROLES`, so family sits together) and then id, spread evenly over the ring
 * except a gap at the bottom that holds the ring's caption. Each ring's radius grows with the
 * number of people on it so nodes never touch.
 *
 * Labels are placed in one of two modes:
 * - `near` (tried first, up to 40 people): each label next to its node, on the outward side
 *   (start-anchored on the right, end-anchored on the left, centred above or below near the
 *   top and bottom), at the first of three radial offsets whose estimated box meets no other
 *   label, node, caption or the centre;
 * - `columns` (when one label cannot be placed, or more than 40 people): every label in a
 *   column left or right of the circle (by the side of its node), ordered by the node's
 *   height and pushed apart to one row each, with a leader line to its node. No two labels
 *   can meet, whatever the number of people; the picture grows taller when needed.
 *
 * @module
 */
import type { Relationship } from "ipt-formulation";
import { CIRCLES, type Circle, RELATIONSHIP_ROLES } from "ipt-formulation";
import {
  type Anchor,
  ASCENT,
  type Box,
  DESCENT,
  estimateTextWidth,
  fitText,
  overlaps,
  textBox,
  unionBox,
} from "./text.js";
import { cmp } from "./xml.js";

/** Sizes of the circle (user units). */
export const CIRCLE_GEOMETRY = {
  fontSize: 12,
  captionFontSize: 10,
  centreFontSize: 12,
  nodeRadius: 9,
  /** The halo of a highlighted node reaches this far from its centre. */
  haloRadius: 13,
  centreRadius: 30,
  /** Smallest distance between the centres of two nodes on a ring. */
  spacing: 28,
  /** Smallest radii, and the smallest step between rings. */
  baseRadii: { inner: 100, middle: 185, outer: 270 },
  ringStep: 85,
  /** Radial offsets tried for a label in `near` mode. */
  nearOffsets: [0, 16, 32],
  /** Row height of the label columns. */
  row: 17,
  /** Most people for which `near` mode is tried. */
  nearMax: 40,
} as const;

const G = CIRCLE_GEOMETRY;

/** A person placed on the circle, with the label's position. */
export interface PlacedPerson {
  readonly person: Relationship;
  readonly circle: Circle;
  /** Angle in radians (SVG orientation: clockwise from the positive x axis). */
  readonly angle: number;
  readonly x: number;
  readonly y: number;
  /** The label as shown (shortened to the maximum width). */
  readonly label: string;
  readonly lx: number;
  readonly ly: number;
  readonly anchor: Anchor;
  readonly box: Box;
  /** `columns` mode: the leader line from the node to the label. */
  readonly leader?: readonly (readonly [number, number])[];
}

/** A ring caption. */
export interface Caption {
  readonly circle: Circle;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

/** The whole layout. */
export interface CircleLayout {
  readonly mode: "near" | "columns";
  readonly radii: Readonly<Record<Circle, number>>;
  readonly people: readonly PlacedPerson[];
  readonly captions: readonly Caption[];
  readonly centre: { readonly label: string; readonly box: Box };
  /** Every node's box (halo included). */
  readonly nodeBoxes: readonly Box[];
  /** Everything drawn, without padding or legend. */
  readonly bounds: Box;
}

/** What the layout needs besides the people. */
export interface CircleLayoutOptions {
  readonly maxLabelWidth: number;
  readonly centreLabel: string;
  readonly captions: Readonly<Record<Circle, string>>;
}

const roleIndex = (r: Relationship): number => RELATIONSHIP_ROLES.indexOf(r.role);

/** The order of people on a ring: role, then id. */
export const byRoleThenId = (a: Relationship, b: Relationship): number =>
  roleIndex(a) - roleIndex(b) || cmp(a.id, b.id);

/** Where on a ring the `i`-th of `n` people sits (each ring has its own phase so rings do not line up). */
const PHASE: Readonly<Record<Circle, number>> = { inner: 0.5, middle: 5 / 6, outer: 1 / 6 };

const nodeBox = (x: number, y: number): Box => ({
  x: x - G.haloRadius,
  y: y - G.haloRadius,
  width: 2 * G.haloRadius,
  height: 2 * G.haloRadius,
});

/** The label of a node at `(x, y)` on the outward side at angle `a`, pushed out by `extra`. */
const nearLabel = (
  label: string,
  x: number,
  y: number,
  a: number,
  extra: number,
): { lx: number; ly: number; anchor: Anchor; box: Box } => {
  const fs = G.fontSize;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const gap = G.haloRadius + 2;
  let lx: number;
  let ly: number;
  let anchor: Anchor;
  if (c > 0.3 || c < -0.3) {
    anchor = c > 0 ? "start" : "end";
    lx = x + (c > 0 ? gap : -gap) + extra * c;
    ly = y + 0.35 * fs + extra * s;
  } else {
    anchor = "middle";
    lx = x + extra * c;
    ly = s < 0 ? y - gap - DESCENT * fs + extra * s : y + gap + ASCENT * fs + extra * s;
  }
  return { lx, ly, anchor, box: textBox(label, lx, ly, fs, anchor) };
};

/** Pack wanted centres into rows at least `row` apart within `[top, bottom]` (assumed wide enough). */
const pack = (wanted: readonly number[], row: number, top: number, bottom: number): number[] => {
  const ys: number[] = [];
  for (const [i, w] of wanted.entries())
    ys.push(Math.max(w, i === 0 ? top : (ys[i - 1] as number) + row));
  for (let i = ys.length - 1; i >= 0; i--) {
    const limit = i === ys.length - 1 ? bottom : (ys[i + 1] as number) - row;
    ys[i] = Math.min(ys[i] as number, limit);
  }
  return ys;
};

/**
 * Lay out the interpersonal circle: rings, nodes, captions, the centre and the labels.
 * Deterministic: it depends on the people's ids, roles, circles and labels, never their order.
 */
export function layoutCircle(
  people: readonly Relationship[],
  o: CircleLayoutOptions,
): CircleLayout {
  const fs = G.fontSize;
  const perRing = Object.fromEntries(
    CIRCLES.map((k) => [k, people.filter((p) => p.circle === k).sort(byRoleThenId)]),
  ) as Record<Circle, Relationship[]>;

  // Radii: large enough for the people on each ring over three quarters of it.
  const need = (n: number): number => (n * G.spacing) / (1.5 * Math.PI);
  const inner = Math.max(G.baseRadii.inner, need(perRing.inner.length));
  const middle = Math.max(G.baseRadii.middle, inner + G.ringStep, need(perRing.middle.length));
  const outer = Math.max(G.baseRadii.outer, middle + G.ringStep, need(perRing.outer.length));
  const radii: Record<Circle, number> = { inner, middle, outer };

  // Captions at the bottom of each ring, inside it; a gap in every ring keeps nodes off them.
  const captionTexts = CIRCLES.map((k) =>
    fitText(o.captions[k], 2 * inner - 40, G.captionFontSize),
  );
  const widest = Math.max(...captionTexts.map((t) => estimateTextWidth(t, G.captionFontSize)));
  const halfGap = Math.min(
    Math.PI / 4,
    Math.asin(Math.min(1, (widest / 2 + G.haloRadius + 6) / inner)),
  );
  const captions: Caption[] = CIRCLES.map((k, i) => {
    const text = captionTexts[i] as string;
    const y = radii[k] - 5;
    return { circle: k, text, x: 0, y, box: textBox(text, 0, y, G.captionFontSize, "middle") };
  });

  const centreLabel = fitText(o.centreLabel, 2 * G.centreRadius - 4, G.centreFontSize, true);
  const centreBox = textBox(
    centreLabel,
    0,
    0.35 * G.centreFontSize,
    G.centreFontSize,
    "middle",
    true,
  );

  const nodes: {
    person: Relationship;
    circle: Circle;
    angle: number;
    x: number;
    y: number;
    label: string;
  }[] = [];
  for (const k of CIRCLES) {
    const ring = perRing[k];
    ring.forEach((person, i) => {
      const angle =
        Math.PI / 2 + halfGap + (2 * Math.PI - 2 * halfGap) * ((i + PHASE[k]) / ring.length);
      nodes.push({
        person,
        circle: k,
        angle,
        x: radii[k] * Math.cos(angle),
        y: radii[k] * Math.sin(angle),
        label: fitText(person.label, o.maxLabelWidth, fs),
      });
    });
  }
  const nodeBoxes = nodes.map((n) => nodeBox(n.x, n.y));
  const fixed: Box[] = [...nodeBoxes, ...captions.map((c) => c.box), centreBox];

  const near = (): PlacedPerson[] | undefined => {
    if (nodes.length > G.nearMax) return undefined;
    const placed: PlacedPerson[] = [];
    for (const n of nodes) {
      let found: PlacedPerson | undefined;
      for (const extra of G.nearOffsets) {
        const l = nearLabel(n.label, n.x, n.y, n.angle, extra);
        const clear =
          fixed.every((b) => !overlaps(l.box, b)) && placed.every((p) => !overlaps(l.box, p.box));
        if (clear) {
          found = { ...n, ...l };
          break;
        }
      }
      if (found === undefined) return undefined;
      placed.push(found);
    }
    return placed;
  };

  const columns = (): PlacedPerson[] => {
    const colX = outer + G.haloRadius + 30;
    const elbowX = outer + G.haloRadius + 14;
    const out: { i: number; p: PlacedPerson }[] = [];
    for (const right of [true, false]) {
      const side = nodes
        .map((n, i) => ({ n, i }))
        .filter(({ n }) => n.x >= -1e-9 === right)
        .sort((a, b) => a.n.y - b.n.y || a.i - b.i);
      const extent = outer + G.haloRadius;
      const half = Math.max(extent, ((side.length - 1) * G.row) / 2);
      const ys = pack(
        side.map(({ n }) => n.y),
        G.row,
        -half,
        half,
      );
      side.forEach(({ n, i }, j) => {
        const yc = ys[j] as number;
        const sign = right ? 1 : -1;
        const lx = sign * colX;
        const ly = yc + 0.35 * fs;
        const anchor: Anchor = right ? "start" : "end";
        out.push({
          i,
          p: {
            ...n,
            lx,
            ly,
            anchor,
            box: textBox(n.label, lx, ly, fs, anchor),
            leader: [
              [n.x, n.y],
              [sign * elbowX, yc],
              [sign * (colX - 4), yc],
            ],
          },
        });
      });
    }
    // Back to the drawing order (ring by ring, around each ring).
    return out.sort((a, b) => a.i - b.i).map((x) => x.p);
  };

  const nearPlaced = near();
  const placed = nearPlaced ?? columns();
  const bounds = unionBox([
    { x: -outer, y: -outer, width: 2 * outer, height: 2 * outer },
    ...nodeBoxes,
    ...placed.map((p) => p.box),
    ...placed.flatMap((p) => (p.leader ?? []).map(([x, y]) => ({ x, y, width: 0, height: 0 }))),
    ...captions.map((c) => c.box),
    centreBox,
  ]);
  return {
    mode: nearPlaced === undefined ? "columns" : "near",
    radii,
    people: placed,
    captions,
    centre: { label: centreLabel, box: centreBox },
    nodeBoxes,
    bounds,
  };
}
