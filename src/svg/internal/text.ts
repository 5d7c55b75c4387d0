/**
 * Text geometry without a browser: a deliberately generous estimate of how wide a label is,
 * so labels laid out apart by the estimate are apart on screen too (the browser test checks
 * the real boxes), and axis-aligned boxes with an overlap test.
 *
 * @module
 */
import { sanitizeText } from "./xml.js";

/** An axis-aligned box in SVG user units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How much of a font size a text box reaches above its baseline and below it. */
export const ASCENT = 1.0;
/** See {@link ASCENT}. */
export const DESCENT = 0.32;

const NARROW = new Set("ijlftrI.,:;'!|()[]{}`");
const WIDE_LATIN = new Set("mwMW@%");

const isZeroWidth = (cp: number): boolean =>
  (cp >= 0x0300 && cp <= 0x036f) ||
  (cp >= 0x1ab0 && cp <= 0x1aff) ||
  (cp >= 0x1dc0 && cp <= 0x1dff) ||
  (cp >= 0x20d0 && cp <= 0x20ff) ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xfe20 && cp <= 0xfe2f) ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2060 && cp <= 0x2064) ||
  (cp >= 0xe0100 && cp <= 0xe01ef);

/**
 * The estimated advance of one code point, in ems. The classes are upper bounds of the widest
 * common sans-serif fonts (DejaVu Sans, Verdana, Segoe UI, Roboto) plus a margin: narrow
 * letters 0.45, other lower case and digits 0.66, upper case 0.82, `m w M W @ %` 1.05,
 * other ASCII 0.9, other alphabetic scripts 1.1, symbols 1.25, CJK, emoji and everything
 * astral 1.45; combining marks, joiners and variation selectors 0.
 */
export function charWidthEm(cp: number): number {
  if (cp === 0x20) return 0.36;
  if (cp < 0x80) {
    const ch = String.fromCharCode(cp);
    if (NARROW.has(ch)) return 0.45;
    if (WIDE_LATIN.has(ch)) return 1.05;
    if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") || ch === "-") return 0.66;
    if (ch >= "A" && ch <= "Z") return 0.82;
    return 0.9;
  }
  if (isZeroWidth(cp)) return 0;
  if (cp < 0x2000) return 1.1;
  if (cp < 0x2e80) return 1.25;
  return 1.45;
}

/**
 * The estimated width of a one-line text in user units: the sum of {@link charWidthEm} over
 * its code points times the font size (times 1.1 when bold), plus 1 unit.
 */
export function estimateTextWidth(s: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of sanitizeText(s)) em += charWidthEm(ch.codePointAt(0) as number);
  return em * fontSize * (bold ? 1.1 : 1) + 1;
}

/**
 * Shorten a text to fit `maxWidth` by the estimate, cutting at a code point (never inside a
 * surrogate pair) and ending with `…`. Trailing spaces before the ellipsis are dropped.
 */
export function fitText(s: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = sanitizeText(s);
  if (estimateTextWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const budget = maxWidth - estimateTextWidth("…", fontSize, bold);
  const perEm = fontSize * (bold ? 1.1 : 1);
  let out = "";
  let width = 1;
  for (const ch of clean) {
    width += charWidthEm(ch.codePointAt(0) as number) * perEm;
    if (width > budget) break;
    out += ch;
  }
  return `${out.replace(/\s+$/, "")}…`;
}

/** Where a text's `x` is: its start, middle or end. */
export type Anchor = "start" | "middle" | "end";

/** The estimated box of a one-line text drawn at baseline `(x, y)` with an anchor. */
export function textBox(
  s: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: Anchor,
  bold = false,
): Box {
  const width = estimateTextWidth(s, fontSize, bold);
  const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  return { x: left, y: y - ASCENT * fontSize, width, height: (ASCENT + DESCENT) * fontSize };
}

/** Whether two boxes overlap by more than `tolerance` in both directions (touching is not overlap). */
export function overlaps(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x < b.x + b.width - tolerance &&
    b.x < a.x + a.width - tolerance &&
    a.y < b.y + b.height - tolerance &&
    b.y < a.y + a.height - tolerance
  );
}

/** The smallest box holding all the boxes (a zero box at the origin for none). */
export function unionBox(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A box grown by `d` on every side. */
export function inflate(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d };
}
