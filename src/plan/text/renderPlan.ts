/**
 * `renderPlan`: a treatment plan as Markdown or plain text, in a locale.
 *
 * @module
 */
import type { DisplayLabels } from "ipt-formulation";
import type {
  EvidenceStatus,
  MeasurementEntry,
  PlanInstrument,
  PlanItem,
  PlanMessageKey,
  PlanParams,
  PlanSection,
  RenderOptions,
  SessionSpan,
  TreatmentPlan,
} from "ipt-formulation/plan";
import { DEFAULT_LOCALES } from "./defaultLocales.js";
import { EN } from "./en.js";
import {
  formatNumberList,
  interpolate,
  messageOf,
  type ResolvedLocale,
  renderParam,
  resolveLocale,
} from "./locale.js";

/** Display names of the instruments a plan schedules (proper names, the same in every locale). */
const INSTRUMENT_NAMES: Readonly<Record<PlanInstrument, string>> = {
  "phq-9": "PHQ-9",
  "gad-7": "GAD-7",
  epds: "EPDS",
  "pg-13-r": "PG-13-R",
  srm: "SRM",
};

interface Writer {
  readonly r: ResolvedLocale;
  readonly md: boolean;
  readonly t: (key: PlanMessageKey, params?: PlanParams) => string;
  /** Source citations in order of first use; an item refers to its source by number. */
  readonly sources: string[];
  readonly cite: (source: string) => number;
}

const writer = (r: ResolvedLocale, md: boolean, names: DisplayLabels | undefined): Writer => {
  const sources: string[] = [];
  return {
    r,
    md,
    t: (key, params = {}) => interpolate(messageOf(key, r), params, r, md, names),
    sources,
    cite: (source) => {
      const i = sources.indexOf(source);
      if (i >= 0) return i + 1;
      sources.push(source);
      return sources.length;
    },
  };
};

const spanText = (w: Writer, s: SessionSpan): string =>
  s.from === s.to
    ? w.t(`render.span.${s.series}.one`, { n: { kind: "number", value: s.from } })
    : w.t(`render.span.${s.series}.range`, {
        from: { kind: "number", value: s.from },
        to: { kind: "number", value: s.to },
      });

const heading = (w: Writer, level: 1 | 2 | 3, text: string): string[] =>
  w.md ? [`${"#".repeat(level)} ${text}`, ""] : [level === 1 ? text.toUpperCase() : text, ""];

const evidenceText = (w: Writer, e: EvidenceStatus): string =>
  w.t(e === "found" ? "render.evidence.found" : "render.evidence.unverified");

const itemLine = (w: Writer, it: PlanItem, ordered: number | undefined): string => {
  const marker = ordered === undefined ? "-" : `${ordered}.`;
  const evidence = evidenceText(w, it.evidence);
  const n = w.cite(it.source);
  return w.md
    ? `${marker} ${w.t(it.key, it.params)} *(${evidence}; [${n}])*`
    : `  ${marker} ${w.t(it.key, it.params)} (${evidence}; [${n}])`;
};

const sectionLines = (w: Writer, s: PlanSection): string[] => {
  const title = w.t(`heading.${s.kind}`);
  const out = heading(w, 2, s.span === undefined ? title : `${title} (${spanText(w, s.span)})`);
  if (s.timing !== undefined) {
    const timing = `${w.t("render.phase-timing")} ${evidenceText(w, s.timing.evidence)}; [${w.cite(s.timing.source)}]`;
    out.push(w.md ? `*${timing}*` : `  ${timing}`, "");
  }
  let group: string | undefined;
  s.items.forEach((it, i) => {
    const f = it.focus;
    const key = f === undefined ? undefined : `${f.area}/${f.role}`;
    if (f !== undefined && key !== group)
      out.push(
        "",
        ...heading(
          w,
          3,
          w.t("heading.area", {
            role: { kind: "term", vocabulary: "focusRole", value: f.role },
            area: { kind: "term", vocabulary: "problemArea", value: f.area },
          }),
        ),
      );
    group = key;
    out.push(itemLine(w, it, s.kind === "safety" ? i + 1 : undefined));
  });
  out.push("");
  return out;
};

const measurementLines = (w: Writer, m: readonly MeasurementEntry[]): string[] => {
  const out = heading(w, 2, w.t("heading.measurement"));
  const rows = m.map((e) => [
    INSTRUMENT_NAMES[e.instrument],
    formatNumberList(e.sessions, w.r),
    renderParam({ kind: "term", vocabulary: "measureRule", value: e.rule }, w.r, w.md),
    evidenceText(w, e.evidence),
    `[${w.cite(e.source)}]`,
  ]);
  const head = [
    w.t("render.col.instrument"),
    w.t("render.col.sessions"),
    w.t("render.col.rule"),
    w.t("render.col.evidence"),
    w.t("render.col.source"),
  ];
  if (w.md) {
    out.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
    for (const row of rows) out.push(`| ${row.join(" | ")} |`);
  } else {
    for (const row of rows) out.push(`  - ${row[0]}: ${row[1]} (${row[2]}; ${row[3]}; ${row[4]})`);
  }
  out.push("");
  return out;
};

