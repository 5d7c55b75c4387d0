import { CONDITIONS, formulate } from "ipt-formulation";
import { draftFormulationStatement } from "ipt-formulation/plan/text";
import { describe, expect, it } from "vitest";
import { caseOf, DISSOLVED_PARTNER, LOCALES, refocus, SAMPLES, sample } from "./support.js";

const statement = (name: string, locale = "en", options = {}) => {
  const c = sample(name);
  return draftFormulationStatement(formulate(c), c, { locale, locales: LOCALES, ...options });
};

describe("the draft formulation statement", () => {
  it("grief: a treatable illness, the mother's death in the patient's own terms, 12 weeks", () => {
    const s = statement("grief-mother");
    expect(s).toMatchObject({
      format: "ipt-statement/1",
      status: "draft",
      locale: "en",
      focus: { primary: "grief" },
      people: [{ id: "mother", label: "Mother" }],
      lifeEventIds: ["mother-died"],
      timeFrame: { unit: "weeks", count: 12 },
    });
    expect(s.text).toBe(
      "What you have been going through is depression: a common illness that can be treated. It is not your fault. It seems to be connected to the death of Mother (August 30, 2025). Over the next 12 weeks we can work on this together; as this problem improves, you should start to feel better too. Does this fit the way you see it?",
    );
    expect(s.note).toMatch(/^DRAFT for the clinician/);
  });

  it("the same in Spanish", () => {
    const s = statement("grief-mother", "es");
    expect(s.locale).toBe("es");
    expect(s.text).toBe(
      "Lo que usted está viviendo es una depresión: una enfermedad frecuente que se puede tratar. No es culpa suya. Parece tener relación con la muerte de Mother (30 de agosto de 2025). Durante las próximas 12 semanas podemos trabajar juntos en esto; a medida que este problema mejore, debería empezar a sentirse mejor. ¿Le parece que esto encaja con su forma de verlo?",
    );
    expect(s.note).toMatch(/^BORRADOR para el clínico/);
  });

  it("dispute, transition and deficits are named in the case's people and events", () => {
    expect(statement("dispute-partner").text).toContain(
      "It seems to be connected to the conflict with Husband.",
    );
    expect(statement("dispute-partner").people).toEqual([{ id: "husband", label: "Husband" }]);
    expect(statement("transition-job-loss").text).toContain(
      "the change in your life since the loss of the job (November 2025), from working life in that job to life without that job.",
    );
    expect(statement("transition-job-loss").lifeEventIds).toEqual(["laid-off"]);
    expect(statement("perinatal-birth", "es").text).toContain(
      "desde el nacimiento del bebé (2 de octubre de 2025), de la vida antes del bebé a la maternidad o paternidad.",
    );
    expect(statement("deficits-isolation").text).toContain(
      "It seems to be connected to feeling isolated and having few close relationships.",
    );
    expect(statement("deficits-isolation").people).toEqual([]);
  });

  it("a secondary focus adds one sentence", () => {
    const s = statement("divorce-dispute-and-transition");
    expect(s.focus.secondary).toBeDefined();
    expect(s.text).toContain("It may also be connected to ");
    expect(s.text).toContain("Ex-wife");
    expect(statement("divorce-dispute-and-transition", "es").text).toContain(
      "También puede tener relación con ",
    );
  });

  it("the time frame follows the plan: 8 weeks of brief IPT, 6 of counselling, months of maintenance", () => {
    expect(statement("grief-mother", "en", { format: "brief" }).text).toContain("next 8 weeks");
    expect(statement("grief-mother", "en", { format: "counselling" }).text).toContain(
      "next 6 weeks",
    );
    expect(statement("grief-mother", "en", { sessions: 16 }).text).toContain("next 16 weeks");
    const m = statement("grief-mother", "es", { format: "maintenance", sessions: 12 });
    expect(m.timeFrame).toEqual({ unit: "months", count: 12 });
    expect(m.text).toContain("Durante los próximos 12 meses");
    const teen = caseOf({ population: "adolescent" });
    expect(draftFormulationStatement(formulate(teen), teen, { locale: "en" }).timeFrame).toEqual({
      unit: "weeks",
      count: 12,
    });
  });

  it("the clauses where the case names no one stay general", () => {
    const s = (
      parts: Record<string, unknown>,
      area?: "grief" | "role-dispute" | "role-transition",
    ) => {
      const c = caseOf(parts);
      const f = formulate(c);
      return draftFormulationStatement(area === undefined ? f : refocus(f, area), c, {
        locale: "en",
      });
    };
    expect(
      s({
        lifeEvents: [
          { id: "pl", kind: "pregnancy-loss", date: "2025-09", distress: 4, adjusted: false },
        ],
      }).text,
    ).toContain("connected to the loss of your pregnancy (September 2025).");
    expect(
      s({ lifeEvents: [{ id: "d", kind: "death", date: "2025", distress: 4, adjusted: false }] })
        .text,
    ).toContain("connected to a death in your life (2025).");
    const dead = s({
      relationships: [
        {
          id: "dad",
          label: "Father",
          role: "parent",
          circle: "inner",
          status: "deceased",
          conflict: 4,
        },
      ],
    });
    expect(dead.text).toContain("connected to the death of Father.");
    expect(dead.lifeEventIds).toEqual([]);
    // A death with no death event (no conflict): the person, no date, no event.
    const undated = s({
      relationships: [
        { id: "mum", label: "Mother", role: "parent", circle: "inner", status: "deceased" },
      ],
    });
    expect(undated.text).toContain("connected to the death of Mother.");
    expect(undated.people).toEqual([{ id: "mum", label: "Mother" }]);
    expect(undated.lifeEventIds).toEqual([]);
    expect(s({}, "grief").text).toContain("connected to a loss in your life.");
    expect(s({}, "role-dispute").text).toContain(
      "connected to a conflict in an important relationship.",
    );
    expect(s({}, "role-transition").text).toContain("connected to a recent change in your life.");
    const dissolved = s(
      {
        relationships: [DISSOLVED_PARTNER],
      },
      "role-transition",
    );
    expect(dissolved.text).toContain(
      "the end of your relationship with Partner P., from life as a couple to life after the separation.",
    );
  });

  it("several people who died are listed with the locale's conjunction", () => {
    const c = caseOf({
      relationships: [
        { id: "b", label: "Brother", role: "sibling", circle: "inner", status: "deceased" },
        { id: "a", label: "Aunt", role: "other-relative", circle: "middle", status: "deceased" },
      ],
      lifeEvents: [
        {
          id: "crash",
          kind: "death",
          date: "2025-09-03",
          relationshipIds: ["b", "a"],
          distress: 4,
          adjusted: false,
        },
      ],
    });
    const f = formulate(c);
    expect(draftFormulationStatement(f, c, { locale: "en" }).text).toContain(
      "the death of Aunt and Brother (September 3, 2025)",
    );
    expect(draftFormulationStatement(f, c, { locale: "es", locales: LOCALES }).text).toContain(
      "la muerte de Aunt y Brother (3 de septiembre de 2025)",
    );
  });

  it("names the condition in plain words, never adding a diagnosis", () => {
    for (const condition of CONDITIONS)
      for (const locale of ["en", "es"]) {
        const c = caseOf({ condition });
        const s = draftFormulationStatement(formulate(c), c, { locale, locales: LOCALES });
        expect(s.text).not.toMatch(/disorder|trastorno|DSM|diagnos|major|mayor/i);
        expect(s.text).toMatch(/not your fault|culpa suya/);
      }
  });

  it("is deterministic and survives a JSON round trip", () => {
    for (const c of SAMPLES.values())
      for (const locale of ["en", "es", "es-AR", "fr"]) {
        const f = formulate(c);
        const s = draftFormulationStatement(f, c, { locale, locales: LOCALES });
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
        expect(draftFormulationStatement(f, c, { locale, locales: LOCALES })).toEqual(s);
        expect(s.text).not.toMatch(/\{[A-Za-z]+\}/);
      }
  });
});
