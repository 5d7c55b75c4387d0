/**
 * Resolving a theme, and the paint of each picture element: a class (styled by the picture's
 * `<style>` through a CSS custom property) plus the same colour as a presentation attribute,
 * for renderers without CSS.
 *
 * @module
 */
import { PROBLEM_AREAS, type ProblemArea } from "ipt-formulation";
import {
  DEFAULT_THEME,
  type PictureTheme,
  type PictureThemeOverrides,
  THEME_CSS_VARIABLES,
} from "../theme.js";
import type { Attrs } from "./xml.js";

const COLOR =
  /^(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,32}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-zA-Z\s.,%/+-]{1,80}\))$/;
const FONT = /^[A-Za-z0-9 ,_-]{1,200}$/;

const color = (v: string | undefined, fallback: string): string =>
  v !== undefined && COLOR.test(v) ? v : fallback;

/** The theme with overrides applied; a value that is not a plain CSS colour (or font list) is ignored. */
export function resolveTheme(o: PictureThemeOverrides | undefined): PictureTheme {
  const d = DEFAULT_THEME;
  if (o === undefined) return d;
  const areas = Object.fromEntries(
    PROBLEM_AREAS.map((a) => [a, color(o.areas?.[a], d.areas[a])]),
  ) as Record<ProblemArea, string>;
  return {
    areas,
    support: color(o.support, d.support),
    conflict: color(o.conflict, d.conflict),
    neutral: color(o.neutral, d.neutral),
    text: color(o.text, d.text),
    muted: color(o.muted, d.muted),
    background: color(o.background, d.background),
    ring: color(o.ring, d.ring),
    node: color(o.node, d.node),
    onset: color(o.onset, d.onset),
    onsetWindow: color(o.onsetWindow, d.onsetWindow),
    fontFamily: o.fontFamily !== undefined && FONT.test(o.fontFamily) ? o.fontFamily : d.fontFamily,
  };
}

type Key = Exclude<keyof PictureTheme, "areas" | "fontFamily">;

/** Each paint class: the CSS property it sets and the theme entry it takes. */
const PAINTS: readonly (readonly [string, "fill" | "stroke", Key])[] = [
  ["ipt-bg", "fill", "background"],
  ["ipt-text", "fill", "text"],
  ["ipt-muted", "fill", "muted"],
  ["ipt-halo", "stroke", "background"],
  ["ipt-ring", "stroke", "ring"],
  ["ipt-node", "fill", "node"],
  ["ipt-outline", "stroke", "text"],
  ["ipt-ended", "fill", "neutral"],
  ["ipt-ended-outline", "stroke", "muted"],
  ["ipt-line", "stroke", "text"],
  ["ipt-leader", "stroke", "muted"],
  ["ipt-support", "stroke", "support"],
  ["ipt-conflict", "stroke", "conflict"],
  ["ipt-unrated", "stroke", "neutral"],
  ["ipt-onset", "stroke", "onset"],
  ["ipt-window", "fill", "onsetWindow"],
  ["ipt-fill-neutral", "fill", "neutral"],
  ["ipt-stroke-muted", "stroke", "muted"],
];

const VAR = THEME_CSS_VARIABLES;

/** The picture's `<style>` rules, scoped to its id: every paint class through its custom property. */
export function styleRules(id: string, t: PictureTheme): string {
  const rules = [`#${id}{font-family:var(${VAR.fontFamily},${t.fontFamily})}`];
  for (const [cls, prop, key] of PAINTS)
    rules.push(`#${id} .${cls}{${prop}:var(${VAR[key]},${t[key]})}`);
  for (const a of PROBLEM_AREAS) {
    rules.push(`#${id} .ipt-fill-${a}{fill:var(${VAR[a]},${t.areas[a]})}`);
    rules.push(`#${id} .ipt-stroke-${a}{stroke:var(${VAR[a]},${t.areas[a]})}`);
  }
  return rules.join("");
}

/** A paint class name. */
export type PaintClass =
  | (typeof PAINTS)[number][0]
  | `ipt-fill-${ProblemArea}`
  | `ipt-stroke-${ProblemArea}`;

/** The class and presentation attribute(s) of one or more paint classes. */
export function paint(t: PictureTheme, ...classes: readonly PaintClass[]): Attrs {
  const out: Record<string, string> = { class: classes.join(" ") };
  for (const c of classes) {
    const area = /^ipt-(fill|stroke)-(.+)$/.exec(c);
    if (area !== null && (PROBLEM_AREAS as readonly string[]).includes(area[2] as string)) {
      out[area[1] as string] = t.areas[area[2] as ProblemArea];
      continue;
    }
    const p = PAINTS.find(([name]) => name === c);
    if (p !== undefined) out[p[1]] = t[p[2]];
  }
  return out;
}
