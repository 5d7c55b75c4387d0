/**
 * Cookbook: agreement with clinicians. Join clinicians' chosen problem areas (a CSV keyed
 * by case id) with the model's primary areas, then report percent agreement with its
 * Wilson interval, Cohen's kappa with its standard error and 95% interval, and the
 * confusion matrix.
 *
 * The "clinicians" here are simulated: the area each synthetic case was built around, with
 * one in eight ratings deliberately changed. With real data, read your own ratings file.
 *
 * Then the statistics a methods reviewer asks for, on published data: a custom weight
 * matrix (Cohen 1968), Gwet's AC1 beside kappa on a prevalence-skewed table, Krippendorff's
 * alpha with missing ratings (Krippendorff 2011) and the intraclass correlations of Shrout
 * & Fleiss (1979), each checked against its source.
 */
import assert from "node:assert/strict";
import {
  cohenKappa,
  confusionMatrix,
  contingencyTable,
  formulateMany,
  gwetAc,
  intraclassCorrelation,
  krippendorffAlpha,
  parseCsv,
  percentAgreement,
  synthesizeCase,
  toCsv,
  weightedKappa,
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

// 4. A published table with a custom weight matrix: Cohen (1968), proportions of 200
// patients; disagreement weights 1, 3 and 6. Cohen reports kappa .492 and weighted
// kappa .348 (as quoted in the R psych::cohen.kappa help page).
const cohen1968 = contingencyTable({
  proportions: [
    [0.44, 0.07, 0.09],
    [0.05, 0.2, 0.05],
    [0.01, 0.03, 0.06],
  ],
  n: 200,
});
if (cohen1968._tag === "Left") throw new Error(cohen1968.left.message);
const plain = cohenKappa(cohen1968.right);
const weighted = weightedKappa(cohen1968.right, {
  weights: {
    disagreement: [
      [0, 1, 3],
      [1, 0, 6],
      [3, 6, 0],
    ],
  },
});
if (plain._tag === "Left" || weighted._tag === "Left") throw new Error("unexpected error");
assert.equal(plain.right.kappa.toFixed(3), "0.492");
assert.equal(weighted.right.kappa.toFixed(3), "0.348");
console.log(
  `Cohen (1968): kappa ${plain.right.kappa.toFixed(3)}, weighted kappa ${weighted.right.kappa.toFixed(3)} (custom disagreement weights)`,
);

// 5. The prevalence paradox: two clinicians agree on 92 of 100 cases, but nearly every
// case is "grief" (94 of 100 for each). Derivation: p_a = 0.92; kappa's chance agreement
// is 0.94² + 0.06² = 0.8872, so kappa = (0.92 - 0.8872)/(1 - 0.8872) = 41/141 ≈ 0.291;
// AC1's is 2 × 0.94 × 0.06 = 0.1128, so AC1 = (0.92 - 0.1128)/(1 - 0.1128) = 1009/1109
// ≈ 0.910 (Gwet 2008).
const skewed = contingencyTable({
  counts: [
    [90, 4],
    [4, 2],
  ],
  categories: ["grief", "other"],
});
if (skewed._tag === "Left") throw new Error(skewed.left.message);
const skewedKappa = cohenKappa(skewed.right);
const ac1 = gwetAc(skewed.right);
if (skewedKappa._tag === "Left" || ac1._tag === "Left") throw new Error("unexpected error");
assert.ok(Math.abs(skewedKappa.right.kappa - 41 / 141) < 1e-12, `kappa ${skewedKappa.right.kappa}`);
assert.ok(Math.abs(ac1.right.coefficient - 1009 / 1109) < 1e-12, `AC1 ${ac1.right.coefficient}`);
assert.equal(ac1.right.statistic, "gwet-ac1");
console.log(
  `92% agreement on a skewed table: Cohen's kappa ${skewedKappa.right.kappa.toFixed(3)}, Gwet's AC1 ${ac1.right.coefficient.toFixed(3)}`,
);

// 6. Four coders, twelve units, missing ratings (null): Krippendorff (2011), p. 8, who
// reports alpha .743 (nominal) and .815 (ordinal).
const coders = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, null, 3, null],
];
const nominal = krippendorffAlpha(coders);
const ordinal = krippendorffAlpha(coders, { level: "ordinal" });
if (nominal._tag === "Left" || ordinal._tag === "Left") throw new Error("unexpected error");
assert.equal(nominal.right.coefficient.toFixed(3), "0.743");
assert.equal(ordinal.right.coefficient.toFixed(3), "0.815");
assert.equal(ordinal.right.standardError, null);
console.log(
  `Krippendorff (2011): alpha ${nominal.right.coefficient.toFixed(3)} nominal, ${ordinal.right.coefficient.toFixed(3)} ordinal, with missing ratings`,
);

// 7. Continuous scores: Shrout & Fleiss (1979), Table 2, 6 targets × 4 judges. They report
// ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
const icc = intraclassCorrelation([
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
]);
if (icc._tag === "Left") throw new Error(icc.left.message);
assert.deepEqual(
  icc.right.forms.map((f) => f.icc.toFixed(2)),
  ["0.17", "0.29", "0.71", "0.44", "0.62", "0.91"],
);
for (const f of icc.right.forms) {
  const ci = f.confidenceInterval;
  console.log(
    `${f.type.padEnd(5)} ${f.icc.toFixed(3)}  F ${f.f === null ? "infinite" : f.f.toFixed(2)} (${f.df1}, ${f.df2}), p ${f.p.toFixed(4)}, 95% CI ${ci.lower.toFixed(3)} to ${ci.upper.toFixed(3)}`,
  );
}

// Judges who agree exactly: every form is 1 and F is infinite, reported as null so the
// result stays JSON (p 0, limits 1 and 1).
const exact = intraclassCorrelation([
  [3, 3],
  [5, 5],
  [8, 8],
]);
if (exact._tag === "Left") throw new Error(exact.left.message);
assert.ok(exact.right.forms.every((f) => f.icc === 1 && f.f === null && f.p === 0));
assert.deepEqual(JSON.parse(JSON.stringify(exact.right)), exact.right);
console.log("exact agreement: ICC 1 for all six forms, F infinite (null), p 0");
