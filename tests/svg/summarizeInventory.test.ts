import { DEFAULT_MODEL, DEFAULT_PARAMS } from "ipt-formulation";
import { defineModel } from "ipt-formulation/scoring-model";
import { INVENTORY_THRESHOLDS, onsetWindow, summarizeInventory } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { crowdCase, decodeOrThrow, SAMPLES } from "./fixtures.js";

const sample = (file: string) => SAMPLES.find((s) => s.file === file) as (typeof SAMPLES)[number];

describe("onsetWindow", () => {
  it("reaches plateau + one half-life before the onset and one half-life after", () => {
    expect(onsetWindow(sample("grief-mother.json").case)).toEqual({
      basis: "onset",
      reference: "2025-10",
      from: "2025-01-15",
      to: "2026-01-14",
      monthsBefore: 9,
      monthsAfter: 3,
    });
  });

  it("is centred on the assessment date when the onset is unknown", () => {
    const c = decodeOrThrow({ ...sample("grief-mother.json").input, episode: {} });
    const w = onsetWindow(c);
    expect(w.basis).toBe("assessment");
    expect(w.reference).toBe("2026-01-12");
    expect(w.to).toBe("2026-04-13");
  });

  it("follows the model's kernel", () => {
    const m = defineModel({
      params: { kernel: { plateauMonths: 0, halfLifeBeforeMonths: 1, halfLifeAfterMonths: 1 } },
    });
    if (m._tag === "Left") throw new Error("model");
    const w = onsetWindow(sample("grief-mother.json").case, m.right);
    expect([w.from, w.to, w.monthsBefore]).toEqual(["2025-09-15", "2025-11-14", 1]);
    expect(onsetWindow(sample("grief-mother.json").case, DEFAULT_MODEL).monthsBefore).toBe(
      DEFAULT_PARAMS.kernel.plateauMonths + DEFAULT_PARAMS.kernel.halfLifeBeforeMonths,
    );
  });
});

describe("summarizeInventory", () => {
  it("the grief sample case", () => {
    const s = summarizeInventory(sample("grief-mother.json").case);
    expect(s).toMatchObject({
      total: 4,
      byCircle: { inner: ["mother", "partner"], middle: ["brother", "friend-k"], outer: [] },
      byStatus: {
        active: ["brother", "friend-k", "partner"],
        deceased: ["mother"],
        ended: [],
        estranged: [],
      },
      activeByCircle: { inner: 1, middle: 2, outer: 0 },
      networkSize: 3,
      supportive: ["partner"],
      conflictual: [],
      ambivalent: [],
      changedNearOnset: ["mother"],
      eventsNearOnset: ["mother-died"],
    });
  });

  it("the close call: the estranged former wife is conflictual and changed near onset", () => {
    const s = summarizeInventory(sample("divorce-dispute-and-transition.json").case);
    expect(s.conflictual).toEqual(["ex"]);
    expect(s.changedNearOnset).toEqual(["ex"]);
    expect(s.eventsNearOnset).toEqual(["divorce", "moved-out"]);
    expect(s.networkSize).toBe(2);
  });

  it("conflictSince alone counts as a change; an old event does not", () => {
    const s = summarizeInventory(sample("dispute-partner.json").case);
    expect(s.changedNearOnset).toEqual(["husband"]);
    expect(s.eventsNearOnset).toEqual([]);
    const t = summarizeInventory(sample("transition-job-loss.json").case);
    expect(t.changedNearOnset).toEqual(["ex-boss"]);
    expect(t.eventsNearOnset).toEqual(["laid-off"]);
  });

  it("uses the documented thresholds, and a tie can be both", () => {
    expect(INVENTORY_THRESHOLDS).toEqual({ supportive: 3, conflictual: 2 });
    const c = decodeOrThrow(crowdCase(20));
    const s = summarizeInventory(c);
    for (const r of c.relationships) {
      expect(s.supportive.includes(r.id)).toBe((r.support ?? 0) >= 3);
      expect(s.conflictual.includes(r.id)).toBe((r.conflict ?? 0) >= 2);
      expect(s.ambivalent.includes(r.id)).toBe((r.support ?? 0) >= 3 && (r.conflict ?? 0) >= 2);
    }
    expect(s.networkSize).toBe(c.relationships.filter((r) => r.status === "active").length);
  });

  it("does not depend on input order, and ignores references to unknown people", () => {
    const input = crowdCase(15);
    const a = summarizeInventory(decodeOrThrow(input));
    const b = summarizeInventory(
      decodeOrThrow({
        ...input,
        relationships: [...input.relationships].reverse(),
        lifeEvents: [...input.lifeEvents].reverse(),
      }),
    );
    expect(b).toEqual(a);
    const c = decodeOrThrow(input);
    const dangling = {
      ...c,
      lifeEvents: [
        { id: "x", kind: "death" as const, date: "2025-10", relationshipIds: ["nobody"] },
      ],
    };
    expect(summarizeInventory(dangling).changedNearOnset).not.toContain("nobody");
  });
});
