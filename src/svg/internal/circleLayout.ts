/**
 * The geometry of the interpersonal circle, separate from drawing so tests can check it.
 *
 * People are placed deterministically: per ring, sorted by role (in the order of
 * `RELATIONSHIP_ROLES`, so family sits together) and then id. Every person has an angle of
 * their own: the circle (but a gap at the bottom that holds the rings' captions) is cut into
 * as many equal slots as there are people, and the rings take turns, the `i`-th of a ring's
 * `n` people coming at `(i + phase) / n` of the turn (each ring its own phase), so each ring's
 * people are spread evenly. No two people, on any rings, share a direction, so a person's line
 * from the centre never runs through anyone else's node: each ring's radius grows until every
 * node an outer person's line passes is `spokeClearance` from it (at `r sin d` for directions
 * `d` apart) and any two nodes on the ring are `spacing` apart (the chord `2 r sin(d / 2)`).
 *
 * Labels are placed in one of two modes:
 * - `near` (tried first, up to 40 people): each label next to its node, on the outward side
 *   (start-anchored on the right, end-anchored on the left, centred above or below near the
 *   top and bottom), at the first of three radial offsets whose estimated box meets no other
 *   label, node, caption, the centre or anyone else's line from the centre (with its width).
 *   When one label cannot be placed, `near` is tried again on a circle 1.25, then 1.5 times
 *   as large (a label then spans a narrower angle, so fewer lines cross it);
 * - `columns` (when one label cannot be placed even then, or more than 40 people): every
 *   label in a column left or right of the smallest circle (by the side of its node), outside
 *   every line, ordered by the node's height and pushed apart to one row each, with a leader
 *   line to its node. No two labels can meet, whatever the number of people; the picture
 *   grows taller when needed.
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
  /**
   * Half the width of a person's line from the centre at its widest: two parallel lines 2.5
   * either side of the ray (support and conflict both rated), each up to 4 wide (rating 4).
   */
  spokeHalfWidth: 4.5,
  /** Smallest distance from another person's node centre to a line: the halo and half the line. */
  spokeClearance: 17.5,
  /** Smallest radii, and the smallest step between rings. */
  baseRadii: { inner: 100, middle: 185, outer: 270 },
  ringStep: 85,
  /** Radial offsets tried for a label in `near` mode. */
  nearOffsets: [0, 16, 32],
  /** Row height of the label columns. */
  row: 17,
  /** Most people for which `near` mode is tried. */
  nearMax: 40,
  /**
   * When a label cannot be placed beside its node, `near` mode is tried again with every
   * radius this much larger (a larger circle narrows the angle a label spans, so fewer lines
   * cross it), up to `nearMaxScale` times the smallest that holds the people.
   */
  nearScaleStep: 0.25,
  nearMaxScale: 1.5,
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
  readonly centerLabel: string;
  readonly captions: Readonly<Record<Circle, string>>;
  /** Every radius this many times the smallest that holds the people (default 1). */
  readonly scale?: number;
}

const roleIndex = (r: Relationship): number => RELATIONSHIP_ROLES.indexOf(r.role);

/** The order of people on a ring: role, then id. */
export const byRoleThenId = (a: Relationship, b: Relationship): number =>
  roleIndex(a) - roleIndex(b) || cmp(a.id, b.id);

/** Where in its turn the `i`-th of a ring's `n` people comes: `(i + phase) / n` (each ring has its own phase). */
const PHASE: Readonly<Record<Circle, number>> = { inner: 0.5, middle: 5 / 6, outer: 1 / 6 };

/** The line from the centre to a person's node: from the centre's edge to the node's. */
export const spokeOf = (x: number, y: number): readonly [number, number, number, number] => {
  const d = Math.hypot(x, y);
  const ux = x / d;
  const uy = y / d;
  return [ux * G.centreRadius, uy * G.centreRadius, x - ux * G.nodeRadius, y - uy * G.nodeRadius];
};

