/**
 * The focus chart: the four problem areas' scores as ranked bars.
 *
 * @module
 */

import type { Formulation } from "ipt-formulation";
import { DEFAULT_MODEL, problemAreaLabel, type ScoringModel } from "ipt-formulation";
import { svgDocument } from "./internal/document.js";
import { paint, resolveTheme } from "./internal/paint.js";
import { estimateTextWidth, fitText } from "./internal/text.js";
import { el, escapeXml, num, sanitizeText } from "./internal/xml.js";
import type { PictureOptions } from "./theme.js";

/**
 * Options of {@link renderFocusChart}.
 *
 * @category Pictures
 */
export interface FocusChartOptions extends PictureOptions {
  /**
   * The scoring model that produced the formulation, to mark its minimum score for a focus.
   * Default: `DEFAULT_MODEL` when the formulation's digest is the default model's; otherwise
   * no line is drawn.
   */
  readonly model?: ScoringModel;
  /** The width of the `viewBox` in user units (default 560; it grows when the labels need it). */
  readonly width?: number;
}

/** Sizes of the focus chart (user units). */
export const FOCUS_GEOMETRY = {
  fontSize: 12,
  tickFontSize: 10,
  margin: 16,
  row: 34,
  bar: 18,
  minBar: 120,
} as const;

const F = FOCUS_GEOMETRY;

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Render a formulation's four problem areas as ranked horizontal bars, best first, as an SVG
 * string. Each bar's length is the area's score in [0, 1] and its colour the area's; the
 * primary focus has a solid outline and the note "primary focus", the secondary a dashed
 * outline and "secondary focus". A dashed vertical line marks the model's minimum score for
 * a focus (`focus.minScore`) when the model is known.
 *
 * Accessible (`role="img"`, `<title>`, a `<desc>` listing the ranking, scores, focus and
 * flags) and deterministic (scores printed with 2 decimals).
 *
 * @param f - a formulation from `formulate`
 * @param options - the model (minimum-score line), width, theme, tradition, ids, title
 * @returns the SVG, sized by its `viewBox`
 *
 * @example
 * // The grief sample case: grief ranked first and marked as the primary focus
 * renderFocusChart(formulate(griefCase)).includes("primary focus")
 * //=> true
 *
 * @example
 * // Area names from another naming tradition
 * renderFocusChart(f, { tradition: "who-group" }).includes("Life changes")
 * //=> true
 *
 * @category Pictures
 */
