/**
 * Add a locale without touching any global: registerLocale returns a new table, passed in
 * the options. Here a Portuguese table starts from the English one and overrides a few
 * messages; dates and numbers are formatted by Intl in Portuguese. Checks its own output.
 */
import assert from "node:assert/strict";
import { decodeCase, formulate } from "ipt-formulation";
import { type PlanLocale, planTreatment } from "ipt-formulation/plan";
import { DEFAULT_LOCALES, EN, registerLocale, renderPlan } from "ipt-formulation/plan/text";

const pt: PlanLocale = {
  ...EN,
  id: "pt",
  messages: {
    ...EN.messages,
    "heading.plan": "Plano de tratamento IPT (rascunho)",
    "render.case": "Caso {caseId}, avaliado em {date}.",
  },
};
const locales = registerLocale(DEFAULT_LOCALES, pt);
assert.equal("pt" in DEFAULT_LOCALES, false);

const decoded = decodeCase({
  format: "ipt-case/1",
  id: "example-grief",
  assessedOn: "2026-01-12",
  episode: { onset: "2025-10" },
  relationships: [
    { id: "mother", label: "Mother", role: "parent", circle: "inner", status: "deceased" },
  ],
  lifeEvents: [
    {
      id: "death",
      kind: "death",
      date: "2025-08-30",
      relationshipIds: ["mother"],
      distress: 4,
      adjusted: false,
    },
  ],
});
if (decoded._tag === "Left") throw new Error(decoded.left.message);
const c = decoded.right;
const text = renderPlan(planTreatment(formulate(c), c), { locale: "pt-BR", locales });
assert.ok(text.startsWith("# Plano de tratamento IPT (rascunho)\n"));
assert.ok(text.includes("- Caso example-grief, avaliado em 12 de janeiro de 2026."));
console.log(text.split("\n").slice(0, 8).join("\n"));
