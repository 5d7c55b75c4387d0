import { describe, expect, it } from "vitest";
import {
  evaluateProlongedGrief,
  PG13R,
  type ProlongedGriefAlgorithm,
  scoreMeasure,
} from "../../src/measures/index.js";
import { right } from "./support.js";

const alg = PG13R.prolongedGrief as ProlongedGriefAlgorithm;
// Q3 yearning 5, Q4 2, Q5-Q8 at 4 (four accessory), Q9-Q12 at 1, Q13 yes
const MET = [5, 2, 4, 4, 4, 4, 1, 1, 1, 1, 1];

const evalAt = (
  items: readonly (number | null)[],
  administeredOn: string,
  lossDate?: string,
  adolescent = false,
) =>
  evaluateProlongedGrief(alg, items, administeredOn, {
    lossDate,
    population: adolescent ? "adolescent" : "adult",
  });

describe("PG-13-R categorical DSM-5-TR result", () => {
  it("is met with duration, a core item, three accessory items and impairment", () => {
    const r = evalAt(MET, "2026-03", "2025-01");
    expect(r).toMatchObject({
      status: "met",
      duration: "met",
      core: "met",
      accessory: "met",
      accessoryEndorsed: 4,
      accessoryRequired: 3,
      impairment: "met",
      requiredMonths: 12,
    });
    expect(r.monthsSinceLoss).toBeCloseTo(14, 0);
    expect(r.source).toMatch(/DSM-5-TR/);
  });

  it("duration: 12 months for adults, 6 for adolescents, by the mid-period rule", () => {
    // 2025-01-15 -> 2026-01-14 is 364 days (< 12 mean months); -> 2026-01-16 is 366 days
    expect(evalAt(MET, "2026-01-14", "2025-01").duration).toBe("not-met");
    expect(evalAt(MET, "2026-01-16", "2025-01").duration).toBe("met");
    expect(evalAt(MET, "2026-01-14", "2025-01").status).toBe("not-met");
    expect(evalAt(MET, "2025-07-20", "2025-01", true)).toMatchObject({
      duration: "met",
      requiredMonths: 6,
    });
    expect(evalAt(MET, "2025-07-10", "2025-01", true).duration).toBe("not-met");
  });

  it("duration is unknown without a loss date, with an invalid one, or a loss after the measure", () => {
    expect(evalAt(MET, "2026-03").duration).toBe("unknown");
    expect(evalAt(MET, "2026-03").status).toBe("indeterminate");
    expect(evalAt(MET, "2026-03", "not-a-date")).toMatchObject({
      duration: "unknown",
      monthsSinceLoss: null,
    });
    expect(evalAt(MET, "2026-03", "2026-05").duration).toBe("unknown");
  });

  it("core: Q3 or Q4 at 4 or more; at 3 not met", () => {
    expect(evalAt([3, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1], "2026-03", "2025-01").core).toBe("met");
    expect(evalAt([3, 3, 4, 4, 4, 1, 1, 1, 1, 1, 1], "2026-03", "2025-01")).toMatchObject({
      core: "not-met",
      status: "not-met",
    });
    expect(evalAt([3, null, 4, 4, 4, 1, 1, 1, 1, 1, 1], "2026-03", "2025-01").core).toBe("unknown");
  });

  it("accessory: three of Q5-Q12 at 4 or more; two not met; two plus a missing one unknown", () => {
    expect(evalAt([5, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1], "2026-03", "2025-01").accessory).toBe("met");
    expect(evalAt([5, 1, 4, 4, 3, 3, 3, 3, 3, 3, 1], "2026-03", "2025-01")).toMatchObject({
      accessory: "not-met",
      accessoryEndorsed: 2,
      status: "not-met",
    });
    expect(evalAt([5, 1, 4, 4, null, 3, 3, 3, 3, 3, 1], "2026-03", "2025-01")).toMatchObject({
      accessory: "unknown",
      status: "indeterminate",
    });
  });

  it("impairment: Q13 yes met, no not met, missing unknown", () => {
    expect(evalAt([...MET.slice(0, 10), 0], "2026-03", "2025-01")).toMatchObject({
      impairment: "not-met",
      status: "not-met",
    });
    expect(evalAt([...MET.slice(0, 10), null], "2026-03", "2025-01")).toMatchObject({
      impairment: "unknown",
      status: "indeterminate",
    });
  });

  it("not-met wins over unknown", () => {
    expect(
      evalAt([1, 1, null, null, null, null, null, null, null, null, null], "2026-03").status,
    ).toBe("not-met");
  });

  it("an algorithm without an impairment item treats impairment as met", () => {
    expect(
      evaluateProlongedGrief({ ...alg, impairmentItem: null }, MET, "2026-03", {
        lossDate: "2025-01",
      }).impairment,
    ).toBe("met");
  });

  it("is part of the PG-13-R score; the loss date comes from the context", () => {
    const s = right(
      scoreMeasure(
        { instrument: "pg-13-r", administeredOn: "2026-03", items: MET, relatesTo: "loss" },
        undefined,
        {
          lossDate: "2025-01",
        },
      ),
    );
    expect(s.total).toBe(27);
    expect(s.band?.id).toBe("below-threshold");
    expect(s.prolongedGrief?.status).toBe("met");
    const noCtx = right(
      scoreMeasure({ instrument: "pg-13-r", administeredOn: "2026-03", items: MET }),
    );
    expect(noCtx.prolongedGrief?.status).toBe("indeterminate");
  });
});
