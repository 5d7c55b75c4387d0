/** The onset window's first and last day, and who counts as changed near the onset. */
import { onsetWindow, summarizeInventory } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { friend, miniCase } from "./fixtures.js";

/** Onset 2025-10 (window 2025-01-15 to 2026-01-14 by default), assessed 2026-06-01. */
const withEvents = (dates: readonly string[], conflictSince?: string) =>
  miniCase(
    [friend("a", conflictSince === undefined ? {} : { conflict: 2, conflictSince }), friend("b")],
    dates.map((date, i) => ({
      id: `e${i}`,
      kind: "other" as const,
      date,
      relationshipIds: [i % 2 === 0 ? "a" : "b"],
    })),
    { assessedOn: "2026-06-01", episode: { onset: "2025-10" } },
  );

describe("the onset window's edges", () => {
  it("includes its first and last day and nothing beyond", () => {
    const c = withEvents(["2025-01-14", "2025-01-15", "2026-01-14", "2026-01-15"]);
    expect(onsetWindow(c)).toMatchObject({ from: "2025-01-15", to: "2026-01-14" });
    expect(summarizeInventory(c).eventsNearOnset).toEqual(["e1", "e2"]);
  });

  it("takes a partial date by its middle day", () => {
    // 2025-01 is the 16th (in); 2024 is mid-2024 (out); 2026-01 is the 16th (out).
    expect(summarizeInventory(withEvents(["2025-01", "2024", "2026-01"])).eventsNearOnset).toEqual([
      "e0",
    ]);
  });
});

describe("changed near the onset", () => {
  it("a conflict that began in the window, or an event in the window, marks a person", () => {
    expect(summarizeInventory(withEvents([], "2025-01-15")).changedNearOnset).toEqual(["a"]);
    expect(summarizeInventory(withEvents([], "2025-01-14")).changedNearOnset).toEqual([]);
    expect(summarizeInventory(withEvents(["2024-01", "2025-06"])).changedNearOnset).toEqual(["b"]);
  });

  it("counts active ties per circle and keeps every list sorted by id", () => {
    const s = summarizeInventory(
      miniCase([
        friend("z", { circle: "outer" }),
        friend("y", { circle: "outer", status: "ended" }),
        friend("x", { circle: "outer" }),
        friend("w", { support: 3, conflict: 1 }),
        friend("v", { support: 2, conflict: 2 }),
      ]),
    );
    expect(s.activeByCircle).toEqual({ inner: 2, middle: 0, outer: 2 });
    expect(s.byCircle.outer).toEqual(["x", "y", "z"]);
    expect(s.byStatus.ended).toEqual(["y"]);
    expect([s.supportive, s.conflictual, s.ambivalent, s.networkSize, s.total]).toEqual([
      ["w"],
      ["v"],
      [],
      4,
      5,
    ]);
  });
});
