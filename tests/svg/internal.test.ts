import { DEFAULT_THEME } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { dayToIso, periodOf } from "../../src/svg/internal/dates.js";
import { safeId } from "../../src/svg/internal/document.js";
import { layoutLegend } from "../../src/svg/internal/legend.js";
import { resolveTheme } from "../../src/svg/internal/paint.js";
import {
  charWidthEm,
  estimateTextWidth,
  fitText,
  inflate,
  unionBox,
} from "../../src/svg/internal/text.js";
import { escapeXml, hash8, num, sanitizeText } from "../../src/svg/internal/xml.js";

describe("XML helpers", () => {
  it("escapes the five special characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
  });
  it("replaces what XML cannot hold", () => {
    expect(sanitizeText("a\u0000b\ud800c\udc00d\ud83d\ude00e\tf\u2028g\ufffe")).toBe(
      "a\ufffdb\ufffdc\ufffdd\ud83d\ude00e f g\ufffd",
    );
  });
  it("formats numbers with at most 2 decimals, never -0 or NaN", () => {
    expect([
      num(1),
      num(1.005),
      num(-0.001),
      num(2.5),
      num(100),
      num(Number.NaN),
      num(-1.23456),
    ]).toEqual(["1", "1", "0", "2.5", "100", "0", "-1.23"]);
  });
  it("hashes stably", () => {
    expect(hash8("")).toBe("811c9dc5");
    expect(hash8("abc")).toBe(hash8("abc"));
    expect(hash8("abc")).not.toBe(hash8("abd"));
  });
  it("makes ids safe", () => {
    expect(safeId("chart-1")).toBe("chart-1");
    expect(safeId("1 x")).toBe("ipt-1-x");
    expect(safeId("")).toBe("ipt-");
    expect(safeId("a".repeat(100)).length).toBe(64);
  });
});

describe("text geometry", () => {
  it("estimates generously and by class", () => {
    expect(charWidthEm("i".codePointAt(0) as number)).toBeLessThan(charWidthEm(0x61));
    expect(charWidthEm(0x57)).toBeGreaterThan(charWidthEm(0x41));
    expect(charWidthEm(0x301)).toBe(0);
    expect(charWidthEm(0x4e2d)).toBeGreaterThan(1.4);
    expect(charWidthEm(0x1f600)).toBeGreaterThan(1.4);
    expect(charWidthEm(0xe9)).toBeGreaterThan(1);
    expect(charWidthEm(0x2192)).toBe(1.25);
    expect(charWidthEm(0x26)).toBe(0.9);
    expect(estimateTextWidth("ab", 10, true)).toBeGreaterThan(estimateTextWidth("ab", 10));
  });
  it("fits text with an ellipsis", () => {
    expect(fitText("short", 100, 12)).toBe("short");
    const long = fitText("a long label that does not fit", 60, 12);
    expect(long.endsWith("…")).toBe(true);
    expect(estimateTextWidth(long, 12)).toBeLessThanOrEqual(60);
    expect(fitText("ab cd", 36, 12)).toBe("ab…");
  });
  it("unions and inflates boxes", () => {
    expect(unionBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    expect(
      unionBox([
        { x: 0, y: 0, width: 1, height: 1 },
        { x: 2, y: -1, width: 1, height: 1 },
      ]),
    ).toEqual({
      x: 0,
      y: -1,
      width: 3,
      height: 2,
    });
    expect(inflate({ x: 0, y: 0, width: 1, height: 1 }, 1)).toEqual({
      x: -1,
      y: -1,
      width: 3,
      height: 3,
    });
  });
});

describe("dates", () => {
  it("periods of partial dates, and day numbers back to dates", () => {
    expect(periodOf("2024")).toMatchObject({ precision: "year" });
    expect(dayToIso(periodOf("2024").first)).toBe("2024-01-01");
    expect(dayToIso(periodOf("2024").last)).toBe("2024-12-31");
    expect(dayToIso(periodOf("2024-02").last)).toBe("2024-02-29");
    expect(dayToIso(periodOf("2025-09").mid)).toBe("2025-09-15");
    expect(dayToIso(0)).toBe("1970-01-01");
    expect(dayToIso(-1)).toBe("1969-12-31");
    expect(periodOf("not a date")).toEqual({ first: 0, mid: 0, last: 0, precision: "day" });
  });
});

describe("theme and legend", () => {
  it("resolves overrides and keeps defaults for invalid values", () => {
    expect(resolveTheme(undefined)).toBe(DEFAULT_THEME);
    const t = resolveTheme({
      areas: { grief: "oklch(0.5 0.1 200)" },
      conflict: "url(x)",
      node: "#abc",
    });
    expect(t.areas.grief).toBe("oklch(0.5 0.1 200)");
    expect(t.areas["role-dispute"]).toBe(DEFAULT_THEME.areas["role-dispute"]);
    expect(t.conflict).toBe(DEFAULT_THEME.conflict);
    expect(t.node).toBe("#abc");
  });
  it("wraps legend items and shortens a label wider than the legend", () => {
    const sw = () => "";
    const l = layoutLegend(
      DEFAULT_THEME,
      [
        { swatch: sw, label: "one" },
        { swatch: sw, label: "x".repeat(200) },
      ],
      0,
      0,
      200,
    );
    expect(l.height).toBe(40);
    expect(l.svg).toContain("…");
    expect(layoutLegend(DEFAULT_THEME, [], 0, 0, 100).height).toBe(0);
  });
});
