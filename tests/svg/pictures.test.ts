import { DEFAULT_MODEL, DEFAULT_PARAMS, formulate } from "ipt-formulation";
import {
  AREA_COLORS,
  DEFAULT_THEME,
  EVENT_COLOR_MIN_WEIGHT,
  renderFocusChart,
  renderInterpersonalCircle,
  renderTimeline,
  THEME_CSS_VARIABLES,
} from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { crowdCase, decodeOrThrow, SAMPLES } from "./fixtures.js";
import { inside, overlappingTexts, textBoxes, viewBoxOf } from "./geometry.js";
import { elements, parseXml, textContent, type XmlElement } from "./xml.js";

const RENDERERS = {
  circle: (s: (typeof SAMPLES)[number]) =>
    renderInterpersonalCircle(s.case, { formulation: s.formulation }),
  timeline: (s: (typeof SAMPLES)[number]) => renderTimeline(s.case, s.formulation),
  focus: (s: (typeof SAMPLES)[number]) => renderFocusChart(s.formulation),
} as const;

/** The accessibility contract every picture keeps. */
const expectAccessible = (root: XmlElement): void => {
  expect(root.name).toBe("svg");
  expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
  expect(root.attrs.role).toBe("img");
  expect(root.attrs.width).toBeUndefined();
  expect(root.attrs.height).toBeUndefined();
  expect(root.attrs.viewBox).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  const [first, second] = root.children as XmlElement[];
  expect(first?.name).toBe("title");
  expect(second?.name).toBe("desc");
  const ids = (root.attrs["aria-labelledby"] ?? "").split(" ");
  expect(ids).toEqual([first?.attrs.id, second?.attrs.id]);
  expect(textContent(first as XmlElement).length).toBeGreaterThan(5);
  expect(textContent(second as XmlElement).length).toBeGreaterThan(20);
  const all = elements(root)
    .map((e) => e.attrs.id)
    .filter((x) => x !== undefined);
  expect(new Set(all).size).toBe(all.length);
};

describe.each(SAMPLES.map((s) => [s.file, s] as const))("sample %s", (_file, s) => {
  for (const [kind, render] of Object.entries(RENDERERS)) {
    it(`${kind}: well-formed, accessible, labels apart and inside the viewBox`, () => {
      const svg = render(s);
      const root = parseXml(svg);
      expectAccessible(root);
      expect(overlappingTexts(root)).toEqual([]);
      const vb = viewBoxOf(root);
      for (const t of textBoxes(root)) expect(inside(t.box, vb), t.text).toBe(true);
    });
    it(`${kind}: deterministic (same input, same bytes)`, () => {
      expect(render(s)).toBe(render(s));
    });
  }

  it("permuting relationships and events changes no picture", () => {
    const reversed = decodeOrThrow({
      ...s.input,
      relationships: [...s.input.relationships].reverse(),
      lifeEvents: [...s.input.lifeEvents].reverse(),
    });
    const f = formulate(reversed);
    expect(renderInterpersonalCircle(reversed, { formulation: f })).toBe(RENDERERS.circle(s));
    expect(renderTimeline(reversed, f)).toBe(RENDERERS.timeline(s));
    expect(renderFocusChart(f)).toBe(RENDERERS.focus(s));
  });

  it("the circle highlights the people tied to a focus area, in its colour", () => {
    const root = parseXml(RENDERERS.circle(s));
    const { primary, secondary } = s.formulation.focus;
    const focus = [primary, secondary];
    const tied = s.formulation.people
      .filter((p) => p.areas.some((a) => focus.includes(a.area)))
      .map((p) => p.id)
      .sort();
    const lit = elements(root)
      .filter(
        (e) =>
          e.attrs.class === "ipt-person" &&
          elements(e).some((x) => focus.some((a) => x.attrs.class === `ipt-stroke-${a}`)),
      )
      .map((e) => e.attrs["data-id"])
      .sort();
    expect(lit).toEqual(tied);
    if (tied.length > 0) expect(RENDERERS.circle(s)).toContain(AREA_COLORS[primary]);
  });

  it("the focus chart ranks the four areas and marks the primary", () => {
    const root = parseXml(RENDERERS.focus(s));
    const bars = elements(root).filter((e) => e.attrs.class === "ipt-area");
    expect(bars.map((b) => b.attrs["data-area"])).toEqual(s.formulation.areas.map((a) => a.area));
    const primary = bars.find((b) => b.attrs["data-area"] === s.formulation.focus.primary);
    expect(textContent(primary as XmlElement)).toContain("primary focus");
  });
});

