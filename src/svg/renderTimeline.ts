/**
 * The timeline: life events on a time axis around the episode onset.
 *
 * @module
 */
import type { Case, DisplayLabels, Formulation, LifeEvent } from "ipt-formulation";
import {
  DEFAULT_MODEL,
  displayLabelOf,
  firstDay,
  LIFE_EVENT_KIND_LABELS,
  PROBLEM_AREAS,
  type ProblemArea,
  problemAreaLabel,
  type ScoringModel,
} from "ipt-formulation";
import { dayToIso, periodOf } from "./internal/dates.js";
import { svgDocument } from "./internal/document.js";
import { type LegendItem, layoutLegend } from "./internal/legend.js";
import { paint, resolveTheme } from "./internal/paint.js";
import { type Anchor, estimateTextWidth, fitText, textBox } from "./internal/text.js";
import { cmp, el, escapeXml, num, sanitizeText } from "./internal/xml.js";
import { windowDays } from "./onsetWindow.js";
import type { PictureOptions } from "./theme.js";

/**
 * Options of {@link renderTimeline}.
 *
 * @category Pictures
 */
export interface TimelineOptions extends PictureOptions {
  /** The scoring model whose kernel sets the shaded onset window (default `DEFAULT_MODEL`). */
  readonly model?: ScoringModel;
  /** The width of the `viewBox` in user units (default 800; 400 to 4000). */
  readonly width?: number;
  /** Event labels longer than this (estimated, user units) are shortened with `…` (default 220). */
  readonly maxLabelWidth?: number;
  /**
   * Names to show instead of the stored labels of the people involved in the events, by
   * relationship id (see `displayLabelOf`). Default: the stored labels.
   */
  readonly displayLabels?: DisplayLabels;
}

/**
 * The least weight with which a life event supports an area (its entry in
 * `formulation.events`: the noisy-OR of its own contributions there) for the timeline to draw
 * it in that area's colour; an event below it is drawn grey, like one that supports no area.
 * 0.1 is the default scoring model's `focus.secondaryMinEvidence`, the least single
 * contribution scoring counts toward a focus: an event whose kernel weight has all but
 * vanished (a move seven years before the onset) no longer looks as if it bore on the area.
 *
 * @example
 * // The job-loss sample's move in 2018 supports role transition with weight 0.000006: grey
 * 0.000006 >= EVENT_COLOR_MIN_WEIGHT
 * //=> false
 *
 * @example
 * // Its job loss, a month before the onset, with weight 0.85: orange
 * 0.85 >= EVENT_COLOR_MIN_WEIGHT
 * //=> true
 *
 * @category Pictures
 */
export const EVENT_COLOR_MIN_WEIGHT = 0.1;

/** Sizes of the timeline (user units). */
export const TIMELINE_GEOMETRY = {
  fontSize: 12,
  tickFontSize: 11,
  margin: 16,
  headerRow: 18,
  row: 22,
  barHeight: 10,
  dotRadius: 5,
  /** Smallest horizontal gap between two things in one row. */
  gap: 8,
} as const;

const T = TIMELINE_GEOMETRY;
const DAYS_PER_YEAR = 365.2425;

/** Axis ticks: years at a 1-2-5 step, or months for spans under two years, never closer than their labels. */
const ticks = (
  lo: number,
  hi: number,
  plotW: number,
): readonly { readonly day: number; readonly label: string }[] => {
  const fs = T.tickFontSize;
  const loYear = Number(dayToIso(lo).slice(0, 4));
  const out: { day: number; label: string }[] = [];
  if (hi - lo < 2 * DAYS_PER_YEAR) {
    const room = estimateTextWidth("0000-00", fs) + 14;
    const perMonth = (plotW * (DAYS_PER_YEAR / 12)) / (hi - lo);
    const step = [1, 2, 3, 6].find((s) => s * perMonth >= room);
    if (step !== undefined) {
      for (let idx = loYear * 12; out.length < 200; idx += step) {
        const y = Math.floor(idx / 12);
        const m = (idx % 12) + 1;
        const day = firstDay({ year: y, month: m, precision: "month" });
        if (day > hi) break;
        if (day >= lo)
          out.push({ day, label: `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}` });
      }
      return out;
    }
  }
  const room = estimateTextWidth("0000", fs) + 14;
  const perYear = (plotW * DAYS_PER_YEAR) / (hi - lo);
  let step = 1;
  for (let k = 1; step * perYear < room; k++)
    step = ([1, 2, 5][k % 3] as number) * 10 ** Math.floor(k / 3);
  for (let y = Math.ceil(loYear / step) * step; out.length < 200; y += step) {
    const day = firstDay({ year: Math.max(1, y), precision: "year" });
    if (day > hi) break;
    if (day >= lo) out.push({ day, label: String(y).padStart(4, "0") });
  }
  return out;
};