/** Whether a line from the centre, with its width, meets a box: Liang–Barsky clipping. */
const crosses = ([x1, y1, x2, y2]: readonly [number, number, number, number], b: Box): boolean => {
  const m = G.spokeHalfWidth;
  let lo = 0;
  let hi = 1;
  for (const [p, q] of [
    [x1 - x2, x1 - b.x + m],
    [x2 - x1, b.x + b.width + m - x1],
    [y1 - y2, y1 - b.y + m],
    [y2 - y1, b.y + b.height + m - y1],
  ] as const)
    if (p < 0) lo = Math.max(lo, q / p);
    else if (p > 0) hi = Math.min(hi, q / p);
    else if (q <= 0) return false;
  return lo < hi;
};

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

  // The gap at the bottom for the captions, sized for the inner ring holding its people over
  // three quarters of it (the radius only grows from there, which only narrows what it needs).
  const gapRadius = Math.max(
    G.baseRadii.inner,
    (perRing.inner.length * G.spacing) / (1.5 * Math.PI),
  );
  const captionTexts = CIRCLES.map((k) =>
    fitText(o.captions[k], 2 * gapRadius - 40, G.captionFontSize),
  );
  const widest = Math.max(...captionTexts.map((t) => estimateTextWidth(t, G.captionFontSize)));
  const halfGap = Math.min(
    Math.PI / 4,
    Math.asin(Math.min(1, (widest / 2 + G.haloRadius + 6) / gapRadius)),
  );

  // Angles: one slot each, the rings taking turns by where each person falls in their ring.
  const turns = CIRCLES.flatMap((circle, ring) =>
    perRing[circle].map((person, i) => ({
      person,
      circle,
      ring,
      at: (i + PHASE[circle]) / perRing[circle].length,
      angle: 0,
    })),
  );
  const slot = (2 * Math.PI - 2 * halfGap) / turns.length;
  for (const [j, t] of [...turns].sort((a, b) => a.at - b.at || a.ring - b.ring).entries())
    t.angle = Math.PI / 2 + halfGap + slot * (j + 0.5);

  // Radii: any two people on a ring `spacing` apart (a chord of 2 r sin(d / 2) for angles d
  // apart); every node an outer person's line passes by (at r sin d, or r past a right angle)
  // `spokeClearance` from it; at least the base radii, one ring step apart.
  const needs = [0, 0, 0];
  for (const a of turns)
    for (const b of turns)
      if (b.ring >= a.ring && b !== a) {
        const d = a.angle - b.angle;
        needs[a.ring] = Math.max(
          needs[a.ring] as number,
          b.ring > a.ring
            ? G.spokeClearance / (Math.cos(d) > 0 ? Math.abs(Math.sin(d)) : 1)
            : G.spacing / Math.abs(2 * Math.sin(d / 2)),
        );
      }
  const scale = o.scale ?? 1;
  const inner = Math.max(G.baseRadii.inner, needs[0] as number);
  const middle = Math.max(G.baseRadii.middle, inner + G.ringStep, needs[1] as number);
  const outer = scale * Math.max(G.baseRadii.outer, middle + G.ringStep, needs[2] as number);
  const radii: Record<Circle, number> = {
    inner: scale * inner,
    middle: scale * middle,
    outer,
  };

  // Captions at the bottom of each ring, inside it, in the gap.
  const captions: Caption[] = CIRCLES.map((k, i) => {
    const text = captionTexts[i] as string;
    const y = radii[k] - 5;
    return { circle: k, text, x: 0, y, box: textBox(text, 0, y, G.captionFontSize, "middle") };
  });

  const centerLabel = fitText(o.centerLabel, 2 * G.centreRadius - 4, G.centreFontSize, true);
  const centreBox = textBox(
    centerLabel,
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
  // Drawing order: ring by ring, around each ring.
  for (const { person, circle, angle } of turns)
    nodes.push({
      person,
      circle,
      angle,
      x: radii[circle] * Math.cos(angle),
      y: radii[circle] * Math.sin(angle),
      label: fitText(person.label, o.maxLabelWidth, fs),
    });
  const nodeBoxes = nodes.map((n) => nodeBox(n.x, n.y));
  const fixed: Box[] = [...nodeBoxes, ...captions.map((c) => c.box), centreBox];
  const spokes = nodes.map((n) => spokeOf(n.x, n.y));

  const near = (): PlacedPerson[] | undefined => {
    if (nodes.length > G.nearMax) return undefined;
    const placed: PlacedPerson[] = [];
    for (const n of nodes) {
      let found: PlacedPerson | undefined;
      for (const extra of G.nearOffsets) {
        const l = nearLabel(n.label, n.x, n.y, n.angle, extra);
        const clear =
          fixed.every((b) => !overlaps(l.box, b)) &&
          placed.every((p) => !overlaps(l.box, p.box)) &&
          spokes.every((sp, j) => nodes[j] === n || !crosses(sp, l.box));
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
  // Labels beside their nodes on a larger circle rather than in columns, when that places them.
  if (nearPlaced === undefined && scale < G.nearMaxScale) {
    const larger = layoutCircle(people, { ...o, scale: scale + G.nearScaleStep });
    if (larger.mode === "near") return larger;
  }
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
    centre: { label: centerLabel, box: centreBox },
    nodeBoxes,
    bounds,
  };
}
