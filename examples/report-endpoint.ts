/**
 * docs/report.md, "One call": a server's whole report on a case, in Spanish, with the
 * patient's real name shown while the stored case keeps its pseudonymous label (the region
 * below is printed in the guide; tests/docs/snippets.test.ts fails when the two differ),
 * then the checks of what it gives.
 */
import assert from "node:assert/strict";
import { SAMPLE_CASES } from "ipt-formulation/samples";

const body: unknown = SAMPLE_CASES["grief-mother"].case; // the request's JSON body

// #region snippet
import { remapIssues } from "ipt-formulation/intake";
import { buildReport } from "ipt-formulation/report";

const result = buildReport(body, { locale: "es", displayLabels: { mother: "Ana Souza" } });
if (result._tag === "Left") {
  // 422: every issue at once, with the app's own field names; nothing from the input is echoed.
  const { issues } = remapIssues(result.left, { "relationships[]": "people[]" });
  console.log(JSON.stringify({ status: 422, issues }));
} else {
  const { formulation, explanation, planMarkdown, statement, pictures } = result.right;
  console.log(formulation.focus.primary); // "grief"
  console.log(statement.text.slice(0, 32)); // "Lo que usted está viviendo es un"
  // explanation (English), planMarkdown and statement.text name "Ana Souza", never "Mother";
  // pictures.circle, .timeline and .focus are SVG documents with ids that never collide.
  void [explanation, planMarkdown, pictures];
}
// #endregion snippet

assert.equal(result._tag, "Right");
if (result._tag === "Right") {
  const r = result.right;
  assert.equal(r.formulation.focus.primary, "grief");
  assert.equal(r.locale, "es");
  assert.equal(r.statement.text.slice(0, 32), "Lo que usted está viviendo es un");
  for (const text of [r.explanation, r.planMarkdown, r.statement.text, r.pictures.circle]) {
    assert.ok(text.includes("Ana Souza"));
    assert.ok(!/\bMother\b/.test(text));
  }
}

const refused = buildReport({
  format: "ipt-case/1",
  assessedOn: "2026-01-12",
  episode: {},
  relationships: [{ id: "p1", label: "Jane Doe", role: "friend", circle: "far" }],
  lifeEvents: [],
});
assert.equal(refused._tag, "Left");
if (refused._tag === "Left") {
  const { issues } = remapIssues(refused.left, { "relationships[]": "people[]" });
  assert.deepEqual(
    issues.map((i) => [i.code, i.path]),
    [
      ["invalid-value", "people[0].circle"],
      ["required", "people[0].status"],
    ],
  );
  assert.ok(!JSON.stringify(issues).includes("Jane"));
}
