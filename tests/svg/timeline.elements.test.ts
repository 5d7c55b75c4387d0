/**
 * The timeline, element by element: the time axis and its ticks, where marks and labels go,
 * rows, the onset and assessment markers, the window, tooltips, the legend and the text.
 */
import { DEFAULT_MODEL, DEFAULT_PARAMS, formulate } from "ipt-formulation";
import { EVENT_COLOR_MIN_WEIGHT, renderTimeline, type TimelineOptions } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { estimateTextWidth } from "../../src/svg/internal/text.js";
import { num } from "../../src/svg/internal/xml.js";
import { friend, miniCase } from "./fixtures.js";
import { all, cls, dataId, legendLabels, named, nums, one, titleAndDesc } from "./query.js";
import { textContent, type XmlElement } from "./xml.js";

type Events = Parameters<typeof miniCase>[1];

/** A case with one person (Ann) and the given events, onset 2025-11 unless `onset` says otherwise. */
const timelineCase = (lifeEvents: Events, onset: string | null = "2025-11") =>
  miniCase([friend("a", { label: "Ann" })], lifeEvents, {
    episode: onset === null ? {} : { onset },
  });

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The picture's day → x mapping, read off its first two month ticks. */
const scaleOf = (svg: string): ((day: number) => number) => {
  const ticks = all(
    one(svg, cls("ipt-axis")),
    (e) => e.name === "text" && e.attrs["font-size"] === "11",
  );
  const [a, b] = ticks.map((t) => ({ day: dayOf(`${textContent(t)}-01`), x: Number(t.attrs.x) }));
  if (a === undefined || b === undefined) throw new Error("fewer than two ticks");
  const perDay = (b.x - a.x) / (b.day - a.day);
  return (day) => a.x + (day - a.day) * perDay;
};

const event = (svg: string, id: string) => {
  const g = one(svg, dataId(id));
  return {
    tooltip: textContent(one(g, named("title"))),
    mark: one(g, (e) => e.name === "rect" || e.name === "circle"),
    label: one(g, named("text")),
  };
};

const model = (
  plateauMonths: number,
  halfLifeBeforeMonths: number,
  halfLifeAfterMonths: number,
) => ({
  ...DEFAULT_MODEL,
  params: {
    ...DEFAULT_PARAMS,
    kernel: { plateauMonths, halfLifeBeforeMonths, halfLifeAfterMonths },
  },
});

