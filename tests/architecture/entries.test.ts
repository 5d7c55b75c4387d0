/**
 * The entries list (`entries.ts`) is the one source of truth for the package's public
 * entries: every configuration that names them agrees with it, and adding a row is all it
 * takes for every derived configuration to carry a new entry.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import sizeLimit from "../../.size-limit.js";
import {
  BROWSER,
  distName,
  ENTRIES,
  type EntryDef,
  exportKey,
  PACKAGE_NAME,
  specifier,
} from "../../entries.js";
import {
  apiReports,
  browserDeclarations,
  browserSource,
  packageExports,
  sizeLimits,
  tsconfigPaths,
  tsupEntries,
  typedocEntryPoints,
  vitestAliases,
} from "../../scripts/derive-entries.js";
import tsupConfig from "../../tsup.config.js";
import vitestConfig from "../../vitest.config.js";

const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${root}/${file}`, "utf8")) as Record<string, unknown>;

describe("the entries list", () => {
  it("names each entry once, by subpath and by dist file, with a source that exists", () => {
    expect(new Set(ENTRIES.map((e) => e.subpath)).size).toBe(ENTRIES.length);
    expect(new Set(ENTRIES.map(distName)).size).toBe(ENTRIES.length);
    for (const e of ENTRIES) expect(existsSync(`${root}/${e.source}`), e.source).toBe(true);
    expect(ENTRIES[0]?.subpath).toBe("");
    expect(readJson("package.json").name).toBe(PACKAGE_NAME);
  });

  it("keeps entries that may use Node built-ins out of the browser bundle, and budgets positive", () => {
    for (const e of ENTRIES) {
      if (e.node) expect(e.browser, e.subpath).toBe(false);
      expect(e.budgetKb, e.subpath).toBeGreaterThan(0);
    }
  });
});

describe("every configuration derives from the list", () => {
  it("package.json exports", () => {
    expect(readJson("package.json").exports).toEqual(packageExports());
  });

  it("tsconfig.json paths and typedoc.json entry points", () => {
    const tsconfig = readJson("tsconfig.json") as { compilerOptions: { paths: unknown } };
    expect(tsconfig.compilerOptions.paths).toEqual(tsconfigPaths());
    expect(readJson("typedoc.json").entryPoints).toEqual(typedocEntryPoints());
  });

  it("src/browser.ts", () => {
    expect(readFileSync(`${root}/${BROWSER.source}`, "utf8")).toBe(browserSource());
  });

  it("the build: tsup's library entries and the browser bundle", () => {
    const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as {
      entry?: unknown;
    }[];
    expect(configs.map((c) => c.entry)).toContainEqual(tsupEntries());
    expect(configs.map((c) => c.entry)).toContainEqual({ [BROWSER.distName]: BROWSER.source });
  });

  it("vitest's aliases", () => {
    expect(vitestConfig.resolve?.alias).toEqual(vitestAliases(root));
  });

  it("size-limit's checks", () => {
    expect(sizeLimit).toEqual(sizeLimits());
  });

  it("the API reports: one per entry in docs/api-report, no other", () => {
    const reports = readdirSync(`${root}/docs/api-report`).filter((f) => f.endsWith(".api.md"));
    const expected = apiReports().map(
      (r) => `${r.reportFileName.replace("<unscopedPackageName>", PACKAGE_NAME)}.api.md`,
    );
    expect(reports.sort()).toEqual(expected.sort());
  });
});

describe("adding an entry is one row", () => {
  const row: EntryDef = {
    subpath: "guidance/es",
    source: "src/guidance/locales/es.ts",
    budgetKb: 7,
    browser: true,
    node: false,
  };
  const list = [...ENTRIES, row];

  it("gives its name, dist file and exports key", () => {
    expect(specifier(row)).toBe("ipt-formulation/guidance/es");
    expect(distName(row)).toBe("guidance-es");
    expect(exportKey(row)).toBe("./guidance/es");
  });

  it("reaches every derived configuration", () => {
    expect(packageExports(list)["./guidance/es"]).toEqual({
      import: { types: "./dist/guidance-es.d.ts", default: "./dist/guidance-es.js" },
      require: { types: "./dist/guidance-es.d.cts", default: "./dist/guidance-es.cjs" },
    });
    expect(tsconfigPaths(list)["ipt-formulation/guidance/es"]).toEqual([
      "./src/guidance/locales/es.ts",
    ]);
    expect(tsupEntries(list)["guidance-es"]).toBe("src/guidance/locales/es.ts");
    expect(typedocEntryPoints(list)).toContain("src/guidance/locales/es.ts");
    expect(browserSource(list)).toContain('export * from "./guidance/locales/es.js";');
    expect(browserDeclarations(list)).toContain('export * from "./guidance-es.js";');
    expect(sizeLimits(list)).toContainEqual({
      name: "ipt-formulation/guidance/es (own code; budget 7 kB)",
      path: "dist/guidance-es.js",
      import: "*",
      ignore: ["zod", "fp-ts", "ipt-formulation"],
      limit: "7 kB",
    });
    expect(apiReports(list)).toContainEqual({
      entry: "ipt-formulation/guidance/es",
      declarations: "dist/guidance-es.d.ts",
      reportFileName: "<unscopedPackageName>-guidance-es",
    });
    const alias = vitestAliases("/r", list).find((a) => a.find.test("ipt-formulation/guidance/es"));
    expect(alias?.replacement).toBe("/r/src/guidance/locales/es.ts");
  });

  it("keeps a subpath's alias from catching another's name, and the main entry's from catching subpaths", () => {
    const aliases = vitestAliases("/r", list);
    for (const e of list) {
      const matching = aliases.filter((a) => a.find.test(specifier(e)));
      expect(matching.map((a) => a.replacement)).toEqual([`/r/${e.source}`]);
    }
    expect(aliases.some((a) => a.find.test("ipt-formulation/guidance"))).toBe(false);
  });

  it("leaves an entry out of the browser bundle when its row says so", () => {
    const nodeOnly = [...ENTRIES, { ...row, browser: false, node: true }];
    expect(browserSource(nodeOnly)).not.toContain("guidance");
    expect(browserDeclarations(nodeOnly)).not.toContain("guidance");
    expect(packageExports(nodeOnly)["./guidance/es"]).toBeDefined();
  });
});
