/** The exported zod schemas and constants of the case model. */
import {
  CASE_FORMAT,
  CaseSchema,
  DaySchema,
  EpisodeSchema,
  LifeEventSchema,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MEASURE_ITEMS,
  MeasureSchema,
  PartialDateSchema,
  RelationshipSchema,
  ScaleSchema,
  SocialSchema,
} from "ipt-formulation";
import { describe, expect, it } from "vitest";

describe("constants", () => {
  it("have the values of the specification", () => {
    expect(CASE_FORMAT).toBe("ipt-case/1");
    expect(MAX_ID_LENGTH).toBe(64);
    expect(MAX_LABEL_LENGTH).toBe(80);
    expect(MAX_MEASURE_ITEMS).toBe(200);
  });
});

describe("schemas", () => {
  it("PartialDateSchema takes the three precisions of real dates only", () => {
    for (const ok of ["2025", "2025-02", "2024-02-29"])
      expect(PartialDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["2025-02-29", "2025-13", "25", 2025])
      expect(PartialDateSchema.safeParse(bad).success).toBe(false);
  });
  it("DaySchema takes days only", () => {
    expect(DaySchema.safeParse("2026-01-20").success).toBe(true);
    for (const bad of ["2026", "2026-01", "2026-02-30"])
      expect(DaySchema.safeParse(bad).success).toBe(false);
  });
  it("ScaleSchema takes the integers 0..4", () => {
    for (const v of [0, 1, 2, 3, 4]) expect(ScaleSchema.safeParse(v).success).toBe(true);
    for (const v of [5, -1, 2.5, "2", null]) expect(ScaleSchema.safeParse(v).success).toBe(false);
  });
  it("the part schemas are strict", () => {
    expect(EpisodeSchema.safeParse({ x: 1 }).success).toBe(false);
    expect(SocialSchema.safeParse({ x: 1 }).success).toBe(false);
    expect(
      RelationshipSchema.safeParse({
        id: "a",
        label: "A",
        role: "friend",
        circle: "inner",
        status: "active",
        x: 1,
      }).success,
    ).toBe(false);
    expect(LifeEventSchema.safeParse({ id: "a", kind: "death", date: "2025", x: 1 }).success).toBe(
      false,
    );
    expect(
      MeasureSchema.safeParse({ instrument: "phq-9", administeredOn: "2025", items: [], x: 1 })
        .success,
    ).toBe(false);
  });
  it("CaseSchema alone checks structure, not the cross-field rules", () => {
    const dup = {
      format: "ipt-case/1",
      assessedOn: "2026-01-20",
      episode: { onset: "2030" },
      relationships: [
        { id: "a", label: "A", role: "friend", circle: "inner", status: "active" },
        { id: "a", label: "B", role: "friend", circle: "inner", status: "active" },
      ],
      lifeEvents: [],
    };
    expect(CaseSchema.safeParse(dup).success).toBe(true);
  });
});
