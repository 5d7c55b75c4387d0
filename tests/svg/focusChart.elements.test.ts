/** The focus chart, element by element: bars, outlines, the scale, the minimum-score line, text. */
import { DEFAULT_MODEL, DEFAULT_PARAMS, type Formulation } from "ipt-formulation";
import { renderFocusChart } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { estimateTextWidth } from "../../src/svg/internal/text.js";
import { SAMPLES } from "./fixtures.js";
import { all, cls, named, nums, one, titleAndDesc } from "./query.js";
import { textContent, type XmlElement } from "./xml.js";

const closeCall = (
  SAMPLES.find((s) => s.file === "divorce-dispute-and-transition.json") as (typeof SAMPLES)[number]
).formulation;
const grief = (SAMPLES.find((s) => s.file === "grief-mother.json") as (typeof SAMPLES)[number])
  .formulation;

/** Each area's group: its label, outline, bar and value. */
const rows = (svg: string) =>
  all(svg, cls("ipt-area")).map((g) => {
    const [label, value] = all(g, named("text"));
    const [outline, bar] = all(g, named("rect"));
    return {
      area: g.attrs["data-area"],
      tooltip: textContent(one(g, named("title"))),
      label: label as XmlElement,
      value: value as XmlElement,
      outline: outline as XmlElement,
      bar: bar as XmlElement,
    };
  });

const withModel = (minScore: number) => ({
  ...DEFAULT_MODEL,
  params: { ...DEFAULT_PARAMS, focus: { ...DEFAULT_PARAMS.focus, minScore } },
});

describe("the bars", () => {
  const svg = renderFocusChart(closeCall);
  const rs = rows(svg);

  it("one row per area, best first, 34 apart, each bar the score's share of its outline", () => {
    expect(rs.map((r) => r.area)).toEqual(closeCall.areas.map((a) => a.area));
    expect(rs.map((r) => Number(r.outline.attrs.y))).toEqual([38, 72, 106, 140]);
    for (const [i, r] of rs.entries()) {
      const score = closeCall.areas[i]?.score as number;
      expect(Number(r.bar.attrs.width) / Number(r.outline.attrs.width)).toBeCloseTo(score, 3);
      expect(r.bar.attrs.x).toBe(r.outline.attrs.x);
      expect(r.bar.attrs.y).toBe(r.outline.attrs.y);
      expect([r.bar.attrs.height, r.outline.attrs.height]).toEqual(["18", "18"]);
      expect(r.outline.attrs).toMatchObject({
        class: "ipt-ring",
        fill: "none",
        "stroke-width": "1",
      });
      // The value sits 8 right of the outline, the label at the margin, both on the bar's middle.
      const [ox, ow, oy] = nums(r.outline, "x", "width", "y") as [number, number, number];
      expect(Number(r.value.attrs.x)).toBeCloseTo(ox + ow + 8, 1);
      expect(r.label.attrs.x).toBe("16");
      expect(Number(r.label.attrs.y)).toBeCloseTo(oy + 9 + 4.2, 6);
      expect(r.value.attrs.y).toBe(r.label.attrs.y);
    }
  });

  it("the primary bar has a solid outline, the secondary a dashed one, the others none", () => {
    expect(
      rs.map((r) => [
        r.bar.attrs.class,
        r.bar.attrs["stroke-width"],
        r.bar.attrs["stroke-dasharray"],
        r.label.attrs["font-weight"],
      ]),
    ).toEqual([
      ["ipt-fill-role-transition ipt-outline", "2", undefined, "bold"],
      ["ipt-fill-role-dispute ipt-outline", "2", "4 2", "bold"],
      ["ipt-fill-grief", undefined, undefined, undefined],
      ["ipt-fill-interpersonal-deficits", undefined, undefined, undefined],
    ]);
  });

  it("labels rank and area, values the score with its role; the tooltip has both", () => {
    expect(rs.map((r) => [textContent(r.label), textContent(r.value), r.tooltip])).toEqual([
      ["1. Role transition", "0.81 · primary focus", "1. Role transition: 0.81 · primary focus"],
      ["2. Role dispute", "0.71 · secondary focus", "2. Role dispute: 0.71 · secondary focus"],
      ["3. Grief", "0.00", "3. Grief: 0.00"],
      ["4. Interpersonal deficits", "0.00", "4. Interpersonal deficits: 0.00"],
    ]);
  });

  it("clamps scores into [0, 1] for the bars and the text", () => {
    const odd: Formulation = {
      ...grief,
      areas: grief.areas.map((a, i) => ({
        ...a,
        score: [1.5, -0.5, Number.NaN, 0.5][i] as number,
      })),
    };
    const r = rows(renderFocusChart(odd));
    expect(r.map((x) => textContent(x.value).slice(0, 4))).toEqual([
      "1.00",
      "0.00",
      "0.00",
      "0.50",
    ]);
    expect(r.map((x) => Number(x.bar.attrs.width) / Number(x.outline.attrs.width))).toEqual([
      1,
      0,
      0,
      expect.closeTo(0.5, 3),
    ]);
  });
});

