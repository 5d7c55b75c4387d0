/**
 * The interpersonal circle: the patient at the centre, the people of the interpersonal
 * inventory on three rings around them.
 *
 * @module
 */
import type { Case, DisplayLabels, Formulation, Relationship, ScoringModel } from "ipt-formulation";
import {
  CIRCLE_LABELS,
  CIRCLES,
  displayLabelOf,
  type ProblemArea,
  problemAreaLabel,
  RELATIONSHIP_ROLE_LABELS,
  RELATIONSHIP_STATUS_LABELS,
} from "ipt-formulation";
import {
  CIRCLE_GEOMETRY,
  layoutCircle,
  type PlacedPerson,
  spokeOf,
} from "./internal/circleLayout.js";
import { svgDocument } from "./internal/document.js";
import { type LegendItem, layoutLegend } from "./internal/legend.js";
import { paint, resolveTheme } from "./internal/paint.js";
import { cmp, el, escapeXml, num, sanitizeText } from "./internal/xml.js";
import { INVENTORY_THRESHOLDS, summarizeInventory } from "./summarizeInventory.js";
import type { PictureOptions, PictureTheme } from "./theme.js";

/**
 * Options of {@link renderInterpersonalCircle}.
 *
 * @category Pictures
 */
export interface InterpersonalCircleOptions extends PictureOptions {
  /** The case's formulation: with it, people tied to the focus are highlighted. */
  readonly formulation?: Formulation;
  /**
   * Whom to highlight (with a formulation): `focus` (default) the people whose evidence
   * supports the primary or the secondary area (the same as `primary` when the formulation
   * has no secondary focus), `primary` only the primary area's, `none` nobody.
   */
  readonly highlight?: "primary" | "focus" | "none";
  /** Labels longer than this (estimated, user units) are shortened with `…` (default 150; the full label is in the node's tooltip and the description). */
  readonly maxLabelWidth?: number;
  /** The text at the centre (default `Patient`). */
  readonly centerLabel?: string;
  /** The scoring model whose kernel sets the onset window for "changed near the onset" in the description (default `DEFAULT_MODEL`). */
  readonly model?: ScoringModel;
  /**
   * Names to show instead of the stored labels, by relationship id (see `displayLabelOf`):
   * on the nodes, in their tooltips and in the description. Default: the stored labels.
   */
  readonly displayLabels?: DisplayLabels;
}

const G = CIRCLE_GEOMETRY;
const PAD = 12;

const ratingText = (v: number | undefined): string => (v === undefined ? "not rated" : `${v}/4`);

/** How a highlighted person is drawn: filled with one area's colour, ringed with another's (or the same). */
interface Lit {
  readonly fill: ProblemArea;
  readonly ring: ProblemArea;
}

/**
 * Who is highlighted, by id. With `focus`, a person tied to both focus areas is filled with
 * the primary's colour and ringed with the secondary's.
 */
const highlights = (o: InterpersonalCircleOptions): ReadonlyMap<string, Lit> => {
  const f = o.formulation;
  const mode = o.highlight ?? "focus";
  const out = new Map<string, Lit>();
  if (f === undefined || mode === "none") return out;
  const tied = (area: ProblemArea | undefined): Set<string> =>
    new Set(
      f.people.filter((p) => p.areas.some((a) => a.area === area && a.weight > 0)).map((p) => p.id),
    );
  const primary = tied(f.focus.primary);
  const secondary = mode === "focus" ? tied(f.focus.secondary) : new Set<string>();
  for (const id of primary)
    out.set(id, {
      fill: f.focus.primary,
      ring: secondary.has(id) ? (f.focus.secondary as ProblemArea) : f.focus.primary,
    });
  for (const id of secondary)
    if (!primary.has(id))
      out.set(id, {
        fill: f.focus.secondary as ProblemArea,
        ring: f.focus.secondary as ProblemArea,
      });
  return out;
};

/** A sentence from a text: a full stop added unless it already ends with one. */
const sentence = (s: string): string => (s.endsWith(".") ? s : `${s}.`);

