/**
 * The table of scoring parameters in `docs/scoring.md`, generated: one row per parameter of
 * `ScoringParams` with its default (`DEFAULT_PARAMS`), its range (`SCORING_PARAM_RANGES`,
 * read from `ScoringParamsSchema`), and its unit, meaning and sources from the TSDoc of its
 * field in `src/scoring/scoringModel.ts` (the summary's last sentence is `Unit: …`; each
 * `@see` is a source). The table goes between `<!-- params:start -->` and
 * `<!-- params:end -->`. Run with `npx tsx scripts/scoring-params-table.ts` after changing a
 * parameter, its comment, its default or its range; `tests/docs/scoringParams.test.ts`
 * fails while the guide is out of step.
 *
 * A field typed by a shared interface (`CircleWeights`) takes its unit and sources from the
 * field holding it, and its meaning is that field's followed by the level's own; a record of
 * weights (`transition.kinds`) is one row, `transition.kinds.*`, listing its defaults.
 *
 * @module
 */

import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_PARAMS } from "ipt-formulation";
import { type ParamRange, SCORING_PARAM_RANGES } from "ipt-formulation/scoring-model";
import ts from "typescript";

export const MODEL_FILE = fileURLToPath(new URL("../src/scoring/scoringModel.ts", import.meta.url));
export const DOC_FILE = fileURLToPath(new URL("../docs/scoring.md", import.meta.url));
export const START = "<!-- params:start -->";
export const END = "<!-- params:end -->";
export const COMMAND = "npx tsx scripts/scoring-params-table.ts";

/** What the TSDoc of one field says. */
export interface FieldDoc {
  readonly meaning: string;
  readonly unit: string;
  readonly sources: readonly string[];
}

/** One row of the table. */
export interface ParamRow extends FieldDoc {
  readonly path: string;
  readonly defaultValue: string;
  readonly range: string;
}

const UNIT = /^(.*?)\s*Unit: ([^\n]+?)\.$/s;

const docOf = (node: ts.Node, path: string): FieldDoc => {
  const jsDoc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1);
  if (jsDoc === undefined) throw new Error(`${path}: no TSDoc`);
  const text = (ts.getTextOfJSDocComment(jsDoc.comment) ?? "").trim();
  const summary = text.split(/\n\s*\n/)[0]?.replace(/\s+/g, " ") ?? "";
  // A tag's own source text: TypeScript reads the first word of `@see` as a name.
  const sources = (jsDoc.tags ?? [])
    .filter((t) => t.tagName.text === "see")
    .map((t) =>
      node
        .getSourceFile()
        .text.slice(t.tagName.end, t.end)
        .replace(/\n\s*\*(?!\/)/g, " ")
        .replace(/\*\/$/, "")
        .replace(/\s+/g, " ")
        .trim(),
    );
  const m = UNIT.exec(summary);
  return { meaning: m?.[1] ?? summary, unit: m?.[2] ?? "", sources };
};

const valueAt = (path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], DEFAULT_PARAMS);

const bound = (n: number): string => String(n);

/** A range as an interval: `[0, 1]`, `(0, 600]`; integers as `1..50`. */
export const formatRange = (r: ParamRange): string =>
  r.integer
    ? `${bound(r.min)}..${bound(r.max)}`
    : `${r.minExclusive ? "(" : "["}${bound(r.min)}, ${bound(r.max)}${r.maxExclusive ? ")" : "]"}`;

const rangeOf = (path: string): string => {
  const r = SCORING_PARAM_RANGES[path];
  if (r === undefined) throw new Error(`${path}: no range in ScoringParamsSchema`);
  return formatRange(r);
};

