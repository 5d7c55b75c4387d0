import { RULES } from "ipt-formulation";
import { RULE_SUMMARIES } from "ipt-formulation/explain";
import { describe, expect, it } from "vitest";

describe("RULE_SUMMARIES", () => {
  it("has one sentence for each rule of RULES, in the same order, and no other key", () => {
    expect(Object.keys(RULE_SUMMARIES)).toEqual(RULES.map((r) => r.id));
    for (const r of RULES) expect(RULE_SUMMARIES[r.id]).toMatch(/^[A-Z].{20,200}\.$/);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(RULE_SUMMARIES)).toBe(true);
  });

  it("summarises what the rule's own id names", () => {
    expect(RULE_SUMMARIES["grief.conflict-with-deceased"]).toBe(
      "A conflict with someone who has since died is grief work, not a dispute.",
    );
    expect(RULE_SUMMARIES["deficits.exclusion"]).toMatch(/^By exclusion/);
  });
});