describe("time axis", () => {
  const c = timelineCase([
    {
      id: "e1",
      kind: "death",
      date: "2025-10-15",
      relationshipIds: ["a"],
      distress: 3,
      adjusted: true,
    },
    { id: "e2", kind: "job-loss", date: "2025-06" },
  ]);
  const svg = renderTimeline(c, formulate(c));
  const x = scaleOf(svg);

  it("spans the onset window, the events and the assessment, with 3 % padding at each end", () => {
    const w = one(one(svg, cls("ipt-axis")), cls("ipt-window"));
    // The window (2025-02-15 to 2026-02-14) is the widest thing: it spans 768 / 1.06 units.
    expect(Number(w.attrs.x)).toBeCloseTo(x(dayOf("2025-02-15")), 1);
    expect(Number(w.attrs.x)).toBeCloseTo(16 + (768 * 0.03) / 1.06, 1);
    expect(Number(w.attrs.x) + Number(w.attrs.width)).toBeCloseTo(x(dayOf("2026-02-15")), 1);
    expect(Number(w.attrs.x) + Number(w.attrs.width)).toBeCloseTo(784 - (768 * 0.03) / 1.06, 1);
    expect(w.attrs).toMatchObject({ y: "44", height: "32", "fill-opacity": "0.35" });
  });

  it("draws the axis from margin to margin with ticks every second month at this width", () => {
    const axis = all(one(svg, cls("ipt-axis")), named("line"))[0] as XmlElement;
    expect(nums(axis, "x1", "y1", "x2", "y2")).toEqual([16, 76, 784, 76]);
    const labels = all(one(svg, cls("ipt-axis")), (e) => e.attrs["font-size"] === "11");
    expect(labels.map(textContent)).toEqual([
      "2025-03",
      "2025-05",
      "2025-07",
      "2025-09",
      "2025-11",
      "2026-01",
    ]);
    for (const t of labels) {
      expect(t.attrs).toMatchObject({ y: "93", "text-anchor": "middle", class: "ipt-muted" });
      const tick = all(
        svg,
        (e) => e.name === "line" && e.attrs.x1 === t.attrs.x && e.attrs.y1 === "76",
      );
      expect(tick.map((l) => [l.attrs.x2, l.attrs.y2])).toEqual([[t.attrs.x, "81"]]);
    }
  });

  it("marks a day with a dot at its middle and a month with a bar over its days", () => {
    const dot = event(svg, "e1").mark;
    expect(dot.name).toBe("circle");
    expect(Number(dot.attrs.cx)).toBeCloseTo(x(dayOf("2025-10-15") + 0.5), 1);
    expect(dot.attrs).toMatchObject({ cy: "59", r: "5", class: "ipt-fill-grief" });
    const bar = event(svg, "e2").mark;
    expect(Number(bar.attrs.x)).toBeCloseTo(x(dayOf("2025-06-01")), 1);
    expect(Number(bar.attrs.x) + Number(bar.attrs.width)).toBeCloseTo(x(dayOf("2025-07-01")), 1);
    expect(bar.attrs).toMatchObject({
      y: "54",
      height: "10",
      rx: "2",
      class: "ipt-fill-role-transition",
    });
  });

  it("puts a label 5 after its mark, on the mark's row", () => {
    const { mark, label } = event(svg, "e1");
    expect(Number(label.attrs.x)).toBeCloseTo(Number(mark.attrs.cx) + 5 + 5, 1);
    expect(label.attrs).toMatchObject({
      y: "63.2",
      "text-anchor": "start",
      class: "ipt-text ipt-halo",
      "stroke-width": "3",
      "paint-order": "stroke",
      "stroke-linejoin": "round",
    });
    expect(textContent(label)).toBe("Death: Ann");
  });

  it("draws the onset at the middle of its month and the assessment dashed, each with its label above", () => {
    const lines = all(
      one(svg, cls("ipt-axis")),
      (e) => e.name === "line" && Number(e.attrs.y1) < 76,
    );
    expect(
      lines.map((l) => [
        l.attrs.class,
        l.attrs["stroke-width"],
        l.attrs["stroke-dasharray"],
        l.attrs.y1,
        l.attrs.y2,
      ]),
    ).toEqual([
      ["ipt-onset", "2", undefined, "23", "76"],
      ["ipt-stroke-muted", "1.25", "4 3", "41", "76"],
    ]);
    expect(Number(lines[0]?.attrs.x1)).toBeCloseTo(x(dayOf("2025-11-15") + 0.5), 1);
    expect(Number(lines[1]?.attrs.x1)).toBeCloseTo(x(dayOf("2026-01-01") + 0.5), 1);
    const labels = all(one(svg, cls("ipt-axis")), (e) => e.attrs["font-weight"] === "bold");
    expect(labels.map((t) => [textContent(t), t.attrs.y, t.attrs.x])).toEqual([
      ["Onset 2025-11", "19", lines[0]?.attrs.x1],
      ["Assessed 2026-01-01", "37", lines[1]?.attrs.x1],
    ]);
  });

  it("is tall enough for the header, one row, the axis, the ticks and a two-row legend", () => {
    // Legend from 107 (axis 76 + 6 + 11 + 14): two rows of 20, then 10 of margin.
    expect(one(svg, named("svg")).attrs.viewBox).toBe("0 0 800 157");
    const legend = one(svg, cls("ipt-legend"));
    const [grief, , , , windowSwatch] = all(legend, named("rect"));
    const [griefLabel, , , , windowLabel] = all(legend, named("text"));
    // Each swatch sits in its 22 × 14 cell, 6 before its label, on the row's middle.
    expect(nums(grief as XmlElement, "x", "y", "width", "height", "rx")).toEqual([
      19, 112, 16, 10, 2,
    ]);
    expect(Number(griefLabel?.attrs.x)).toBe(44);
    expect(nums(windowSwatch as XmlElement, "x", "y", "width", "height")).toEqual([
      16, 130, 22, 14,
    ]);
    expect(windowSwatch?.attrs["fill-opacity"]).toBe("0.35");
    expect(windowLabel?.attrs.y).toBe("140.85");
  });

  it("spans at least 120 days (plus padding) when everything happens within a few days", () => {
    const tight = renderTimeline(timelineCase([], "2025-12-30"), undefined, {
      width: 4000,
      model: model(0, 0.05, 0.05),
    });
    const x = scaleOf(tight);
    expect(x(1) - x(0)).toBeCloseTo((4000 - 32) / (120 * 1.06), 2);
  });

  it("keeps a marker's label inside the picture at either edge", () => {
    // The window starts at the onset and reaches far past the assessment: the onset is at the
    // left edge, the assessment well inside.
    const left = renderTimeline(timelineCase([]), undefined, { model: model(0, 0, 24) });
    const onset = all(left, (e) => e.attrs["font-weight"] === "bold")[0] as XmlElement;
    const w = estimateTextWidth("Onset 2025-11", 12, true);
    expect(Number(onset.attrs.x)).toBeCloseTo(4 + w / 2, 1);
    // Nothing after the assessment: its label ends 4 before the right edge.
    const right = renderTimeline(timelineCase([]), undefined, { model: model(3, 6, 0) });
    const assessed = all(right, (e) => e.attrs["font-weight"] === "bold")[1] as XmlElement;
    const wa = estimateTextWidth("Assessed 2026-01-01", 12, true);
    expect(Number(assessed.attrs.x)).toBeCloseTo(800 - 4 - wa / 2, 1);
  });
});