const ratingText = (v: number | undefined): string => (v === undefined ? "not rated" : `${v}/4`);

/**
 * Render a case's life events on a time axis as an SVG string.
 *
 * - **Periods**: an event dated to the day is a dot; one dated `YYYY-MM` or `YYYY` is a bar
 *   from the first to the last day of that month or year.
 * - **Onset**: a vertical line at the middle of the onset's period (the mid-period rule of
 *   scoring), or at the assessment date when the onset is unknown (labelled so); the
 *   assessment date has its own dashed line.
 * - **Onset window** (shaded): {@link onsetWindow}, from `plateauMonths + halfLifeBeforeMonths`
 *   before the onset to `halfLifeAfterMonths` after it (9 months before to 3 after with the
 *   default model): where the scoring kernel gives an event at least half its weight.
 * - **Colour**: with a formulation, each event takes the colour of the problem area its
 *   evidence supports most (`formulation.events`) when it supports it with a weight of at
 *   least {@link EVENT_COLOR_MIN_WEIGHT} (0.1); events below it or supporting no area, and all
 *   events without a formulation, are grey. The tooltip and the description still name the
 *   area and the weight.
 * - **Labels** (the kind of event and the people involved, by their display names when
 *   `options.displayLabels` has them) never overlap: events are stacked in rows, each event in
 *   the first row where it and its label fit.
 *
 * Accessible (`role="img"`, `<title>`, a `<desc>` listing every event in date order) and
 * deterministic: the same input gives the same bytes, whatever the order of the events.
 *
 * @param c - a decoded case
 * @param formulation - its formulation (optional), for colours by problem area
 * @param options - model (onset window), width, label width, display names, theme, tradition, ids, title
 * @returns the SVG, sized by its `viewBox`
 *
 * @example
 * // The grief sample case: the death two months before onset, inside the shaded window
 * renderTimeline(griefCase, formulate(griefCase)).includes("ipt-window")
 * //=> true
 *
 * @example
 * // No onset recorded: the line marks the assessment date
 * renderTimeline({ ...griefCase, episode: {} }).includes("Onset unknown")
 * //=> true
 *
 * @category Pictures
 */
