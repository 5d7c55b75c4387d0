/**
 * The explanation names people and events, not ids, when it is given the case; and shows an
 * app's display names instead of the stored labels everywhere (#15).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Case, decodeCase, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const read = (file: string): Case => {
  const r = decodeCase(JSON.parse(readFileSync(file, "utf8")));
  if (r._tag === "Left") throw new Error(`${file} does not decode`);
  return r.right;
};

/** The sample cases and the undated-death variants, by file name. */
const CASES: readonly (readonly [string, Case])[] = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, read(`${dir}${f}`)] as const),
  ...readdirSync(`${dir}undated-death`)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [`undated-death/${f}`, read(`${dir}undated-death/${f}`)] as const),
];

/** A display name for every person of a case, unlike any stored label or rule text. */
const namesFor = (c: Case): ReadonlyMap<string, string> =>
  new Map(c.relationships.map((r, i) => [r.id, `Zoë Q${i} Ávila`]));

/** The lines of a section ("People and …", "Life events and …"), without its heading. */
const section = (text: string, heading: string): string[] => {
  const lines = text.split("\n");
  const at = lines.indexOf(heading);
  if (at < 0) return [];
  const end = lines.indexOf("", at);
  return lines.slice(at + 1, end);
};
const PEOPLE = "People and the areas they bear on:";
const EVENTS = "Life events and the areas they bear on:";

describe("explainFormulation with the case", () => {
  it.each(CASES)("%s: people by their labels and events by kind, people and date", (_, c) => {
    const f = formulate(c);
    const text = explainFormulation(f, { case: c });
    const label = (id: string): string => c.relationships.find((r) => r.id === id)?.label ?? id;
    const people = section(text, PEOPLE);
    expect(people.map((l, i) => l.startsWith(`  ${label(f.people[i]?.id ?? "")}: `))).toEqual(
      f.people.map(() => true),
    );
    for (const [i, v] of f.events.entries()) {
      const e = c.lifeEvents.find((x) => x.id === v.id);
      expect(section(text, EVENTS)[i]).toContain(`, ${e?.date}: `);
    }
    // Everything but those two sections is as without the case.
    const plain = explainFormulation(f);
    const outside = (t: string): string[] =>
      t
        .split("\n")
        .filter((l) => !section(t, PEOPLE).includes(l) && !section(t, EVENTS).includes(l));
    expect(outside(text)).toEqual(outside(plain));
  });

  it("names an event's people and its date; an event with nobody by kind and date", () => {
    const c = CASES.find(([name]) => name === "divorce-dispute-and-transition.json")?.[1] as Case;
    const text = explainFormulation(formulate(c), { case: c });
    expect(section(text, PEOPLE)).toEqual(["  Ex-wife: Role dispute 0.71, Role transition 0.60"]);
    expect(section(text, EVENTS)).toEqual([
      "  Divorce (Ex-wife), 2025-07: Role dispute 0.51, Role transition 0.51",
      "  Move, 2025-07: Role transition 0.53",
    ]);
  });

  it("without the case, ids as before", () => {
    const c = CASES.find(([name]) => name === "grief-mother.json")?.[1] as Case;
    const text = explainFormulation(formulate(c));
    expect(section(text, PEOPLE)).toEqual(["  mother: Grief 0.93", "  partner: Role dispute 0.07"]);
    expect(section(text, EVENTS)).toEqual(["  mother-died: Grief 0.93"]);
  });
});

describe("explainFormulation with display names", () => {
  it.each(CASES)("%s: the names everywhere, never the stored label of those people", (_, c) => {
    const f = formulate(c);
    const names = namesFor(c);
    const stored = explainFormulation(f, { case: c });
    const shown = explainFormulation(f, { case: c, displayLabels: names });
    for (const r of c.relationships) {
      // Only people the explanation names at all (by label) can be checked.
      if (!stored.includes(`${r.label} (`) && !stored.includes(`  ${r.label}: `)) continue;
      expect(shown).toContain(names.get(r.id));
      expect(shown).not.toContain(r.label);
    }
  });

  it("checks every sample that names people (guards the table above)", () => {
    const naming = CASES.filter(([, c]) =>
      c.relationships.some((r) =>
        explainFormulation(formulate(c), { case: c }).includes(`  ${r.label}: `),
      ),
    );
    // The isolation sample's evidence is about the social pattern, not about anybody.
    expect(CASES.filter((x) => !naming.includes(x)).map(([name]) => name)).toEqual([
      "deficits-isolation.json",
    ]);
  });

  it("replaces the name in an evidence line only, and not inside a longer label", () => {
    const c = read(`${dir}grief-mother.json`);
    const twin: Case = {
      ...c,
      relationships: [
        ...c.relationships,
        {
          ...(c.relationships[0] as Case["relationships"][number]),
          id: "step",
          label: "Step-Mother",
        },
      ],
    };
    const text = explainFormulation(formulate(twin), {
      case: twin,
      displayLabels: { mother: "Ana Souza" },
    });
    expect(text).toContain("Death of Ana Souza (inner circle)");
    expect(text).not.toContain("Step-Ana Souza");
  });

  it("without the case, the people section uses the names in place of the ids", () => {
    const c = read(`${dir}grief-mother.json`);
    const text = explainFormulation(formulate(c), { displayLabels: { mother: "Ana Souza" } });
    expect(section(text, PEOPLE)).toEqual([
      "  Ana Souza: Grief 0.93",
      "  partner: Role dispute 0.07",
    ]);
  });

  it.each(CASES)("%s: no names, or names of nobody in it: the same text", (_, c) => {
    const f = formulate(c);
    const base = explainFormulation(f, { case: c });
    expect(explainFormulation(f, { case: c, displayLabels: {} })).toBe(base);
    expect(explainFormulation(f, { case: c, displayLabels: new Map([["nobody", "N. N."]]) })).toBe(
      base,
    );
  });
});