describe("labels and rows", () => {
  it("puts a label before a mark near the right edge, and over a mark that fills the axis", () => {
    const c = timelineCase([
      { id: "late", kind: "job-loss", date: "2025-12-30" },
      { id: "year", kind: "relocation", date: "2025", relationshipIds: ["a"] },
    ]);
    const svg = renderTimeline(c, undefined, { width: 400, model: model(0, 0.1, 0.1) });
    const late = event(svg, "late");
    expect(late.label.attrs["text-anchor"]).toBe("end");
    expect(Number(late.label.attrs.x)).toBeCloseTo(Number(late.mark.attrs.cx) - 5 - 5, 1);
    const year = event(svg, "year");
    expect(year.label.attrs["text-anchor"]).toBe("start");
    expect(Number(year.label.attrs.x)).toBeCloseTo(Math.max(4, Number(year.mark.attrs.x) + 4), 1);
  });

  it("a label too wide for either side goes over its mark, as far right as it fits; labels stay within the width less 72", () => {
    const c = miniCase(
      [friend("a", { label: "A".repeat(60) })],
      [
        { id: "m", kind: "job-loss", date: "2025-08-10", relationshipIds: ["a"] },
        { id: "n", kind: "other", date: "2025-12-20" },
        { id: "o", kind: "other", date: "2025-12-25" },
      ],
      { episode: { onset: "2025-11" } },
    );
    const svg = renderTimeline(c, undefined, { width: 400, maxLabelWidth: 1000 });
    const m = event(svg, "m");
    const w = estimateTextWidth(textContent(m.label), 12);
    expect(textContent(m.label).endsWith("…")).toBe(true);
    expect(w).toBeLessThanOrEqual(400 - 72);
    expect(w).toBeGreaterThan(400 - 72 - 12);
    expect(m.label.attrs["text-anchor"]).toBe("start");
    expect(Number(m.label.attrs.x)).toBeCloseTo(400 - 4 - w, 1);
    // Near the right edge labels go before their marks; each overlaps the one above, so each
    // takes a new row.
    expect(
      ["m", "n", "o"].map((id) => [
        event(svg, id).label.attrs["text-anchor"],
        event(svg, id).mark.attrs.cy,
      ]),
    ).toEqual([
      ["start", "59"],
      ["end", "81"],
      ["end", "103"],
    ]);
  });

  it("stacks events that would meet in rows 22 apart, and the picture grows with them", () => {
    const one1 = renderTimeline(timelineCase([{ id: "a1", kind: "other", date: "2025-06-01" }]));
    const two = renderTimeline(
      timelineCase([
        { id: "a1", kind: "other", date: "2025-06-01" },
        { id: "a2", kind: "other", date: "2025-06-02" },
        { id: "a3", kind: "other", date: "2025-01-01" },
      ]),
    );
    expect(["a1", "a2", "a3"].map((id) => event(two, id).mark.attrs.cy)).toEqual([
      "59",
      "81",
      "59",
    ]);
    const height = (svg: string) => Number(one(svg, named("svg")).attrs.viewBox?.split(" ")[3]);
    expect(height(two) - height(one1)).toBe(22);
  });

  it("gives a zero-length period a bar at least 4 wide, and fits long labels to maxLabelWidth", () => {
    const c = timelineCase([
      { id: "y", kind: "migration", date: "1001", relationshipIds: ["a"] },
      { id: "m", kind: "job-loss", date: "2025-03" },
    ]);
    const svg = renderTimeline(c, undefined, { maxLabelWidth: 40 });
    expect(Number(event(svg, "m").mark.attrs.width)).toBe(4);
    expect(textContent(event(svg, "y").label)).toBe("Mi…");
  });

  it("orders events by first day, then last day, then id", () => {
    const c = timelineCase([
      { id: "b", kind: "other", date: "2025" },
      { id: "c", kind: "birth", date: "2025-01" },
      { id: "a", kind: "other", date: "2025" },
    ]);
    expect(titleAndDesc(renderTimeline(c))[1]).toContain(
      "2025-01: Birth of a child. 2025: Other event (in the window). 2025: Other event (in the window).",
    );
    expect(all(renderTimeline(c), cls("ipt-event")).map((g) => g.attrs["data-id"])).toEqual([
      "c",
      "a",
      "b",
    ]);
  });
});

