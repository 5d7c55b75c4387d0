/**
 * What the docs say an entry exports, read from their Markdown: the statements themselves
 * (claims), with the file and line of each, and their check against the entries' real
 * exports. Pure functions of the text, so `exports.test.ts` can try them on samples as well
 * as on `README.md` and `docs/*.md`.
 *
 * The statements it reads, in the docs' own wording:
 * - in fenced code blocks, every `import { a, type B, c as d } from "ipt-formulation…"`
 *   (`import type`, several lines, a default import too), and the signatures listed under a
 *   comment line naming an entry (`// ipt-formulation/plan`) down to the next blank line;
 * - in prose, where a name is inline code (`` `name` ``, `` `name(args)` ``, `` `PREFIX_*` ``)
 *   and an entry is `` `ipt-formulation…` `` or "the main entry":
 *   - `` `a`, `b` and the format tags `c` (`ipt-formulation/x`) ``, `` … from `ipt-formulation/x` ``,
 *     `` … in `ipt-formulation/x` `` (also "stays in"), `` … are exported by `ipt-formulation/x` ``;
 *   - `` `ipt-formulation/x` exports … `` (also "re-exports"; "The main entry
 *     (`ipt-formulation`) exports"): every name in the rest of the sentence, and those after
 *     "only it has" are not the main entry's;
 *   - `` `ipt-formulation/x` (also re-exported from the main entry) ``: everything the entry
 *     exports, the main entry exports too;
 *   - a table row whose first cell is an entry (README's "What you get", plan.md's subpaths):
 *     every name in its other cells, except a parenthesis saying "… exported by the main
 *     entry", whose names are the main entry's.
 * A name right after "fp-ts" or "zod" (an fp-ts `Ord` ranking) is that package's, not ours.
 */
import ts from "typescript";

/** The package's name; "the main entry" in prose means it. */
const PACKAGE = "ipt-formulation";

/** A statement that an entry exports a name, or (absent) that it does not. */
export interface NameClaim {
  readonly kind: "name";
  readonly file: string;
  readonly line: number;
  /** The entry as written: `ipt-formulation/svg` (the main entry is `ipt-formulation`). */
  readonly entry: string;
  /** An exported name, or a prefix and `*` (`SRRS_*`: some export starts with `SRRS_`). */
  readonly name: string;
  /** Whether the doc says the entry does **not** export it. */
  readonly absent: boolean;
  /** The doc's words, for the failure message. */
  readonly said: string;
}

/** A statement that everything an entry exports, another entry exports too. */
export interface EntryClaim {
  readonly kind: "entry";
  readonly file: string;
  readonly line: number;
  readonly entry: string;
  readonly alsoIn: string;
  readonly said: string;
}

export type Claim = NameClaim | EntryClaim;

/** A fenced code block: its info string, its content lines and the file line of the first. */
export interface Fence {
  readonly info: string;
  readonly line: number;
  readonly text: string;
}

