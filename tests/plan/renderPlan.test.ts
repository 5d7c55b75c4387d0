import { formulate } from "ipt-formulation";
import { PLAN_FORMATS, planTreatment } from "ipt-formulation/plan";
import { renderPlan } from "ipt-formulation/plan/text";
import { describe, expect, it } from "vitest";
import { caseOf, LOCALES, SAMPLES, sample, suicidalCase } from "./support.js";

describe("renderPlan", () => {
  it("puts the safety step first, before the opening phase, in both locales", () => {
    const c = suicidalCase();
    const p = planTreatment(formulate(c), c);
    const en = renderPlan(p, { locale: "en" });
    const headings = en.split("\n").filter((l) => l.startsWith("## "));
    expect(headings[0]).toBe("## Safety first");
    expect(headings[1]).toBe("## Opening phase (sessions 1–3)");
    expect(en).toContain("1. Before anything else: assess the risk of suicide now");
    const es = renderPlan(p, { locale: "es", locales: LOCALES });
    expect(es.split("\n").filter((l) => l.startsWith("## "))[0]).toBe("## Primero, la seguridad");
    expect(es).toContain("evalúe ahora el riesgo de suicidio");
  });

  it("labels session spans by series: one, a range, pre-group and group", () => {
    const c = sample("grief-mother");
    const g = renderPlan(planTreatment(formulate(c), c, { format: "group" }), { locale: "en" });
    expect(g).toContain("## Pre-group phase (individual pre-group session 1)");
    expect(g).toContain("## Opening phase (group session 1)");
    expect(g).toContain("## Middle phase (group sessions 2–7)");
    expect(g).toContain("individual pre-group sessions (1), then 8 weekly group sessions");
    const teen = caseOf({ population: "adolescent" });
    const t = renderPlan(planTreatment(formulate(teen), teen, { format: "group" }), {
      locale: "es",
      locales: LOCALES,
    });
    expect(t).toContain("## Fase previa al grupo (sesiones individuales previas al grupo 1–2)");
  });

  it("shows parent sessions, an adjusted session count, a secondary focus", () => {
    const teen = caseOf({ population: "adolescent" });
    const t = renderPlan(planTreatment(formulate(teen), teen, { sessions: 40 }), { locale: "en" });
    expect(t).toContain("- Parent sessions: 2 (IPT-A plans 1 to 3).");
    expect(t).toContain("outside this format's range; 16 are planned.");
    const d = sample("divorce-dispute-and-transition");
    const md = renderPlan(planTreatment(formulate(d), d), { locale: "en" });
    expect(md).toMatch(
      /- Focus: role (dispute|transition), with role (dispute|transition) as a secondary focus\./,
    );
    expect(md).toContain("### Primary focus:");
    expect(md).toContain("### Secondary focus:");
  });

  it("marks each item's evidence and numbers its source", () => {
    const c = sample("grief-mother");
    const md = renderPlan(planTreatment(formulate(c), c), { locale: "en" });
    expect(md).toContain("- Goal: facilitate mourning. *(found in source; [");
    expect(md).toContain("- Explore avoided feelings, guilt and anger included. *(not verified; [");
    const sources = md.slice(md.indexOf("## Sources"));
    const refs = [...md.matchAll(/\[(\d+)\]\)\*/g)].map((m) => Number(m[1]));
    for (const n of refs) expect(sources).toContain(`\n${n}. `);
    expect(md).toContain(
      "| PHQ-9 | 1, 5, 9, and 12 | every 4 sessions and at the last | found in source |",
    );
  });

  it("without a case id, and with no adaptation notes", () => {
    const c = caseOf({});
    const md = renderPlan(planTreatment(formulate(c), c), { locale: "en" });
    expect(md).toContain("- Assessed January 12, 2026.");
    expect(md).toContain("- No adaptation notes for this condition and population.");
    const text = renderPlan(planTreatment(formulate(c), c), { locale: "en", as: "text" });
    expect(text).toContain("  No adaptation notes for this condition and population.");
  });

  it("plain text has no Markdown syntax", () => {
    const c = sample("dispute-partner");
    const text = renderPlan(planTreatment(formulate(c), c), { locale: "en", as: "text" });
    expect(text.split("\n")[0]).toBe("IPT TREATMENT PLAN (DRAFT)");
    expect(text).not.toMatch(/^#/m);
    expect(text).not.toContain("|---");
    expect(text).toContain(
      "  - PHQ-9: 1, 5, 9, and 12 (every 4 sessions and at the last; found in source; [",
    );
    expect(text).toMatch(/\n {2}\[1\] /);
  });

  it("leaves no placeholder unfilled, in any sample, format or locale", () => {
    for (const c of SAMPLES.values())
      for (const format of PLAN_FORMATS)
        for (const locale of ["en", "es"]) {
          const p = planTreatment(formulate(c), c, { format });
          expect(renderPlan(p, { locale, locales: LOCALES })).not.toMatch(/\{[A-Za-z]+\}/);
          expect(renderPlan(p, { locale, locales: LOCALES, as: "text" })).not.toMatch(
            /\{[A-Za-z]+\}/,
          );
        }
  });

  it("is deterministic and ends with a newline", () => {
    const c = sample("perinatal-birth");
    const p = planTreatment(formulate(c), c);
    const a = renderPlan(p, { locale: "es", locales: LOCALES });
    expect(renderPlan(JSON.parse(JSON.stringify(p)), { locale: "es", locales: LOCALES })).toBe(a);
    expect(a.endsWith("\n")).toBe(true);
    expect(a.endsWith("\n\n")).toBe(false);
  });
});
