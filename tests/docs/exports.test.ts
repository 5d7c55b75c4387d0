/**
 * Every statement of the docs about what an entry exports is true (#13): the imports in
 * their code blocks, the names they place in an entry in prose and in tables, and README's
 * "What you get" table, which has a row for every entry of `entries.ts` and no other entry.
 *
 * An entry's exports are its values, imported by the package's public name as an app does
 * (vitest resolves `ipt-formulation/…` to the sources), and its types, from the TypeScript
 * compiler: one program over every entry's source, `getExportsOfModule` on each.
 * `ipt-formulation/browser` exports the union of the entries the bundle holds.
 * What the checker reads is described in `exportClaims.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BROWSER,
  ENTRIES,
  type EntryDef,
  PACKAGE_NAME,
  SCHEMA_EXPORT,
  specifier,
} from "../../entries.js";
import { type Claim, claimsOf, falseClaims, splitFences, tableUnder } from "./exportClaims.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const BROWSER_SPECIFIER = `${PACKAGE_NAME}/${BROWSER.exportKey.replace(/^\.\//, "")}`;
const SCHEMA_SPECIFIER = `${PACKAGE_NAME}/${SCHEMA_EXPORT.key.replace(/^\.\//, "")}`;
const CLI = `npx ${PACKAGE_NAME}`;
const WHAT_YOU_GET = /^##\s+What you get\s*$/;

/** README.md and every docs/*.md, by their path from the repository root. */
const DOCS: readonly string[] = [
  "README.md",
  ...readdirSync(`${ROOT}/docs`)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];
const read = (file: string): string => readFileSync(`${ROOT}/${file}`, "utf8");

/**
 * What is wrong with README's "What you get" table, one line each: a row that is not an entry
 * (nor the browser bundle, the schema or the CLI), an entry with no row.
 */
const whatYouGetProblems = (readme: string, entries: readonly EntryDef[]): string[] => {
  const rows = tableUnder(readme, WHAT_YOU_GET);
  if (rows.length === 0) return ["README.md: no table under ## What you get"];
  const specifiers = entries.map(specifier);
  const allowed = new Set([...specifiers, BROWSER_SPECIFIER, SCHEMA_SPECIFIER, CLI]);
  const listed = new Set(rows.map((r) => r.first));
  return [
    ...rows
      .filter((r) => r.first === undefined || !allowed.has(r.first))
      .map((r) => `README.md:${r.line}: ${r.first ?? r.text} is not an entry of entries.ts`),
    ...specifiers
      .filter((s) => !listed.has(s))
      .map(
        (s) =>
          `README.md:${rows[0]?.line}: the What you get table has no row for ${s} (entries.ts)`,
      ),
  ];
};

/** What is wrong with the browser row's "every subpath but …": the subpaths the bundle leaves out. */
const browserRowProblems = (readme: string, entries: readonly EntryDef[]): string[] => {
  const row = tableUnder(readme, WHAT_YOU_GET).find((r) => r.first === BROWSER_SPECIFIER);
  if (row === undefined)
    return [`README.md: the What you get table has no row for ${BROWSER_SPECIFIER}`];
  const but = /every subpath but ([\w/-]+(?:(?:,\s*|\s+and\s+)[\w/-]+)*)/.exec(row.text);
  if (but === null)
    return [`README.md:${row.line}: the browser row does not say "every subpath but …"`];
  const said = (but[1] as string).split(/,\s*|\s+and\s+/).sort();
  const left = entries
    .filter((e) => !e.browser && e.subpath !== "")
    .map((e) => e.subpath)
    .sort();
  return said.join() === left.join()
    ? []
    : [
        `README.md:${row.line}: the browser row leaves out ${said.join(", ")}; entries.ts leaves out ${left.join(", ") || "nothing"}`,
      ];
};

/** The names of a made-up package for the checker's own tests. */
const FAKE: Readonly<Record<string, ReadonlySet<string>>> = {
  "ipt-formulation": new Set(["decodeCase", "formulate", "PHQ9", "Case"]),
  "ipt-formulation/svg": new Set(["renderTimeline", "summarizeInventory", "PictureOptions"]),
  "ipt-formulation/measures": new Set([
    "PHQ9",
    "registerInstrument",
    "SRRS_EVENTS",
    "INSTRUMENT_LICENSES",
  ]),
};
const fake = (entry: string): ReadonlySet<string> | undefined => FAKE[entry];
const check = (markdown: string): string[] =>
  falseClaims(claimsOf("doc.md", markdown, SCHEMA_SPECIFIER), fake);