const tieLines = (t: PictureTheme, p: PlacedPerson): string => {
  const [x1, y1, x2, y2] = spokeOf(p.x, p.y);
  const ux = x1 / G.centreRadius;
  const uy = y1 / G.centreRadius;
  const support = p.person.support ?? 0;
  const conflict = p.person.conflict ?? 0;
  const both = support > 0 && conflict > 0;
  const line = (
    off: number,
    extra: Parameters<typeof paint>[1],
    a: Record<string, string | number>,
  ): string =>
    el("line", {
      ...paint(t, extra),
      x1: x1 - uy * off,
      y1: y1 + ux * off,
      x2: x2 - uy * off,
      y2: y2 + ux * off,
      ...a,
    });
  const parts: string[] = [];
  if (support > 0)
    parts.push(line(both ? 2.5 : 0, "ipt-support", { "stroke-width": 1 + 0.75 * support }));
  if (conflict > 0)
    parts.push(
      line(both ? -2.5 : 0, "ipt-conflict", {
        "stroke-width": 1 + 0.75 * conflict,
        "stroke-dasharray": "6 3",
      }),
    );
  if (parts.length === 0)
    parts.push(line(0, "ipt-unrated", { "stroke-width": 1, "stroke-dasharray": "2 3" }));
  return parts.join("");
};

/**
 * A node drawn at `(x, y)`: its status always shows (estranged dashed, ended grey, deceased
 * crossed); a highlight rings it and fills it with the area's colour, or, for an ended
 * person, outlines the grey node in that colour instead, and its ring is dashed like an
 * estranged person's outline.
 */
const nodeShape = (
  t: PictureTheme,
  x: number,
  y: number,
  status: Relationship["status"],
  lit: Lit | undefined,
): string => {
  const r = G.nodeRadius;
  const parts: string[] = [];
  const dash = status === "estranged" ? "3 2" : undefined;
  if (lit !== undefined)
    parts.push(
      el("circle", {
        ...paint(t, `ipt-stroke-${lit.ring}`),
        cx: x,
        cy: y,
        r: G.haloRadius - 1,
        fill: "none",
        "stroke-width": 2,
        "stroke-dasharray": dash,
      }),
    );
  const fill =
    status === "ended"
      ? paint(t, "ipt-ended", lit === undefined ? "ipt-ended-outline" : `ipt-stroke-${lit.fill}`)
      : paint(t, lit === undefined ? "ipt-node" : `ipt-fill-${lit.fill}`, "ipt-outline");
  parts.push(
    el("circle", {
      ...fill,
      cx: x,
      cy: y,
      r,
      "stroke-width": 1.5,
      "stroke-dasharray": dash,
    }),
  );
  if (status === "deceased") {
    const k = r * 0.7;
    parts.push(
      el("path", {
        ...paint(t, "ipt-line"),
        d: `M${num(x - k)} ${num(y - k)}L${num(x + k)} ${num(y + k)}M${num(x - k)} ${num(y + k)}L${num(x + k)} ${num(y - k)}`,
        "stroke-width": 1.5,
        fill: "none",
      }),
    );
  }
  return parts.join("");
};

const describePerson = (r: Relationship): string =>
  `${sanitizeText(r.label)}: ${RELATIONSHIP_ROLE_LABELS[r.role].toLowerCase()}, ${CIRCLE_LABELS[r.circle].toLowerCase()}, ${RELATIONSHIP_STATUS_LABELS[r.status].toLowerCase()}; support ${ratingText(r.support)}, conflict ${ratingText(r.conflict)}`;

/**
 * Render the interpersonal circle of a case as an SVG string: the patient at the centre,
 * three rings (inner, middle, outer circle), and each relationship as a node on its ring.
 *
 * - **Status**: active — plain node; estranged — dashed outline; ended — grey node;
 *   deceased — node with a cross.
 * - **Ties** to the centre: support as a solid line (support colour), conflict as a dashed
 *   line (conflict colour), each thicker the higher the rating (width 1 + 0.75 × rating); a
 *   tie with both shows two parallel lines; a tie with neither is thin and dotted.
 * - **Highlight** (with `options.formulation`): people whose evidence supports a focus area
 *   (both the primary and the secondary by default, `highlight: "focus"`; the primary only
 *   with `"primary"`) are ringed and filled with the area's colour. Their status still shows:
 *   an estranged person's ring is dashed too, an ended person stays grey (outlined in the
 *   area's colour), a deceased person keeps the cross.
 * - **Labels** never overlap, for any number of people: next to each node when they fit,
 *   otherwise in two columns beside the circle with leader lines (see the layout notes in
 *   `docs/pictures.md`). Long labels are shortened with `…`; every node has the full label,
 *   role, status and ratings as its tooltip (`<title>`).
 * - **Display names** (`options.displayLabels`, by relationship id): shown instead of the
 *   stored labels everywhere in the picture, escaped like them; the case keeps its labels.
 * - **Accessible**: `role="img"`, a `<title>` and a `<desc>` that says in words who is where,
 *   who supports and who conflicts, and who changed near the onset.
 *
 * Pure and deterministic: the same case and options give the same bytes; permuting the
 * relationships changes nothing (people are ordered by circle, role and id). Every string
 * from the case is XML-escaped.
 *
 * @param c - a decoded case
 * @param options - formulation and highlight, display names, label width, centre label, theme, tradition, ids, title
 * @returns the SVG, sized by its `viewBox`
 *
 * @example
 * // The grief sample case with the people tied to grief highlighted
 * renderInterpersonalCircle(griefCase, { formulation: formulate(griefCase) })
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" id="ipt-circle-…" class="ipt-picture ipt-circle" …'
 *
 * @example
 * // A real name on the node of the stored label "Mother" (id `mother`), which is not shown
 * renderInterpersonalCircle(griefCase, { displayLabels: { mother: "Ana Souza" } }).includes(">Mother<")
 * //=> false
 *
 * @example
 * // Labels are text, never markup
 * renderInterpersonalCircle({ ...griefCase, relationships: [{ ...griefCase.relationships[0], label: "</text><script>" }] }).includes("<script")
 * //=> false
 *
 * @category Pictures
 * @see Stuart S, Robertson M. Interpersonal Psychotherapy: A Clinician's Guide, 2nd ed. (2012): the interpersonal circle.
 */
