/**
 * The orders `formulate` sorts by, tested directly: evidence (additive first, largest first,
 * then rule id, then source), sources (kind, then id, index, field or areas) and flags
 * (severity, code, life event, measure). Through `formulate` most of their branches are only
 * reached on exact ties, which few cases produce; these comparators are what make the output
 * independent of input order.
 */
import type { Evidence, EvidenceSource, Flag } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { byEvidence, byFlag, cmpSource } from "../../src/scoring/formulate.js";

const rel = (relationshipId: string): EvidenceSource => ({ kind: "relationship", relationshipId });
const evt = (lifeEventId: string): EvidenceSource => ({
  kind: "life-event",
  lifeEventId,
  relationshipIds: [],
});
const msr = (measureIndex: number): EvidenceSource => ({ kind: "measure", measureIndex });
const soc = (field: string): EvidenceSource => ({ kind: "social", field });
const ars = (...areas: ("grief" | "role-dispute" | "role-transition")[]): EvidenceSource => ({
  kind: "areas",
  areas,
});

const sign = (n: number): number => Math.sign(n);

describe("cmpSource", () => {
  it("orders kinds relationship, life event, measure, social, areas, whatever their ids", () => {
    const kinds = [rel("z"), evt("a"), msr(0), soc("a"), ars("grief")];
    for (let i = 0; i < kinds.length; i++)
      for (let j = 0; j < kinds.length; j++)
        expect(sign(cmpSource(kinds[i] as EvidenceSource, kinds[j] as EvidenceSource))).toBe(
          sign(i - j),
        );
  });

  it("orders one kind by id in code-unit order (upper case before lower case), and equal ids tie", () => {
    expect(cmpSource(rel("B"), rel("a"))).toBe(-1);
    expect(cmpSource(rel("a"), rel("B"))).toBe(1);
    expect(cmpSource(rel("a"), rel("a"))).toBe(0);
    expect(cmpSource(evt("e-2"), evt("e-10"))).toBe(1);
    expect(cmpSource(evt("e-10"), evt("e-2"))).toBe(-1);
    expect(cmpSource(evt("x"), evt("x"))).toBe(0);
  });

  it("orders measures by index as numbers (2 before 10)", () => {
    expect(cmpSource(msr(2), msr(10))).toBeLessThan(0);
    expect(cmpSource(msr(10), msr(2))).toBeGreaterThan(0);
    expect(cmpSource(msr(3), msr(3))).toBe(0);
  });

  it("orders social sources by field and area sources by their areas", () => {
    expect(cmpSource(soc("loneliness"), soc("lifelongIsolation"))).toBe(1);
    expect(cmpSource(soc("lifelongIsolation"), soc("loneliness"))).toBe(-1);
    expect(cmpSource(soc("loneliness"), soc("loneliness"))).toBe(0);
    expect(cmpSource(ars("role-dispute"), ars("grief", "role-transition"))).toBe(1);
    expect(cmpSource(ars("grief", "role-transition"), ars("role-dispute"))).toBe(-1);
    expect(cmpSource(ars("grief", "role-dispute"), ars("grief", "role-dispute"))).toBe(0);
  });
});

const item = (over: Partial<Evidence>): Evidence => ({
  rule: "dispute.current-conflict",
  area: "role-dispute",
  effect: "add",
  contribution: 0.5,
  factors: {},
  source: rel("r"),
  explanation: "",
  citations: [],
  ...over,
});

describe("byEvidence", () => {
  it("puts additive items before multipliers, even a multiplier of 1 before an add of 0.01", () => {
    const add = item({ contribution: 0.01 });
    const mul = item({ effect: "multiply", contribution: 1, source: ars("grief") });
    expect(byEvidence(add, mul)).toBe(-1);
    expect(byEvidence(mul, add)).toBe(1);
    expect([mul, add].sort(byEvidence)).toEqual([add, mul]);
  });

  it("then the larger contribution first", () => {
    expect(byEvidence(item({ contribution: 0.7 }), item({ contribution: 0.2 }))).toBeLessThan(0);
    expect(byEvidence(item({ contribution: 0.2 }), item({ contribution: 0.7 }))).toBeGreaterThan(0);
  });

  it("then by rule id, then by source", () => {
    const a = item({ rule: "dispute.current-conflict", source: rel("z") });
    const b = item({ rule: "dispute.separation-with-conflict", source: rel("a") });
    expect(byEvidence(a, b)).toBe(-1);
    expect(byEvidence(b, a)).toBe(1);
    expect(byEvidence(item({ source: rel("a") }), item({ source: rel("b") }))).toBe(-1);
    expect(byEvidence(item({ source: rel("b") }), item({ source: rel("a") }))).toBe(1);
    expect(byEvidence(item({}), item({}))).toBe(0);
  });
});

const flag = (over: Partial<Flag>): Flag => ({
  code: "prolonged-grief",
  severity: "warning",
  message: "",
  ...over,
});

describe("byFlag", () => {
  it("puts urgent before warning before info, whatever the code", () => {
    const urgent = flag({ code: "suicide-risk", severity: "urgent" });
    const warning = flag({ code: "onset-unknown" });
    const info = flag({ code: "close-call", severity: "info" });
    expect([info, warning, urgent].sort(byFlag)).toEqual([urgent, warning, info]);
  });

  it("within a severity, follows the order of FLAG_CODES", () => {
    const a = flag({ code: "onset-unknown" });
    const b = flag({ code: "prolonged-grief" });
    expect(byFlag(a, b)).toBeLessThan(0);
    expect(byFlag(b, a)).toBeGreaterThan(0);
  });

  it("then by life event id in code-unit order, a flag about no event first", () => {
    const none = flag({});
    const a = flag({ ref: { lifeEventId: "A" } });
    const b = flag({ ref: { lifeEventId: "b" } });
    expect([b, a, none].sort(byFlag)).toEqual([none, a, b]);
    expect(byFlag(a, a)).toBe(0);
  });

  it("then by measure index as a number, a flag about no measure first", () => {
    const none = flag({ code: "severe-symptoms" });
    const zero = flag({ code: "severe-symptoms", ref: { measureIndex: 0 } });
    const two = flag({ code: "severe-symptoms", ref: { measureIndex: 2 } });
    const ten = flag({ code: "severe-symptoms", ref: { measureIndex: 10 } });
    expect([ten, two, zero, none].sort(byFlag)).toEqual([none, zero, two, ten]);
    expect(byFlag(zero, none)).toBe(1);
    expect(byFlag(none, zero)).toBe(-1);
    expect(byFlag(two, two)).toBe(0);
  });
});
