import { decodeCase, type Formulation, formulate } from "ipt-formulation";
import {
  BATCH_ROW_COLUMNS,
  batchRow,
  formulateMany,
  formulationRow,
  toCsv,
  toJsonl,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { left, right, SAMPLE_INPUTS, sampleCase } from "./support.js";

describe("formulationRow", () => {
  it("flattens a formulation: focus, the four scores, flag codes, the model stamp", () => {
    const f = formulate(sampleCase("grief-mother"));
    const row = formulationRow(f, 4);
    expect(row).toEqual({
      index: 4,
      ok: true,
      caseId: f.caseId,
      primary: "grief",
      secondary: f.focus.secondary ?? null,
      scoreGrief: f.areas.find((a) => a.area === "grief")?.score,
      scoreRoleDispute: f.areas.find((a) => a.area === "role-dispute")?.score,
      scoreRoleTransition: f.areas.find((a) => a.area === "role-transition")?.score,
      scoreInterpersonalDeficits: f.areas.find((a) => a.area === "interpersonal-deficits")?.score,
      flags: [...new Set(f.flags.map((x) => x.code))].join(";"),
      modelId: "ipt-formulation/default",
      modelVersion: f.model.version,
      modelDigest: f.model.digest,
      rulesVersion: "1.0.0",
      issues: "",
    });
    expect(formulationRow(f).index).toBe(0);
  });

  it("writes each flag code once, in the formulation's order, and null for a missing id or area", () => {
    const base = formulate(sampleCase("grief-mother"));
    const { caseId: _drop, ...noId } = base;
    const f: Formulation = {
      ...noId,
      areas: base.areas.filter((a) => a.area !== "grief"),
      focus: { primary: "role-dispute", secondary: "grief" },
      flags: [
        { code: "suicide-risk", severity: "urgent", message: "m" },
        { code: "prolonged-grief", severity: "warning", message: "m" },
        { code: "prolonged-grief", severity: "warning", message: "m" },
      ],
    };
    expect(formulationRow(f)).toMatchObject({
      caseId: null,
      secondary: "grief",
      scoreGrief: null,
      flags: "suicide-risk;prolonged-grief",
    });
  });
});

describe("batchRow", () => {
  it("gives an error row with code@path issues and nulls elsewhere", () => {
    const error = left(decodeCase({ format: "ipt-case/1" }));
    const row = batchRow({ index: 3, ok: false, error });
    expect(row).toEqual({
      index: 3,
      ok: false,
      caseId: null,
      primary: null,
      secondary: null,
      scoreGrief: null,
      scoreRoleDispute: null,
      scoreRoleTransition: null,
      scoreInterpersonalDeficits: null,
      flags: "",
      modelId: null,
      modelVersion: null,
      modelDigest: null,
      rulesVersion: null,
      issues: error.issues.map((i) => `${i.code}@${i.path}`).join(";"),
    });
    expect(row.issues).toContain("required@assessedOn");
  });

  it("writes an issue at the case itself as code@ and never an input value", () => {
    const input = { ...(SAMPLE_INPUTS["grief-mother"] as object), patientName: "Jane Doe" };
    const [r] = [...formulateMany([input])];
    if (r === undefined) throw new Error("no record");
    const row = batchRow(r);
    expect(row.issues).toBe("unknown-key@");
    expect(JSON.stringify(row)).not.toContain("Jane");
  });

  it("has every column in BATCH_ROW_COLUMNS, in order", () => {
    const r = batchRow({
      index: 0,
      ok: true,
      case: sampleCase("grief-mother"),
      formulation: formulate(sampleCase("grief-mother")),
    });
    expect(Object.keys(r)).toEqual([...BATCH_ROW_COLUMNS]);
  });

  it("writes the same rows as CSV and JSON Lines", () => {
    const rows = [...formulateMany(Object.values(SAMPLE_INPUTS))].map(batchRow);
    const csv = toCsv(rows, BATCH_ROW_COLUMNS);
    expect(csv.split("\r\n")[0]).toBe(BATCH_ROW_COLUMNS.join(","));
    expect(csv.split("\r\n").length).toBe(rows.length + 2);
    const jsonl = right(toJsonl(rows));
    expect(
      jsonl
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual(rows);
  });
});