export function renderInterpersonalCircle(
  c: Case,
  options: InterpersonalCircleOptions = {},
): string {
  const t = resolveTheme(options.theme);
  const tradition = options.tradition ?? "weissman-markowitz";
  const shown = options.displayLabels;
  // The people as shown: each with its display name in place of the stored label.
  const rs =
    shown === undefined
      ? c.relationships
      : c.relationships.map((r) => ({ ...r, label: displayLabelOf(shown, r.id, r.label) }));
  const layout = layoutCircle(rs, {
    maxLabelWidth: options.maxLabelWidth ?? 150,
    centerLabel: options.centerLabel ?? "Patient",
    captions: CIRCLE_LABELS,
  });
  const lit = highlights(options);
  const fs = G.fontSize;

  const rings = CIRCLES.map((k) =>
    el("circle", {
      ...paint(t, "ipt-ring"),
      cx: 0,
      cy: 0,
      r: layout.radii[k],
      fill: "none",
      "stroke-width": 1,
    }),
  ).join("");
  const captions = layout.captions
    .map((cap) =>
      el(
        "text",
        {
          ...paint(t, "ipt-muted"),
          x: cap.x,
          y: cap.y,
          "font-size": G.captionFontSize,
          "text-anchor": "middle",
        },
        escapeXml(cap.text),
      ),
    )
    .join("");
  const ties = layout.people.map((p) => tieLines(t, p)).join("");
  const leaders = layout.people
    .filter((p) => p.leader !== undefined)
    .map((p) =>
      el("polyline", {
        ...paint(t, "ipt-leader"),
        points: (p.leader ?? []).map(([x, y]) => `${num(x)},${num(y)}`).join(" "),
        fill: "none",
        "stroke-width": 0.75,
      }),
    )
    .join("");
  const nodes = layout.people
    .map((p) => {
      return el(
        "g",
        { class: "ipt-person", "data-id": p.person.id },
        el("title", {}, escapeXml(describePerson(p.person))) +
          nodeShape(t, p.x, p.y, p.person.status, lit.get(p.person.id)) +
          el(
            "text",
            {
              ...paint(t, p.person.status === "ended" ? "ipt-muted" : "ipt-text", "ipt-halo"),
              x: p.lx,
              y: p.ly,
              "font-size": fs,
              "text-anchor": p.anchor,
              "stroke-width": 3,
              "paint-order": "stroke",
              "stroke-linejoin": "round",
            },
            escapeXml(p.label),
          ),
      );
    })
    .join("");
  const centre =
    el("circle", {
      ...paint(t, "ipt-node", "ipt-outline"),
      cx: 0,
      cy: 0,
      r: G.centreRadius,
      "stroke-width": 2,
    }) +
    el(
      "text",
      {
        ...paint(t, "ipt-text"),
        x: 0,
        y: 0.35 * G.centreFontSize,
        "font-size": G.centreFontSize,
        "font-weight": "bold",
        "text-anchor": "middle",
      },
      escapeXml(layout.centre.label),
    );

  // Legend: only what the picture shows.
  const items: LegendItem[] = [];
  const lineSwatch =
    (cls: "ipt-support" | "ipt-conflict" | "ipt-unrated", w: number, dash?: string) =>
    (x: number, y: number): string =>
      el("line", {
        ...paint(t, cls),
        x1: x,
        y1: y,
        x2: x + 22,
        y2: y,
        "stroke-width": w,
        "stroke-dasharray": dash,
      });
  const nodeSwatch =
    (status: Relationship["status"], area?: ProblemArea) =>
    (x: number, y: number): string =>
      nodeShape(t, x + 11, y, status, area === undefined ? undefined : { fill: area, ring: area });
  if (rs.some((r) => (r.support ?? 0) > 0))
    items.push({ swatch: lineSwatch("ipt-support", 2.5), label: "Support (thicker: more)" });
  if (rs.some((r) => (r.conflict ?? 0) > 0))
    items.push({
      swatch: lineSwatch("ipt-conflict", 2.5, "6 3"),
      label: "Conflict (thicker: more)",
    });
  if (rs.some((r) => (r.support ?? 0) === 0 && (r.conflict ?? 0) === 0))
    items.push({
      swatch: lineSwatch("ipt-unrated", 1, "2 3"),
      label: "No support or conflict rated",
    });
  for (const status of ["estranged", "ended", "deceased"] as const)
    if (rs.some((r) => r.status === status))
      items.push({ swatch: nodeSwatch(status), label: RELATIONSHIP_STATUS_LABELS[status] });
  const f = options.formulation;
  if (f !== undefined)
    for (const [area, role] of [
      [f.focus.primary, "primary"],
      [f.focus.secondary, "secondary"],
    ] as const)
      if (area !== undefined && [...lit.values()].some((l) => l.fill === area || l.ring === area))
        items.push({
          swatch: nodeSwatch("active", area),
          label: `Tied to ${problemAreaLabel(area, tradition).toLowerCase()} (${role} focus)`,
        });

  const b = layout.bounds;
  const legendWidth = Math.max(b.width, 480);
  const x0 = b.x + b.width / 2 - legendWidth / 2;
  const legend = layoutLegend(t, items, x0, b.y + b.height + 16, legendWidth);
  const box = {
    x: x0 - PAD,
    y: b.y - PAD,
    width: legendWidth + 2 * PAD,
    height: b.height + (legend.height > 0 ? 16 + legend.height : 0) + 2 * PAD,
  };

  const s = summarizeInventory(c, options.model === undefined ? {} : { model: options.model });
  const labelOf = new Map(rs.map((r) => [r.id, sanitizeText(r.label)]));
  const names = (ids: readonly string[]): string =>
    ids.length === 0 ? "none" : ids.map((id) => labelOf.get(id) ?? id).join(", ");
  const ringText = CIRCLES.map((k) => {
    const ps = layout.people.filter((p) => p.circle === k);
    const list =
      ps.length === 0
        ? "nobody"
        : ps
            .map(
              (p) =>
                `${sanitizeText(p.person.label)}${p.person.status === "active" ? "" : ` (${RELATIONSHIP_STATUS_LABELS[p.person.status].toLowerCase()})`}`,
            )
            .join(", ");
    return sentence(`${CIRCLE_LABELS[k]}: ${list}`);
  }).join(" ");
  const litIds = [...lit.keys()].sort(cmp);
  const desc = [
    `${rs.length === 1 ? "1 person" : `${rs.length} people`} around the patient; ${s.networkSize} active.`,
    ringText,
    sentence(
      `Supportive ties (support ${INVENTORY_THRESHOLDS.supportive} or more): ${names(s.supportive)}`,
    ),
    sentence(
      `Conflictual ties (conflict ${INVENTORY_THRESHOLDS.conflictual} or more): ${names(s.conflictual)}`,
    ),
    sentence(`Changed near the onset: ${names(s.changedNearOnset)}`),
    ...(f === undefined || options.highlight === "none"
      ? []
      : [sentence(`Highlighted as tied to the focus: ${names(litIds)}`)]),
  ].join(" ");
  const title =
    options.title ??
    `Interpersonal circle${c.id === undefined ? "" : ` of case ${sanitizeText(c.id)}`}`;

  const body = [
    el("g", { class: "ipt-rings" }, rings + captions),
    el("g", { class: "ipt-ties" }, ties + leaders),
    el("g", { class: "ipt-people" }, nodes),
    el("g", { class: "ipt-centre" }, centre),
    legend.svg,
  ].join("");
  return svgDocument({ kind: "circle", box, title, desc, body, theme: t, options });
}
