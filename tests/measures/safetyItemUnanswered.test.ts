/**
 * A suicide-risk item left blank is not a "no": the measure raises `safety-item-unanswered`
 * (warning) so the clinician asks it, once per item, and the formulation carries it from the
 * latest administration of each instrument (issue 21's hazard "a missed suicide-risk flag").
 */
import { PHQ9, scoreMeasure } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { formulateCase } from "../scoring/support.js";
import { right } from "./support.js";

/** `n` answers of 0 with item `blank` (0-based) left blank. */
const withBlank = (n: number, blank: number): (number | null)[] =>
  Array.from({ length: n }, (_, i) => (i === blank ? null : 0));

const unansweredOf = (instrument: string, items: readonly (number | null)[]) =>
  right(scoreMeasure({ instrument, administeredOn: "2026-01", items }))
    .flags.filter((f) => f.code === "safety-item-unanswered")
    .map((f) => [f.itemNumber, f.severity]);

describe("a blank suicide-risk item is flagged to be asked", () => {
  it.each<[string, string, readonly (number | null)[], readonly (readonly [number, string])[]]>([
    ["PHQ-9 item 9 blank", "phq-9", withBlank(9, 8), [[9, "warning"]]],
    ["PHQ-9 item 9 answered 0", "phq-9", withBlank(9, -1), []],
    ["PHQ-9 another item blank", "phq-9", withBlank(9, 0), []],
    ["EPDS item 10 blank", "epds", withBlank(10, 9), [[10, "warning"]]],
    [
      "HAM-D item 3 blank: one flag for its two rules",
      "hamd-17",
      withBlank(17, 2),
      [[3, "warning"]],
    ],
    ["GAD-7 has no suicide-risk item", "gad-7", withBlank(7, 6), []],
  ])("%s", (_, instrument, items, expected) => {
    expect(unansweredOf(instrument, items)).toEqual(expected);
  });

  it("a blank item never raises suicide-risk itself: blank is not an answer", () => {
    const s = right(
      scoreMeasure({ instrument: "phq-9", administeredOn: "2026-01", items: withBlank(9, 8) }),
    );
    expect(s.flags.map((f) => f.code)).toEqual(["safety-item-unanswered"]);
  });
});

describe("in the formulation", () => {
  const phq = (administeredOn: string, items: (number | null)[]) => ({
    instrument: "phq-9",
    administeredOn,
    items,
  });

  it("the latest PHQ-9 left item 9 blank: a warning naming the item, with PHQ-9's source", () => {
    const f = formulateCase({ measures: [phq("2026-01", withBlank(9, 8))] });
    expect(f.flags.filter((x) => x.code === "safety-item-unanswered")).toEqual([
      {
        code: "safety-item-unanswered",
        severity: "warning",
        message: "PHQ-9 item 9 (suicide risk) was not answered: ask it.",
        source: PHQ9.itemFlags[0]?.source,
        ref: { measureIndex: 0 },
      },
    ]);
  });

  it("an earlier blank that a later administration answered is not flagged", () => {
    const f = formulateCase({
      measures: [phq("2025-12", withBlank(9, 8)), phq("2026-01", withBlank(9, -1))],
    });
    expect(f.flags.map((x) => x.code)).not.toContain("safety-item-unanswered");
  });

  it("comes right after suicide-risk when both are raised", () => {
    const endorsed = withBlank(9, -1);
    endorsed[8] = 2;
    const f = formulateCase({
      measures: [phq("2025-12", endorsed), phq("2026-01", withBlank(9, 8))],
    });
    const codes = f.flags.map((x) => x.code);
    expect(codes.slice(0, 2)).toEqual(["suicide-risk", "safety-item-unanswered"]);
  });

  it("a formulation without measures has no such flag", () => {
    expect(formulateCase({}).flags.map((x) => x.code)).not.toContain("safety-item-unanswered");
  });
});
