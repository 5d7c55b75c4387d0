import { formulate } from "ipt-formulation";
import { type PlanLocale, planTreatment } from "ipt-formulation/plan";
import { ES } from "ipt-formulation/plan/es";
import {
  DEFAULT_LOCALES,
  EN,
  EN_MESSAGES,
  placeholdersOf,
  registerLocale,
  renderPlan,
} from "ipt-formulation/plan/text";
import { describe, expect, it } from "vitest";
import {
  escapeMarkdown,
  formatPartialDate,
  interpolate,
  resolveLocale,
} from "../../src/plan/text/locale.js";
import { caseOf, LOCALES, sample } from "./support.js";

const sorted = (o: object): string[] => Object.keys(o).sort();

describe("the built-in locales", () => {
  it("es has exactly the keys of en, with the same placeholders", () => {
    expect(sorted(ES.messages)).toEqual(sorted(EN_MESSAGES));
    for (const [key, en] of Object.entries(EN.messages)) {
      const es = (ES.messages as Record<string, string>)[key] ?? "";
      expect([...placeholdersOf(es)].sort(), key).toEqual([...placeholdersOf(en)].sort());
    }
  });

  it("es has every term of en", () => {
    for (const [vocab, table] of Object.entries(EN.terms))
      expect(sorted((ES.terms as unknown as Record<string, object>)[vocab] ?? {}), vocab).toEqual(
        sorted(table),
      );
  });

  it("the old and new roles of a transition come from the event kind", () => {
    expect([EN.terms.oldRole.birth, EN.terms.newRole.birth]).toEqual([
      "life before the baby",
      "parenthood",
    ]);
    expect([EN.terms.oldRole.retirement, EN.terms.newRole.retirement]).toEqual([
      "working life",
      "retirement",
    ]);
    expect(ES.terms.oldRole.birth).toBe("la vida antes del bebé");
  });

  it("the built-in table is frozen and holds en; Spanish is added from its own subpath", () => {
    expect(Object.keys(DEFAULT_LOCALES)).toEqual(["en"]);
    expect(Object.isFrozen(DEFAULT_LOCALES)).toBe(true);
    expect(Object.keys(LOCALES)).toEqual(["en", "es"]);
    expect(LOCALES.es).toBe(ES);
  });

  it("without the Spanish locale in the table, es falls back to English", () => {
    const c = sample("grief-mother");
    const p = planTreatment(formulate(c), c);
    expect(renderPlan(p, { locale: "es" })).toBe(renderPlan(p, { locale: "en" }));
  });
});

describe("registerLocale", () => {
  const pt: PlanLocale = {
    ...EN,
    id: "pt",
    messages: { ...EN.messages, "heading.plan": "Plano de tratamento IPT (rascunho)" },
  };

  it("returns a new table and leaves the old one alone", () => {
    const table = registerLocale(LOCALES, pt);
    expect(Object.keys(table)).toEqual(["en", "es", "pt"]);
    expect("pt" in LOCALES).toBe(false);
    expect("pt" in DEFAULT_LOCALES).toBe(false);
    const c = sample("grief-mother");
    const text = renderPlan(planTreatment(formulate(c), c), { locale: "pt-BR", locales: table });
    expect(text.split("\n")[0]).toBe("# Plano de tratamento IPT (rascunho)");
    // Intl formats with the requested tag: a Portuguese date
    expect(text).toContain("12 de janeiro de 2026");
  });

  it("a partial locale falls back to English messages and terms", () => {
    const partial = {
      id: "xx",
      messages: { "heading.plan": "XX plan" },
      terms: { problemArea: { grief: "xx-grief" } },
    } as unknown as PlanLocale;
    const table = registerLocale(DEFAULT_LOCALES, partial);
    const c = sample("grief-mother");
    const text = renderPlan(planTreatment(formulate(c), c), { locale: "xx", locales: table });
    expect(text).toContain("# XX plan");
    expect(text).toContain("Focus: xx-grief.");
    expect(text).toContain("weekly");
  });
});

