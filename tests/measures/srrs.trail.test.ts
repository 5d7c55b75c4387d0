/**
 * The life change units' trail, word for word: why each event counted (the rule text), why
 * one did not (reason and note), and the adolescent caveat. A clinician reads these to judge
 * the total, so they are behaviour. Written to kill the mutants Stryker found surviving in
 * src/measures/srrs.ts.
 */
import { describe, expect, it } from "vitest";
import { SRRS_MAPPING, scoreLifeChangeUnits } from "../../src/measures/index.js";

const note = (kind: keyof typeof SRRS_MAPPING): string => SRRS_MAPPING[kind].note;

describe("scoreLifeChangeUnits: the trail of every event", () => {
  // Computed inside each test, not at collection: Stryker's per-test coverage only sees
  // code that runs in a test.
  const score = () =>
    scoreLifeChangeUnits(
      [
        { id: "i1", kind: "illness-diagnosis", date: "2025-08" },
        { id: "i2", kind: "illness-diagnosis", date: "2025-08", relationshipIds: ["dad"] },
        { id: "d1", kind: "death", date: "2025-06", relationshipIds: ["boss", "dad"] },
        { id: "d2", kind: "death", date: "2025-06", relationshipIds: ["boss"] },
        { id: "bad", kind: "relocation", date: "2025-02-30" },
        { id: "late", kind: "relocation", date: "2025-12" },
        { id: "early", kind: "relocation", date: "2023" },
      ],
      {
        reference: "2025-10",
        population: "adolescent",
        relationships: [
          { id: "dad", role: "parent" },
          { id: "boss", role: "supervisor" },
        ],
      },
    );

  it("counts an illness as the patient's or a relative's, and a death by the closest role with an SRRS event", () => {
    const r = score();
    expect(r.counted.map((c) => [c.eventId, c.srrsRank, c.lcu, c.basis, c.rule])).toEqual([
      ["i1", 6, 53, "direct", `${note("illness-diagnosis")} (the patient)`],
      ["i2", 11, 44, "direct", `${note("illness-diagnosis")} (a person involved)`],
      ["d1", 5, 63, "direct", `${note("death")} (the closest relationship involved)`],
    ]);
    expect(r.total).toBe(160);
    expect(r.band.id).toBe("moderate");
  });

  it("leaves out a death whose only role has no SRRS event, saying so", () => {
    const r = score();
    expect(r.unmapped).toEqual([
      {
        eventId: "d2",
        kind: "death",
        reason: "no-srrs-event",
        monthsBeforeReference: expect.any(Number),
        note: "a death in a relationship role with no SRRS event",
      },
    ]);
  });

  it("says why an event is outside the window: an invalid date, after the reference, or too early", () => {
    const r = score();
    expect(r.outsideWindow.map((x) => [x.eventId, x.reason, x.note])).toEqual([
      ["bad", "invalid-date", "the event date or the reference is not a valid partial date"],
      ["late", "after-reference", "the event is after the reference date"],
      ["early", "before-window", "the event is more than 12 months before the reference date"],
    ]);
    expect(r.outsideWindow[0]?.monthsBeforeReference).toBeNull();
    expect(r.outsideWindow[1]?.monthsBeforeReference).toBeLessThan(0);
    expect(r.outsideWindow[2]?.monthsBeforeReference).toBeGreaterThan(12);
  });

  it("warns that the weights were rated by adults for an adolescent, and only then", () => {
    const r = score();
    expect(r.caveats).toEqual([
      "The SRRS weights were rated by adults (Holmes & Rahe 1967); they are not validated for adolescents.",
    ]);
    expect(scoreLifeChangeUnits([], { reference: "2025-10", population: "adult" }).caveats).toEqual(
      [],
    );
  });
});
