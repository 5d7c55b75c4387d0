/**
 * docs/safety.md names, for each hazard, the tests that would fail if its control were
 * removed, as `file` › "title". This keeps those names true: every cited file exists and has
 * a test (or describe) with that exact title, every source file the page cites exists, and
 * every row of the hazards table cites at least one test. A renamed or deleted test fails
 * here until the page is updated, so the page cannot go stale silently (issue 21).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const PAGE = "docs/safety.md";
const text = readFileSync(`${root}${PAGE}`, "utf8");

/** A citation: `tests/….ts` › "title". */
interface Citation {
  readonly file: string;
  readonly title: string;
  readonly line: number;
}

/** Every citation of a Markdown text, with its line. */
const citationsOf = (markdown: string): readonly Citation[] =>
  markdown.split("\n").flatMap((l, i) =>
    [...l.matchAll(/`(tests\/[^`\s]+\.ts)` › "([^"]+)"/g)].map((m) => ({
      file: m[1] as string,
      title: m[2] as string,
      line: i + 1,
    })),
  );

/** Whether a test file has a test or describe titled exactly `title` (as a string literal). */
const hasTitle = (source: string, title: string): boolean =>
  ['"', "'", "`"].some((q) => source.includes(`${q}${title}${q}`));

/** The rows of the table under "## Hazards", header and separator left out. */
const hazardRows = (markdown: string): readonly string[] => {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === "## Hazards");
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith("## "));
  return (end < 0 ? rest : rest.slice(0, end)).filter((l) => l.startsWith("|")).slice(2);
};

describe("docs/safety.md", () => {
  const citations = citationsOf(text);

  it("cites tests", () => {
    expect(citations.length).toBeGreaterThan(0);
  });

  it("every cited test title is in the cited test file", () => {
    const wrong = citations.flatMap((c) => {
      if (!existsSync(`${root}${c.file}`)) return [`${PAGE}:${c.line}: ${c.file} does not exist`];
      const source = readFileSync(`${root}${c.file}`, "utf8");
      return hasTitle(source, c.title)
        ? []
        : [`${PAGE}:${c.line}: no test titled "${c.title}" in ${c.file}`];
    });
    expect(wrong).toEqual([]);
  });

  it("every source file it cites exists", () => {
    const missing = [...text.matchAll(/`((?:src|tests|scripts)\/[^`\s]+\.(?:ts|json))`/g)]
      .map((m) => m[1] as string)
      .filter((f) => !existsSync(`${root}${f}`));
    expect(missing).toEqual([]);
  });

  it("lists at least the nine hazards of issue 21, each verified by a cited test", () => {
    const rows = hazardRows(text);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    const uncited = rows.filter((r) => citationsOf(r).length === 0);
    expect(uncited).toEqual([]);
  });

  it("states that the project has no regulatory status", () => {
    expect(text).toMatch(/## Regulatory status\n\n\*\*The project has none\.\*\*/);
  });
});

describe("the citation reader", () => {
  it("reads a citation and checks a title as a string literal", () => {
    expect(citationsOf('x `tests/a/b.test.ts` › "does a thing" y')).toEqual([
      { file: "tests/a/b.test.ts", title: "does a thing", line: 1 },
    ]);
    expect(hasTitle('it("does a thing", () => {})', "does a thing")).toBe(true);
    expect(hasTitle('it("does a thing well", () => {})', "does a thing")).toBe(false);
  });
});
