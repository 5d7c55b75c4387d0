/**
 * Extracting, compiling and checking the TSDoc `@example` blocks of `src/` (STYLE.md, point 11:
 * "every TSDoc `@example` runs in the test suite with its `//=>` asserted"), as fp-ts runs its
 * docs' examples.
 *
 * An example is TypeScript, run as the body of an async function: `import` declarations of the
 * package's public names (`ipt-formulation`, `ipt-formulation/measures`, …) bind the names that
 * entry really exports; every other name comes from the shared scope of
 * `tests/docs/exampleScope.ts` (every entry's exports, and a few documented fixtures).
 *
 * An assertion is a line `//=> VALUE` (continued on following lines that start with `//` and two or more
 * spaces), or `EXPRESSION //=> VALUE` on one line. It checks the statement just before it: an
 * expression statement's value, or the last variable a declaration declares. `VALUE` is a
 * JavaScript expression evaluated in the example's scope, with these conventions:
 *
 * - `right(x)`, `left(x)`, `some(x)`, `none`: fp-ts's `Either` and `Option` values;
 * - `…` (or `...` where it cannot be a spread) is a wildcard: as an object member, "other
 *   keys too"; as an array element, "any number of elements here"; as a value, "any value";
 * - a number ending in `…` (`0.7754…`) is the value cut or rounded to the decimals shown;
 * - `…` inside a string literal (`"sha256:…"`) stands for any text there.
 *
 * A bare `//=> …` asserts nothing and is refused.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import ts from "typescript";

/** One `@example` block. */
export interface TsdocExample {
  /** The source file, relative to the repository (`src/model/partialDate.ts`). */
  readonly file: string;
  /** The 1-based line of its `@example` tag. */
  readonly line: number;
  /** The symbol the comment documents (`monthsBetween`), or `(module)` for a file's header. */
  readonly symbol: string;
  /** Its first `//` comment line, which says what it shows (`""` if none). */
  readonly title: string;
  /** Its code, the comment's `*` prefixes removed. */
  readonly code: string;
  /** `file:line symbol`, the name a failure is reported under. */
  readonly id: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
    });

const DECLARATION =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum|namespace)\s+([\w$]+)|^\s*(?:readonly\s+)?([\w$]+)\??\s*[:(]/;

/** The symbol a TSDoc comment ending at `end` documents: the declaration after it. */
const symbolAfter = (text: string, end: number): string => {
  const rest = text.slice(end).split("\n").slice(1);
  for (const l of rest) {
    if (l.trim() === "" || l.trim().startsWith("//")) continue;
    const m = DECLARATION.exec(l);
    if (l.trim().startsWith("import") || l.trim().startsWith("export {")) return "(module)";
    return m?.[1] ?? m?.[2] ?? "(module)";
  }
  return "(module)";
};

/** Every `@example` of every `.ts` file under `root/src`, in file and line order. */
export const extractExamples = (root: string): TsdocExample[] =>
  walk(`${root}/src`).flatMap((path) => {
    const file = path.slice(root.length + 1);
    const text = readFileSync(path, "utf8");
    const out: TsdocExample[] = [];
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const start = m.index;
      const lines = m[0].split("\n");
      const symbol = symbolAfter(text, start + m[0].length);
      const firstLine = text.slice(0, start).split("\n").length;
      for (let i = 0; i < lines.length; i++) {
        if (!/^\s*\*\s*@example\b/.test(lines[i] ?? "")) continue;
        const body: string[] = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
          const l = lines[j] ?? "";
          if (/^\s*\*\s*@\w+/.test(l) || /^\s*\*\/\s*$/.test(l)) break;
          body.push(l.replace(/^\s*\*\/?$/, "").replace(/^\s*\* ?/, ""));
        }
        while (body.length > 0 && (body.at(-1) ?? "").trim() === "") body.pop();
        const code = body.join("\n");
        const title = /^\s*\/\/\s?(.*)$/m.exec(body.find((l) => l.trim() !== "") ?? "")?.[1] ?? "";
        const line = firstLine + i;
        out.push({ file, line, symbol, title, code, id: `${file}:${line} ${symbol}` });
        i = j - 1;
      }
    }
    return out;
  });

// ---------------------------------------------------------------------------------------------
// Expected values: wildcards

