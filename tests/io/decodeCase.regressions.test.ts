import { decodeCase, encodeCase } from "ipt-formulation";
import { describe, expect, it } from "vitest";

const base = {
  format: "ipt-case/1",
  assessedOn: "2026-01-20",
  episode: {},
  relationships: [],
  lifeEvents: [],
};
const rel = { id: "a", label: "A", role: "friend", circle: "inner", status: "active" };

const issues = (u: unknown): string[] => {
  const r = decodeCase(u);
  return r._tag === "Left" ? r.left.issues.map((i) => `${i.code}@${i.path}`) : [];
};

describe("decodeCase regressions", () => {
  it("a missing closed-vocabulary field is `required`, like any other missing field", () => {
    const { role: _r, ...noRole } = rel;
    expect(issues({ ...base, relationships: [noRole] })).toEqual([
      "required@relationships[0].role",
    ]);
    const { format: _f, ...noFormat } = base;
    expect(issues(noFormat)).toEqual(["required@format"]);
  });

  it("holes in a sparse griefSigns array are not values, so not repeated signs", () => {
    // A JavaScript caller can hand over a sparse array; JSON cannot. Each hole is a
    // `required` issue from the schema, never a `duplicate-value`.
    const death = {
      id: "d",
      kind: "death",
      date: "2025-06",
      // biome-ignore lint/suspicious/noSparseArray: the holes are what this test is about
      griefSigns: ["yearning", , ,],
    };
    const found = issues({ ...base, lifeEvents: [death] });
    expect(found.some((i) => i.startsWith("duplicate-value"))).toBe(false);
    expect(found).toEqual([
      "required@lifeEvents[0].griefSigns[1]",
      "required@lifeEvents[0].griefSigns[2]",
    ]);
    // The same sign twice is still a repeat.
    expect(
      issues({ ...base, lifeEvents: [{ ...death, griefSigns: ["yearning", "yearning"] }] }),
    ).toEqual(["duplicate-value@lifeEvents[0].griefSigns[1]"]);
  });

  it("a malformed date is one invalid-format issue, not also invalid-date", () => {
    expect(issues({ ...base, episode: { onset: "2025/09" } })).toEqual([
      "invalid-format@episode.onset",
    ]);
    expect(issues({ ...base, episode: { onset: "2025-02-30" } })).toEqual([
      "invalid-date@episode.onset",
    ]);
  });

  it("size-limit messages are plain English (entries, not entrys)", () => {
    const r = decodeCase({ ...base, measures: Array.from({ length: 101 }, () => ({})) });
    expect(r._tag === "Left" && r.left.issues[0]?.message).toBe(
      "must have at most 100 entries (the configured limit)",
    );
    expect(r._tag === "Left" && r.left.message).toBe(
      "1 issue in the case: measures must have at most 100 entries (the configured limit)",
    );
  });

  it("encodeCase writes -0 as 0, so its output equals its JSON round trip", () => {
    const r = decodeCase({ ...base, social: { loneliness: -0 } });
    if (r._tag === "Left") throw new Error("expected a case");
    const out = encodeCase(r.right);
    expect(Object.is(out.social?.loneliness, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});
