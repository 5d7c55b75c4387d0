/**
 * Exact behaviour of the pictures' internal helpers (XML safety, numbers, text geometry,
 * dates, the document envelope, theming, the legend), at the boundaries where an
 * off-by-one or a flipped comparison would change the output.
 */
import { DEFAULT_THEME, THEME_CSS_VARIABLES } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { dayToIso, periodOf } from "../../src/svg/internal/dates.js";
import { safeId, svgDocument } from "../../src/svg/internal/document.js";
import { layoutLegend } from "../../src/svg/internal/legend.js";
import { paint, resolveTheme, styleRules } from "../../src/svg/internal/paint.js";
import {
  charWidthEm,
  estimateTextWidth,
  fitText,
  overlaps,
  textBox,
  unionBox,
} from "../../src/svg/internal/text.js";
import { attrs, cmp, el, escapeXml, hash8, num, sanitizeText } from "../../src/svg/internal/xml.js";

const R = "\ufffd";

describe("sanitizeText at the edges of each character class", () => {
  it("keeps well-formed surrogate pairs at both ends of the ranges", () => {
    for (const pair of ["\ud800\udc00", "\ud800\udfff", "\udbff\udc00", "\udbff\udfff"])
      expect(sanitizeText(`a${pair}b`)).toBe(`a${pair}b`);
  });
  it("replaces a high surrogate not followed by a low one, also at the end", () => {
    expect(sanitizeText("\ud800x")).toBe(`${R}x`);
    expect(sanitizeText("x\udbff")).toBe(`x${R}`);
    expect(sanitizeText("\ud800\ud800\udc00")).toBe(`${R}\ud800\udc00`);
    expect(sanitizeText("\ud7ff\ue000")).toBe("\ud7ff\ue000");
  });
  it("replaces lone low surrogates", () => {
    expect(sanitizeText("\udc00|\udfff")).toBe(`${R}|${R}`);
  });
  it("turns line breaks and tabs into spaces and other controls into U+FFFD", () => {
    expect(sanitizeText("a\tb\nc\rd\u2028e\u2029f")).toBe("a b c d e f");
    expect(sanitizeText("\u0000\u000b\u000c\u001f \u007e\u007f\u0080\u009f\u00a0")).toBe(
      `${R}${R}${R}${R} \u007e${R}${R}${R}\u00a0`,
    );
    expect(sanitizeText("\ufffd\ufffe\uffff")).toBe(`${R}${R}${R}`);
  });
});

describe("XML text and attributes", () => {
  it("escapes each special character on its own", () => {
    expect(["&", "<", ">", '"', "'", "a"].map(escapeXml)).toEqual([
      "&amp;",
      "&lt;",
      "&gt;",
      "&quot;",
      "&apos;",
      "a",
    ]);
    expect(escapeXml("a\u0000<")).toBe(`a${R}&lt;`);
  });
  it("writes numbers rounded to 2 decimals, without trailing zeros, -0 or non-finite values", () => {
    expect(
      [0.125, -0.125, -0.004, 0.5, 10, 100.1, -0, Number.POSITIVE_INFINITY, -1e300 * 1e300].map(
        num,
      ),
    ).toEqual(["0.13", "-0.12", "0", "0.5", "10", "100.1", "0", "0", "0"]);
  });
  it("writes attributes in order, skips undefined, escapes strings and formats numbers", () => {
    expect(attrs({ a: undefined, b: 1.234, c: '<"x">', d: 0 })).toBe(
      ' b="1.23" c="&lt;&quot;x&quot;&gt;" d="0"',
    );
    expect(attrs({})).toBe("");
  });
  it("self-closes an element without children", () => {
    expect(el("g", {})).toBe("<g/>");
    expect(el("g", { x: 1 }, "")).toBe('<g x="1"/>');
    expect(el("g", { x: 1 }, "<b/>")).toBe('<g x="1"><b/></g>');
  });
  it("hashes with 32-bit FNV-1a, padded to 8 hex digits", () => {
    expect([hash8(""), hash8("a"), hash8("abc"), hash8("id110"), hash8("\u00e9")]).toEqual([
      "811c9dc5",
      "e40c292c",
      "1a47e90b",
      "00719bf2",
      "6c0b6c44",
    ]);
  });
  it("orders strings by code unit", () => {
    expect([cmp("a", "b"), cmp("b", "a"), cmp("a", "a"), cmp("Z", "a")]).toEqual([-1, 1, 0, -1]);
  });
});