describe("the scale and the minimum-score line", () => {
  const svg = renderFocusChart(closeCall);
  const outline = rows(svg)[0]?.outline as XmlElement;
  const [barX, barW] = nums(outline, "x", "width") as [number, number];
  const bars = one(svg, cls("ipt-bars"));
  const lines = all(bars, (e) => e.name === "line" && e.attrs.class === "ipt-stroke-muted");

  it("draws the axis under the last row and ticks at 0, 0.25, 0.5, 0.75 and 1", () => {
    const [axis, ...ticks] = lines;
    expect(nums(axis as XmlElement, "x1", "y1", "x2", "y2")).toEqual([
      barX,
      170,
      expect.closeTo(barX + barW, 1),
      170,
    ]);
    const tickMarks = ticks.filter((l) => l.attrs["stroke-dasharray"] === undefined);
    expect(tickMarks.map((l) => (Number(l.attrs.x1) - barX) / barW)).toEqual([
      0,
      expect.closeTo(0.25, 3),
      expect.closeTo(0.5, 3),
      expect.closeTo(0.75, 3),
      expect.closeTo(1, 3),
    ]);
    for (const l of tickMarks) expect(nums(l, "y1", "y2")).toEqual([170, 174]);
    const labels = all(bars, (e) => e.name === "text" && e.attrs["font-size"] === "10");
    expect(labels.map((t) => [textContent(t), t.attrs.y])).toEqual([
      ["0", "186"],
      ["0.25", "186"],
      ["0.5", "186"],
      ["0.75", "186"],
      ["1", "186"],
      ["minimum for a focus 0.25", "22"],
    ]);
    expect(one(svg, named("svg")).attrs.viewBox).toBe("0 0 560 198");
  });

  it("draws the minimum as a dashed line over all rows, its label kept inside the bars' span", () => {
    const line = one(bars, (e) => e.attrs["stroke-dasharray"] === "3 3");
    expect((Number(line.attrs.x1) - barX) / barW).toBeCloseTo(0.25, 3);
    expect(nums(line, "y1", "y2")).toEqual([26, 170]);
    const labelAt = (minScore: number, f: Formulation = closeCall): [number, number, number] => {
      const s = renderFocusChart(f, { model: withModel(minScore) });
      const t = all(s, named("text")).find((e) =>
        textContent(e).startsWith("minimum for a focus"),
      ) as XmlElement;
      const w = estimateTextWidth(textContent(t), 10);
      const width = Number(one(s, named("svg")).attrs.viewBox?.split(" ")[2]);
      return [Number(t.attrs.x) - w / 2, Number(t.attrs.x) + w / 2, width];
    };
    // Near 0 the label starts at the bars; near 1 it ends at the right margin at the latest
    // (reached when the values are short: here no row is a focus, so none says so).
    expect(labelAt(0)[0]).toBeCloseTo(barX, 1);
    const [, right, width] = labelAt(1, { ...closeCall, areas: closeCall.areas.slice(2) });
    expect(right).toBeCloseTo(width - 16, 1);
    const [l, r] = labelAt(0.5);
    expect((l + r) / 2).toBeCloseTo(barX + 0.5 * barW, 1);
  });
});

describe("width", () => {
  it("is the given width, or wider when the labels need it", () => {
    const box = (width?: number) =>
      one(renderFocusChart(closeCall, width === undefined ? {} : { width }), named("svg")).attrs
        .viewBox;
    expect(box(900)).toBe("0 0 900 198");
    // 16 + the widest label + 12, a bar of at least 120, 8, the widest value, 16.
    const needed =
      16 +
      estimateTextWidth("4. Interpersonal deficits", 12) +
      12 +
      120 +
      8 +
      estimateTextWidth("0.71 · secondary focus", 12) +
      16;
    expect(Number(box(100)?.split(" ")[2])).toBeCloseTo(needed, 1);
    const r = rows(renderFocusChart(closeCall, { width: 100 }))[0] as ReturnType<
      typeof rows
    >[number];
    expect(Number(r.outline.attrs.width)).toBeCloseTo(120, 1);
  });
});

describe("title and description", () => {
  it("ranks the areas with scores, names the focus, the minimum and the flags", () => {
    expect(titleAndDesc(renderFocusChart(closeCall))).toEqual([
      "Problem areas of case sample-close-call",
      "Problem areas ranked by score (0 to 1): 1. Role transition 0.81; 2. Role dispute 0.71; " +
        "3. Grief 0.00; 4. Interpersonal deficits 0.00. Suggested focus: Role transition, with " +
        "Role dispute as a secondary focus. The model's minimum score for a focus is 0.25. " +
        "Flags: close-call.",
    ]);
  });

  it("a single focus, no flags, an unknown model, no case id", () => {
    const { caseId, ...noId } = grief;
    const f: Formulation = { ...noId, model: { ...grief.model, digest: "sha256:other" } };
    const [title, desc] = titleAndDesc(renderFocusChart(f));
    expect(title).toBe("Problem areas");
    expect(desc.endsWith("Suggested focus: Grief.")).toBe(true);
    expect(desc).not.toContain("minimum");
    expect(all(renderFocusChart(f), (e) => e.attrs["stroke-dasharray"] === "3 3")).toEqual([]);
  });
});
