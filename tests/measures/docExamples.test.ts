/** The `@example`s of the measures TSDoc, run as tests so they cannot drift. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REGISTRY,
  GAD7,
  griefMeasureEvidence,
  measureChanges,
  measureFlags,
  registerInstrument,
  SRRS_DEATH_BY_ROLE,
  SRRS_MAPPING,
  scoreCaseMeasures,
  scoreLifeChangeUnits,
  scoreMeasure,
} from "../../src/measures/index.js";

describe("TSDoc examples", () => {
  it("scoreMeasure", () => {
    const r = scoreMeasure({
      instrument: "phq-9",
      administeredOn: "2026-01-12",
      items: [2, 2, 1, 2, 1, 1, 1, 1, 1],
    });
    expect(
      E.isRight(r) && [
        r.right.total,
        r.right.band?.id,
        r.right.flags.map((f) => [f.code, f.severity, f.item]),
      ],
    ).toEqual([12, "moderate", [["suicide-risk", "urgent", 8]]]);
  });

  it("registerInstrument refuses a gap", () => {
    const r = registerInstrument(DEFAULT_REGISTRY, {
      ...GAD7,
      id: "gad-7-x",
      bands: [GAD7.bands[0], GAD7.bands[2], GAD7.bands[3]].filter((b) => b !== undefined),
    });
    expect(E.isLeft(r) && r.left.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-bands", "bands[1].min"],
    ]);
  });

  it("measureFlags", () => {
    const flags = measureFlags(
      scoreCaseMeasures([
        { instrument: "phq-9", administeredOn: "2026-01", items: [3, 3, 3, 3, 2, 2, 2, 2, 1] },
      ]),
    );
    expect(flags.map((f) => [f.code, f.severity])).toEqual([
      ["suicide-risk", "urgent"],
      ["severe-symptoms", "warning"],
    ]);
  });

  it("griefMeasureEvidence", () => {
    const ev = griefMeasureEvidence(
      scoreCaseMeasures([
        {
          instrument: "pg-13-r",
          administeredOn: "2026-01",
          relatesTo: "mother-died",
          items: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1],
        },
      ]),
    );
    expect(ev[0]?.strength).toBe(0.75);
  });

  it("measureChanges", () => {
    const c = measureChanges(
      scoreCaseMeasures([
        { instrument: "phq-9", administeredOn: "2026-03", items: [1, 1, 1, 1, 1, 1, 2, 2, 1] },
        { instrument: "phq-9", administeredOn: "2026-01", items: [2, 2, 2, 2, 2, 2, 2, 2, 0] },
      ]),
    );
    expect(c[0]?.status).toBe("reliable-improvement");
  });

  it("scoreLifeChangeUnits and the SRRS tables", () => {
    const r = scoreLifeChangeUnits(
      [
        { id: "e1", kind: "death", date: "2025-08-30", relationshipIds: ["mother"] },
        { id: "e2", kind: "relocation", date: "2025-03" },
      ],
      { reference: "2025-10", relationships: [{ id: "mother", role: "parent" }] },
    );
    expect(r.total).toBe(83);
    expect(
      scoreLifeChangeUnits([{ id: "e1", kind: "divorce", date: "2024-01" }], {
        reference: "2025-10",
      }).outsideWindow[0]?.reason,
    ).toBe("before-window");
    expect(SRRS_MAPPING.divorce).toEqual({
      type: "fixed",
      rank: 2,
      basis: "direct",
      note: "Divorce",
    });
    expect(SRRS_DEATH_BY_ROLE.parent).toEqual({ rank: 5, basis: "direct" });
  });
});
