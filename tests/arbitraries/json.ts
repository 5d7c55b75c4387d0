/**
 * fast-check arbitraries of hostile JSON for fuzzing a decoder: any JSON value, with keys
 * such as `__proto__`, `constructor` and `prototype` as OWN properties (as `JSON.parse`
 * makes them), Unicode and lone surrogates in strings and keys, and occasional deep nesting.
 *
 * @module
 */
import fc from "fast-check";

/** A JSON value as `JSON.parse` returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** Keys that have bitten JSON decoders: prototype pollution, inherited names, case fields. */
export const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "then",
  "length",
  "",
  "0",
  "format",
  "id",
  "assessedOn",
  "episode",
  "relationships",
  "lifeEvents",
  "measures",
  "social",
  "items",
] as const;

/** Single UTF-16 units and code points that trip string handling. */
const TRICKY_UNITS = [
  "\uD800", // lone high surrogate
  "\uDBFF",
  "\uDC00", // lone low surrogate
  "\uDFFF",
  "\u0000",
  "\u202E", // right-to-left override
  "\uFEFF", // byte order mark
  "\u2028", // line separator
  "\n",
  '"',
  "\\",
  "😀",
] as const;

/** A string mixing ASCII, any Unicode code point and lone surrogates. */
export function arbHostileString(maxLength = 20): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom(...TRICKY_UNITS) },
  );
  return fc.string({ unit, maxLength });
}

/** An object built from entries with own data properties only (`__proto__` stays an own key). */
export function objectFromEntries(entries: readonly (readonly [string, unknown])[]): {
  [k: string]: unknown;
} {
  const out: { [k: string]: unknown } = {};
  for (const [k, v] of entries)
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** Wrap a value in `depth` arrays or single-key objects, built iteratively. */
export function nest(leaf: JsonValue, depth: number, as: "array" | "object" = "array"): JsonValue {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = as === "array" ? [v] : { a: v };
  return v;
}

/** Options of {@link arbJsonValue}. */
export interface ArbJsonValueOptions {
  /** Depth of the random tree (default 4). */
  readonly maxDepth?: number;
  /** Most keys per object and entries per array (default 5). */
  readonly maxBreadth?: number;
  /** Now and then wrap a value in 100..`maxNesting` levels of arrays or objects (default `true`). */
  readonly deepNesting?: boolean;
  /** Deepest wrapping when `deepNesting` (default 3,000). */
  readonly maxNesting?: number;
}

/**
 * Any JSON value: `null`, booleans, integers, finite doubles (including `-0`), hostile
 * strings, arrays and objects whose keys mix {@link HOSTILE_KEYS} and random strings, and
 * (with `deepNesting`) values nested thousands of levels deep.
 */
export function arbJsonValue(opts: ArbJsonValueOptions = {}): fc.Arbitrary<JsonValue> {
  const maxBreadth = opts.maxBreadth ?? 5;
  const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), arbHostileString(8));
  const leaf: fc.Arbitrary<JsonValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    arbHostileString(),
  );
  const { tree } = fc.letrec<{ tree: JsonValue }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: opts.maxDepth ?? 4, depthIdentifier: "json" },
      leaf,
      fc.array(tie("tree"), { maxLength: maxBreadth, depthIdentifier: "json" }),
      fc
        .array(fc.tuple(key, tie("tree")), { maxLength: maxBreadth, depthIdentifier: "json" })
        .map((entries) => objectFromEntries(entries) as JsonValue),
    ),
  }));
  if (opts.deepNesting === false) return tree;
  const deep = fc
    .tuple(
      leaf,
      fc.integer({ min: 100, max: opts.maxNesting ?? 3000 }),
      fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">,
    )
    .map(([l, d, as]) => nest(l, d, as));
  return fc.oneof({ weight: 9, arbitrary: tree }, { weight: 1, arbitrary: deep });
}

/**
 * An object shaped like a case (its keys are case fields, plus a hostile key now and then)
 * whose values are random JSON, with nested case-like objects in `episode`, `social` and the
 * arrays: reaches deeper into a decoder than {@link arbJsonValue} alone.
 */
export function arbCaseShapedJson(): fc.Arbitrary<JsonValue> {
  const any = arbJsonValue({ maxDepth: 2, deepNesting: false });
  const date = fc.oneof(fc.constantFrom("2025", "2025-09", "2025-02-30", "2099-01-01"), any);
  const part = (keys: readonly string[]) =>
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...HOSTILE_KEYS)), any), {
        maxLength: keys.length + 1,
      })
      .map((e) => objectFromEntries(e) as JsonValue);
  const rel = part(["id", "label", "role", "circle", "status", "support", "conflictSince"]);
  const ev = part(["id", "kind", "date", "relationshipIds", "griefSigns", "distress"]);
  const me = part(["instrument", "administeredOn", "items", "relatesTo"]);
  return fc
    .record(
      {
        format: fc.oneof(fc.constant("ipt-case/1"), any),
        assessedOn: date,
        episode: fc.oneof(part(["onset", "priorEpisodes"]), any),
        relationships: fc.oneof(fc.array(rel, { maxLength: 3 }), any),
        lifeEvents: fc.oneof(fc.array(ev, { maxLength: 3 }), any),
        social: fc.oneof(part(["loneliness", "lifelongIsolation"]), any),
        measures: fc.oneof(fc.array(me, { maxLength: 2 }), any),
        extra: any,
      },
      { requiredKeys: [] },
    )
    .map((r) => r as JsonValue);
}
