import { type Case, type Formulation, formulate, recomputeScore } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { describe, expect, it } from "vitest";
import { SAMPLES, sample, UNDATED_DEATHS } from "./fixtures.js";

/** The focus the sample cases' README names for each case. */
const EXPECTED: Record<string, { primary: readonly string[]; secondary?: string }> = {
  "grief-mother.json": { primary: ["grief"] },
  "dispute-partner.json": { primary: ["role-dispute"] },
  "transition-job-loss.json": { primary: ["role-transition"] },
  "deficits-isolation.json": { primary: ["interpersonal-deficits"] },
  "perinatal-birth.json": { primary: ["role-transition"] },
  "divorce-dispute-and-transition.json": { primary: ["role-dispute", "role-transition"] },
};

describe("golden: the sample cases get the focus IPT would choose", () => {
  it("covers every sample case", () => {
    expect([...SAMPLES.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file} → ${want.primary.join(" or ")}`, () => {
      const f = formulate(sample(file));
      expect(want.primary).toContain(f.focus.primary);
      if (file.startsWith("divorce")) {
        // A close call: the other of dispute / transition is the secondary focus.
        const other = want.primary.find((a) => a !== f.focus.primary);
        expect(f.focus.secondary).toBe(other);
        expect(f.flags.map((x) => x.code)).toContain("close-call");
      } else {
        expect(f.focus.secondary).toBeUndefined();
        expect(f.flags.map((x) => x.code)).not.toContain("close-call");
      }
      for (const a of f.areas) expect(recomputeScore(a.evidence)).toBe(a.score);
    });
  }

  it("the grief case names the mother's death as its leading evidence", () => {
    const f = formulate(sample("grief-mother.json"));
    const grief = f.areas[0];
    expect(grief?.area).toBe("grief");
    expect(grief?.evidence[0]).toMatchObject({
      rule: "grief.death-near-onset",
      source: { kind: "life-event", lifeEventId: "mother-died", relationshipIds: ["mother"] },
    });
    expect(f.people.find((p) => p.id === "mother")?.areas[0]?.area).toBe("grief");
  });

  it("the deficits case scores the acute areas 0 and deficits from the social pattern", () => {
    const f = formulate(sample("deficits-isolation.json"));
    expect(f.areas.map((a) => a.area)).toEqual([
      "interpersonal-deficits",
      "grief",
      "role-transition",
      "role-dispute",
    ]);
    const rules = f.areas[0]?.evidence.map((e) => e.rule);
    expect(rules).toContain("deficits.lifelong-isolation");
    expect(rules).toContain("deficits.small-network");
    expect(f.areas[0]?.evidence.find((e) => e.rule === "deficits.exclusion")?.contribution).toBe(1);
  });
});

/**
 * The variants of an undated death (tests/fixtures/undated-death/README.md): the focus, the
 * flags in order, and the people the `death-undated` flags name.
 */
const UNDATED: Record<
  string,
  { primary: string; secondary?: string; flags: readonly string[]; undated: readonly string[] }
> = {
  "mother-inner.json": { primary: "grief", flags: ["death-undated"], undated: ["mother"] },
  "spouse-inner.json": { primary: "grief", flags: ["death-undated"], undated: ["husband"] },
  "friend-outer.json": {
    primary: "grief",
    flags: ["death-undated", "no-clear-focus"],
    undated: ["friend-j"],
  },
  "mother-inner-and-job-loss.json": {
    primary: "role-transition",
    flags: ["death-undated"],
    undated: ["mother"],
  },
};

const undated = (file: string): Case => {
  const c = UNDATED_DEATHS.get(file);
  if (c === undefined) throw new Error(`no fixture undated-death/${file}`);
  return c;
};

describe("golden: a person who has died with no death event (issue 15)", () => {
  it("covers every variant", () => {
    expect([...UNDATED_DEATHS.keys()].sort()).toEqual(Object.keys(UNDATED).sort());
  });

  it.each(Object.entries(UNDATED))("%s → %o", (file, want) => {
    const f = formulate(undated(file));
    expect(f.focus).toEqual(
      want.secondary === undefined
        ? { primary: want.primary }
        : { primary: want.primary, secondary: want.secondary },
    );
    expect(f.flags.map((x) => x.code)).toEqual(want.flags);
    expect(
      f.flags.filter((x) => x.code === "death-undated").map((x) => x.ref?.relationshipId),
    ).toEqual(want.undated);
    for (const a of f.areas) expect(recomputeScore(a.evidence)).toBe(a.score);
  });

  it("the issue's case: grief 0.45 from the undated loss, deficits excluded (it was deficits 0.4, grief 0)", () => {
    const f = formulate(undated("mother-inner.json"));
    const [grief, ...rest] = f.areas;
    expect(grief).toMatchObject({ area: "grief", score: 0.45 });
    expect(grief?.evidence).toEqual([
      expect.objectContaining({
        rule: "grief.undated-death",
        contribution: 0.45,
        factors: { base: 0.45, closeness: 1 },
        source: { kind: "relationship", relationshipId: "mother" },
      }),
    ]);
    const deficits = rest.find((a) => a.area === "interpersonal-deficits");
    expect(deficits?.score).toBe(0);
    expect(deficits?.evidence.map((e) => [e.rule, e.contribution])).toEqual([
      ["deficits.small-network", 0.4],
      ["deficits.exclusion", 0],
    ]);
    expect(f.people).toEqual([
      { id: "mother", areas: [{ area: "grief", weight: 0.45, rules: ["grief.undated-death"] }] },
    ]);
  });

  it("a spouse: deficits has evidence of its own (loneliness, a small network) and still scores 0", () => {
    const f = formulate(undated("spouse-inner.json"));
    const deficits = f.areas.find((a) => a.area === "interpersonal-deficits");
    expect(deficits?.evidence.map((e) => e.rule)).toEqual([
      "deficits.loneliness",
      "deficits.small-network",
      "deficits.exclusion",
    ]);
    expect(deficits?.score).toBe(0);
  });

  it("an outer-circle friend: the unexplained loss still excludes deficits, and no area is a clear focus", () => {
    const f = formulate(undated("friend-outer.json"));
    expect(f.areas.map((a) => [a.area, a.score])).toEqual([
      ["grief", 0.1575], // 0.45 × outer 0.35
      ["role-transition", 0],
      ["role-dispute", 0],
      ["interpersonal-deficits", 0], // its social evidence × 0: the loss cannot be excluded
    ]);
  });

  it("beside a job loss at onset: transition leads, grief is second; dating the death decides", () => {
    const c = undated("mother-inner-and-job-loss.json");
    const f = formulate(c);
    expect(f.areas.map((a) => [a.area, a.score])).toEqual([
      ["role-transition", 0.74375], // 0.85 × 1 × (0.5 + 0.125 × 3) × 1
      ["grief", 0.45],
      ["role-dispute", 0],
      ["interpersonal-deficits", 0],
    ]);
    const dated = (death: Record<string, unknown>): Case => ({
      ...c,
      lifeEvents: [
        ...c.lifeEvents,
        { id: "mother-died", kind: "death", relationshipIds: ["mother"], ...death } as never,
      ],
    });
    // Died a month before onset, not mourned: grief overtakes the job loss.
    const recent = formulate(dated({ date: "2025-09", distress: 4, adjusted: false }));
    expect(recent.focus).toEqual({ primary: "grief" });
    expect(recent.flags.map((x) => x.code)).toEqual([]);
    // Died ten years before, mourned: the transition alone.
    const remote = formulate(dated({ date: "2015", distress: 1, adjusted: true }));
    expect(remote.focus).toEqual({ primary: "role-transition" });
    expect(remote.areas.find((a) => a.area === "grief")?.score).toBeLessThan(0.01);
  });
});

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(" | ")} |`;

const markdown = (file: string, c: Case, f: Formulation): string => {
  const out: string[] = [`## ${file}`, ""];
  out.push(`Focus: **${f.focus.primary}**${f.focus.secondary ? ` + ${f.focus.secondary}` : ""}`);
  out.push(`Flags: ${f.flags.map((x) => `${x.code} (${x.severity})`).join(", ") || "none"}`, "");
  out.push(row(["rank", "area", "score", "rule", "source", "contribution", "explanation"]));
  out.push(row(["---", "---", "---:", "---", "---", "---:", "---"]));
  for (const a of f.areas) {
    if (a.evidence.length === 0)
      out.push(row([a.rank, a.area, a.score, "", "", "", "no evidence"]));
    for (const e of a.evidence) {
      const src =
        e.source.kind === "relationship"
          ? e.source.relationshipId
          : e.source.kind === "life-event"
            ? e.source.lifeEventId
            : e.source.kind === "measure"
              ? `measure ${e.source.measureIndex}`
              : e.source.kind === "social"
                ? `social.${e.source.field}`
                : e.source.areas.join(",");
      out.push(
        row([
          a.rank,
          a.area,
          a.score,
          e.rule,
          src,
          `${e.effect === "add" ? "+" : "×"}${e.contribution}`,
          e.explanation,
        ]),
      );
    }
  }
  // With its case: people and events named by their labels, not their ids.
  out.push("", "```text", explainFormulation(f, { case: c }).trimEnd(), "```", "");
  return out.join("\n");
};

const snapshot = (title: string, cases: ReadonlyMap<string, Case>): string =>
  [
    `# ${title}`,
    "",
    "Generated by tests/scoring/formulate.golden.test.ts. A change here is a behaviour change of the scoring model: bump its version and say so in a changeset.",
    "",
    ...[...cases.entries()].map(([file, c]) => markdown(file, c, formulate(c))),
  ].join("\n");

it("Markdown snapshot of every sample's scores and evidence (review changes as a table diff)", async () => {
  await expect(snapshot("Sample formulations", SAMPLES)).toMatchFileSnapshot(
    "./__snapshots__/sample-formulations.md",
  );
});

it("Markdown snapshot of the undated-death variants (review changes as a table diff)", async () => {
  await expect(
    snapshot("Undated deaths: formulations of tests/fixtures/undated-death", UNDATED_DEATHS),
  ).toMatchFileSnapshot("./__snapshots__/undated-death-formulations.md");
});