describe("ticks", () => {
  const tickLabels = (options: TimelineOptions, lifeEvents: Events = []) =>
    all(
      one(renderTimeline(timelineCase(lifeEvents), undefined, options), cls("ipt-axis")),
      (e) => e.attrs["font-size"] === "11",
    ).map(textContent);

  it("every month, every third, or whole years as the room per month shrinks", () => {
    expect(tickLabels({ width: 4000 }).slice(0, 3)).toEqual(["2025-03", "2025-04", "2025-05"]);
    expect(tickLabels({ width: 400 })).toEqual(["2025-04", "2025-07", "2025-10", "2026-01"]);
    expect(tickLabels({ width: 400 }, [{ id: "o", kind: "other", date: "2023-06" }])).toEqual([
      "2024",
      "2025",
      "2026",
    ]);
  });

  it("steps years 1-2-5 and writes years with four digits", () => {
    expect(tickLabels({}, [{ id: "o", kind: "other", date: "2000" }])).toEqual([
      "2000",
      "2002",
      "2004",
      "2006",
      "2008",
      "2010",
      "2012",
      "2014",
      "2016",
      "2018",
      "2020",
      "2022",
      "2024",
      "2026",
    ]);
    expect(tickLabels({}, [{ id: "o", kind: "other", date: "0950" }])).toEqual([
      "1000",
      "1100",
      "1200",
      "1300",
      "1400",
      "1500",
      "1600",
      "1700",
      "1800",
      "1900",
      "2000",
    ]);
    expect(
      tickLabels({ width: 4000 }, [{ id: "o", kind: "other", date: "0950" }]).slice(0, 3),
    ).toEqual(["0920", "0940", "0960"]);
  });
});

