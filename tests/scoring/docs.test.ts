import { readFileSync } from "node:fs";
import { DEFAULT_PARAMS, RULES } from "ipt-formulation";
import { describe, expect, it } from "vitest";

const doc = readFileSync(new URL("../../docs/scoring.md", import.meta.url), "utf8");

const paths = (o: unknown, p: string): string[] =>
  typeof o === "object" && o !== null && !Array.isArray(o)
    ? Object.entries(o).flatMap(([k, v]) => paths(v, p === "" ? k : `${p}.${k}`))
    : [p];

describe("docs/scoring.md documents the model", () => {
  it("names every rule id", () => {
    for (const r of RULES) expect(doc).toContain(`\`${r.id}\``);
  });

  it("names every parameter (transition kinds as a group)", () => {
    for (const p of paths(DEFAULT_PARAMS, "")) {
      if (p.startsWith("transition.kinds.")) continue;
      const leaf = p.split(".").at(-1) as string;
      const parent = p.split(".").slice(0, -1).join(".");
      // Either the full path or the "parent.a / .b" shorthand of the table.
      expect(
        doc.includes(`\`${p}\``) ||
          (doc.includes(`\`${parent}.`) && doc.includes(`.${leaf}\``)) ||
          doc.includes(`/ \`.${leaf}\``),
      ).toBe(true);
    }
    expect(doc).toContain("`transition.kinds.*`");
  });
});