export function renderFocusChart(f: Formulation, options: FocusChartOptions = {}): string {
  const t = resolveTheme(options.theme);
  const tradition = options.tradition ?? "weissman-markowitz";
  const fs = F.fontSize;
  const model =
    options.model ?? (f.model.digest === DEFAULT_MODEL.digest ? DEFAULT_MODEL : undefined);
  const minScore = model?.params.focus.minScore;
  const role = (area: string): "primary" | "secondary" | undefined =>
    area === f.focus.primary ? "primary" : area === f.focus.secondary ? "secondary" : undefined;

  const rows = f.areas.map((a, i) => {
    const r = role(a.area);
    return {
      a,
      role: r,
      label: fitText(`${i + 1}. ${problemAreaLabel(a.area, tradition)}`, 260, fs, r !== undefined),
      value: `${clamp01(a.score).toFixed(2)}${r === undefined ? "" : ` · ${r} focus`}`,
    };
  });
  const labelW = Math.max(
    0,
    ...rows.map((r) => estimateTextWidth(r.label, fs, r.role !== undefined)),
  );
  const valueW = Math.max(...rows.map((r) => estimateTextWidth(r.value, fs)), 0);
  const barX = F.margin + labelW + 12;
  const W = Math.max(options.width ?? 560, barX + F.minBar + 8 + valueW + F.margin);
  const barMax = W - F.margin - valueW - 8 - barX;

  const top = 8;
  const rowsTop = top + 22;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = rowsTop + i * F.row;
    const by = y + (F.row - F.bar) / 2;
    const len = clamp01(r.a.score) * barMax;
    const ly = by + F.bar / 2 + 0.35 * fs;
    parts.push(
      el(
        "g",
        { class: "ipt-area", "data-area": r.a.area },
        el("title", {}, escapeXml(`${r.label}: ${r.value}`)) +
          el(
            "text",
            {
              ...paint(t, "ipt-text"),
              x: F.margin,
              y: ly,
              "font-size": fs,
              "font-weight": r.role === undefined ? undefined : "bold",
            },
            escapeXml(r.label),
          ) +
          el("rect", {
            ...paint(t, "ipt-ring"),
            x: barX,
            y: by,
            width: barMax,
            height: F.bar,
            fill: "none",
            "stroke-width": 1,
          }) +
          el("rect", {
            ...paint(
              t,
              `ipt-fill-${r.a.area}`,
              ...(r.role === undefined ? [] : (["ipt-outline"] as const)),
            ),
            x: barX,
            y: by,
            width: len,
            height: F.bar,
            "stroke-width": r.role === undefined ? undefined : 2,
            "stroke-dasharray": r.role === "secondary" ? "4 2" : undefined,
          }) +
          el(
            "text",
            { ...paint(t, "ipt-text"), x: barX + barMax + 8, y: ly, "font-size": fs },
            escapeXml(r.value),
          ),
      ),
    );
  });
  const rowsBottom = rowsTop + rows.length * F.row;
  // Scale.
  const axisY = rowsBottom + 4;
  parts.push(
    el("line", {
      ...paint(t, "ipt-stroke-muted"),
      x1: barX,
      y1: axisY,
      x2: barX + barMax,
      y2: axisY,
      "stroke-width": 1,
    }),
  );
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    const x = barX + v * barMax;
    parts.push(
      el("line", {
        ...paint(t, "ipt-stroke-muted"),
        x1: x,
        y1: axisY,
        x2: x,
        y2: axisY + 4,
        "stroke-width": 1,
      }),
      el(
        "text",
        {
          ...paint(t, "ipt-muted"),
          x,
          y: axisY + 6 + F.tickFontSize,
          "font-size": F.tickFontSize,
          "text-anchor": "middle",
        },
        num(v),
      ),
    );
  }
  if (minScore !== undefined) {
    const x = barX + clamp01(minScore) * barMax;
    const label = `minimum for a focus ${num(minScore)}`;
    const w = estimateTextWidth(label, F.tickFontSize);
    const cx = Math.max(barX + w / 2, Math.min(W - F.margin - w / 2, x));
    parts.push(
      el("line", {
        ...paint(t, "ipt-stroke-muted"),
        x1: x,
        y1: rowsTop - 4,
        x2: x,
        y2: axisY,
        "stroke-width": 1,
        "stroke-dasharray": "3 3",
      }),
      el(
        "text",
        {
          ...paint(t, "ipt-muted"),
          x: cx,
          y: rowsTop - 8,
          "font-size": F.tickFontSize,
          "text-anchor": "middle",
        },
        escapeXml(label),
      ),
    );
  }
  const box = { x: 0, y: 0, width: W, height: axisY + 6 + F.tickFontSize + 12 };

  const focusText =
    f.focus.secondary === undefined
      ? `Suggested focus: ${problemAreaLabel(f.focus.primary, tradition)}.`
      : `Suggested focus: ${problemAreaLabel(f.focus.primary, tradition)}, with ${problemAreaLabel(f.focus.secondary, tradition)} as a secondary focus.`;
  const desc = [
    `Problem areas ranked by score (0 to 1): ${rows.map((r) => `${r.label} ${clamp01(r.a.score).toFixed(2)}`).join("; ")}.`,
    focusText,
    ...(minScore === undefined
      ? []
      : [`The model's minimum score for a focus is ${num(minScore)}.`]),
    ...(f.flags.length === 0 ? [] : [`Flags: ${f.flags.map((x) => x.code).join(", ")}.`]),
  ].join(" ");
  const title =
    options.title ??
    `Problem areas${f.caseId === undefined ? "" : ` of case ${sanitizeText(f.caseId)}`}`;
  return svgDocument({
    kind: "focus",
    box,
    title,
    desc,
    body: el("g", { class: "ipt-bars" }, parts.join("")),
    theme: t,
    options,
  });
}