describe("the checker of what the docs say an entry exports", () => {
  it.each([
    [
      "an import of a name the entry lacks",
      '```ts\nimport { decodeCase, renderTimeline } from "ipt-formulation";\n```',
      [
        'doc.md:2: "import { decodeCase, renderTimeline } from "ipt-formulation"": ipt-formulation does not export renderTimeline',
      ],
    ],
    [
      "a multi-line import, with type imports and renames, on the line of the name",
      '# x\n\n```ts\nimport {\n  type PictureOptions,\n  renderTimeline as timeline,\n  type Case,\n} from "ipt-formulation/svg";\nimport type { Case as C } from "ipt-formulation";\n```',
      [
        'doc.md:7: "import { type PictureOptions, renderTimeline as timeline, type Case, } from "ipt-formulation/svg"": ipt-formulation/svg does not export Case',
      ],
    ],
    [
      "an import from an entry that does not exist, and a default import",
      '````js\nimport { x } from "ipt-formulation/nope";\nimport svg from "ipt-formulation/svg";\n````',
      [
        'doc.md:2: "import { x } from "ipt-formulation/nope"": ipt-formulation/nope is not an entry of the package',
        'doc.md:3: "import svg from "ipt-formulation/svg"": ipt-formulation/svg does not export default',
      ],
    ],
    [
      "an API listing under a comment naming the entry, to the next blank line",
      "```ts\n// ipt-formulation/svg\nrenderTimeline(c: Case): string\nformulate(c: Case): Formulation\n\ninterface Case { id: string }\n```",
      [
        'doc.md:4: "// ipt-formulation/svg, then formulate(c: Case): Formulation": ipt-formulation/svg does not export formulate',
      ],
    ],
    [
      "the pictures page's sentence, which says the renderers are in the main entry",
      "Clinicians think about the inventory. `ipt-formulation/svg` (also\nre-exported from the main entry) draws three of them:",
      [
        'doc.md:1: "`ipt-formulation/svg` (also re-exported from the main entry)": ipt-formulation does not export PictureOptions, renderTimeline, summarizeInventory (3 of the 3 exports of ipt-formulation/svg)',
      ],
    ],
    [
      "names listed before an entry in parentheses",
      "Data: `RULES`, `INSTRUMENT_LICENSES` (frozen) and the rule list `CITATIONS` (`ipt-formulation/measures`).",
      [
        'doc.md:1: "`RULES`, `INSTRUMENT_LICENSES` (frozen) and the rule list `CITATIONS` (`ipt-formulation/measures`)": ipt-formulation/measures does not export RULES',
        'doc.md:1: "`RULES`, `INSTRUMENT_LICENSES` (frozen) and the rule list `CITATIONS` (`ipt-formulation/measures`)": ipt-formulation/measures does not export CITATIONS',
      ],
    ],
    [
      "names from, in and exported by an entry, over a line break",
      "Use `formulate(case)` from\n`ipt-formulation/svg`; `PHQ9` (frozen), `decodeCase` and `renderTimeline` in the main entry. `summarizeInventory` is also exported by `ipt-formulation/measures`.\n\n- `SRRS_*` stays in the main entry; the helpers `decodeCase`, `ordDate` and `PHQ9` are exported by the main entry.",
      [
        'doc.md:1: "`formulate(case)` from `ipt-formulation/svg`": ipt-formulation/svg does not export formulate',
        'doc.md:2: "`PHQ9` (frozen), `decodeCase` and `renderTimeline` in the main entry": ipt-formulation does not export renderTimeline',
        'doc.md:2: "`summarizeInventory` is also exported by `ipt-formulation/measures`": ipt-formulation/measures does not export summarizeInventory',
        'doc.md:4: "`SRRS_*` stays in the main entry": ipt-formulation does not export SRRS_*',
        'doc.md:4: "`decodeCase`, `ordDate` and `PHQ9` are exported by the main entry": ipt-formulation does not export ordDate',
      ],
    ],
    [
      "a sentence of what an entry exports, and what only it has",
      "The main entry (`ipt-formulation`) exports `decodeCase` and `scoreMeasure`. `ipt-formulation/measures` re-exports `PHQ9` and adds what only it has: `registerInstrument`, the `SRRS_*` tables and `PHQ9`. Then `renderTimeline`.",
      [
        'doc.md:1: "`ipt-formulation`) exports `decodeCase` and `scoreMeasure`": ipt-formulation does not export scoreMeasure',
        'doc.md:1: "`ipt-formulation/measures` re-exports `PHQ9` and adds what only it has: `registerInstrument`, the `SRRS_*` tables and `PHQ9`": ipt-formulation exports PHQ9, which the doc says it does not',
      ],
    ],
    [
      "a table row of an entry, with an aside on the main entry and an fp-ts name",
      "| import | what |\n|---|---|\n| `ipt-formulation/measures` | `registerInstrument`, an fp-ts `Ord` ranking, `summarizeInventory` (the scorers `formulate` and `renderTimeline` use are also exported by the main entry) |\n| `ipt-formulation/svg` | `renderTimeline`; `ipt-case/1`; `null` |",
      [
        'doc.md:3: "| `ipt-formulation/measures` | … (the scorers `formulate` and `renderTimeline` use are also exported by the main entry)": ipt-formulation does not export renderTimeline',
        'doc.md:3: "| `ipt-formulation/measures` | …": ipt-formulation/measures does not export summarizeInventory',
      ],
    ],
  ])("finds %s", (_, markdown, expected) => {
    expect(check(markdown)).toEqual(expected);
  });

  it("reads nothing into prose that states no export, or into code blocks' other text", () => {
    const markdown = [
      "The `ipt-formulation/1` output, with `DEFAULT_MODEL` = `ipt-formulation/default`.",
      '`PHQ9` from either entry is one object; `import … from "ipt-formulation"` in prose.',
      "",
      "```sh",
      "npx ipt-formulation formulate case.json # from ipt-formulation",
      "```",
      "```ts",
      'import schema from "ipt-formulation/schema/ipt-case-1.schema.json" with { type: "json" };',
      'import * as all from "ipt-formulation";',
      "renderTimeline(c) // not under an entry comment",
      "```",
    ].join("\n");
    expect(claimsOf("doc.md", markdown, SCHEMA_SPECIFIER)).toEqual([]);
  });

  it("checks README's What you get table and its browser row against the entries list", () => {
    const entry = (subpath: string, browser: boolean): EntryDef => ({
      subpath,
      source: `src/${subpath}.ts`,
      budgetKb: 10,
      browser,
      node: false,
    });
    const entries = [entry("", true), entry("svg", true), entry("research", false)];
    const readme = (rows: readonly string[]): string =>
      ["## What you get", "", "| import | what |", "|---|---|", ...rows, "", "## Next"].join("\n");
    const good = [
      "| `ipt-formulation` | x |",
      "| `ipt-formulation/svg` | x |",
      "| `ipt-formulation/research` | x |",
      "| `ipt-formulation/browser` | the main entry and every subpath but research |",
      "| `ipt-formulation/schema/ipt-case-1.schema.json` | x |",
      "| `npx ipt-formulation` | x |",
    ];
    expect(whatYouGetProblems(readme(good), entries)).toEqual([]);
    expect(browserRowProblems(readme(good), entries)).toEqual([]);
    const bad = [...good.filter((r) => !r.includes("/svg")), "| `ipt-formulation/old` | x |"];
    expect(whatYouGetProblems(readme(bad), entries)).toEqual([
      "README.md:10: ipt-formulation/old is not an entry of entries.ts",
      "README.md:5: the What you get table has no row for ipt-formulation/svg (entries.ts)",
    ]);
    expect(browserRowProblems(readme(good), [...entries, entry("samples", false)])).toEqual([
      "README.md:8: the browser row leaves out research; entries.ts leaves out research, samples",
    ]);
  });

  it("reads the rows of the table under a heading, with their lines", () => {
    const md =
      "# A\n\n## What you get\n\nText.\n\n| import | what |\n|---|---|\n| `ipt-formulation` | x |\n| plain | y |\n\n## Next\n| `z` | w |";
    expect(tableUnder(md, WHAT_YOU_GET).map((r) => [r.line, r.first])).toEqual([
      [9, "ipt-formulation"],
      [10, undefined],
    ]);
  });
});

