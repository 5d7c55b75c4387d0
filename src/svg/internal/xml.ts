/**
 * XML text safety and number formatting for the pictures: every string that reaches an SVG
 * goes through {@link sanitizeText} and {@link escapeXml}, every number through {@link num}.
 *
 * @module
 */

/**
 * Make a string safe to hold in XML 1.0 and to show on one line: a lone surrogate, a C0 or
 * C1 control character and the non-characters U+FFFE / U+FFFF become U+FFFD (the replacement
 * character); a tab, line feed, carriage return or line / paragraph separator becomes a space.
 * Well-formed surrogate pairs (emoji, astral scripts) are kept.
 */
export function sanitizeText(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s.slice(i, i + 2);
        i++;
      } else out += "\uFFFD";
    } else if (c >= 0xdc00 && c <= 0xdfff) out += "\uFFFD";
    else if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) out += " ";
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff) out += "\uFFFD";
    else out += s[i];
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Escape a string for XML text or a quoted attribute value, after {@link sanitizeText}: the
 * result never contains `<`, `>`, `&` (other than an entity), `"` or `'`, nor a character XML
 * 1.0 forbids.
 */
export function escapeXml(s: string): string {
  return sanitizeText(s).replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

/**
 * A number for an SVG attribute: rounded to 2 decimals, trailing zeros dropped, never `-0`,
 * never `NaN` (non-finite numbers print as `0`), so the same geometry always gives the same
 * bytes.
 */
export function num(x: number): string {
  if (!Number.isFinite(x)) return "0";
  const r = Math.round(x * 100) / 100;
  const s = (r === 0 ? 0 : r).toFixed(2).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

/** Attribute values: strings are escaped, numbers formatted by {@link num}; `undefined` is left out. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** The attributes of an element as text, in insertion order, each with a leading space. */
export function attrs(a: Attrs): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/**
 * An element as text: self-closing without children. `children` is already XML (built by
 * these helpers); escape character data with {@link escapeXml}.
 */
export function el(name: string, a: Attrs, children?: string): string {
  return children === undefined || children === ""
    ? `<${name}${attrs(a)}/>`
    : `<${name}${attrs(a)}>${children}</${name}>`;
}

/** A 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits: a stable short id. */
export function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Code-unit order: the same in every runtime and locale. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
