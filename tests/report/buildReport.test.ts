/**
 * ipt-formulation/report: one call gives exactly what the separate calls give, in one
 * locale and with one set of display names; invalid input gives the decoder's issues.
 */

import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { type Case, decodeCase, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { planTreatment } from "ipt-formulation/plan";
import { draftFormulationStatement, renderPlan } from "ipt-formulation/plan/text";
import { buildReport, REPORT_LOCALES, type ReportOptions } from "ipt-formulation/report";
import { SAMPLE_CASES, SAMPLE_NAMES } from "ipt-formulation/samples";
import { defineModel } from "ipt-formulation/scoring-model";
import { renderFocusChart, renderInterpersonalCircle, renderTimeline } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { arbCaseShapedJson } from "../arbitraries/json.js";

const decoded = (u: unknown): Case => {
  const r = decodeCase(u);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
};

const reportOf = (u: unknown, o: ReportOptions = {}) => {
  const r = buildReport(u, o);
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
};

describe("buildReport is the separate calls, in one", () => {
  const cases = SAMPLE_NAMES.flatMap((name) =>
    (["en", "es"] as const).map((locale) => [name, locale] as const),
  );

  it.each(cases)("%s in %s", (name, locale) => {
    const input = SAMPLE_CASES[name].case;
    const c = decoded(input);
    const f = formulate(c);
    const plan = planTreatment(f, c);
    const report = reportOf(input, { locale });
    expect(report.formulation).toEqual(f);
    expect(report.explanation).toBe(explainFormulation(f, { case: c }));
    expect(report.plan).toEqual(plan);
    expect(report.planMarkdown).toBe(renderPlan(plan, { locale, locales: REPORT_LOCALES }));
    expect(report.statement).toEqual(
      draftFormulationStatement(f, c, { locale, locales: REPORT_LOCALES }),
    );
    expect(report.locale).toBe(locale);
    expect(report.pictures).toEqual({
      circle: renderInterpersonalCircle(c, { formulation: f, idPrefix: "ipt-report-circle" }),
      timeline: renderTimeline(c, f, { idPrefix: "ipt-report-timeline" }),
      focus: renderFocusChart(f, { idPrefix: "ipt-report-focus" }),
    });
  });

  it("passes the model, the plan's format and the pictures' options on to every part", () => {
    const model = E.getOrElseW(() => {
      throw new Error("model");
    })(defineModel({ id: "wide", params: { focus: { margin: 0.3 } } }));
    const input = SAMPLE_CASES["grief-mother"].case;
    const c = decoded(input);
    const f = formulate(c, model);
    const report = reportOf(input, {
      model,
      format: "brief",
      tradition: "stuart-robertson",
      highlight: "none",
      idPrefix: "x",
    });
    expect(report.formulation.model.id).toBe("wide");
    expect(report.formulation).toEqual(f);
    expect(report.plan).toEqual(planTreatment(f, c, { format: "brief" }));
    expect(report.pictures.circle).toBe(
      renderInterpersonalCircle(c, {
        formulation: f,
        model,
        tradition: "stuart-robertson",
        highlight: "none",
        idPrefix: "x-circle",
      }),
    );
    expect(report.pictures.focus).toBe(
      renderFocusChart(f, { model, tradition: "stuart-robertson", idPrefix: "x-focus" }),
    );
  });

  it("an unknown locale falls back to English, and says so", () => {
    const report = reportOf(SAMPLE_CASES["dispute-partner"].case, { locale: "fr" });
    expect(report.locale).toBe("en");
    expect(report.statement.locale).toBe("en");
  });

  it("the three pictures' ids never collide on one page", () => {
    const { pictures } = reportOf(SAMPLE_CASES["grief-mother"].case);
    const ids = Object.values(pictures).flatMap((svg) =>
      [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("display names reach every part", () => {
  it("the stored label appears nowhere the display name is shown", () => {
    const input = SAMPLE_CASES["grief-mother"].case;
    const mother = input.relationships.find((r) => r.id === "mother");
    expect(mother?.label).toBe("Mother");
    const report = reportOf(input, { displayLabels: { mother: "Ana Souza" } });
    for (const [part, text] of [
      ["explanation", report.explanation],
      ["planMarkdown", report.planMarkdown],
      ["statement", report.statement.text],
      ["circle", report.pictures.circle],
      ["timeline", report.pictures.timeline],
    ] as const) {
      expect(text, part).toContain("Ana Souza");
      expect(text, part).not.toMatch(/\bMother\b/);
    }
    // The data keeps the case's pseudonymous labels.
    expect(JSON.stringify(report.formulation)).not.toContain("Ana Souza");
    expect(JSON.stringify(report.plan)).not.toContain("Ana Souza");
  });
});

describe("invalid input", () => {
  it("gives the decoder's error, every issue at once", () => {
    const bad = { format: "ipt-case/1", assessedOn: "2026-01", relationships: [{}] };
    const r = buildReport(bad);
    expect(r).toEqual(decodeCase(bad));
    expect(E.isLeft(r) && r.left.issues.length).toBeGreaterThan(1);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(arbCaseShapedJson(), (u) => {
        const r = buildReport(u);
        expect(r._tag === "Left" || r._tag === "Right").toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
