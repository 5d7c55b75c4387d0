/**
 * The code snippets of the guides that are marked as examples run as written (#15). A
 * snippet is marked by a `<!-- snippet: examples/FILE.ts -->` line before its fence; the fence
 * must hold exactly the `// #region snippet` … `// #endregion snippet` part of that example,
 * and the example, which checks the results the snippet's comments state, must run. Vitest
 * resolves `ipt-formulation/…` to the sources; `npm run examples` runs the same files against
 * the built package.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitFences } from "./exportClaims.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const MARKER = /^<!-- snippet: (examples\/[\w.-]+\.ts) -->$/;
const REGION = /^\/\/ #region snippet\n([\s\S]*?)\n\/\/ #endregion snippet$/m;

interface Snippet {
  readonly doc: string;
  readonly line: number;
  readonly example: string;
  readonly text: string | undefined;
}

/** Every marked snippet of README.md and docs/*.md: the example it names and the next fence. */
const snippets = (): Snippet[] =>
  [
    "README.md",
    ...readdirSync(`${ROOT}/docs`)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `docs/${f}`),
  ].flatMap((doc) => {
    const markdown = readFileSync(`${ROOT}/${doc}`, "utf8");
    const { fences } = splitFences(markdown);
    return markdown.split(/\r?\n/).flatMap((l, i) => {
      const example = MARKER.exec(l)?.[1];
      if (example === undefined) return [];
      // The fence opening on the next line (fence lines are 1-based, of their first text line).
      const text = fences.find((f) => f.line === i + 3)?.text;
      return [{ doc, line: i + 1, example, text }];
    });
  });

/** The marked region of an example file, or undefined when it has none. */
const region = (example: string): string | undefined =>
  REGION.exec(readFileSync(`${ROOT}/${example}`, "utf8"))?.[1];

describe("marked snippets of the guides run as written", () => {
  it("docs/research.md's agreement snippet is marked", () => {
    expect(snippets().map((s) => `${s.doc} ${s.example}`)).toContain(
      "docs/research.md examples/research-agreement-snippet.ts",
    );
  });

  it.each(snippets().map((s) => [`${s.doc}:${s.line}`, s] as const))(
    "%s is its example's marked region, verbatim",
    (_, s) => {
      expect(s.text, "a fenced block right after the marker").toBeDefined();
      expect(s.text).toBe(region(s.example));
    },
  );

  it.each(snippets().map((s) => [s.example] as const))(
    "%s runs and its checks of the snippet's stated results pass",
    async (example) => {
      await expect(import(`${ROOT}/${example}`)).resolves.toBeDefined();
    },
  );
});
