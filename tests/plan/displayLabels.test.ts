/**
 * Display names in the plan's text (#15): an app shows real names while the case and the plan
 * keep the stored, pseudonymous labels. `renderPlan` and `draftFormulationStatement` take
 * `displayLabels` (by relationship id); without it their text is what it was.
 */
import type { Case, Formulation } from "ipt-formulation";
import { formulate } from "ipt-formulation";
import { type PlanParam, planTreatment, type TreatmentPlan } from "ipt-formulation/plan";
import { draftFormulationStatement, renderPlan } from "ipt-formulation/plan/text";
import { describe, expect, it } from "vitest";
import { caseOf, DISSOLVED_PARTNER, LOCALES, refocus, SAMPLES } from "./support.js";

/** A display name for every person of a case, unlike any stored label or message text. */
const namesFor = (c: Case): ReadonlyMap<string, string> =>
  new Map(c.relationships.map((r, i) => [r.id, `Zoë Q${i} Ávila`]));

/** The relationship ids of the people a plan's items name. */
const namedIn = (plan: TreatmentPlan): string[] => {
  const ids = new Set<string>();
  const visit = (p: PlanParam): void => {
    if (p.kind === "label" && p.relationshipId !== undefined) ids.add(p.relationshipId);
    if (p.kind === "labels") for (const id of p.relationshipIds ?? []) ids.add(id);
  };
  for (const s of plan.sections) for (const it of s.items) Object.values(it.params).forEach(visit);
  return [...ids].sort();
};

const labelOf = (c: Case, id: string): string =>
  c.relationships.find((r) => r.id === id)?.label ?? id;

/** A dispute in dissolution (the transition-out-of-a-relationship clause names the partner). */
const dissolved = (): { c: Case; f: Formulation } => {
  const c = caseOf({ relationships: [DISSOLVED_PARTNER] });
  return { c, f: refocus(formulate(c), "role-transition") };
};

/** Every sample, and the dissolved partner as a transition focus, in both locales. */
const CASES: readonly (readonly [string, () => { c: Case; f: Formulation }])[] = [
  ...[...SAMPLES.entries()].map(([name, c]) => [name, () => ({ c, f: formulate(c) })] as const),
  ["a transition out of a dissolved relationship", dissolved],
];
const TABLE = CASES.flatMap(([name, make]) =>
  (["en", "es"] as const).flatMap((locale) =>
    (["markdown", "text"] as const).map((as) => [name, locale, as, make] as const),
  ),
);

describe("renderPlan with display names", () => {
  it.each(TABLE)(
    "%s (%s, %s): shows the names, never the stored labels of those people",
    (_, locale, as, make) => {
      const { c, f } = make();
      const plan = planTreatment(f, c);
      const names = namesFor(c);
      const shown = renderPlan(plan, { locale, locales: LOCALES, as, displayLabels: names });
      const stored = renderPlan(plan, { locale, locales: LOCALES, as });
      for (const id of namedIn(plan)) {
        const label = labelOf(c, id);
        expect(stored).toContain(label);
        expect(shown).toContain(names.get(id));
        expect(shown).not.toContain(label);
      }
    },
  );

  it.each(TABLE)(
    "%s (%s, %s): unchanged without names, with no names, or names of nobody in it",
    (_, locale, as, make) => {
      const { c, f } = make();
      const plan = planTreatment(f, c);
      const base = renderPlan(plan, { locale, locales: LOCALES, as });
      expect(renderPlan(plan, { locale, locales: LOCALES, as, displayLabels: {} })).toBe(base);
      expect(
        renderPlan(plan, { locale, locales: LOCALES, as, displayLabels: { nobody: "N. N." } }),
      ).toBe(base);
    },
  );

  it("the names reach the middle phase of the samples that name people", () => {
    // Guards the table above: it checks something only where the plan names people.
    const named = [...SAMPLES.entries()].filter(
      ([, c]) => namedIn(planTreatment(formulate(c), c)).length > 0,
    );
    expect(named.map(([name]) => name)).toEqual(
      ["divorce-dispute-and-transition", "dispute-partner", "grief-mother"].sort(),
    );
  });

  it("escapes a name for Markdown like a stored label, and keeps it as written in text", () => {
    const { c, f } = dissolved();
    const plan = planTreatment(f, c);
    const displayLabels = { p: "Ana *Souza*" };
    expect(renderPlan(plan, { locale: "en", displayLabels })).toContain("Ana \\*Souza\\*");
    expect(renderPlan(plan, { locale: "en", as: "text", displayLabels })).toContain("Ana *Souza*");
  });

  it("accepts a Map or a record, and falls back to the stored label for an empty name", () => {
    const { c, f } = dissolved();
    const plan = planTreatment(f, c);
    const asMap = renderPlan(plan, { locale: "en", displayLabels: new Map([["p", "Ana"]]) });
    expect(renderPlan(plan, { locale: "en", displayLabels: { p: "Ana" } })).toBe(asMap);
    expect(renderPlan(plan, { locale: "en", displayLabels: { p: "" } })).toBe(
      renderPlan(plan, { locale: "en" }),
    );
  });

  it("the plan keeps the stored labels, with the ids the names are looked up by", () => {
    const { c, f } = dissolved();
    const item = planTreatment(f, c)
      .sections.flatMap((s) => s.items)
      .find((i) => i.key === "transition.detail-dissolution");
    expect(item?.params.person).toEqual({
      kind: "label",
      value: "Partner P.",
      relationshipId: "p",
    });
  });
});

describe("draftFormulationStatement with display names", () => {
  it.each(
    CASES.flatMap(([name, make]) => (["en", "es"] as const).map((l) => [name, l, make] as const)),
  )(
    "%s (%s): the text shows the names and never the stored labels; people keep the labels",
    (_, locale, make) => {
      const { c, f } = make();
      const names = namesFor(c);
      const stored = draftFormulationStatement(f, c, { locale, locales: LOCALES });
      const shown = draftFormulationStatement(f, c, {
        locale,
        locales: LOCALES,
        displayLabels: names,
      });
      for (const p of stored.people) {
        expect(stored.text).toContain(p.label);
        expect(shown.text).toContain(names.get(p.id));
        expect(shown.text).not.toContain(p.label);
      }
      expect(shown.people).toEqual(stored.people);
      expect({ ...shown, text: stored.text }).toEqual(stored);
      // Without names, or with none for these people: the text is unchanged.
      expect(
        draftFormulationStatement(f, c, { locale, locales: LOCALES, displayLabels: {} }),
      ).toEqual(stored);
    },
  );

  it("names two people who died in one list, each by their own name", () => {
    const c = caseOf({
      relationships: [
        { id: "m", label: "Mother", role: "parent", circle: "inner", status: "deceased" },
        { id: "f", label: "Father", role: "parent", circle: "inner", status: "deceased" },
      ],
      lifeEvents: [
        { id: "crash", kind: "death", date: "2025-09", relationshipIds: ["m", "f"], distress: 4 },
      ],
    });
    const s = draftFormulationStatement(formulate(c), c, {
      locale: "en",
      displayLabels: { m: "Ana", f: "Luis" },
    });
    expect(s.text).toContain("the death of Luis and Ana (September 2025)");
  });
});
