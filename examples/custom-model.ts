/**
 * A researcher's custom scoring model: override a parameter, check the digest changes and
 * that every result says which model produced it.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DEFAULT_MODEL, decodeCase, formulate } from "ipt-formulation";
import { defineModel } from "ipt-formulation/scoring-model";

const wide = defineModel({
  id: "wide-margin",
  version: "1.0.0",
  params: { focus: { margin: 0.3 } },
});
if (wide._tag === "Left") throw new Error(wide.left.message);
assert.notEqual(wide.right.digest, DEFAULT_MODEL.digest);

const bad = defineModel({ params: { closeness: { inner: 2 } } });
assert.equal(bad._tag, "Left");
assert.equal(
  bad._tag === "Left" && bad.left.message,
  "1 issue in the scoring model: params.closeness.inner must be at most 1",
);

const text = readFileSync(
  new URL("../tests/fixtures/transition-job-loss.json", import.meta.url),
  "utf8",
);
const c = decodeCase(JSON.parse(text));
if (c._tag === "Left") throw new Error(c.left.message);
const f = formulate(c.right, wide.right);
assert.deepEqual(f.model, { id: "wide-margin", version: "1.0.0", digest: wide.right.digest });
console.log(`${f.model.id} ${f.model.digest}: ${f.focus.primary}`);