describe("resolving a locale", () => {
  it("exact id, then language subtag, then English; Intl uses the requested tag", () => {
    const r = (tag: string) => {
      const x = resolveLocale(tag, LOCALES, EN);
      return [x.locale.id, x.intl];
    };
    expect(r("es")).toEqual(["es", "es"]);
    expect(r("es-MX")).toEqual(["es", "es-MX"]);
    expect(r("ES-mx")).toEqual(["es", "es-MX"]);
    expect(r("fr")).toEqual(["en", "en"]);
    expect(r("not a tag!")).toEqual(["en", "en"]);
    expect(r("")).toEqual(["en", "en"]);
  });

  it("an empty table still resolves to English", () => {
    expect(resolveLocale("es", {}, EN).locale.id).toBe("en");
  });

  it("a custom locale registered under a non-canonical id is still found", () => {
    const table = registerLocale(DEFAULT_LOCALES, { ...EN, id: "en-us" });
    expect(resolveLocale("en-us", table, EN)).toMatchObject({
      locale: { id: "en-us" },
      intl: "en-US",
    });
  });

  it("an English entry with an invalid id formats with en", () => {
    const table = { en: { ...EN, id: "not a tag!" } };
    expect(resolveLocale("fr", table, EN)).toMatchObject({ intl: "en" });
  });

  it("inherited object keys are not locales", () => {
    expect(resolveLocale("constructor", DEFAULT_LOCALES, EN).locale.id).toBe("en");
  });
});

describe("formatting", () => {
  const en = resolveLocale("en", DEFAULT_LOCALES, EN);
  const es = resolveLocale("es", LOCALES, EN);

  it("partial dates at their precision, in UTC", () => {
    expect(formatPartialDate("2025", "en")).toBe("2025");
    expect(formatPartialDate("2025-09", "en")).toBe("September 2025");
    expect(formatPartialDate("2025-09-01", "en")).toBe("September 1, 2025");
    expect(formatPartialDate("2025-09", "es")).toBe("septiembre de 2025");
    expect(formatPartialDate("2025-09-01", "es")).toBe("1 de septiembre de 2025");
    expect(formatPartialDate("0099", "en")).toBe("99");
    expect(formatPartialDate("not-a-date", "en")).toBe("not-a-date");
  });

  it("placeholders are filled in one pass; unknown ones stay; labels are never re-expanded", () => {
    const out = interpolate(
      "{person} / {missing} / {n}",
      { person: { kind: "label", value: "{n}" }, n: { kind: "number", value: 1234.5 } },
      en,
      false,
    );
    expect(out).toBe("{n} / {missing} / 1,234.5");
    expect(interpolate("{n}", { n: { kind: "number", value: 1234.5 } }, es, false)).toBe("1234,5");
  });

  it("lists of labels use the locale's conjunction", () => {
    const p = { person: { kind: "labels", value: ["A", "B", "C"] } } as const;
    expect(interpolate("{person}", p, en, false)).toBe("A, B, and C");
    expect(interpolate("{person}", p, es, false)).toBe("A, B y C");
  });

  it("an unknown term value is shown as it is", () => {
    expect(
      interpolate("{x}", { x: { kind: "term", vocabulary: "flag", value: "new-flag" } }, en, false),
    ).toBe("new-flag");
  });

  it("labels are escaped for Markdown, line breaks folded", () => {
    expect(escapeMarkdown("A*B_[c]|#\nd")).toBe("A\\*B\\_\\[c\\]\\|\\# d");
    const c = caseOf({
      relationships: [
        {
          id: "x",
          label: "**Bob** | <b>",
          role: "spouse",
          circle: "inner",
          status: "active",
          conflict: 4,
          disputeStage: "impasse",
          expectationsReciprocal: false,
          conflictSince: "2025-08",
        },
      ],
    });
    const md = renderPlan(planTreatment(formulate(c), c), { locale: "en" });
    expect(md).toContain("with \\*\\*Bob\\*\\* \\| \\<b\\>, at the impasse stage");
    const text = renderPlan(planTreatment(formulate(c), c), { locale: "en", as: "text" });
    expect(text).toContain("with **Bob** | <b>, at the impasse stage");
  });
});