describe("the circle", () => {
  it("shows each status by shape, not only colour", () => {
    const svg = renderInterpersonalCircle(decodeOrThrow(crowdCase(12)));
    const root = parseXml(svg);
    const person = (status: string) =>
      elements(root).find(
        (e) =>
          e.attrs.class === "ipt-person" &&
          textContent(e.children[0] as XmlElement).includes(`, ${status};`),
      ) as XmlElement;
    expect(elements(person("estranged")).some((e) => e.attrs["stroke-dasharray"] === "3 2")).toBe(
      true,
    );
    expect(elements(person("deceased")).some((e) => e.name === "path")).toBe(true);
    expect(elements(person("ended")).some((e) => e.attrs.class?.startsWith("ipt-ended"))).toBe(
      true,
    );
  });

  it("draws support solid and conflict dashed, thicker with the rating", () => {
    const c = decodeOrThrow({
      format: "ipt-case/1",
      assessedOn: "2026-01-01",
      episode: {},
      relationships: [
        { id: "a", label: "A", role: "friend", circle: "inner", status: "active", support: 4 },
        { id: "b", label: "B", role: "friend", circle: "inner", status: "active", conflict: 2 },
        {
          id: "c",
          label: "C",
          role: "friend",
          circle: "inner",
          status: "active",
          support: 1,
          conflict: 1,
        },
        { id: "d", label: "D", role: "friend", circle: "inner", status: "active" },
      ],
      lifeEvents: [],
    });
    const root = parseXml(renderInterpersonalCircle(c));
    const lines = elements(root).filter((e) => e.name === "line" && e.attrs.x1 !== undefined);
    const support = lines.filter((l) => l.attrs.class === "ipt-support");
    const conflict = lines.filter((l) => l.attrs.class === "ipt-conflict");
    const unrated = lines.filter((l) => l.attrs.class === "ipt-unrated");
    expect(support.map((l) => l.attrs["stroke-width"]).sort()).toEqual(["1.75", "4", "2.5"].sort());
    expect(conflict.every((l) => l.attrs["stroke-dasharray"] === "6 3")).toBe(true);
    expect(conflict.map((l) => l.attrs["stroke-width"]).sort()).toEqual(
      ["1.75", "2.5", "2.5"].sort(),
    );
    expect(unrated.length).toBe(2); // D, and the legend swatch
  });

  it("highlight: focus lights both areas, none lights nobody", () => {
    const s = SAMPLES.find((x) => x.formulation.focus.secondary !== undefined);
    expect(s).toBeDefined();
    if (s === undefined) return;
    const { primary, secondary } = s.formulation.focus;
    const focus = parseXml(
      renderInterpersonalCircle(s.case, { formulation: s.formulation, highlight: "focus" }),
    );
    expect(textContent(focus)).toContain("(secondary focus)");
    // The former wife bears on both: filled with the primary's colour, ringed with the secondary's.
    const ex = elements(focus).find((e) => e.attrs["data-id"] === "ex") as XmlElement;
    const classes = elements(ex).map((e) => e.attrs.class ?? "");
    expect(classes).toContain(`ipt-stroke-${secondary}`);
    expect(classes.some((c) => c.startsWith(`ipt-fill-${primary}`))).toBe(true);
    const none = parseXml(
      renderInterpersonalCircle(s.case, { formulation: s.formulation, highlight: "none" }),
    );
    const people = elements(none).filter((e) => e.attrs.class === "ipt-person");
    expect(
      people.flatMap(elements).some((e) => /ipt-(fill|stroke)-role/.test(e.attrs.class ?? "")),
    ).toBe(false);
    expect(textContent(none.children[1] as XmlElement)).not.toContain("Highlighted");
  });

  it("an empty inventory still renders the rings and the patient", () => {
    const c = decodeOrThrow({
      format: "ipt-case/1",
      assessedOn: "2026-01-01",
      episode: {},
      relationships: [],
      lifeEvents: [],
    });
    const root = parseXml(renderInterpersonalCircle(c));
    expect(textContent(root.children[1] as XmlElement)).toContain("0 people");
    expect(elements(root).filter((e) => e.name === "circle").length).toBe(4);
  });

  it("describes who is where in words", () => {
    const s = SAMPLES.find((x) => x.file === "grief-mother.json");
    const desc = textContent(
      parseXml(RENDERERS.circle(s as (typeof SAMPLES)[number])).children[1] as XmlElement,
    );
    expect(desc).toContain("Inner circle: Partner, Mother (deceased).");
    expect(desc).toContain("Supportive ties (support 3 or more): Partner.");
    expect(desc).toContain("Changed near the onset: Mother.");
    expect(desc).toContain("Highlighted as tied to the focus: Mother.");
    expect(desc).toContain("Middle circle: Brother, Friend K.");
    expect(desc).not.toContain("K..");
  });
});

