/**
 * The README's usage example, checked: decode a case, formulate it, read the focus, the
 * evidence and the flags.
 */
import assert from "node:assert/strict";
import { decodeCase, formulate, recomputeScore } from "ipt-formulation";

const input: unknown = {
  format: "ipt-case/1",
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
};

const decoded = decodeCase(input);
if (decoded._tag === "Left") throw new Error(decoded.left.message);

const f = formulate(decoded.right);
assert.equal(f.focus.primary, "grief");
assert.equal(f.areas[0]?.evidence[0]?.rule, "grief.death-near-onset");
for (const area of f.areas) assert.equal(recomputeScore(area.evidence), area.score);

// Bad input is a value, never an exception, and never echoes what it was given.
const bad = decodeCase({ ...(input as object), patientName: "Jane Doe" });
assert.equal(bad._tag, "Left");
if (bad._tag === "Left") {
  assert.deepEqual(
    bad.left.issues.map((i) => [i.path, i.code]),
    [["", "unknown-key"]],
  );
  assert.ok(!JSON.stringify(bad.left).includes("Jane"));
}
console.log(`focus: ${f.focus.primary} (score ${f.areas[0]?.score})`);
