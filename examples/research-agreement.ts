/**
 * Cookbook: agreement with clinicians. Join clinicians' chosen problem areas (a CSV keyed
 * by case id) with the model's primary areas, then report percent agreement with its
 * Wilson interval, Cohen's kappa with its standard error and 95% interval, and the
 * confusion matrix.
 *
 * The "clinicians" here are simulated: the area each synthetic case was built around, with
 * one in eight ratings deliberately changed. With real data, read your own ratings file.
 */
import assert from "node:assert/strict";
import {
  cohenKappa,
  confusionMatrix,
  formulateMany,
  parseCsv,
  percentAgreement,
  synthesizeCase,
  toCsv,
  wilsonInterval,
} from "ipt-formulation/research";

const AREAS = ["grief", "role-dispute", "role-transition", "interpersonal-deficits"] as const;

// 1. 400 synthetic cases and a ratings CSV: case id, the clinician's area.
const cases = Array.from({ length: 400 }, (_, i) => {
  const s = synthesizeCase(i, { seed: 11 });
  if (s._tag === "Left") throw new Error(s.left.message);
  return s.right;
});
const ratingsCsv = toCsv(
  cases.map((s, i) => ({
    caseId: s.case.id ?? "",
    clinician: i % 8 === 3 ? AREAS[(AREAS.indexOf(s.pattern) + 1) % 4] : s.pattern,
  })),
  ["caseId", "clinician"],
);

// 2. Read the ratings back and join them with the model's primary area by case id.
const parsed = parseCsv(ratingsCsv);
if (parsed._tag === "Left") throw new Error(parsed.left.message);
const [header, ...records] = parsed.right;
assert.deepEqual(header, ["caseId", "clinician"]);
const clinicianById = new Map(records.map(([id, area]) => [id, area]));
const model: string[] = [];
const clinician: string[] = [];
for (const r of formulateMany(cases.map((s) => s.case))) {
  if (!r.ok) continue;
  const rating = clinicianById.get(r.formulation.caseId);
  if (rating === undefined || rating === "") continue;
  model.push(r.formulation.focus.primary);
  clinician.push(rating);
}
assert.equal(model.length, 400);

// 3. The statistics.
const p = percentAgreement(clinician, model);
const agreements = clinician.filter((x, i) => x === model[i]).length;
const ci = wilsonInterval(agreements, model.length);
const kappa = cohenKappa(clinician, model, { categories: [...AREAS] });
const table = confusionMatrix(clinician, model, [...AREAS]);
if (p._tag === "Left" || ci._tag === "Left" || kappa._tag === "Left" || table._tag === "Left")
  throw new Error("unexpected error");

assert.ok(p.right > 0.75 && p.right < 0.9, `agreement ${p.right}`);
assert.ok(ci.right.lower < p.right && p.right < ci.right.upper);
assert.ok(kappa.right.kappa > 0.6 && kappa.right.kappa < 0.9, `kappa ${kappa.right.kappa}`);
assert.deepEqual(table.right.categories, [...AREAS]);
assert.equal(table.right.n, 400);

console.log(
  `agreement ${(100 * p.right).toFixed(1)}% (95% CI ${(100 * ci.right.lower).toFixed(1)}–${(100 * ci.right.upper).toFixed(1)}), ` +
    `Cohen's kappa ${kappa.right.kappa.toFixed(3)} (SE ${kappa.right.standardError.toFixed(3)}, ` +
    `95% CI ${kappa.right.confidenceInterval.lower.toFixed(3)}–${kappa.right.confidenceInterval.upper.toFixed(3)})`,
);
console.log("rows clinician, columns model:", JSON.stringify(table.right.counts));