describe("the timeline", () => {
  const grief = SAMPLES.find((x) => x.file === "grief-mother.json") as (typeof SAMPLES)[number];

  it("marks the onset, the assessment and the shaded window", () => {
    const svg = renderTimeline(grief.case, grief.formulation);
    expect(svg).toContain(">Onset 2025-10<");
    expect(svg).toContain(">Assessed 2026-01-12<");
    const desc = textContent(parseXml(svg).children[1] as XmlElement);
    expect(desc).toContain("Onset window (shaded) from 2025-01-15 to 2026-01-14.");
    expect(desc).toContain("2025-08-30: Death: Mother (in the window), supports grief.");
    expect(svg).toContain('class="ipt-window"');
  });

  it("marks the assessment date when the onset is unknown", () => {
    const c = decodeOrThrow({ ...grief.input, episode: {} });
    const svg = renderTimeline(c, formulate(c));
    expect(svg).toContain(">Onset unknown: assessed 2026-01-12<");
    expect(svg).not.toContain(">Assessed ");
  });

  it("shows a partial date as the bar of its period", () => {
    const c = decodeOrThrow({
      ...grief.input,
      lifeEvents: [
        { id: "y", kind: "relocation", date: "2024" },
        { id: "m", kind: "job-loss", date: "2025-03" },
        { id: "d", kind: "job-start", date: "2025-06-01" },
      ],
    });
    const root = parseXml(renderTimeline(c));
    const ev = (id: string) =>
      elements(root).find(
        (e) => e.attrs.class === "ipt-event" && e.attrs["data-id"] === id,
      ) as XmlElement;
    const bar = (id: string) => elements(ev(id)).find((e) => e.name === "rect") as XmlElement;
    const year = Number(bar("y").attrs.width);
    const month = Number(bar("m").attrs.width);
    expect(year / month).toBeGreaterThan(11);
    expect(year / month).toBeLessThan(13);
    expect(elements(ev("d")).some((e) => e.name === "circle")).toBe(true);
    // Without a formulation every event is neutral.
    expect(bar("y").attrs.class).toBe("ipt-fill-neutral");
  });

  it("puts a label left of its mark near the right edge, or over a mark that fills the axis", () => {
    const c = decodeOrThrow({
      ...grief.input,
      lifeEvents: [
        {
          id: "wide",
          kind: "relocation",
          date: "2025",
          relationshipIds: ["mother", "partner", "brother", "friend-k"],
        },
        { id: "late", kind: "job-loss", date: "2026-01-10" },
      ],
    });
    const root = parseXml(renderTimeline(c));
    const label = (id: string) =>
      elements(elements(root).find((e) => e.attrs["data-id"] === id) as XmlElement).find(
        (e) => e.name === "text",
      ) as XmlElement;
    expect(label("late").attrs["text-anchor"]).toBe("end");
    const bar = elements(
      elements(root).find((e) => e.attrs["data-id"] === "wide") as XmlElement,
    ).find((e) => e.name === "rect") as XmlElement;
    expect(Number(label("wide").attrs.x)).toBeGreaterThan(Number(bar.attrs.x));
    expect(overlappingTexts(root)).toEqual([]);
  });

  it("colours each event by the area it supports most, when it weighs at least the minimum", () => {
    for (const s of SAMPLES) {
      const root = parseXml(renderTimeline(s.case, s.formulation));
      for (const v of s.formulation.events) {
        const g = elements(root).find((e) => e.attrs["data-id"] === v.id) as XmlElement;
        const mark = elements(g).find((e) => e.name === "rect" || e.name === "circle");
        const top = v.areas[0];
        expect(mark?.attrs.class).toBe(
          top !== undefined && top.weight >= EVENT_COLOR_MIN_WEIGHT
            ? `ipt-fill-${top.area}`
            : "ipt-fill-neutral",
        );
      }
    }
  });

  it("stacks many events in rows without overlapping labels", () => {
    const c = decodeOrThrow({
      ...grief.input,
      lifeEvents: Array.from({ length: 30 }, (_, i) => ({
        id: `e${i}`,
        kind: "other",
        date: `2025-0${(i % 9) + 1}`,
      })),
    });
    const root = parseXml(renderTimeline(c, formulate(c)));
    expect(overlappingTexts(root)).toEqual([]);
    const vb = viewBoxOf(root);
    for (const t of textBoxes(root)) expect(inside(t.box, vb), t.text).toBe(true);
  });

  it("handles an empty life, long spans and short spans", () => {
    const empty = decodeOrThrow({ ...grief.input, lifeEvents: [] });
    expect(renderTimeline(empty)).toContain("No life events recorded");
    const long = decodeOrThrow({
      ...grief.input,
      lifeEvents: [{ id: "old", kind: "migration", date: "1001" }],
    });
    const root = parseXml(renderTimeline(long, undefined, { width: 400 }));
    expect(overlappingTexts(root)).toEqual([]);
    expect(root.attrs.viewBox).toMatch(/^0 0 400 /);
    const tight = decodeOrThrow({ ...grief.input, lifeEvents: [] });
    const model = {
      ...DEFAULT_MODEL,
      params: {
        ...DEFAULT_PARAMS,
        kernel: { plateauMonths: 0, halfLifeBeforeMonths: 0.1, halfLifeAfterMonths: 0.1 },
      },
    };
    const short = parseXml(renderTimeline(tight, undefined, { model }));
    expect(overlappingTexts(short)).toEqual([]);
  });
});

