/**
 * docs/intake.md is checked, not trusted: the weights it quotes are the default model's (its
 * parameters, and contributions `formulate` gives on small cases), the rule ids and flags it
 * names exist, its tables of controls and required fields agree with the descriptors, and its
 * slider table is the mapping its example uses. (Its code snippets are checked by
 * tests/docs/snippets.test.ts: each is its example's marked region, and the example runs.)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import {
  type CaseInput,
  DEFAULT_PARAMS,
  decodeCase,
  FLAG_CODES,
  type Formulation,
  formulate,
  RULES,
} from "ipt-formulation";
import { INTAKE_CONTROLS, intakeFields } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";
import { scopeOf } from "./support.js";

const doc = readFileSync(fileURLToPath(new URL("../../docs/intake.md", import.meta.url)), "utf8");
const prose = doc.replace(/```[\s\S]*?```/g, "");
const flat = prose.replace(/\s+/g, " ");

/** The cells of the table row whose first cell is `first`. */
const row = (first: string): string[] => {
  const line = prose.split("\n").find((l) => l.startsWith(`| ${first} |`));
  expect(line, first).toBeDefined();
  return (line as string)
    .split("|")
    .slice(2, -1)
    .map((c) => c.trim());
};

const formulated = (c: Input): Formulation => {
  const r = decodeCase({ format: "ipt-case/1", assessedOn: "2026-01-20", ...c });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left.issues));
  return formulate(r.right);
};
const contribution = (f: Formulation, rule: string): number | undefined =>
  f.areas.flatMap((a) => a.evidence).find((e) => e.rule === rule)?.contribution;

type Input = Omit<CaseInput, "format" | "assessedOn">;
type Person = Input["relationships"][number];
const mother: Person = {
  id: "m",
  label: "Mother",
  role: "parent",
  circle: "inner",
  status: "deceased",
};
const death: Input["lifeEvents"][number] = {
  id: "d",
  kind: "death",
  date: "2025-09",
  relationshipIds: ["m"],
};
const partner: Person = {
  id: "p",
  label: "Partner",
  role: "partner",
  circle: "inner",
  status: "active",
  conflict: 4,
};