/** The defaults of a record of weights, grouped by value, highest first: `birth 0.9; …`. */
const groupedDefaults = (record: Readonly<Record<string, number>>): string => {
  const byValue = new Map<number, string[]>();
  for (const [k, v] of Object.entries(record)) byValue.set(v, [...(byValue.get(v) ?? []), k]);
  return [...byValue.entries()]
    .sort(([a], [b]) => b - a)
    .map(([v, ks]) => `${ks.map((k) => `\`${k}\``).join(", ")} ${v}`)
    .join("; ");
};

/** The rows of the table, in the order of `ScoringParams`, read from the model file's source. */
export function paramRows(source: string = readFileSync(MODEL_FILE, "utf8")): readonly ParamRow[] {
  const file = ts.createSourceFile(MODEL_FILE, source, ts.ScriptTarget.ES2022, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const s of file.statements) if (ts.isInterfaceDeclaration(s)) interfaces.set(s.name.text, s);
  const root = interfaces.get("ScoringParams");
  if (root === undefined) throw new Error("no interface ScoringParams");
  const rows: ParamRow[] = [];

  const visit = (
    members: ts.NodeArray<ts.TypeElement>,
    prefix: string,
    holder: FieldDoc | undefined,
  ): void => {
    for (const m of members) {
      if (!ts.isPropertySignature(m) || m.type === undefined) continue;
      const name = m.name.getText(file);
      const path = prefix === "" ? name : `${prefix}.${name}`;
      const type = m.type;
      if (ts.isTypeLiteralNode(type)) {
        visit(type.members, path, undefined);
        continue;
      }
      const shared = ts.isTypeReferenceNode(type)
        ? interfaces.get(type.typeName.getText(file))
        : undefined;
      if (shared !== undefined) {
        visit(shared.members, path, docOf(m, path));
        continue;
      }
      const own = docOf(m, path);
      const doc: FieldDoc =
        holder === undefined
          ? own
          : {
              meaning: `${holder.meaning} ${own.meaning}`,
              unit: holder.unit,
              sources: holder.sources,
            };
      if (doc.unit === "") throw new Error(`${path}: its TSDoc gives no "Unit: …."`);
      if (doc.sources.length === 0) throw new Error(`${path}: its TSDoc gives no @see source`);
      const value = valueAt(path);
      if (typeof value === "number")
        rows.push({ path, ...doc, defaultValue: String(value), range: rangeOf(path) });
      else if (Array.isArray(value))
        rows.push({ path, ...doc, defaultValue: value.join(", "), range: "a permutation" });
      else {
        // A record of weights: one row for all its keys.
        const record = value as Readonly<Record<string, number>>;
        const keys = Object.keys(record);
        const ranges = new Set(keys.map((k) => rangeOf(`${path}.${k}`)));
        const values = Object.values(record);
        rows.push({
          path: `${path}.*`,
          ...doc,
          meaning: `${doc.meaning.replace(/\.$/, "")}: ${groupedDefaults(record)}.`,
          defaultValue: `${Math.min(...values)}–${Math.max(...values)}`,
          range: [...ranges].join(" / "),
        });
      }
    }
  };
  visit(root.members, "", undefined);
  return rows;
}

const cell = (s: string): string => s.replaceAll("|", "\\|");

/** The Markdown table of the parameters. */
export function renderParamsTable(rows: readonly ParamRow[] = paramRows()): string {
  const lines = [
    "| parameter | default | range | unit | meaning | source |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| \`${r.path}\` | ${cell(r.defaultValue)} | ${r.range} | ${cell(r.unit)} | ${cell(r.meaning)} | ${cell(r.sources.join("; "))} |`,
    ),
  ];
  return lines.join("\n");
}

/** The guide with the table between its markers replaced by `table`. */
export function withParamsTable(doc: string, table: string = renderParamsTable()): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/scoring.md has no ${START} … ${END}`);
  return `${doc.slice(0, start + START.length)}\n${table}\n${doc.slice(end)}`;
}

const invoked = process.argv[1];
if (
  invoked !== undefined &&
  realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url))
) {
  const doc = readFileSync(DOC_FILE, "utf8");
  const next = withParamsTable(doc);
  if (next === doc) console.log("docs/scoring.md: the parameter table is up to date");
  else {
    writeFileSync(DOC_FILE, next);
    console.log("docs/scoring.md: parameter table written");
  }
}
