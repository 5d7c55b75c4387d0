/**
 * The plan and statement a clinician reads, word for word, for every format, every branch of
 * the area details and every caution, in English and Spanish (the samples are in
 * tests/plan/golden.test.ts). Review a change here as a text diff: it is a change of what the
 * clinician reads.
 */
import { type Case, type Formulation, formulate, LIFE_EVENT_KINDS } from "ipt-formulation";
import { planTreatment } from "ipt-formulation/plan";
import { draftFormulationStatement, renderPlan } from "ipt-formulation/plan/text";
import { describe, expect, it } from "vitest";
import { caseOf, evidence, LOCALES, scenarios, withEvidence } from "./support.js";

const LOCALE_IDS = ["en", "es"] as const;

describe("catalogue of plans", () => {
  for (const locale of LOCALE_IDS)
    it(`every format, area branch and caution (${locale})`, async () => {
      const doc = scenarios().flatMap(({ name, c, f, options }) => [
        `<!-- scenario: ${name} -->`,
        "",
        renderPlan(planTreatment(f, c, options), { locale, locales: LOCALES }),
        "---",
        "",
        draftFormulationStatement(f, c, { locale, locales: LOCALES, ...options }).text,
        "",
      ]);
      await expect(doc.join("\n")).toMatchFileSnapshot(`./__snapshots__/catalogue.${locale}.md`);
    });

  it("plain text: no Markdown, upper-case title, bracketed sources (en)", async () => {
    const doc = scenarios()
      .slice(0, 3)
      .map(({ c, f, options }) =>
        renderPlan(planTreatment(f, c, options), { locale: "en", as: "text" }),
      );
    await expect(doc.join("\n---\n\n")).toMatchFileSnapshot("./__snapshots__/catalogue.en.txt");
  });
});

/** The level-2 sections of a rendered plan, without their leading `## `. */
const sections = (md: string): string[] =>
  md
    .split("\n## ")
    .slice(1)
    .map((x) => x.trim());

/** A transition focus on a single life event of the given kind. */
const transitionOn = (kind: string): { c: Case; f: Formulation } => {
  const c = caseOf({
    lifeEvents: [{ id: "e", kind, date: "2025-09-20", distress: 4, adjusted: false }],
  });
  const source = { kind: "life-event", lifeEventId: "e", relationshipIds: [] } as const;
  return {
    c,
    f: withEvidence(formulate(c), "role-transition", [evidence("role-transition", source)]),
  };
};

describe("catalogue of conditions, populations and life events", () => {
  for (const locale of LOCALE_IDS)
    it(`each condition's statement and notes, each population's notes, each event's roles (${locale})`, async () => {
      const lines: string[] = [];
      for (const condition of [
        "depression",
        "persistent-depression",
        "bipolar",
        "bulimia",
        "binge-eating",
        "substance-use",
        "anxiety",
        "ptsd",
        "other",
      ])
        for (const population of ["adult", "adolescent", "older-adult", "perinatal"]) {
          const c = caseOf({ condition, population });
          const f = formulate(c);
          const md = renderPlan(planTreatment(f, c), { locale, locales: LOCALES });
          lines.push(
            `### ${condition} / ${population}`,
            "",
            ...md
              .split("\n")
              .filter((l) => l.startsWith("- "))
              .slice(0, 3),
            `## ${sections(md).at(-3)}`,
            "",
            draftFormulationStatement(f, c, { locale, locales: LOCALES }).text,
            "",
          );
        }
      for (const kind of LIFE_EVENT_KINDS) {
        const { c, f } = transitionOn(kind);
        lines.push(
          `### ${kind}`,
          "",
          (
            sections(renderPlan(planTreatment(f, c), { locale, locales: LOCALES })).find((x) =>
              x.includes("### "),
            ) ?? ""
          ).trim(),
          draftFormulationStatement(f, c, { locale, locales: LOCALES }).text,
          "",
        );
      }
      await expect(lines.join("\n")).toMatchFileSnapshot(
        `./__snapshots__/catalogue-terms.${locale}.md`,
      );
    });
});
