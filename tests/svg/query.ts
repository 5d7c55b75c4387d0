/** Queries on a parsed picture, for tests that check exact elements and attributes. */
import { elements, parseXml, textContent, type XmlElement } from "./xml.js";

/** Every element of a picture (parsed from its text) that matches. */
export function all(svg: string | XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  return elements(typeof svg === "string" ? parseXml(svg) : svg).filter(pred);
}

/** The one element that matches; fails the test when there is none or more than one. */
export function one(svg: string | XmlElement, pred: (e: XmlElement) => boolean): XmlElement {
  const found = all(svg, pred);
  if (found.length !== 1) throw new Error(`expected one element, found ${found.length}`);
  return found[0] as XmlElement;
}

/** Matches an element by its exact `class`. */
export const cls =
  (name: string) =>
  (e: XmlElement): boolean =>
    e.attrs.class === name;

/** Matches an element by its `data-id`. */
export const dataId =
  (id: string) =>
  (e: XmlElement): boolean =>
    e.attrs["data-id"] === id;

/** Matches an element by name. */
export const named =
  (name: string) =>
  (e: XmlElement): boolean =>
    e.name === name;

/** The picture's accessible title and description. */
export function titleAndDesc(svg: string): readonly [string, string] {
  const [title, desc] = parseXml(svg).children as XmlElement[];
  return [textContent(title as XmlElement), textContent(desc as XmlElement)];
}

/** The texts of the legend, in order. */
export function legendLabels(svg: string): string[] {
  return all(one(svg, cls("ipt-legend")), named("text")).map(textContent);
}

/** The numbers of an element's attributes, by name (`NaN` for a missing one). */
export function nums(e: XmlElement, ...names: readonly string[]): number[] {
  return names.map((n) => Number(e.attrs[n]));
}
