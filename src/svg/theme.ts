/**
 * The colours and font of the pictures: one colour-blind-safe palette (Okabe–Ito) used by all
 * three pictures, each colour also a CSS custom property so a page can restyle the pictures
 * without re-rendering them.
 *
 * @module
 */
import type { NamingTradition, ProblemArea } from "ipt-formulation";

/**
 * The colours and font of a picture. Every colour is a CSS colour; each is also exposed as a
 * CSS custom property (see {@link THEME_CSS_VARIABLES}) whose fallback is the value here.
 *
 * @category Pictures
 */
export interface PictureTheme {
  /** One colour per problem area, the same in every picture. */
  readonly areas: Readonly<Record<ProblemArea, string>>;
  /** Ties with support (support ≥ 1): solid lines. */
  readonly support: string;
  /** Ties with conflict (conflict ≥ 1): dashed lines. */
  readonly conflict: string;
  /** Unrated ties, ended relationships, events that support no area. */
  readonly neutral: string;
  /** Labels, outlines, axes' text. */
  readonly text: string;
  /** Secondary text, leader lines, axes. */
  readonly muted: string;
  /** The picture's background (also the halo that keeps labels legible over lines). */
  readonly background: string;
  /** The rings of the interpersonal circle. */
  readonly ring: string;
  /** The fill of a person's node. */
  readonly node: string;
  /** The onset line of the timeline. */
  readonly onset: string;
  /** The shaded onset window of the timeline (drawn at 35 % opacity). */
  readonly onsetWindow: string;
  /** A CSS font-family list (letters, digits, spaces, commas, `_` and `-` only; no quotes). */
  readonly fontFamily: string;
}

/** Overrides of {@link PictureTheme}: any subset, area colours one by one. @category Pictures */
export type PictureThemeOverrides = Partial<Omit<PictureTheme, "areas">> & {
  readonly areas?: Partial<Readonly<Record<ProblemArea, string>>>;
};

/**
 * The colour of each problem area, from the Okabe–Ito palette, which stays distinguishable
 * with the common colour-vision deficiencies: grief blue, role dispute vermillion, role
 * transition orange, interpersonal deficits reddish purple.
 *
 * @example
 * // The colour of grief in every picture
 * AREA_COLORS.grief
 * //=> "#0072B2"
 *
 * @category Pictures
 * @see Okabe M, Ito K. Color Universal Design (CUD): how to make figures and presentations that are friendly to colorblind people (2008). https://jfly.uni-koeln.de/color/
 */
export const AREA_COLORS: Readonly<Record<ProblemArea, string>> = Object.freeze({
  grief: "#0072B2",
  "role-dispute": "#D55E00",
  "role-transition": "#E69F00",
  "interpersonal-deficits": "#CC79A7",
});

/**
 * The default theme: {@link AREA_COLORS}, Okabe–Ito bluish green for support and vermillion
 * for conflict, Okabe–Ito yellow for the onset window, dark grey text on white.
 *
 * @category Pictures
 */
export const DEFAULT_THEME: PictureTheme = Object.freeze({
  areas: AREA_COLORS,
  support: "#009E73",
  conflict: "#D55E00",
  neutral: "#999999",
  text: "#1A1A1A",
  muted: "#5F5F5F",
  background: "#FFFFFF",
  ring: "#C8C8C8",
  node: "#FFFFFF",
  onset: "#000000",
  onsetWindow: "#F0E442",
  fontFamily: "system-ui, sans-serif",
});

/**
 * The CSS custom property behind each theme entry. Set them on the picture or any ancestor
 * (`svg.ipt-picture { --ipt-grief: #08c }`) to restyle pictures already rendered; unset, the
 * theme's value is used.
 *
 * @example
 * // Dark mode for every picture on a page
 * // .dark svg.ipt-picture { --ipt-background: #111; --ipt-text: #eee; --ipt-node: #222; }
 * THEME_CSS_VARIABLES.background
 * //=> "--ipt-background"
 *
 * @category Pictures
 */
export const THEME_CSS_VARIABLES = Object.freeze({
  grief: "--ipt-grief",
  "role-dispute": "--ipt-role-dispute",
  "role-transition": "--ipt-role-transition",
  "interpersonal-deficits": "--ipt-interpersonal-deficits",
  support: "--ipt-support",
  conflict: "--ipt-conflict",
  neutral: "--ipt-neutral",
  text: "--ipt-text",
  muted: "--ipt-muted",
  background: "--ipt-background",
  ring: "--ipt-ring",
  node: "--ipt-node",
  onset: "--ipt-onset",
  onsetWindow: "--ipt-onset-window",
  fontFamily: "--ipt-font",
} as const);

/**
 * Options every picture takes.
 *
 * @category Pictures
 */
export interface PictureOptions {
  /** Colours and font (default {@link DEFAULT_THEME}); invalid colours fall back to the default. */
  readonly theme?: PictureThemeOverrides;
  /** Which naming tradition labels the problem areas (default `weissman-markowitz`). */
  readonly tradition?: NamingTradition;
  /**
   * The prefix of the ids in the picture (`<prefix>-title`, `<prefix>-desc`; the `<svg>` itself
   * has id `<prefix>`). Default: the picture kind and a hash of its content, so two different
   * pictures on one page never share ids. Characters other than `A-Z a-z 0-9 _ -` become `-`.
   */
  readonly idPrefix?: string;
  /** The accessible title (default: names the picture and the case id). */
  readonly title?: string;
  /** Set `width` (and the proportional `height`) on the `<svg>`; by default only the `viewBox` sizes it. */
  readonly displayWidth?: number;
}