describe("theming", () => {
  it("exposes every colour as a CSS custom property with the default as fallback", () => {
    const s = SAMPLES[0] as (typeof SAMPLES)[number];
    const svg = renderInterpersonalCircle(s.case, { formulation: s.formulation });
    expect(svg).toContain(`var(${THEME_CSS_VARIABLES.grief},${DEFAULT_THEME.areas.grief})`);
    expect(svg).toContain(`var(${THEME_CSS_VARIABLES.background},${DEFAULT_THEME.background})`);
    expect(svg).toContain(`var(${THEME_CSS_VARIABLES.fontFamily},${DEFAULT_THEME.fontFamily})`);
  });

  it("takes colours from options and ignores anything that is not a plain colour", () => {
    const s = SAMPLES[0] as (typeof SAMPLES)[number];
    const svg = renderFocusChart(s.formulation, {
      theme: {
        areas: { grief: "rgb(1, 2, 3)" },
        text: "red;}</style><script>",
        background: "#123",
        fontFamily: "Inter, sans-serif",
      },
    });
    expect(svg).toContain("var(--ipt-grief,rgb(1, 2, 3))");
    expect(svg).toContain("var(--ipt-background,#123)");
    expect(svg).toContain(`var(--ipt-text,${DEFAULT_THEME.text})`);
    expect(svg).toContain("var(--ipt-font,Inter, sans-serif)");
    expect(svg).not.toContain("<script");
    const bad = renderFocusChart(s.formulation, { theme: { fontFamily: "x'}" } });
    expect(bad).toContain(`var(--ipt-font,${DEFAULT_THEME.fontFamily})`);
  });

  it("ids: a hash of the content by default, or a sanitised prefix", () => {
    const [a, b] = SAMPLES as unknown as [(typeof SAMPLES)[number], (typeof SAMPLES)[number]];
    const ida = parseXml(renderFocusChart(a.formulation)).attrs.id;
    const idb = parseXml(renderFocusChart(b.formulation)).attrs.id;
    expect(ida).toMatch(/^ipt-focus-[0-9a-f]{8}$/);
    expect(ida).not.toBe(idb);
    const root = parseXml(renderFocusChart(a.formulation, { idPrefix: "9 my chart<>" }));
    expect(root.attrs.id).toBe("ipt-9-my-chart--");
    expect(root.attrs["aria-labelledby"]).toBe("ipt-9-my-chart---title ipt-9-my-chart---desc");
    expect(parseXml(renderFocusChart(a.formulation, { idPrefix: "chart" })).attrs.id).toBe("chart");
  });

  it("displayWidth sets width and a proportional height; title and tradition apply", () => {
    const s = SAMPLES[0] as (typeof SAMPLES)[number];
    const root = parseXml(
      renderFocusChart(s.formulation, {
        displayWidth: 300,
        title: "Areas",
        tradition: "who-group",
      }),
    );
    const [, , w, h] = (root.attrs.viewBox ?? "").split(" ").map(Number) as number[];
    expect(root.attrs.width).toBe("300");
    expect(Number(root.attrs.height)).toBeCloseTo((300 * (h as number)) / (w as number), 1);
    expect(textContent(root.children[0] as XmlElement)).toBe("Areas");
    expect(textContent(root)).toContain("Loneliness and social isolation");
  });
});

