/**
 * docs/research.md, "Agreement with clinicians": the guide's snippet as it is printed there
 * (the region below; tests/docs/snippets.test.ts fails when the two differ), then the results
 * its comments state, checked. Run with the other examples (`npm run examples`) and in the
 * test suite.
 */
import assert from "node:assert/strict";
// #region snippet
import { PROBLEM_AREAS } from "ipt-formulation";
import {
  cohenKappa,
  confusionMatrix,
  percentAgreement,
  wilsonInterval,
} from "ipt-formulation/research";

// Ten cases joined by case id: the area the clinician chose, then the model's primary area.
const ratings = [
  ["grief", "grief"],
  ["grief", "grief"],
  ["grief", "grief"],
  ["role-dispute", "role-dispute"],
  ["role-dispute", "role-dispute"],
  ["role-dispute", "role-transition"],
  ["role-transition", "role-transition"],
  ["role-transition", "role-transition"],
  ["role-transition", "role-dispute"],
  ["interpersonal-deficits", "interpersonal-deficits"],
] as const;
const clinician = ratings.map(([c]) => c);
const model = ratings.map(([, m]) => m);

const p = percentAgreement(clinician, model); // right(0.8)
const agreements = ratings.filter(([c, m]) => c === m).length; // 8
const ci = wilsonInterval(agreements, ratings.length); // right({ proportion: 0.8, lower: 0.490, upper: 0.943 })
const k = cohenKappa(clinician, model, { categories: PROBLEM_AREAS }); // right({ kappa: 0.722, standardError, confidenceInterval, … })
const table = confusionMatrix(clinician, model, PROBLEM_AREAS); // rows clinician, columns model
// #endregion snippet

// What the comments say, checked. Chance agreement from the margins (3, 3, 3, 1 of 10 for
// both raters): 0.09 + 0.09 + 0.09 + 0.01 = 0.28, so kappa = (0.8 - 0.28) / (1 - 0.28) = 13/18.
assert.deepEqual(p, { _tag: "Right", right: 0.8 });
assert.equal(agreements, 8);
if (ci._tag === "Left" || k._tag === "Left" || table._tag === "Left") throw new Error("unexpected");
assert.equal(ci.right.proportion, 0.8);
// Wilson, z = 1.96: (0.8 + z²/20 ± z·√(0.016 + z²/400)) / (1 + z²/10) = 0.4902 and 0.9433.
assert.deepEqual([ci.right.lower.toFixed(3), ci.right.upper.toFixed(3)], ["0.490", "0.943"]);
assert.ok(Math.abs(k.right.kappa - 13 / 18) < 1e-12, `kappa ${k.right.kappa}`);
assert.equal(k.right.kappa.toFixed(3), "0.722");
assert.deepEqual(table.right.categories, PROBLEM_AREAS);
assert.deepEqual(table.right.counts, [
  [3, 0, 0, 0],
  [0, 2, 1, 0],
  [0, 1, 2, 0],
  [0, 0, 0, 1],
]);
console.log(
  `agreement ${p.right} (95% CI ${ci.right.lower.toFixed(3)} to ${ci.right.upper.toFixed(3)}), kappa ${k.right.kappa.toFixed(3)}`,
);