export function renderTimeline(
  c: Case,
  formulation?: Formulation,
  options: TimelineOptions = {},
): string {
  const t = resolveTheme(options.theme);
  const tradition = options.tradition ?? "weissman-markowitz";
  const W = Math.min(4000, Math.max(400, options.width ?? 800));
  const maxLabel = Math.min(W - 2 * T.margin - 40, options.maxLabelWidth ?? 220);
  const fs = T.fontSize;
  const win = windowDays(c, options.model ?? DEFAULT_MODEL);
  const assessed = periodOf(c.assessedOn);
  const labelOf = new Map(
    c.relationships.map((r) => [
      r.id,
      sanitizeText(displayLabelOf(options.displayLabels, r.id, r.label)),
    ]),
  );
  const areaOf = new Map<string, { area: ProblemArea; weight: number }>();
  for (const v of formulation?.events ?? []) {
    const top = v.areas[0];
    if (top !== undefined) areaOf.set(v.id, top);
  }
  /** Whether an event's area is strong enough for its colour. */
  const colored = (a: { weight: number } | undefined): a is { area: ProblemArea; weight: number } =>
    a !== undefined && a.weight >= EVENT_COLOR_MIN_WEIGHT;

  const events = [...c.lifeEvents]
    .map((e) => ({ e, p: periodOf(e.date) }))
    .sort((a, b) => a.p.first - b.p.first || a.p.last - b.p.last || cmp(a.e.id, b.e.id));

  // Domain: every event, the window, the onset and the assessment day, at least 4 months, 3 % padding.
  let lo = Math.min(win.fromDay, assessed.first, ...events.map((x) => x.p.first));
  let hi = Math.max(win.toDay + 1, assessed.last + 1, ...events.map((x) => x.p.last + 1));
  if (hi - lo < 120) {
    const mid = (lo + hi) / 2;
    lo = mid - 60;
    hi = mid + 60;
  }
  const pad = (hi - lo) * 0.03;
  lo -= pad;
  hi += pad;
  const plotL = T.margin;
  const plotR = W - T.margin;
  const xs = (day: number): number => plotL + ((day - lo) / (hi - lo)) * (plotR - plotL);

  // Marks, labels and their extents.
  const eventLabel = (e: LifeEvent): string => {
    const who = (e.relationshipIds ?? []).map((id) => labelOf.get(id) ?? sanitizeText(id));
    return `${LIFE_EVENT_KIND_LABELS[e.kind]}${who.length > 0 ? `: ${who.join(", ")}` : ""}`;
  };
  const marks = events.map(({ e, p }) => {
    let markL: number;
    let markR: number;
    if (p.precision === "day") {
      const cx = xs(p.first + 0.5);
      markL = cx - T.dotRadius;
      markR = cx + T.dotRadius;
    } else {
      const x1 = xs(p.first);
      const x2 = xs(p.last + 1);
      const w = Math.max(4, x2 - x1);
      markL = (x1 + x2) / 2 - w / 2;
      markR = markL + w;
    }
    const label = fitText(eventLabel(e), maxLabel, fs);
    const lw = estimateTextWidth(label, fs);
    let lx: number;
    let anchor: Anchor;
    if (markR + 5 + lw <= W - 4) {
      lx = markR + 5;
      anchor = "start";
    } else if (markL - 5 - lw >= 4) {
      lx = markL - 5;
      anchor = "end";
    } else {
      lx = Math.max(4, Math.min(markL + 4, W - 4 - lw));
      anchor = "start";
    }
    const left = Math.min(markL, anchor === "start" ? lx : lx - lw);
    const right = Math.max(markR, anchor === "start" ? lx + lw : lx);
    return { e, p, markL, markR, label, lx, anchor, left, right };
  });

  // Rows: each event in the first row where it fits.
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const m of [...marks].sort((a, b) => a.left - b.left || cmp(a.e.id, b.e.id))) {
    let r = rowEnds.findIndex((end) => end + T.gap <= m.left);
    if (r === -1) {
      r = rowEnds.length;
      rowEnds.push(m.right);
    } else rowEnds[r] = m.right;
    rows.set(m.e.id, r);
  }

  const headerTop = 6;
  const areaTop = headerTop + 2 * T.headerRow + 6;
  const nRows = Math.max(1, rowEnds.length);
  const areaBottom = areaTop + nRows * T.row;
  const axisY = areaBottom + 6;

  const parts: string[] = [];
  // The onset window.
  const wx1 = xs(win.fromDay);
  const wx2 = xs(win.toDay + 1);
  parts.push(
    el("rect", {
      ...paint(t, "ipt-window"),
      x: wx1,
      y: areaTop - 4,
      width: wx2 - wx1,
      height: axisY - areaTop + 4,
      "fill-opacity": 0.35,
    }),
  );
  // Axis and ticks.
  parts.push(
    el("line", {
      ...paint(t, "ipt-stroke-muted"),
      x1: plotL,
      y1: axisY,
      x2: plotR,
      y2: axisY,
      "stroke-width": 1,
    }),
  );
  for (const tk of ticks(lo, hi, plotR - plotL)) {
    const x = xs(tk.day);
    parts.push(
      el("line", {
        ...paint(t, "ipt-stroke-muted"),
        x1: x,
        y1: axisY,
        x2: x,
        y2: axisY + 5,
        "stroke-width": 1,
      }),
    );
    const ty = axisY + 6 + T.tickFontSize;
    const b = textBox(tk.label, x, ty, T.tickFontSize, "middle");
    if (b.x >= 2 && b.x + b.width <= W - 2) {
      parts.push(
        el(
          "text",
          {
            ...paint(t, "ipt-muted"),
            x,
            y: ty,
            "font-size": T.tickFontSize,
            "text-anchor": "middle",
          },
          escapeXml(tk.label),
        ),
      );
    }
  }
  // Onset and assessment lines with their labels, one header row each.
  const marker = (
    day: number,
    label: string,
    row: number,
    cls: "ipt-onset" | "ipt-stroke-muted",
    dash?: string,
  ): void => {
    const x = xs(day + 0.5);
    const ly = headerTop + (row + 1) * T.headerRow - 5;
    parts.push(
      el("line", {
        ...paint(t, cls),
        x1: x,
        y1: ly + 4,
        x2: x,
        y2: axisY,
        "stroke-width": cls === "ipt-onset" ? 2 : 1.25,
        "stroke-dasharray": dash,
      }),
    );
    const text = fitText(label, W - 8, fs, true);
    const w = estimateTextWidth(text, fs, true);
    const cx = Math.max(4 + w / 2, Math.min(W - 4 - w / 2, x));
    parts.push(
      el(
        "text",
        {
          ...paint(t, "ipt-text"),
          x: cx,
          y: ly,
          "font-size": fs,
          "font-weight": "bold",
          "text-anchor": "middle",
        },
        escapeXml(text),
      ),
    );
  };
  if (win.window.basis === "onset") {
    marker(win.refDay, `Onset ${sanitizeText(win.window.reference)}`, 0, "ipt-onset");
    marker(assessed.mid, `Assessed ${sanitizeText(c.assessedOn)}`, 1, "ipt-stroke-muted", "4 3");
  } else
    marker(assessed.mid, `Onset unknown: assessed ${sanitizeText(c.assessedOn)}`, 0, "ipt-onset");

  // The events.
  const rowMid = (r: number): number => areaTop + r * T.row + T.row / 2;
  const eventParts: string[] = [];
  for (const m of marks) {
    const r = rows.get(m.e.id) as number;
    const y = rowMid(r);
    const a = areaOf.get(m.e.id);
    const fill = paint(t, colored(a) ? `ipt-fill-${a.area}` : "ipt-fill-neutral");
    const mark =
      m.p.precision === "day"
        ? el("circle", { ...fill, cx: (m.markL + m.markR) / 2, cy: y, r: T.dotRadius })
        : el("rect", {
            ...fill,
            x: m.markL,
            y: y - T.barHeight / 2,
            width: m.markR - m.markL,
            height: T.barHeight,
            rx: 2,
          });
    const ly = y + 0.35 * fs;
    const e = m.e;
    const tip = [
      `${eventLabel(e)}, ${sanitizeText(e.date)}`,
      `distress ${ratingText(e.distress)}`,
      e.adjusted === undefined
        ? "adjustment not recorded"
        : e.adjusted
          ? "adjusted"
          : "not adjusted",
      win.contains(e.date) ? "in the onset window" : "outside the onset window",
      a === undefined
        ? "supports no problem area"
        : `supports ${problemAreaLabel(a.area, tradition).toLowerCase()} most (${num(a.weight)})`,
    ].join("; ");
    eventParts.push(
      el(
        "g",
        { class: "ipt-event", "data-id": e.id },
        el("title", {}, escapeXml(tip)) +
          mark +
          el(
            "text",
            {
              ...paint(t, "ipt-text", "ipt-halo"),
              x: m.lx,
              y: ly,
              "font-size": fs,
              "text-anchor": m.anchor,
              "stroke-width": 3,
              "paint-order": "stroke",
              "stroke-linejoin": "round",
            },
            escapeXml(m.label),
          ),
      ),
    );
  }
  if (marks.length === 0)
    eventParts.push(
      el(
        "text",
        { ...paint(t, "ipt-muted"), x: plotL + 4, y: rowMid(0) + 0.35 * fs, "font-size": fs },
        "No life events recorded",
      ),
    );

  // Legend.
  const items: LegendItem[] = [];
  const dot =
    (cls: Parameters<typeof paint>[1]) =>
    (x: number, y: number): string =>
      el("rect", { ...paint(t, cls), x: x + 3, y: y - 5, width: 16, height: 10, rx: 2 });
  if (formulation !== undefined) {
    for (const area of PROBLEM_AREAS)
      items.push({ swatch: dot(`ipt-fill-${area}`), label: problemAreaLabel(area, tradition) });
    if (marks.some((m) => !colored(areaOf.get(m.e.id))))
      items.push({
        swatch: dot("ipt-fill-neutral"),
        label: `No problem area, or weight under ${num(EVENT_COLOR_MIN_WEIGHT)}`,
      });
  }
  items.push({
    swatch: (x, y) =>
      el("rect", {
        ...paint(t, "ipt-window"),
        x,
        y: y - 7,
        width: 22,
        height: 14,
        "fill-opacity": 0.35,
      }),
    label: `Onset window: ${num(win.window.monthsBefore)} months before to ${num(win.window.monthsAfter)} after`,
  });
  const legendTop = axisY + 6 + T.tickFontSize + 14;
  const legend = layoutLegend(t, items, plotL, legendTop, plotR - plotL);

  const box = { x: 0, y: 0, width: W, height: legendTop + legend.height + 10 };
  const inWindow = events.filter(({ e }) => win.contains(e.date)).length;
  const desc = [
    events.length === 0
      ? "No life events recorded."
      : `${events.length === 1 ? "1 life event" : `${events.length} life events`}, ${inWindow} in the onset window.`,
    win.window.basis === "onset"
      ? `Onset ${sanitizeText(win.window.reference)}; assessed ${sanitizeText(c.assessedOn)}.`
      : `Onset unknown: time is measured from the assessment date, ${sanitizeText(c.assessedOn)}.`,
    `Onset window (shaded) from ${win.window.from} to ${win.window.to}.`,
    ...events.map(({ e }) => {
      const a = areaOf.get(e.id);
      return `${sanitizeText(e.date)}: ${eventLabel(e)}${win.contains(e.date) ? " (in the window)" : ""}${a === undefined ? "" : `, supports ${problemAreaLabel(a.area, tradition).toLowerCase()}`}.`;
    }),
  ].join(" ");
  const title =
    options.title ??
    `Timeline of life events${c.id === undefined ? "" : ` of case ${sanitizeText(c.id)}`}`;
  const body = [
    el("g", { class: "ipt-axis" }, parts.join("")),
    el("g", { class: "ipt-events" }, eventParts.join("")),
    legend.svg,
  ].join("");
  return svgDocument({ kind: "timeline", box, title, desc, body, theme: t, options });
}