/**
 * Render a treatment plan in a locale, as Markdown (default) or plain text: a header with
 * the case, format, dosage and focus; the safety step first when there is one; each phase
 * with its session numbers and items (area items grouped under the primary and secondary
 * focus); the adaptation notes; the measurement schedule; and the sources, numbered in order
 * of first use. Each item shows whether its fact was found in its source or is not verified.
 *
 * Labels from the case are inserted verbatim (escaped for Markdown), or, for a person with a
 * name in `options.displayLabels` (by relationship id), that name instead: an app can show
 * real names while the case and the plan keep pseudonymous labels. Dates are formatted at
 * their precision and numbers with `Intl` in the locale, in UTC. An unknown locale falls
 * back to English; a locale in `options.locales` may be partial (missing messages fall back
 * to English).
 *
 * Pure and deterministic: the same plan and options give the same text.
 *
 * @param plan - a plan from `planTreatment` (`ipt-formulation/plan`)
 * @param options - the locale, an optional locale table, `as: "markdown" | "text"`, and display names
 * @returns the rendered plan, ending with a newline
 *
 * @example
 * // The first line in Spanish
 * renderPlan(plan, { locale: "es", locales: registerLocale(DEFAULT_LOCALES, ES) }).split("\n")[0]
 * //=> "# Plan de tratamiento TIP (borrador)"
 *
 * @example
 * // Plain text instead of Markdown
 * renderPlan(plan, { locale: "en", as: "text" }).split("\n")[0]
 * //=> "IPT TREATMENT PLAN (DRAFT)"
 *
 * @example
 * // A display name in place of the stored label (the dispute sample: "Husband")
 * const text = renderPlan(planTreatment(formulate(disputeCase), disputeCase), { locale: "en", displayLabels: { husband: "Carlos Díaz" } });
 * [text.includes("Carlos Díaz"), text.includes("Husband")]
 * //=> [true, false]
 *
 * @category Plan
 */
export function renderPlan(plan: TreatmentPlan, options: RenderOptions): string {
  const r = resolveLocale(options.locale, options.locales ?? DEFAULT_LOCALES, EN);
  const w = writer(r, (options.as ?? "markdown") === "markdown", options.displayLabels);
  const tr = plan.treatment;
  const term = (
    vocabulary: "problemArea" | "format" | "frequency" | "population" | "condition",
    value: string,
  ) => ({ kind: "term", vocabulary, value }) as const;
  const num = (value: number) => ({ kind: "number", value }) as const;
  const out: string[] = heading(w, 1, w.t("heading.plan"));
  out.push(w.md ? `> ${w.t("render.draft-note")}` : w.t("render.draft-note"), "");
  const facts: string[] = [
    plan.caseId === undefined
      ? w.t("render.case-no-id", { date: { kind: "date", value: plan.assessedOn } })
      : w.t("render.case", {
          caseId: { kind: "label", value: plan.caseId },
          date: { kind: "date", value: plan.assessedOn },
        }),
    w.t("render.population", {
      population: term("population", plan.population),
      condition: term("condition", plan.condition),
    }),
    `${
      tr.format === "group"
        ? w.t("render.format-group", {
            format: term("format", tr.format),
            pre: num(tr.preGroupSessions),
            count: num(tr.sessions),
          })
        : w.t("render.format", {
            format: term("format", tr.format),
            count: num(tr.sessions),
            frequency: term("frequency", tr.frequency),
          })
    } ${w.md ? "*" : ""}(${evidenceText(w, tr.evidence)}; [${w.cite(tr.source)}])${w.md ? "*" : ""}`,
  ];
  if (tr.parentSessions > 0)
    facts.push(w.t("render.parent-sessions", { count: num(tr.parentSessions) }));
  if (tr.requestedSessions !== undefined)
    facts.push(w.t("render.sessions-adjusted", { count: num(tr.sessions) }));
  facts.push(
    plan.focus.secondary === undefined
      ? w.t("render.focus", { area: term("problemArea", plan.focus.primary) })
      : w.t("render.focus-secondary", {
          area: term("problemArea", plan.focus.primary),
          secondary: term("problemArea", plan.focus.secondary),
        }),
  );
  out.push(...facts.map((x) => (w.md ? `- ${x}` : `  ${x}`)), "");
  for (const s of plan.sections) out.push(...sectionLines(w, s));
  out.push(...heading(w, 2, w.t("heading.adaptations")));
  if (plan.adaptations.length === 0)
    out.push(w.md ? `- ${w.t("render.no-adaptations")}` : `  ${w.t("render.no-adaptations")}`);
  for (const it of plan.adaptations) out.push(itemLine(w, it, undefined));
  out.push("");
  out.push(...measurementLines(w, plan.measurement));
  out.push(...heading(w, 2, w.t("heading.sources")));
  w.sources.forEach((s, i) => {
    out.push(w.md ? `${i + 1}. ${s}` : `  [${i + 1}] ${s}`);
  });
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
