/**
 * Properties over generated cases: the statement names only people of the case (sentinel
 * labels planted in every relationship), and plans are plain, deterministic data.
 */
import fc from "fast-check";
import { type CaseInput, formulate } from "ipt-formulation";
import { PLAN_FORMATS, planTreatment } from "ipt-formulation/plan";
import { draftFormulationStatement, renderPlan } from "ipt-formulation/plan/text";
import { describe, expect, it } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";
import { decoded, LOCALES } from "./support.js";

const SENTINEL = /⟦L\d+⟧/g;

/** Replace every relationship label with a unique sentinel `⟦L<i>⟧`. */
const plant = (input: CaseInput): CaseInput => ({
  ...input,
  relationships: input.relationships.map((r, i) => ({ ...r, label: `⟦L${i}⟧` })),
});

describe("properties", () => {
  it("the statement names only labels of the case, exactly those of the people it lists", () => {
    fc.assert(
      fc.property(arbValidCase({ maxRelationships: 6, maxEvents: 6 }), (input) => {
        const c = decoded(plant(input));
        const f = formulate(c);
        const labels = new Set(c.relationships.map((r) => r.label));
        for (const locale of ["en", "es"]) {
          const s = draftFormulationStatement(f, c, { locale, locales: LOCALES });
          const named = s.text.match(SENTINEL) ?? [];
          for (const l of named) expect(labels.has(l)).toBe(true);
          expect(new Set(named)).toEqual(new Set(s.people.map((p) => p.label)));
          for (const p of s.people)
            expect(c.relationships.find((r) => r.id === p.id)?.label).toBe(p.label);
          // Nothing else looks like a label: no stray sentinel brackets.
          expect(s.text.replace(SENTINEL, "")).not.toMatch(/[⟦⟧]/);
          for (const id of s.lifeEventIds) expect(c.lifeEvents.some((e) => e.id === id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("plans name only people of the case, by id and label", () => {
    fc.assert(
      fc.property(arbValidCase(), fc.constantFrom(...PLAN_FORMATS), (input, format) => {
        const c = decoded(plant(input));
        const p = planTreatment(formulate(c), c, { format });
        const byId = new Map(c.relationships.map((r) => [r.id, r.label]));
        for (const a of p.areas) {
          const people =
            a.area === "grief"
              ? a.deceased
              : a.area === "role-dispute" || a.area === "role-transition"
                ? a.person === undefined
                  ? []
                  : [a.person]
                : [];
          for (const person of people) expect(byId.get(person.id)).toBe(person.label);
        }
        const md = renderPlan(p, { locale: "en" });
        for (const l of md.match(SENTINEL) ?? []) expect([...byId.values()]).toContain(l);
      }),
      { numRuns: 150 },
    );
  });

  it("plans and statements are deterministic, JSON-safe, and render without gaps", () => {
    fc.assert(
      fc.property(
        arbValidCase({ text: "ascii" }),
        fc.constantFrom(...PLAN_FORMATS),
        fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined }),
        (input, format, sessions) => {
          const c = decoded(input);
          const f = formulate(c);
          const options = sessions === undefined ? { format } : { format, sessions };
          const p = planTreatment(f, c, options);
          expect(JSON.parse(JSON.stringify(p))).toEqual(p);
          expect(planTreatment(f, c, options)).toEqual(p);
          const total = p.sections.find((s) => s.kind === "ending")?.span?.to;
          expect(total).toBe(p.treatment.sessions);
          if (p.sections.length > 0 && f.flags.some((x) => x.severity === "urgent"))
            expect(p.sections[0]?.kind).toBe("safety");
          for (const locale of ["en", "es"]) {
            expect(renderPlan(p, { locale, locales: LOCALES })).not.toMatch(/\{[A-Za-z]+\}/);
            const s = draftFormulationStatement(f, c, { locale, locales: LOCALES, ...options });
            expect(JSON.parse(JSON.stringify(s))).toEqual(s);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