describe("tooltips, legend and text", () => {
  it("says what each event is, how distressing, whether adjusted, whether in the window, what it supports", () => {
    const c = timelineCase([
      {
        id: "e1",
        kind: "death",
        date: "2025-10-15",
        relationshipIds: ["a"],
        distress: 3,
        adjusted: true,
      },
      { id: "e2", kind: "job-loss", date: "2025-06", adjusted: false, distress: 0 },
      { id: "e3", kind: "other", date: "2015" },
    ]);
    const f = formulate(c);
    const svg = renderTimeline(c, f, { tradition: "who-group" });
    const weight = (id: string) =>
      num(f.events.find((v) => v.id === id)?.areas[0]?.weight as number);
    expect(["e1", "e2", "e3"].map((id) => event(svg, id).tooltip)).toEqual([
      `Death: Ann, 2025-10-15; distress 3/4; adjusted; in the onset window; supports grief most (${weight("e1")})`,
      `Job loss, 2025-06; distress 0/4; not adjusted; in the onset window; supports life changes most (${weight("e2")})`,
      "Other event, 2015; distress not rated; adjustment not recorded; outside the onset window; supports no problem area",
    ]);
    expect(event(svg, "e3").mark.attrs.class).toBe("ipt-fill-neutral");
    expect(legendLabels(svg)).toEqual([
      "Grief",
      "Disputes",
      "Life changes",
      "Loneliness and social isolation",
      "No problem area, or weight under 0.1",
      "Onset window: 9 months before to 3 after",
    ]);
    expect(titleAndDesc(svg)).toEqual([
      "Timeline of life events of case t",
      "3 life events, 2 in the onset window. Onset 2025-11; assessed 2026-01-01. " +
        "Onset window (shaded) from 2025-02-15 to 2026-02-14. 2015: Other event. " +
        "2025-06: Job loss (in the window), supports life changes. " +
        "2025-10-15: Death: Ann (in the window), supports grief.",
    ]);
  });

  it("without a formulation: grey events and only the window in the legend", () => {
    const c = timelineCase([{ id: "e1", kind: "death", date: "2025-10-15" }]);
    const svg = renderTimeline(c, undefined, { model: model(1, 0.5, 0.5) });
    expect(event(svg, "e1").mark.attrs.class).toBe("ipt-fill-neutral");
    expect(legendLabels(svg)).toEqual(["Onset window: 1.5 months before to 0.5 after"]);
    expect(titleAndDesc(svg)[1].startsWith("1 life event, 1 in the onset window.")).toBe(true);
    const all4 = renderTimeline(c, formulate(c));
    expect(legendLabels(all4)).not.toContain("No problem area, or weight under 0.1");
    expect(legendLabels(all4)).toContain("Grief");
  });

  it.each([
    [0, "ipt-fill-neutral"],
    [0.000006, "ipt-fill-neutral"],
    [EVENT_COLOR_MIN_WEIGHT - 1e-9, "ipt-fill-neutral"],
    [EVENT_COLOR_MIN_WEIGHT, "ipt-fill-role-transition"],
    [0.85, "ipt-fill-role-transition"],
  ])("an event supporting its area with weight %s is drawn %s", (weight, fill) => {
    const c = timelineCase([{ id: "e1", kind: "job-loss", date: "2025-10-15" }]);
    const f = {
      ...formulate(c),
      events: [{ id: "e1", areas: [{ area: "role-transition" as const, weight, rules: [] }] }],
    };
    const svg = renderTimeline(c, f);
    expect(event(svg, "e1").mark.attrs.class).toBe(fill);
    // The tooltip names the area and the weight either way; the legend explains the grey.
    expect(event(svg, "e1").tooltip).toContain(`supports role transition most (${num(weight)})`);
    expect(legendLabels(svg).includes("No problem area, or weight under 0.1")).toBe(
      fill === "ipt-fill-neutral",
    );
  });

  it("the minimum weight for a colour is the default model's least evidence for a secondary focus", () => {
    expect(EVENT_COLOR_MIN_WEIGHT).toBe(0.1);
    expect(EVENT_COLOR_MIN_WEIGHT).toBe(DEFAULT_PARAMS.focus.secondaryMinEvidence);
  });

  it("an empty life and an unknown onset", () => {
    const c = timelineCase([], null);
    const svg = renderTimeline(c);
    const empty = one(one(svg, cls("ipt-events")), named("text"));
    expect(textContent(empty)).toBe("No life events recorded");
    expect(empty.attrs).toMatchObject({
      x: "20",
      y: "63.2",
      "font-size": "12",
      class: "ipt-muted",
    });
    const markers = all(one(svg, cls("ipt-axis")), (e) => e.attrs["font-weight"] === "bold");
    expect(markers.map(textContent)).toEqual(["Onset unknown: assessed 2026-01-01"]);
    // One (empty) row: the axis at 76, the one-row legend below it, 10 of margin.
    expect(all(one(svg, cls("ipt-axis")), named("line"))[0]?.attrs.y1).toBe("76");
    expect(one(svg, named("svg")).attrs.viewBox).toBe("0 0 800 137");
    expect(all(one(svg, cls("ipt-axis")), cls("ipt-onset"))[0]?.attrs["stroke-width"]).toBe("2");
    expect(titleAndDesc(svg)).toEqual([
      "Timeline of life events of case t",
      "No life events recorded. Onset unknown: time is measured from the assessment date, " +
        "2026-01-01. Onset window (shaded) from 2025-04-03 to 2026-04-02.",
    ]);
    const noId = miniCase([], [], { id: undefined });
    expect(titleAndDesc(renderTimeline(noId))[0]).toBe("Timeline of life events");
  });

  it("clamps the width to 400..4000", () => {
    const box = (width: number) =>
      one(
        renderTimeline(timelineCase([]), undefined, { width }),
        named("svg"),
      ).attrs.viewBox?.split(" ")[2];
    expect([box(100), box(5000), box(1234)]).toEqual(["400", "4000", "1234"]);
  });
});
