/**
 * The `<svg>` envelope every picture shares: `viewBox`, `role="img"`, `<title>` and `<desc>`
 * referenced by `aria-labelledby`, the scoped `<style>` and the background.
 *
 * @module
 */
import type { PictureOptions, PictureTheme } from "../theme.js";
import { styleRules } from "./paint.js";
import type { Box } from "./text.js";
import { attrs, el, escapeXml, hash8, num } from "./xml.js";

/** An id prefix made safe: `A-Z a-z 0-9 _ -` only, starting with a letter, at most 64 characters. */
export function safeId(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 64);
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `ipt-${cleaned}`.slice(0, 64);
}

/** What {@link svgDocument} wraps. */
export interface DocumentParts {
  /** `circle`, `timeline` or `focus`: a class on the root and the start of the default id. */
  readonly kind: string;
  /** The `viewBox`; the background fills it. */
  readonly box: Box;
  readonly title: string;
  readonly desc: string;
  /** The picture's elements, already XML. */
  readonly body: string;
  readonly theme: PictureTheme;
  readonly options: PictureOptions;
}

/** The whole picture as an SVG string (no XML declaration, so it can be inlined in HTML as is). */
export function svgDocument(p: DocumentParts): string {
  const id =
    p.options.idPrefix === undefined
      ? `ipt-${p.kind}-${hash8(`${p.title}\n${p.desc}\n${p.body}`)}`
      : safeId(p.options.idPrefix);
  const b = p.box;
  const w = p.options.displayWidth;
  const size =
    w !== undefined && Number.isFinite(w) && w > 0
      ? { width: w, height: (w * b.height) / b.width }
      : {};
  const root = attrs({
    xmlns: "http://www.w3.org/2000/svg",
    id,
    class: `ipt-picture ipt-${p.kind}`,
    viewBox: `${num(b.x)} ${num(b.y)} ${num(b.width)} ${num(b.height)}`,
    ...size,
    role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`,
    "font-family": p.theme.fontFamily,
  });
  return [
    `<svg${root}>`,
    el("title", { id: `${id}-title` }, escapeXml(p.title)),
    el("desc", { id: `${id}-desc` }, escapeXml(p.desc)),
    el("style", {}, styleRules(id, p.theme)),
    el("rect", {
      class: "ipt-bg",
      fill: p.theme.background,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
    }),
    p.body,
    "</svg>",
  ].join("");
}