describe("the docs", () => {
  /** Each entry's exported names (values and types); what the compiler and the modules say. */
  let exported: ReadonlyMap<string, ReadonlySet<string>> = new Map();
  let compiled: ReadonlyMap<string, readonly string[]> = new Map();
  let runtimeValues: ReadonlyMap<string, readonly string[]> = new Map();

  beforeAll(async () => {
    const config = ts.readConfigFile(`${ROOT}/tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    // One program over every entry: each module is read once. Only exports are asked for, not
    // type errors, so Node's global types (a third of the files) are left out.
    const program = ts.createProgram({
      rootNames: ENTRIES.map((e) => `${ROOT}/${e.source}`),
      options: { ...options, noEmit: true, types: [] },
    });
    const checker = program.getTypeChecker();
    const names = new Map<string, ReadonlySet<string>>();
    const values = new Map<string, readonly string[]>();
    const types = new Map<string, readonly string[]>();
    for (const e of ENTRIES) {
      const sf = program.getSourceFile(`${ROOT}/${e.source}`);
      const symbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
      if (symbol === undefined) throw new Error(`the compiler did not read ${e.source}`);
      const mod = (await import(/* @vite-ignore */ specifier(e))) as Record<string, unknown>;
      const fromCompiler = checker.getExportsOfModule(symbol).map((s) => s.name);
      values.set(specifier(e), Object.keys(mod));
      types.set(specifier(e), fromCompiler);
      names.set(specifier(e), new Set([...fromCompiler, ...Object.keys(mod)]));
    }
    names.set(
      BROWSER_SPECIFIER,
      new Set(
        ENTRIES.filter((e) => e.browser).flatMap((e) => [...(names.get(specifier(e)) ?? [])]),
      ),
    );
    exported = names;
    runtimeValues = values;
    compiled = types;
  }, 120_000);

  const exportsOf = (entry: string): ReadonlySet<string> | undefined => exported.get(entry);

  const claims: readonly Claim[] = DOCS.flatMap((f) => claimsOf(f, read(f), SCHEMA_SPECIFIER));

  it("are checked against compiled exports that hold every value each entry exports at run time", () => {
    expect([...runtimeValues.values()].flat().length).toBeGreaterThan(0);
    for (const e of ENTRIES) {
      const values = runtimeValues.get(specifier(e)) ?? [];
      expect(compiled.get(specifier(e)), specifier(e)).toEqual(expect.arrayContaining([...values]));
    }
  });

  it("have every import of the package in their code blocks read", () => {
    const imports = new Set(
      DOCS.flatMap((f) =>
        splitFences(read(f)).fences.flatMap((b) =>
          [...b.text.matchAll(/\bimport\s+(?!\*)[^;]*?\bfrom\s*["'](ipt-formulation[^"']*)["']/g)]
            .map((m) => m[1])
            .filter((s) => s !== SCHEMA_SPECIFIER)
            .map((s) => `${f} ${s}`),
        ),
      ),
    );
    const readImports = new Set(
      claims
        .filter((c) => c.kind === "name" && c.said.startsWith("import"))
        .map((c) => `${c.file} ${c.entry}`),
    );
    expect(imports.size).toBeGreaterThan(0);
    expect([...readImports].sort()).toEqual([...imports].sort());
  });

  it("say only true things about what an entry exports", () => {
    expect(falseClaims(claims, exportsOf)).toEqual([]);
  });

  it("README's What you get table has a row for every entry, and rows only for entries, the browser bundle, the schema and the CLI", () => {
    expect(tableUnder(read("README.md"), WHAT_YOU_GET).length).toBeGreaterThan(0);
    expect(whatYouGetProblems(read("README.md"), ENTRIES)).toEqual([]);
  });

  it("README's browser row names the subpaths the bundle leaves out", () => {
    expect(browserRowProblems(read("README.md"), ENTRIES)).toEqual([]);
  });
});