/** The wildcard `…`: other keys, any elements, any value (see the module's comment). */
export const REST: unique symbol = Symbol("…");

/** A number shown to some decimals (`0.7754…`). */
export class Approx {
  constructor(readonly shown: string) {}
  matches(a: unknown): boolean {
    const scale = 10 ** (this.shown.split(".")[1]?.length ?? 0);
    const shown = Math.round(Number(this.shown) * scale);
    return (
      typeof a === "number" && (Math.trunc(a * scale) === shown || Math.round(a * scale) === shown)
    );
  }
  toString(): string {
    return `${this.shown}…`;
  }
}

/** A string with `…` for any text (`"sha256:…"`). */
export class StringPattern {
  constructor(readonly parts: readonly string[]) {}
  matches(a: unknown): boolean {
    if (typeof a !== "string") return false;
    const first = this.parts[0] ?? "";
    const last = this.parts.at(-1) ?? "";
    if (!a.startsWith(first) || a.length < first.length + last.length || !a.endsWith(last)) {
      return false;
    }
    let at = first.length;
    const end = a.length - last.length;
    for (const p of this.parts.slice(1, -1)) {
      const k = a.indexOf(p, at);
      if (k < 0 || k + p.length > end) return false;
      at = k + p.length;
    }
    return true;
  }
  toString(): string {
    return JSON.stringify(this.parts.join("…"));
  }
}

/** The names an expected value may use for the wildcards, given to the example's scope. */
export const PATTERN_SCOPE = {
  __rest: REST,
  __approx: (shown: string) => new Approx(shown),
  __str: (parts: readonly string[]) => new StringPattern(parts),
} as const;

/**
 * The text after `//=>` made a JavaScript expression: `…` and `...`-not-a-spread become
 * `__rest`, `0.77…` becomes `__approx("0.77")`, a string with `…` becomes `__str([...])`.
 */