describe("text geometry", () => {
  it("gives each code point its class's width, at the edges of every class", () => {
    const widths: readonly (readonly [number, number])[] = [
      [0x20, 0.36],
      [0x21, 0.45],
      [0x2f, 0.9],
      [0x30, 0.66],
      [0x39, 0.66],
      [0x3a, 0.45],
      [0x40, 1.05],
      [0x41, 0.82],
      [0x5a, 0.82],
      [0x5f, 0.9],
      [0x61, 0.66],
      [0x7a, 0.66],
      [0x2d, 0.66],
      [0x7e, 0.9],
      [0x7f, 0.9],
      [0x80, 1.1],
      [0x2ff, 1.1],
      [0x300, 0],
      [0x36f, 0],
      [0x370, 1.1],
      [0x1aaf, 1.1],
      [0x1ab0, 0],
      [0x1aff, 0],
      [0x1b00, 1.1],
      [0x1dbf, 1.1],
      [0x1dc0, 0],
      [0x1dff, 0],
      [0x1e00, 1.1],
      [0x1fff, 1.1],
      [0x2000, 1.25],
      [0x200a, 1.25],
      [0x200b, 0],
      [0x200f, 0],
      [0x2010, 1.25],
      [0x205f, 1.25],
      [0x2060, 0],
      [0x2064, 0],
      [0x2065, 1.25],
      [0x20cf, 1.25],
      [0x20d0, 0],
      [0x20ff, 0],
      [0x2100, 1.25],
      [0x2e7f, 1.25],
      [0x2e80, 1.45],
      [0xfdff, 1.45],
      [0xfe00, 0],
      [0xfe0f, 0],
      [0xfe10, 1.45],
      [0xfe1f, 1.45],
      [0xfe20, 0],
      [0xfe2f, 0],
      [0xfe30, 1.45],
      [0xe00ff, 1.45],
      [0xe0100, 0],
      [0xe01ef, 0],
      [0xe01f0, 1.45],
    ];
    expect(widths.map(([cp]) => [cp, charWidthEm(cp)])).toEqual(widths);
  });

  it("estimates a width as ems × font size (× 1.1 bold) + 1, after sanitising", () => {
    expect(estimateTextWidth("", 12)).toBe(1);
    expect(estimateTextWidth("ab", 10)).toBeCloseTo(14.2, 10);
    expect(estimateTextWidth("ab", 10, true)).toBeCloseTo(15.52, 10);
    // A NUL is drawn as U+FFFD (1.45 em), not as a 0.9 em ASCII character.
    expect(estimateTextWidth("\u0000", 10)).toBeCloseTo(15.5, 10);
  });

  it("fits text to a width: kept when it fits exactly, else cut before the width with an ellipsis", () => {
    expect(fitText("abc", estimateTextWidth("abc", 10), 10)).toBe("abc");
    expect(fitText("abcdefghij", 40, 10)).toBe("abc…");
    expect(fitText("abcdefghij", 40, 10, true)).toBe("abc…");
    expect(fitText("abcdefghij", 34, 10, true)).toBe("ab…");
    expect(fitText("ab  cdefghij", 40, 10)).toBe("ab…");
    expect(fitText("a\u0000bcdefghijk", 50, 10)).toBe(`a${R}bc…`);
  });

  it("boxes a text by its anchor, from the ascent above the baseline to the descent below", () => {
    const start = textBox("ab", 10, 20, 10, "start");
    expect(start.x).toBe(10);
    expect(start.y).toBe(10);
    expect(start.width).toBeCloseTo(14.2, 10);
    expect(start.height).toBeCloseTo(13.2, 10);
    expect(textBox("ab", 10, 20, 10, "middle").x).toBeCloseTo(2.9, 10);
    expect(textBox("ab", 10, 20, 10, "end").x).toBeCloseTo(-4.2, 10);
    expect(textBox("ab", 10, 20, 10, "end", true).width).toBeCloseTo(15.52, 10);
  });

  it("counts an overlap only when the boxes cross in both directions by more than the tolerance", () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    const at = (x: number, y: number) => ({ x, y, width: 10, height: 10 });
    expect([at(10, 0), at(-10, 0), at(0, 10), at(0, -10)].map((b) => overlaps(a, b))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([at(9, 0), at(-9, 0), at(0, 9), at(0, -9)].map((b) => overlaps(a, b))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([at(9, 0), at(-9, 0), at(0, 9), at(0, -9)].map((b) => overlaps(a, b, 1))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([at(8, 0), at(-8, 0), at(0, 8), at(0, -8)].map((b) => overlaps(a, b, 1))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(overlaps(a, at(9, 20))).toBe(false);
    expect(overlaps(a, at(20, 9))).toBe(false);
  });

  it("unions boxes on every side, negative coordinates included", () => {
    expect(
      unionBox([
        { x: -5, y: 3, width: 2, height: 2 },
        { x: 1, y: -7, width: 1, height: 1 },
      ]),
    ).toEqual({ x: -5, y: -7, width: 7, height: 12 });
    expect(unionBox([{ x: 2, y: 3, width: 4, height: 5 }])).toEqual({
      x: 2,
      y: 3,
      width: 4,
      height: 5,
    });
  });
});

describe("dates", () => {
  it("converts day numbers across leap rules, eras and small years", () => {
    expect(
      [11016, 10956, 10957, -25568, -24837, -719468, -719469, 2932896, 0.9, -0.5].map(dayToIso),
    ).toEqual([
      "2000-02-29",
      "1999-12-31",
      "2000-01-01",
      "1899-12-31",
      "1902-01-01",
      "0000-03-01",
      "0000-02-29",
      "9999-12-31",
      "1970-01-01",
      "1969-12-31",
    ]);
  });
  it("periods: first, middle and last day of a month, a day and a year", () => {
    const iso = (p: { first: number; mid: number; last: number }) =>
      [p.first, p.mid, p.last].map(dayToIso);
    expect(iso(periodOf("2023-02"))).toEqual(["2023-02-01", "2023-02-15", "2023-02-28"]);
    expect(iso(periodOf("2024-03-05"))).toEqual(["2024-03-05", "2024-03-05", "2024-03-05"]);
    expect(periodOf("2024-03-05").precision).toBe("day");
    expect(periodOf("2024-03").precision).toBe("month");
  });
});

describe("the document envelope", () => {
  const parts = {
    kind: "k",
    box: { x: 0, y: -1.5, width: 10, height: 20 },
    title: "T<",
    desc: "D&",
    body: "<g/>",
    theme: DEFAULT_THEME,
  };

  it("writes the root, title, description, style, background and body in that order", () => {
    const svg = svgDocument({ ...parts, options: { idPrefix: "p" } });
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" id="p" class="ipt-picture ipt-k" viewBox="0 -1.5 10 20" role="img" aria-labelledby="p-title p-desc" font-family="system-ui, sans-serif"><title id="p-title">T&lt;</title><desc id="p-desc">D&amp;</desc><style>#p{font-family:var(--ipt-font,system-ui, sans-serif)}',
      ),
    ).toBe(true);
    expect(
      svg.endsWith(
        '</style><rect class="ipt-bg" fill="#FFFFFF" x="0" y="-1.5" width="10" height="20"/><g/></svg>',
      ),
    ).toBe(true);
  });

  it("defaults the id to the kind and a hash of title, description and body", () => {
    const id = `ipt-k-${hash8("T<\nD&\n<g/>")}`;
    expect(svgDocument({ ...parts, options: {} })).toContain(
      ` id="${id}" class="ipt-picture ipt-k"`,
    );
  });

  it("sets width and height only for a finite positive display width", () => {
    const root = (displayWidth: number) =>
      svgDocument({ ...parts, options: { idPrefix: "p", displayWidth } }).split(">")[0];
    expect(root(5)).toContain(' viewBox="0 -1.5 10 20" width="5" height="10" role="img"');
    for (const w of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(root(w)).not.toContain("width=");
  });

  it("makes id prefixes safe", () => {
    expect(["a b", "-x", "_x", "Z9_-", "aé", "9", "x".repeat(70)].map((s) => safeId(s))).toEqual([
      "a-b",
      "ipt--x",
      "ipt-_x",
      "Z9_-",
      "a-",
      "ipt-9",
      "x".repeat(64),
    ]);
    const long = safeId(`1${"x".repeat(70)}`);
    expect(long).toBe(`ipt-1${"x".repeat(59)}`);
  });
});

describe("theming", () => {
  /** Every paint class: the CSS property and the custom property it goes through. */
  const CLASSES = [
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
  ] as const;
  const custom = {
    areas: {
      grief: "#111",
      "role-dispute": "#222",
      "role-transition": "#333",
      "interpersonal-deficits": "#444",
    },
    support: "#a01",
    conflict: "#a02",
    neutral: "#a03",
    text: "#a04",
    muted: "#a05",
    background: "#a06",
    ring: "#a07",
    node: "#a08",
    onset: "#a09",
    onsetWindow: "#a0a",
    fontFamily: "Inter, sans-serif",
  } as const;

  it("takes every entry of a full override", () => {
    expect(resolveTheme(custom)).toEqual(custom);
  });

  it("accepts plain CSS colours and refuses anything else", () => {
    const ok = [
      "#abc",
      "#aabbccdd",
      "red",
      "a".repeat(32),
      "rgb(1, 2, 3)",
      "rgba(1 2 3 / 50%)",
      "hsl(1 2% 3%)",
      "hsla(1,2%,3%,0.5)",
      "hwb(1 2% 3%)",
      "lab(1 2 3)",
      "lch(1 2 3)",
      "oklab(0.5 +0.1 -0.1)",
      "oklch(0.5 0.1 200)",
      `rgb(${"1".repeat(80)})`,
    ];
    const bad = [
      "#ab",
      "#123456789",
      "a".repeat(33),
      "rgb()",
      `rgb(${"1".repeat(81)})`,
      "url(x)",
      "red;",
      " red",
      "red ",
      "rgb(1);}",
      "x rgb(1)",
      "",
    ];
    for (const c of ok) expect(resolveTheme({ text: c }).text, c).toBe(c);
    for (const c of bad) expect(resolveTheme({ text: c }).text, c).toBe(DEFAULT_THEME.text);
    expect(resolveTheme({}).areas).toEqual(DEFAULT_THEME.areas);
  });

  it("accepts a font list of letters, digits, spaces, commas, _ and - only, up to 200 characters", () => {
    const font = (fontFamily: string) => resolveTheme({ fontFamily }).fontFamily;
    expect(font("A-Z a_z, 09")).toBe("A-Z a_z, 09");
    expect(font("x".repeat(200))).toBe("x".repeat(200));
    for (const f of ["", "x".repeat(201), "Inter;", "'Inter'", "x\ny"])
      expect(font(f)).toBe(DEFAULT_THEME.fontFamily);
  });

  it("scopes one rule per paint class and area to the picture's id, through its custom property", () => {
    const css = styleRules("p", resolveTheme(custom));
    const rules = [
      `#p{font-family:var(--ipt-font,Inter, sans-serif)}`,
      ...CLASSES.map(
        ([cls, prop, key]) => `#p .${cls}{${prop}:var(${THEME_CSS_VARIABLES[key]},${custom[key]})}`,
      ),
      ...Object.entries(custom.areas).flatMap(([a, v]) => [
        `#p .ipt-fill-${a}{fill:var(--ipt-${a},${v})}`,
        `#p .ipt-stroke-${a}{stroke:var(--ipt-${a},${v})}`,
      ]),
    ];
    expect(css).toBe(rules.join(""));
  });

  it("paints with the class and the same colour as a presentation attribute", () => {
    const t = resolveTheme(custom);
    expect(paint(t, "ipt-fill-grief", "ipt-outline")).toEqual({
      class: "ipt-fill-grief ipt-outline",
      fill: "#111",
      stroke: "#a04",
    });
    expect(paint(t, "ipt-stroke-interpersonal-deficits")).toEqual({
      class: "ipt-stroke-interpersonal-deficits",
      stroke: "#444",
    });
    expect(paint(t, "ipt-fill-neutral", "ipt-stroke-muted")).toEqual({
      class: "ipt-fill-neutral ipt-stroke-muted",
      fill: "#a03",
      stroke: "#a05",
    });
    expect(paint(t, "ipt-fill-nothing" as never)).toEqual({ class: "ipt-fill-nothing" });
    expect(paint(t, "x-ipt-fill-grief" as never)).toEqual({ class: "x-ipt-fill-grief" });
  });
});

describe("the legend", () => {
  const swatch = (x: number, y: number) => `<s x="${num(x)}" y="${num(y)}"/>`;
  const items = ["one", "two", "three"].map((label) => ({ swatch, label }));

  it("lays items out left to right and wraps one that would pass the width", () => {
    const l = layoutLegend(DEFAULT_THEME, items, 10, 5, 200);
    expect(l.svg).toBe(
      '<g class="ipt-legend"><s x="10" y="15"/><text class="ipt-text" fill="#1A1A1A" x="38" y="18.85" font-size="11">one</text>' +
        '<s x="78.78" y="15"/><text class="ipt-text" fill="#1A1A1A" x="106.78" y="18.85" font-size="11">two</text>' +
        '<s x="10" y="35"/><text class="ipt-text" fill="#1A1A1A" x="38" y="38.85" font-size="11">three</text></g>',
    );
    expect(l.height).toBe(40);
    expect(l.boxes.map((b) => [num(b.x), num(b.y)])).toEqual([
      ["38", "7.85"],
      ["106.78", "7.85"],
      ["38", "27.85"],
    ]);
  });

  it("keeps a first item wider than the legend on the first row", () => {
    const l = layoutLegend(DEFAULT_THEME, [{ swatch, label: "x".repeat(100) }], 0, 0, 100);
    expect(l.height).toBe(20);
    expect(l.svg.startsWith('<g class="ipt-legend"><s x="0" y="10"/>')).toBe(true);
  });
});
