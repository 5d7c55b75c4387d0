/**
 * docs/plan.md's worked example is the current output: each marked block is regenerated
 * and compared.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formulate } from "ipt-formulation";
import { planTreatment } from "ipt-formulation/plan";
import { draftFormulationStatement, renderPlan } from "ipt-formulation/plan/text";
import { expect, it } from "vitest";
import { LOCALES, sample } from "./support.js";

const doc = readFileSync(fileURLToPath(new URL("../../docs/plan.md", import.meta.url)), "utf8");

const block = (marker: string): string => {
  const at = doc.indexOf(`<!-- ${marker} -->`);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const open = doc.indexOf("\n", doc.indexOf("````", at)) + 1;
  const close = doc.indexOf("\n````", open);
  return doc.slice(open, close);
};

it("the worked example in docs/plan.md matches renderPlan and draftFormulationStatement", () => {
  const c = sample("dispute-partner");
  const f = formulate(c);
  const plan = planTreatment(f, c);
  for (const locale of ["en", "es"]) {
    expect(block(`worked-example:plan:${locale}`)).toBe(
      renderPlan(plan, { locale, locales: LOCALES }).trimEnd(),
    );
    const s = draftFormulationStatement(f, c, { locale, locales: LOCALES });
    expect(block(`worked-example:statement:${locale}`)).toBe(`${s.note}\n\n${s.text}`);
  }
});
