/**
 * The plan's message ids (`PlanMessageKey`, defined by the plan) are exactly the keys of the
 * English table, as they were when the type was derived from it: every locale keeps the
 * same keys (run by vitest's typecheck).
 */
import type { PlanLocale, PlanMessageKey } from "ipt-formulation/plan";
import type { EN_MESSAGES, PlanMessageKey as TextPlanMessageKey } from "ipt-formulation/plan/text";
import { describe, expectTypeOf, it } from "vitest";

describe("PlanMessageKey", () => {
  it("is the keys of the English table, no more and no fewer", () => {
    expectTypeOf<PlanMessageKey>().toEqualTypeOf<keyof typeof EN_MESSAGES>();
  });

  it("is one type from ipt-formulation/plan and ipt-formulation/plan/text", () => {
    expectTypeOf<TextPlanMessageKey>().toEqualTypeOf<PlanMessageKey>();
  });

  it("keys a locale's messages", () => {
    expectTypeOf<keyof PlanLocale["messages"]>().toEqualTypeOf<PlanMessageKey>();
  });
});
