/**
 * Cookbook: a cohort run. Formulate a JSON Lines file of cases, streaming, summarise the
 * cohort (primary areas with 95% Wilson intervals, by population) and write a flat CSV for
 * R, pandas or a spreadsheet. Uses a seeded synthetic cohort, so the output is checked.
 */
import assert from "node:assert/strict";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PROBLEM_AREAS } from "ipt-formulation";
import {
  BATCH_ROW_COLUMNS,
  batchRow,
  formulateJsonLines,
  parseCsv,
  summarizeCohort,
  synthesizeCases,
  toCsv,
} from "ipt-formulation/research";

const dir = mkdtempSync(join(tmpdir(), "research-cohort-"));
try {
  // 1. A cohort file: 2,000 synthetic cases (seed 7), one JSON case per line, and one broken line.
  const cohort = synthesizeCases({ count: 2000, seed: 7 });
  if (cohort._tag === "Left") throw new Error(cohort.left.message);
  const lines = [...cohort.right].map((c) => JSON.stringify(c));
  lines.splice(100, 0, '{"format": "ipt-case/1"');
  const file = join(dir, "cohort.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);

  // 2. Stream it: readline gives the lines, formulateJsonLines one record per line, and the
  //    summary is built in one pass (constant memory, whatever the file's size).
  const input = createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const summary = await summarizeCohort(formulateJsonLines(input), {
    groupBy: (c) => c.population,
  });
  if (summary._tag === "Left") throw new Error(summary.left.message);
  const s = summary.right;
  assert.equal(s.total, 2001);
  assert.equal(s.invalid, 1); // the broken line, counted, not summarised
  assert.deepEqual(s.invalidIssues, [{ code: "unreadable-input", count: 1 }]);
  assert.equal(s.overall.n, 2000);
  assert.deepEqual(
    s.overall.areas.map((a) => a.area),
    [...PROBLEM_AREAS],
  );
  for (const a of s.overall.areas) {
    assert.ok(a.primaryLower <= a.primaryProportion && a.primaryProportion <= a.primaryUpper);
  }
  // The synthetic mix is transition 40%, dispute 30%, grief 20%, deficits 10%; the model's
  // primary areas land close to it.
  const transition = s.overall.areas.find((a) => a.area === "role-transition");
  assert.ok(
    transition !== undefined &&
      transition.primaryProportion > 0.3 &&
      transition.primaryProportion < 0.5,
  );
  assert.deepEqual(
    s.groups.map((g) => g.group),
    ["adolescent", "adult", "older-adult", "perinatal"],
  );

  console.log("primary area           n     %      95% CI (Wilson)");
  for (const a of s.overall.areas)
    console.log(
      `${a.area.padEnd(22)} ${String(a.primaryCount).padStart(5)} ${(100 * a.primaryProportion).toFixed(1).padStart(5)}  ${(100 * a.primaryLower).toFixed(1)}–${(100 * a.primaryUpper).toFixed(1)}`,
    );

  // 3. A flat CSV, one row per case (RFC 4180), that parses back to the same fields.
  const rows = [...formulateJsonLines(lines)].map(batchRow);
  const csv = toCsv(rows, BATCH_ROW_COLUMNS);
  writeFileSync(join(dir, "cohort.csv"), csv);
  const parsed = parseCsv(readFileSync(join(dir, "cohort.csv"), "utf8"));
  if (parsed._tag === "Left") throw new Error(parsed.left.message);
  assert.deepEqual(parsed.right[0], [...BATCH_ROW_COLUMNS]);
  assert.equal(parsed.right.length, rows.length + 1);
  const column = (name: (typeof BATCH_ROW_COLUMNS)[number]): number =>
    BATCH_ROW_COLUMNS.indexOf(name);
  assert.equal(parsed.right[101]?.[column("ok")], "false"); // the broken case, at its position
  assert.equal(parsed.right[101]?.[column("issues")], "unreadable-input@");
  console.log(`wrote ${rows.length} rows; first: ${parsed.right[1]?.slice(0, 5).join(", ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
