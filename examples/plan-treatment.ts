/**
 * Plan IPT for a case and draft the formulation statement, in English and Spanish:
 * decode, formulate, plan (`ipt-formulation/plan`), render (`ipt-formulation/plan/text`),
 * with the Spanish locale added from `ipt-formulation/plan/es`. Checks its own output.
 */
import assert from "node:assert/strict";
import { decodeCase, formulate } from "ipt-formulation";
import { planTreatment } from "ipt-formulation/plan";
import { ES } from "ipt-formulation/plan/es";
import {
  DEFAULT_LOCALES,
  draftFormulationStatement,
  registerLocale,
  renderPlan,
} from "ipt-formulation/plan/text";

const decoded = decodeCase({
  format: "ipt-case/1",
  id: "example-dispute",
  assessedOn: "2026-02-03",
  episode: { onset: "2025-09" },
  relationships: [
    {
      id: "husband",
      label: "Husband",
      role: "spouse",
      circle: "inner",
      status: "active",
      conflict: 4,
      conflictSince: "2025-05",
      expectationsReciprocal: false,
      disputeStage: "impasse",
    },
  ],
  lifeEvents: [],
});
if (decoded._tag === "Left") throw new Error(decoded.left.message);
const c = decoded.right;
const f = formulate(c);

// The plan is plain data: phases with session numbers, items with sources and evidence markers.
const plan = planTreatment(f, c);
assert.equal(plan.status, "draft");
assert.deepEqual(
  plan.sections.map((s) => [s.kind, s.span?.from, s.span?.to]),
  [
    ["opening", 1, 3],
    ["middle", 4, 9],
    ["ending", 10, 12],
  ],
);
assert.deepEqual(plan.areas[0], {
  area: "role-dispute",
  focusRole: "primary",
  person: { id: "husband", label: "Husband" },
  stage: "impasse",
  jointSession: true,
});
assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);

// Rendered in a locale, as Markdown. English is built in; Spanish is added to the table.
const locales = registerLocale(DEFAULT_LOCALES, ES);
const en = renderPlan(plan, { locale: "en" });
assert.ok(en.startsWith("# IPT treatment plan (draft)\n"));
assert.ok(en.includes("Consider a joint session with Husband"));
const es = renderPlan(plan, { locale: "es", locales });
assert.ok(es.includes("La disputa: con Husband, en la fase de estancamiento."));

// The statement names the case's own people, and is a draft with a visible note.
const statement = draftFormulationStatement(f, c, { locale: "en" });
assert.equal(statement.status, "draft");
assert.ok(statement.text.includes("connected to the conflict with Husband."));
assert.ok(statement.text.includes("Over the next 12 weeks"));
assert.ok(statement.note.startsWith("DRAFT"));
const brief = draftFormulationStatement(f, c, { locale: "es", locales, format: "brief" });
assert.ok(brief.text.includes("Durante las próximas 8 semanas"));

console.log(statement.text);
