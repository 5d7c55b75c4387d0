/**
 * A legend: swatches with labels laid out in rows that wrap at a width, so no two labels meet.
 *
 * @module
 */
import type { PictureTheme } from "../theme.js";
import { paint } from "./paint.js";
import { type Box, estimateTextWidth, fitText, textBox } from "./text.js";
import { el, escapeXml } from "./xml.js";

/** One legend entry: a swatch drawn in a 22 × 14 cell centred on `(x + 11, yMid)`, and a label. */
export interface LegendItem {
  readonly swatch: (x: number, yMid: number) => string;
  readonly label: string;
}

/** Legend geometry (user units). */
export const LEGEND = { fontSize: 11, swatch: 22, gap: 6, itemGap: 18, row: 20 } as const;

/** The laid-out legend: its XML, height and the boxes of its labels. */
export interface LegendLayout {
  readonly svg: string;
  readonly height: number;
  readonly boxes: readonly Box[];
}

/** Lay out items left to right from `(x0, y0)`, wrapping before `x0 + width`. */
export function layoutLegend(
  t: PictureTheme,
  items: readonly LegendItem[],
  x0: number,
  y0: number,
  width: number,
): LegendLayout {
  const fs = LEGEND.fontSize;
  const parts: string[] = [];
  const boxes: Box[] = [];
  let x = x0;
  let row = 0;
  for (const item of items) {
    const label = fitText(item.label, width - LEGEND.swatch - LEGEND.gap, fs);
    const w = LEGEND.swatch + LEGEND.gap + estimateTextWidth(label, fs);
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      row++;
    }
    const yMid = y0 + row * LEGEND.row + LEGEND.row / 2;
    const tx = x + LEGEND.swatch + LEGEND.gap;
    const ty = yMid + 0.35 * fs;
    parts.push(item.swatch(x, yMid));
    parts.push(
      el("text", { ...paint(t, "ipt-text"), x: tx, y: ty, "font-size": fs }, escapeXml(label)),
    );
    boxes.push(textBox(label, tx, ty, fs, "start"));
    x += w + LEGEND.itemGap;
  }
  const height = items.length === 0 ? 0 : (row + 1) * LEGEND.row;
  return { svg: el("g", { class: "ipt-legend" }, parts.join("")), height, boxes };
}