export const patternSource = (value: string): string => {
  let out = "";
  let i = 0;
  while (i < value.length) {
    const ch = value[i] ?? "";
    if (ch === '"' || ch === "'" || ch === "`") {
      let j = i + 1;
      while (j < value.length && value[j] !== ch) j += value[j] === "\\" ? 2 : 1;
      const literal = value.slice(i, j + 1);
      i = j + 1;
      if (!literal.includes("…")) {
        out += literal;
        continue;
      }
      const text = new Function(`return ${literal};`)() as string;
      out += `__str(${JSON.stringify(text.split("…"))})`;
      continue;
    }
    const num = /^(-?\d+(?:\.\d+)?)(?:…|\.\.\.(?!\d))/.exec(value.slice(i));
    if (num !== null && !/[\w$.]/.test(value[i - 1] ?? "")) {
      out += `__approx(${JSON.stringify(num[1])})`;
      i += num[0].length;
      continue;
    }
    if (ch === "…") {
      out += "__rest";
      i += 1;
      continue;
    }
    if (value.startsWith("...", i) && !/^\.\.\.\s*[\w$([{"'`]/.test(value.slice(i))) {
      out += "__rest";
      i += 3;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

const show = (v: unknown): string => {
  try {
    // A pattern alone shows as written (`0.77…`, `"sha256:…"`); inside a value, as a string
    // marked `≈` (a number to its decimals) or `~` (a string pattern).
    const s =
      v instanceof Approx || v instanceof StringPattern
        ? String(v)
        : typeof v === "string"
          ? JSON.stringify(v)
          : JSON.stringify(v, (_k, x) =>
              x === REST
                ? "…"
                : x instanceof Approx
                  ? `≈${String(x)}`
                  : x instanceof StringPattern
                    ? `~${String(x)}`
                    : typeof x === "bigint"
                      ? `${x}n`
                      : x,
            );
    return s === undefined ? String(v) : s.length > 400 ? `${s.slice(0, 400)}…` : s;
  } catch {
    return String(v);
  }
};

/**
 * Where `actual` differs from the pattern `expected` (`undefined` when it matches): the path
 * of the first difference and both values there.
 */
export const mismatch = (
  actual: unknown,
  expected: unknown,
  path = "value",
): string | undefined => {
  const here = (): string => `${path}: expected ${show(expected)}, got ${show(actual)}`;
  if (expected === REST) return undefined;
  if (expected instanceof Approx || expected instanceof StringPattern) {
    return expected.matches(actual) ? undefined : here();
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return here();
    return matchArray(actual, expected, 0, 0, path) ? undefined : here();
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return here();
    const open = expected.__rest === REST;
    const keys = Object.keys(expected).filter((k) => k !== "__rest" || !open);
    for (const k of keys) {
      if (expected[k] === undefined && actual[k] === undefined) continue;
      if (!(k in actual)) return `${path}.${k}: expected ${show(expected[k])}, missing`;
      const m = mismatch(actual[k], expected[k], `${path}.${k}`);
      if (m !== undefined) return m;
    }
    if (!open) {
      const extra = Object.keys(actual).filter((k) => !keys.includes(k) && actual[k] !== undefined);
      if (extra.length > 0)
        return `${path}: unexpected key(s) ${extra.join(", ")} in ${show(actual)}`;
    }
    return undefined;
  }
  if (expected instanceof Map) {
    if (!(actual instanceof Map)) return here();
    return mismatch([...actual], [...expected], path);
  }
  if (typeof expected === "number" && typeof actual === "number") {
    return expected === actual || (Number.isNaN(expected) && Number.isNaN(actual))
      ? undefined
      : here();
  }
  return Object.is(actual, expected) ? undefined : here();
};

const matchArray = (
  actual: readonly unknown[],
  expected: readonly unknown[],
  i: number,
  j: number,
  path: string,
): boolean => {
  if (j === expected.length) return i === actual.length;
  if (expected[j] === REST) {
    for (let k = i; k <= actual.length; k++) {
      if (matchArray(actual, expected, k, j + 1, path)) return true;
    }
    return false;
  }
  return (
    i < actual.length &&
    mismatch(actual[i], expected[j], `${path}[${i}]`) === undefined &&
    matchArray(actual, expected, i + 1, j + 1, path)
  );
};

/** Where an array pattern first fails, for the message (the whole arrays when there are gaps). */
export const explainMismatch = (actual: unknown, expected: unknown): string | undefined => {
  const m = mismatch(actual, expected);
  if (m === undefined) return undefined;
  if (Array.isArray(expected) && Array.isArray(actual) && !expected.includes(REST)) {
    if (actual.length !== expected.length) {
      return `value: expected ${expected.length} elements ${show(expected)}, got ${actual.length}: ${show(actual)}`;
    }
    for (let k = 0; k < expected.length; k++) {
      const e = mismatch(actual[k], expected[k], `value[${k}]`);
      if (e !== undefined) return e;
    }
  }
  return m;
};

// ---------------------------------------------------------------------------------------------
// Compiling an example

/** An example made runnable: the JavaScript body and what it asserts. */
export interface CompiledExample {
  /** The body of an async function of the scope's names, `__imports`, `__check` and the wildcards. */
  readonly body: string;
  /** The modules its `import`s name, each with the names it takes. */
  readonly imports: readonly { readonly from: string; readonly names: readonly string[] }[];
  /** The `//=>` values, in order (as written). */
  readonly assertions: readonly string[];
}

/**
 * Turns an example into a function body. Each `//=>` becomes a call
 * `__check(n, value, () => expected)` right after the statement it asserts on; imports become
 * `const { a, b } = __imports["module"]`. Throws with the reason when the example cannot be
 * compiled (a `//=>` with nothing before it, a bare `//=> …`, code that does not parse).
 */
export const compileExample = (code: string): CompiledExample => {
  // 1. Each assertion to a sentinel line `__assert_N;`, its value kept aside.
  const assertions: string[] = [];
  const lines = code.split("\n");
  const src: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? "";
    const at = l.indexOf("//=>");
    if (at < 0) {
      src.push(l);
      continue;
    }
    let value = l.slice(at + 4).trim();
    while (
      i + 1 < lines.length &&
      /^\s*\/\/\s{2,}/.test(lines[i + 1] ?? "") &&
      !/^\s*\/\/=>/.test(lines[i + 1] ?? "")
    ) {
      i += 1;
      value += ` ${(lines[i] ?? "").replace(/^\s*\/\/\s*/, "")}`;
    }
    if (value === "" || value === "…" || value === "...") {
      throw new Error(`line ${i + 1}: a bare "//=> ${value}" asserts nothing`);
    }
    const before = l.slice(0, at);
    if (before.trim() !== "") src.push(before);
    src.push(`__assert_${assertions.length};`);
    assertions.push(value);
  }

  // 2. The statement before each sentinel, captured; imports to bindings.
  const sf = ts.createSourceFile("example.ts", src.join("\n"), ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const imports: { from: string; names: string[] }[] = [];
  const visitList = (statements: ts.NodeArray<ts.Statement>): void => {
    statements.forEach((s, k) => {
      if (ts.isImportDeclaration(s)) {
        const from = (s.moduleSpecifier as ts.StringLiteral).text;
        const clause = s.importClause;
        const names: string[] = [];
        const bindings: string[] = [];
        if (clause?.name !== undefined) {
          names.push("default");
          bindings.push(`default: ${clause.name.text}`);
        }
        const nb = clause?.namedBindings;
        if (nb !== undefined && ts.isNamedImports(nb)) {
          for (const e of nb.elements) {
            const imported = (e.propertyName ?? e.name).text;
            names.push(imported);
            bindings.push(imported === e.name.text ? imported : `${imported}: ${e.name.text}`);
          }
        }
        const ns = nb !== undefined && ts.isNamespaceImport(nb) ? nb.name.text : undefined;
        imports.push({ from, names });
        const text = [
          bindings.length > 0
            ? `const { ${bindings.join(", ")} } = __imports[${JSON.stringify(from)}];`
            : "",
          ns !== undefined ? `const ${ns} = __imports[${JSON.stringify(from)}];` : "",
        ].join(" ");
        edits.push({ start: s.getStart(), end: s.end, text });
        return;
      }
      const sentinel = sentinelIndex(s);
      if (sentinel === undefined) {
        forEachNestedList(s, visitList);
        return;
      }
      const prev = statements[k - 1];
      const check = (value: string): string =>
        `__check(${sentinel}, ${value}, () => (${patternSource(assertions[sentinel] ?? "")}));`;
      if (prev !== undefined && ts.isExpressionStatement(prev)) {
        edits.push({
          start: prev.getStart(),
          end: prev.end,
          text: check(`(${prev.expression.getText()})`),
        });
        edits.push({ start: s.getStart(), end: s.end, text: "" });
      } else if (prev !== undefined && ts.isVariableStatement(prev)) {
        const last = prev.declarationList.declarations.at(-1)?.name;
        if (last === undefined || !ts.isIdentifier(last)) {
          throw new Error(
            `assertion ${sentinel}: the declaration before it names no single variable`,
          );
        }
        edits.push({ start: s.getStart(), end: s.end, text: check(last.text) });
      } else {
        throw new Error(
          `assertion ${sentinel} ("//=> ${assertions[sentinel]}"): no expression or declaration right before it`,
        );
      }
    });
  };
  visitList(sf.statements);
  let text = sf.text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
  }

  // 3. TypeScript to JavaScript, inside an async function so `await` and `return` work.
  const wrapped = `async function __example() {\n{\n${text}\n}\n}`;
  const out = ts.transpileModule(wrapped, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  const diagnostics = out.diagnostics ?? [];
  if (diagnostics.length > 0) {
    throw new Error(
      `does not parse: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")).join("; ")}\n${text}`,
    );
  }
  const js = out.outputText;
  const body = js.slice(js.indexOf("{") + 1, js.lastIndexOf("}"));
  return { body, imports, assertions };
};

const sentinelIndex = (s: ts.Statement): number | undefined => {
  if (!ts.isExpressionStatement(s) || !ts.isIdentifier(s.expression)) return undefined;
  const m = /^__assert_(\d+)$/.exec(s.expression.text);
  return m === null ? undefined : Number(m[1]);
};

/** The statement lists nested in a statement (blocks, `if`, loops), for inline assertions. */
const forEachNestedList = (
  s: ts.Node,
  visit: (statements: ts.NodeArray<ts.Statement>) => void,
): void => {
  ts.forEachChild(s, (child) => {
    if (ts.isBlock(child)) visit(child.statements);
    else if (!ts.isFunctionLike(child)) forEachNestedList(child, visit);
  });
};