/** The file's fenced code blocks, and its lines with every fenced line (and fence) blanked. */
export function splitFences(markdown: string): { prose: string[]; fences: Fence[] } {
  const lines = markdown.split(/\r?\n/);
  const prose = [...lines];
  const fences: Fence[] = [];
  let open: { marker: string; info: string; start: number } | undefined;
  lines.forEach((l, i) => {
    if (open === undefined) {
      const m = /^\s*(`{3,}|~{3,})\s*([^`]*)$/.exec(l);
      if (m === null) return;
      open = { marker: m[1] as string, info: (m[2] as string).trim(), start: i };
      prose[i] = "";
      return;
    }
    prose[i] = "";
    const close = /^\s*(`{3,}|~{3,})\s*$/.exec(l)?.[1];
    if (close !== undefined && close[0] === open.marker[0] && close.length >= open.marker.length) {
      fences.push({
        info: open.info,
        line: open.start + 2,
        text: lines.slice(open.start + 1, i).join("\n"),
      });
      open = undefined;
    }
  });
  return { prose, fences };
}

/** 1-based line of an offset in a text whose first line is `first`. */
const lineAt = (text: string, offset: number, first: number): number =>
  first + (text.slice(0, offset).match(/\n/g)?.length ?? 0);

/** Whitespace collapsed, at most `max` characters: a doc's words in a one-line message. */
const quote = (s: string, max = 140): string => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
};

/** An `import`/`export … from "ipt-formulation…"` statement, however many lines. */
const IMPORT_STATEMENT =
  /\b(?:import|export)\s+(?:type\s+)?[^;'"]*?\bfrom\s*(["'])(ipt-formulation(?:\/[^"']*)?)\1/g;

/** A comment line naming an entry, heading the signatures below it in an API listing. */
const ENTRY_COMMENT = /^\s*\/\/\s*(ipt-formulation(?:\/[\w./-]+)?)\s*$/;

/** The name a signature line of an API listing declares: `renderPlan(…)`, `interface X`. */
const SIGNATURE =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:(?:function|const|let|interface|type|class|enum)\s+)?([A-Za-z_$][\w$]*)\s*(?:[(<:=]|\{|extends\b)/;

/** The claims of the import statements and API listings in one fenced code block. */
export function codeClaims(file: string, fence: Fence, schemaSpecifier: string): NameClaim[] {
  const claims: NameClaim[] = [];
  for (const m of fence.text.matchAll(IMPORT_STATEMENT)) {
    const entry = m[2] as string;
    if (entry === schemaSpecifier) continue; // JSON, imported whole
    const stmt = m[0];
    const at = m.index;
    const sf = ts.createSourceFile("doc.ts", stmt, ts.ScriptTarget.Latest, true);
    const said = quote(stmt);
    const claim = (name: string, pos: number): void => {
      claims.push({
        kind: "name",
        file,
        line: lineAt(fence.text, at + pos, fence.line),
        entry,
        name,
        absent: false,
        said,
      });
    };
    for (const s of sf.statements) {
      if (ts.isImportDeclaration(s) && s.importClause !== undefined) {
        const { name, namedBindings } = s.importClause;
        if (name !== undefined) claim("default", name.getStart(sf));
        if (namedBindings !== undefined && ts.isNamedImports(namedBindings)) {
          for (const el of namedBindings.elements) {
            const imported = el.propertyName ?? el.name;
            claim(imported.text, imported.getStart(sf));
          }
        }
      } else if (
        ts.isExportDeclaration(s) &&
        s.exportClause !== undefined &&
        ts.isNamedExports(s.exportClause)
      ) {
        for (const el of s.exportClause.elements) {
          const exported = el.propertyName ?? el.name;
          claim(exported.text, exported.getStart(sf));
        }
      }
    }
  }
  // API listings: `// ipt-formulation/plan`, then one signature a line, to a blank line.
  const lines = fence.text.split("\n");
  let heading: { entry: string; said: string } | undefined;
  lines.forEach((l, i) => {
    const named = ENTRY_COMMENT.exec(l);
    if (named !== null) {
      heading = { entry: named[1] as string, said: l.trim() };
      return;
    }
    if (l.trim() === "") {
      heading = undefined;
      return;
    }
    const name = heading === undefined || /^\s*\/\//.test(l) ? undefined : SIGNATURE.exec(l)?.[1];
    if (heading !== undefined && name !== undefined) {
      claims.push({
        kind: "name",
        file,
        line: fence.line + i,
        entry: heading.entry,
        name,
        absent: false,
        said: `${heading.said}, then ${quote(l, 60)}`,
      });
    }
  });
  return claims;
}

/** Inline code that is an entry, a name of an export, or anything else. */
interface Span {
  readonly kind: "S" | "N" | "O";
  /** The entry (S), the name or `PREFIX_*` (N), the code itself (O). */
  readonly value: string;
  readonly code: string;
  readonly line: number;
  /** Right after "fp-ts" or "zod": that package's name, not an export of ours. */
  readonly foreign: boolean;
}

/** Literals and keywords that read like names in inline code but are not exports. */
const NOT_NAMES = new Set(["null", "undefined", "true", "false", "NaN", "Infinity", "this"]);

const classify = (code: string): Pick<Span, "kind" | "value"> => {
  if (/^ipt-formulation(?:\/[^\s`]*)?$/.test(code)) return { kind: "S", value: code };
  const name = /^([A-Za-z_$][\w$]*)(?:\(.*\))?$/s.exec(code)?.[1];
  if (name !== undefined && !NOT_NAMES.has(name)) return { kind: "N", value: name };
  if (/^[A-Za-z_$][\w$]*\*$/.test(code)) return { kind: "N", value: code };
  return { kind: "O", value: code };
};

/** A paragraph, list item, heading or table row of prose, with its code spans as tokens. */
interface Unit {
  /** The text with each code span replaced by `⟨K<i>⟩`, K its kind, i its index in spans. */
  readonly skeleton: string;
  readonly spans: readonly Span[];
  readonly row: boolean;
}

/** The prose, cut into units: blank lines, headings, list items and table rows start one. */
function units(prose: readonly string[]): Unit[] {
  const out: Unit[] = [];
  let lines: string[] = [];
  let first = 0;
  const flush = (): void => {
    if (lines.length === 0) return;
    const text = lines.join("\n");
    const spans: Span[] = [];
    const skeleton = text.replace(/`([^`]+)`/g, (whole, code: string, offset: number) => {
      const { kind, value } = classify(code);
      const before = text.slice(Math.max(0, offset - 8), offset);
      spans.push({
        kind,
        value,
        code: whole,
        line: lineAt(text, offset, first),
        foreign: /\b(?:fp-ts|zod)(?:'s)?\s+$/.test(before),
      });
      return `⟨${kind}${spans.length - 1}⟩`;
    });
    out.push({ skeleton, spans, row: /^\s*\|/.test(text) });
    lines = [];
  };
  prose.forEach((l, i) => {
    if (l.trim() === "") {
      flush();
      return;
    }
    const starts = /^\s*(?:\||#|[-*+]\s|\d+\.\s|>)/.test(l);
    if (starts || /^\s*\|/.test(lines[lines.length - 1] ?? "")) flush();
    if (lines.length === 0) first = i + 1;
    lines.push(l);
  });
  flush();
  return out;
}

// Patterns over a unit's skeleton.
const S = String.raw`⟨S\d+⟩`;
const TARGET = String.raw`(?:⟨S\d+⟩|the main entry)`;
/** A parenthesis after a listed name that holds no entry: `X` (`ipt-plan/1`). */
const ASIDE = String.raw`\s*\((?:(?!⟨S)[^()])*\)`;
const ITEM = String.raw`\**⟨N\d+⟩\**(?:${ASIDE})?`;
/** Between listed names: a comma, "and", "or", then perhaps "the <a word or three>". */
const SEP = String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+(?:[a-z-]+\s+){1,3})?`;
const LIST = `${ITEM}(?:${SEP}${ITEM})*`;

/** Names listed before an entry: `a`, `b` and `c` (S) / from S / in S / are exported by S. */
const LISTED = [
  new RegExp(String.raw`(${LIST})\s*\(\s*(${S})\s*\)`, "g"),
  new RegExp(String.raw`(${LIST})\s+from\s+(${TARGET})`, "g"),
  new RegExp(String.raw`(${LIST})\s+(?:(?:is|are|stays|stay)\s+)?in\s+(${TARGET})`, "g"),
  new RegExp(
    String.raw`(${LIST})\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:re-)?exported\s+(?:by|from)\s+(${TARGET})`,
    "g",
  ),
];
/** An entry said to be exported whole by another: S (also re-exported from the main entry). */
const WHOLE = new RegExp(
  String.raw`(${S})\s*(?:\(\s*|\s(?:is|are)\s+)(?:also\s+)?(?:re-)?exported\s+(?:by|from)\s+(${TARGET})\s*\)?`,
  "g",
);
/** An entry that exports what the rest of the sentence names: S exports … / S re-exports …. */
const EXPORTS = new RegExp(String.raw`(${S})\)?\s+(?:also\s+|now\s+)?(?:re-)?exports\b`, "g");
/** The end of a sentence (not of "e.g." and the like). */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|cf|vs|etc))\.(?=\s|$)/;

/** The claims of a file's prose. */
export function proseClaims(file: string, prose: readonly string[]): NameClaim[] {
  const claims: NameClaim[] = [];
  for (const u of units(prose)) {
    const plain = (skeleton: string): string =>
      quote(skeleton.replace(/⟨[SNO](\d+)⟩/g, (_, i: string) => u.spans[Number(i)]?.code ?? ""));
    const said = (from: number, to: number): string => plain(u.skeleton.slice(from, to));
    const used = new Set<number>();
    const names = (skeleton: string): number[] =>
      [...skeleton.matchAll(/⟨N(\d+)⟩/g)]
        .map((m) => Number(m[1]))
        .filter((i) => !(u.spans[i] as Span).foreign);
    const entryOf = (target: string): string =>
      target === "the main entry"
        ? PACKAGE
        : (u.spans[Number(/\d+/.exec(target)?.[0])] as Span).value;
    const claim = (i: number, entry: string, absent: boolean, words: string): void => {
      used.add(i);
      const span = u.spans[i] as Span;
      claims.push({
        kind: "name",
        file,
        line: span.line,
        entry,
        name: span.value,
        absent,
        said: words,
      });
    };

    for (const re of LISTED) {
      for (const m of u.skeleton.matchAll(re)) {
        const listed = (m[1] as string).replace(new RegExp(ASIDE, "g"), "");
        const words = said(m.index, m.index + m[0].length);
        for (const i of names(listed)) claim(i, entryOf(m[2] as string), false, words);
      }
    }
    for (const m of u.skeleton.matchAll(EXPORTS)) {
      const from = m.index + m[0].length;
      const rest = u.skeleton.slice(from);
      const end = rest.search(SENTENCE_END);
      const sentence = end < 0 ? rest : rest.slice(0, end);
      const entry = entryOf(m[1] as string);
      const words = said(m.index, from + sentence.length);
      const only = sentence.search(/\bonly it has\b/);
      for (const i of names(sentence)) claim(i, entry, false, words);
      if (only >= 0 && entry !== PACKAGE) {
        for (const i of names(sentence.slice(only))) claim(i, PACKAGE, true, words);
      }
    }
    if (u.row) {
      const cells = u.skeleton.split("|").map((c) => c.trim());
      const first = /^⟨S(\d+)⟩$/.exec(cells[1] ?? "");
      if (first !== null) {
        const entry = (u.spans[Number(first[1])] as Span).value;
        const words = `| ${(u.spans[Number(first[1])] as Span).code} | …`;
        for (const cell of cells.slice(2)) {
          // a parenthesis that says its names are the main entry's (or another entry's)
          const asides = [...cell.matchAll(/\([^()]*\)/g)];
          for (const a of asides) {
            const by = new RegExp(String.raw`exported\s+(?:by|from)\s+(${TARGET})`).exec(a[0]);
            if (by === null) continue;
            for (const i of names(a[0])) {
              if (!used.has(i))
                claim(i, entryOf(by[1] as string), false, `${words} ${plain(a[0])}`);
            }
          }
          for (const i of names(cell)) if (!used.has(i)) claim(i, entry, false, words);
        }
      }
    }
  }
  return claims;
}

/** The claims that an entry is exported whole by another, in a file's prose. */
export function wholeEntryClaims(file: string, prose: readonly string[]): EntryClaim[] {
  const claims: EntryClaim[] = [];
  for (const u of units(prose)) {
    for (const m of u.skeleton.matchAll(WHOLE)) {
      const span = u.spans[Number(/\d+/.exec(m[1] as string)?.[0])] as Span;
      const target = m[2] as string;
      claims.push({
        kind: "entry",
        file,
        line: span.line,
        entry: span.value,
        alsoIn:
          target === "the main entry"
            ? PACKAGE
            : (u.spans[Number(/\d+/.exec(target)?.[0])] as Span).value,
        said: quote(
          m[0].replace(/⟨[SNO](\d+)⟩/g, (_, i: string) => u.spans[Number(i)]?.code ?? ""),
        ),
      });
    }
  }
  return claims;
}

/** Every claim of one Markdown file. */
export function claimsOf(file: string, markdown: string, schemaSpecifier: string): Claim[] {
  const { prose, fences } = splitFences(markdown);
  return [
    ...fences.flatMap((f) => codeClaims(file, f, schemaSpecifier)),
    ...proseClaims(file, prose),
    ...wholeEntryClaims(file, prose),
  ];
}

/**
 * The claims that are false, one line each: file, line, the doc's words, and the name the
 * entry does not export (or does, when the doc says it does not). `exportsOf` gives an
 * entry's exported names (values and types), or undefined for what is not an entry.
 */
export function falseClaims(
  claims: readonly Claim[],
  exportsOf: (entry: string) => ReadonlySet<string> | undefined,
): string[] {
  const has = (names: ReadonlySet<string>, name: string): boolean =>
    name.endsWith("*") ? [...names].some((n) => n.startsWith(name.slice(0, -1))) : names.has(name);
  const out: string[] = [];
  for (const c of claims) {
    const at = `${c.file}:${c.line}`;
    const names = exportsOf(c.entry);
    if (names === undefined) {
      out.push(`${at}: "${c.said}": ${c.entry} is not an entry of the package`);
      continue;
    }
    if (c.kind === "name") {
      if (!c.absent && !has(names, c.name)) {
        out.push(`${at}: "${c.said}": ${c.entry} does not export ${c.name}`);
      } else if (c.absent && has(names, c.name)) {
        out.push(
          `${at}: "${c.said}": ${c.entry} exports ${c.name}, which the doc says it does not`,
        );
      }
      continue;
    }
    const also = exportsOf(c.alsoIn);
    if (also === undefined) {
      out.push(`${at}: "${c.said}": ${c.alsoIn} is not an entry of the package`);
      continue;
    }
    const missing = [...names].filter((n) => !also.has(n)).sort();
    if (missing.length > 0) {
      out.push(
        `${at}: "${c.said}": ${c.alsoIn} does not export ${missing.join(", ")} (${missing.length} of the ${names.size} exports of ${c.entry})`,
      );
    }
  }
  return [...new Set(out)];
}

/** A row of README's "What you get" table: its line, its first cell's code, its text. */
export interface TableRow {
  readonly line: number;
  readonly first: string | undefined;
  readonly text: string;
}

/** The rows of the table under a heading (header and separator rows left out). */
export function tableUnder(markdown: string, heading: RegExp): TableRow[] {
  const { prose } = splitFences(markdown);
  const start = prose.findIndex((l) => heading.test(l));
  if (start < 0) return [];
  const rows: TableRow[] = [];
  let seenHeader = false;
  for (let i = start + 1; i < prose.length; i++) {
    const l = prose[i] as string;
    if (/^#/.test(l)) break;
    if (!/^\s*\|/.test(l)) {
      if (rows.length > 0 || seenHeader) break;
      continue;
    }
    if (!seenHeader) {
      seenHeader = true;
      continue;
    }
    if (/^\s*\|[\s|:-]+\|\s*$/.test(l)) continue;
    const firstCell = l.split("|")[1]?.trim() ?? "";
    rows.push({ line: i + 1, first: /^`([^`]+)`$/.exec(firstCell)?.[1], text: l });
  }
  return rows;
}
