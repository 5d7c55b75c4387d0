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