describe("the focus chart", () => {
  it("draws the minimum-score line only for a known model", () => {
    const s = SAMPLES[0] as (typeof SAMPLES)[number];
    expect(renderFocusChart(s.formulation)).toContain("minimum for a focus 0.25");
    const other = { ...s.formulation, model: { ...s.formulation.model, digest: "sha256:other" } };
    expect(renderFocusChart(other)).not.toContain("minimum for a focus");
    expect(renderFocusChart(other, { model: DEFAULT_MODEL })).toContain("minimum for a focus");
  });

  it("lists flags in the description and clamps odd scores", () => {
    const s = SAMPLES.find((x) => x.formulation.flags.length > 0) as (typeof SAMPLES)[number];
    const desc = textContent(parseXml(renderFocusChart(s.formulation)).children[1] as XmlElement);
    expect(desc).toContain(`Flags: ${s.formulation.flags.map((f) => f.code).join(", ")}.`);
    const odd = {
      ...s.formulation,
      areas: s.formulation.areas.map((a, i) => ({
        ...a,
        score: [Number.NaN, 2, -1, 0.5][i] as number,
      })),
    };
    const root = parseXml(renderFocusChart(odd));
    expect(textContent(root)).toContain("0.00");
    expect(textContent(root)).toContain("1.00");
  });
});