describe("docs/intake.md", () => {
  it("names only rules of RULES and flags of FLAG_CODES", () => {
    const rules = new Set<string>(RULES.map((r) => r.id));
    // a name of the model's parameters (`dispute.closeness`) is not a rule
    const isParam = (name: string): boolean =>
      name
        .split(".")
        .reduce<unknown>(
          (v, k) => (v as Record<string, unknown> | undefined)?.[k],
          DEFAULT_PARAMS,
        ) !== undefined;
    const named = [...prose.matchAll(/`((?:grief|dispute|transition|deficits)\.[a-z-]+)`/g)]
      .map((m) => m[1] as string)
      .filter((n) => !isParam(n));
    expect(named.filter((r) => !rules.has(r as string))).toEqual([]);
    expect(new Set(named).size).toBeGreaterThan(10);
    for (const flag of ["onset-unknown", "death-undated", "close-call"]) {
      expect(FLAG_CODES).toContain(flag);
      expect(prose).toContain(`\`${flag}\``);
    }
  });

  it.each([
    ["kernel.plateauMonths", DEFAULT_PARAMS.kernel.plateauMonths, "3 months before the onset"],
    [
      "kernel.halfLifeBeforeMonths",
      DEFAULT_PARAMS.kernel.halfLifeBeforeMonths,
      "halves every 6 months",
    ],
    [
      "kernel.halfLifeAfterMonths",
      DEFAULT_PARAMS.kernel.halfLifeAfterMonths,
      "halves every 3 months",
    ],
    ["grief.unknownPersonCloseness", DEFAULT_PARAMS.grief.unknownPersonCloseness, "counts as 0.6"],
    [
      "deficits.exclusionThreshold",
      DEFAULT_PARAMS.deficits.exclusionThreshold,
      "just under the 0.3",
    ],
  ] as const)("quotes %s as the model has it (%s)", (param, value, words) => {
    expect(flat).toContain(words);
    expect(words).toContain(String(value));
    expect(prose).toContain(`\`${param}\``);
  });

  it("the distress and adjustment factors are the model's", () => {
    const d = DEFAULT_PARAMS.distress;
    const a = DEFAULT_PARAMS.adjustment;
    expect(row("distress 0, 1, 2, 3, 4")[0]).toMatch(
      new RegExp(`^${[0, 1, 2, 3, 4].map((x) => d.none + d.perPoint * x).join(", ")} `),
    );
    expect(row("distress not asked")[0]).toMatch(new RegExp(`^${d.unknown} `));
    expect(row("adjusted: no")[0]).toMatch(new RegExp(`^${a.notAdjusted} `));
    expect(row("adjusted: not asked")[0]).toMatch(new RegExp(`^${a.unknown} `));
    expect(row("adjusted: yes")[0]).toMatch(new RegExp(`^${a.adjusted} `));
  });

  it("the dispute factors and the closeness weights are the model's", () => {
    const p = DEFAULT_PARAMS.dispute;
    const e = p.expectations;
    const s = p.stage;
    expect(row("`conflict` 1, 2, 3, 4 (0 or not asked: no dispute evidence)")).toEqual([
      "0.25, 0.5, 0.75, 1",
    ]);
    expect(row("`expectationsReciprocal`: no (non-reciprocal), not asked, yes")).toEqual([
      `${e.nonReciprocal}, ${e.unknown}, ${e.reciprocal}`,
    ]);
    expect(row("`disputeStage`: impasse, dissolution, renegotiation, not asked")).toEqual([
      `${s.impasse}, ${s.dissolution}, ${s.renegotiation}, ${s.unknown}`,
    ]);
    expect(row("`conflictSince`: up to a year before the onset, not asked")[0]).toMatch(
      new RegExp(
        `^1, ${p.unknownSince} \\(earlier: halving every ${DEFAULT_PARAMS.kernel.halfLifeBeforeMonths} months, down to ${p.chronicFloor}\\)$`,
      ),
    );
    expect(p.chronicPlateauMonths).toBe(12);
    expect(row("`status`: active, estranged, ended")).toEqual([
      `${p.status.active}, ${p.status.estranged}, ${p.status.ended}`,
    ]);
    for (const c of ["inner", "middle", "outer"] as const)
      expect(row(c)).toEqual([String(DEFAULT_PARAMS.closeness[c]), String(p.closeness[c])]);
  });

  it.each([
    ["0.8", { distress: 4, adjusted: false }],
    ["0.48", {}],
    ["0.14", { distress: 0, adjusted: true }],
  ] as const)("a close death at the onset weighs **%s** as it says", (weight, answers) => {
    const f = formulated({
      episode: { onset: "2025-10" },
      relationships: [mother],
      lifeEvents: [{ ...death, ...answers }],
    });
    expect(contribution(f, "grief.death-near-onset")).toBe(Number(weight));
    expect(prose).toContain(`**${weight}**`);
  });

  it("a severe dispute weighs **0.85** fully asked and **0.286875** with only its rating", () => {
    const asked = formulated({
      episode: { onset: "2025-10" },
      relationships: [
        {
          ...partner,
          disputeStage: "impasse",
          expectationsReciprocal: false,
          conflictSince: "2025-08",
        },
      ],
      lifeEvents: [],
    });
    const unasked = formulated({
      episode: { onset: "2025-10" },
      relationships: [partner],
      lifeEvents: [],
    });
    expect(contribution(asked, "dispute.current-conflict")).toBe(0.85);
    expect(contribution(unasked, "dispute.current-conflict")).toBe(0.286875);
    expect(0.286875).toBeLessThan(DEFAULT_PARAMS.deficits.exclusionThreshold);
    expect(flat).toContain("gives **0.85**");
    expect(flat).toContain("0.85 × 0.6 × 0.75 × 0.75 = **0.286875**");
  });

  it.each(["inner", "middle", "outer"] as const)(
    "an undated death in the %s circle weighs what its table says",
    (circle) => {
      const f = formulated({
        episode: { onset: "2025-10" },
        relationships: [{ ...mother, circle }],
        lifeEvents: [],
      });
      const weight = contribution(f, "grief.undated-death") as number;
      const cell = prose.split("\n").filter((l) => l.startsWith(`| ${circle} | **`));
      expect(cell).toHaveLength(1);
      expect(cell[0]).toContain(`**${weight}**`);
      const excludes = weight >= DEFAULT_PARAMS.deficits.exclusionThreshold;
      expect(cell[0]?.includes("still enough to rule out deficits")).toBe(
        circle === "middle" && excludes,
      );
    },
  );

  it("the slider table is the rounding it states", () => {
    const cells = row("slider");
    const scale = row("scale");
    cells.forEach((range, i) => {
      const [lo, hi] = range.split("–").map(Number) as [number, number];
      for (let v = lo; v <= hi; v++) expect(Math.round((v * 4) / 10)).toBe(Number(scale[i]));
    });
    expect(cells.join(" ")).toBe("0–1 2–3 4–6 7–8 9–10");
    expect(flat).toContain("Round `slider × 4 / 10`");
  });

  it("its table of controls names every control", () => {
    const first = prose
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .map((l) => l.split("|")[1] ?? "");
    const named = new Set(first.flatMap((c) => [...c.matchAll(/`([a-z-]+)`/g)].map((m) => m[1])));
    expect(INTAKE_CONTROLS.filter((c) => !named.has(c))).toEqual([]);
  });

  it("its list of required fields is the descriptors'", () => {
    const required = (scope: string): string[] =>
      intakeFields()
        .filter((f) => f.required && scopeOf(f.path) === scope)
        .map((f) => `\`${f.path.slice(f.path.lastIndexOf(".") + 1)}\``);
    const list = (xs: string[]) => `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
    expect(required("")).toEqual([
      "`format`",
      "`assessedOn`",
      "`episode`",
      "`relationships`",
      "`lifeEvents`",
    ]);
    expect(flat).toContain(
      "Required fields: `format`, `assessedOn`, `episode` (may be `{}`), `relationships` and `lifeEvents` (may be empty lists);",
    );
    expect(flat).toContain(`in each person ${list(required("relationships[]"))};`);
    expect(flat).toContain(`in each event ${list(required("lifeEvents[]"))};`);
    expect(flat).toContain(`in each measure ${list(required("measures[]"))}.`);
  });
});
