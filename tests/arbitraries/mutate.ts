/**
 * Mutations of valid cases, for fuzzing the decoder near the valid region: a field dropped,
 * a type swapped, a huge string, a huge array, an extra key, an enum or date made invalid,
 * and a sentinel string planted in labels, ids, enum values, dates and key names (to prove
 * that error messages never echo input).
 *
 * A mutation is plain data ({@link Mutation}) applied by the pure {@link applyMutation}, so
 * a failing case shrinks and can be replayed.
 *
 * @module
 */
import fc from "fast-check";
import type { CaseInput } from "ipt-formulation";
import { type ArbValidCaseOptions, arbValidCase } from "./case.js";
import { objectFromEntries } from "./json.js";

/** A path into a case: object keys and array indices, outermost first. */
export type Path = readonly (string | number)[];

/** What a mutation does. */
export type MutationKind =
  | "drop-key"
  | "swap-type"
  | "huge-string"
  | "huge-array"
  | "extra-key"
  | "bad-enum"
  | "bad-date"
  | "plant";

/** Every {@link MutationKind}. */
export const MUTATION_KINDS: readonly MutationKind[] = [
  "drop-key",
  "swap-type",
  "huge-string",
  "huge-array",
  "extra-key",
  "bad-enum",
  "bad-date",
  "plant",
];

/** One change to a case, as data. */
export type Mutation =
  | {
      readonly kind: "drop-key";
      readonly path: Path;
      /** Whether the dropped key is required (so the case is now invalid). */
      readonly invalidates: boolean;
    }
  | {
      readonly kind: "swap-type" | "huge-string" | "huge-array" | "bad-enum" | "bad-date" | "plant";
      readonly path: Path;
      readonly value: unknown;
      /** Whether the case is certainly invalid now (`plant` may keep it valid). */
      readonly invalidates: boolean;
    }
  | {
      readonly kind: "extra-key";
      /** The object that receives the key. */
      readonly path: Path;
      readonly key: string;
      readonly value: unknown;
      readonly invalidates: true;
    };

/** A mutated case and what was done to it. */
export interface MutatedCase {
  readonly input: unknown;
  readonly mutations: readonly Mutation[];
  /** `true` when at least one mutation still in effect (see {@link liveMutations}) certainly makes the case invalid. */
  readonly invalid: boolean;
}

/** The keys each object of a case must have. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  root: ["format", "assessedOn", "episode", "relationships", "lifeEvents"],
  episode: [],
  relationship: ["id", "label", "role", "circle", "status"],
  lifeEvent: ["id", "kind", "date"],
  social: [],
  measure: ["instrument", "administeredOn", "items"],
};

const SCHEMA_KEYS = new Set<string>([
  ...Object.values(REQUIRED).flat(),
  "id",
  "population",
  "condition",
  "social",
  "measures",
  "onset",
  "priorEpisodes",
  "contact",
  "support",
  "conflict",
  "conflictSince",
  "expectationsReciprocal",
  "disputeStage",
  "relationshipIds",
  "distress",
  "adjusted",
  "griefSigns",
  "loneliness",
  "lifelongIsolation",
  "communicationDifficulty",
  "rejectionSensitivity",
  "relatesTo",
]);

const DATE_KEYS = new Set(["assessedOn", "onset", "conflictSince", "date", "administeredOn"]);
const ENUM_KEYS = new Set([
  "format",
  "population",
  "condition",
  "role",
  "circle",
  "status",
  "contact",
  "disputeStage",
  "kind",
]);

/** What an object at a path is (for the required-keys table). */
function objectKind(path: Path): string | undefined {
  if (path.length === 0) return "root";
  if (path.length === 1 && (path[0] === "episode" || path[0] === "social")) return path[0];
  if (path.length === 2 && typeof path[1] === "number") {
    if (path[0] === "relationships") return "relationship";
    if (path[0] === "lifeEvents") return "lifeEvent";
    if (path[0] === "measures") return "measure";
  }
  return undefined;
}

/** Every node of a JSON tree below the root, with its path. */
export function nodesOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = [];
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push({ path: [...path, i], value: v }, ...nodesOf(v, [...path, i]));
    });
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value))
      out.push({ path: [...path, k], value: v }, ...nodesOf(v, [...path, k]));
  return out;
}

/** Whether a path names a place the schema defines (not inside an unknown key's value). */
function knownPath(path: Path): boolean {
  for (let i = 1; i <= path.length; i++) {
    const seg = path[i - 1];
    const parent = path.slice(0, i - 1);
    if (seg === undefined) return false;
    if (typeof seg === "number") {
      if (!ARRAY_KEYS.has(String(lastKey(parent)))) return false;
    } else if (!SCHEMA_KEYS.has(seg) || expectedType(parent) !== "object") return false;
  }
  return true;
}

const lastKey = (path: Path): string | number | undefined => path[path.length - 1];
const isDatePath = (path: Path): boolean => DATE_KEYS.has(String(lastKey(path)));
const isEnumPath = (path: Path): boolean =>
  ENUM_KEYS.has(String(lastKey(path))) || path[path.length - 2] === "griefSigns";

/**
 * Apply a mutation to a copy of `input` (which is not changed). Keys are set as own data
 * properties, so an extra `__proto__` key stays a key.
 */
export function applyMutation(input: unknown, m: Mutation): unknown {
  const root = structuredClone(input);
  const parentPath = m.kind === "extra-key" ? m.path : m.path.slice(0, -1);
  let parent: unknown = root;
  for (const seg of parentPath) parent = (parent as Record<string | number, unknown>)[seg];
  if (typeof parent !== "object" || parent === null) return root;
  const target = parent as Record<string | number, unknown>;
  const define = (k: string | number, v: unknown): void => {
    Object.defineProperty(target, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  switch (m.kind) {
    case "drop-key": {
      const k = lastKey(m.path);
      if (k !== undefined) delete target[k];
      return root;
    }
    case "extra-key":
      define(m.key, m.value);
      return root;
    default: {
      const k = lastKey(m.path);
      if (k !== undefined) define(k, m.value);
      return root;
    }
  }
}

/** The path a mutation writes to (for an extra key, the key's own path). */
const targetOf = (m: Mutation): Path => (m.kind === "extra-key" ? [...m.path, m.key] : m.path);

const startsWith = (path: Path, prefix: Path): boolean =>
  prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);

/**
 * The mutations of a sequence whose effect is still in the result: a later mutation that
 * drops or replaces a value undoes every earlier mutation at or below its path.
 */
export function liveMutations(mutations: readonly Mutation[]): Mutation[] {
  const live: Mutation[] = [];
  for (const m of mutations) {
    const at = targetOf(m);
    for (let i = live.length - 1; i >= 0; i--) {
      const earlier = live[i];
      if (earlier !== undefined && startsWith(targetOf(earlier), at)) live.splice(i, 1);
    }
    live.push(m);
  }
  return live;
}

/** Options of {@link arbMutatedCase}. */
export interface ArbMutatedCaseOptions {
  /** The kinds of mutation to draw from (default all). */
  readonly kinds?: readonly MutationKind[];
  /** Most mutations applied one after another (default 1). */
  readonly maxMutations?: number;
  /** A string to plant in every generated string and extra key name (default none). */
  readonly sentinel?: string;
  /** Length of a huge string (default 100,000; at 80 or less `invalidates` is `false`). */
  readonly hugeStringLength?: number;
  /** Length of a huge array (default 2,500: past every default limit; at 2,000 or less `invalidates` is `false`). */
  readonly hugeArrayLength?: number;
  /** Options of the underlying {@link arbValidCase} (default: at least one relationship and one event). */
  readonly caseOptions?: ArbValidCaseOptions;
}

const BOOLEAN_KEYS = new Set(["expectationsReciprocal", "adjusted", "lifelongIsolation"]);
const NUMBER_KEYS = new Set([
  "support",
  "conflict",
  "distress",
  "loneliness",
  "communicationDifficulty",
  "rejectionSensitivity",
  "priorEpisodes",
]);
const ARRAY_KEYS = new Set([
  "relationships",
  "lifeEvents",
  "measures",
  "relationshipIds",
  "griefSigns",
  "items",
]);

type JsonType = "string" | "number" | "boolean" | "array" | "object" | "item";

/** The JSON type the schema expects at a path of a case (`item`: integer or null). */
function expectedType(path: Path): JsonType {
  if (objectKind(path) !== undefined) return "object";
  const last = lastKey(path);
  const parent = path[path.length - 2];
  if (typeof last === "number") return parent === "items" ? "item" : "string";
  if (last === undefined) return "object";
  if (BOOLEAN_KEYS.has(last)) return "boolean";
  if (NUMBER_KEYS.has(last)) return "number";
  if (ARRAY_KEYS.has(last)) return "array";
  return "string";
}

/** A value of another JSON type than the schema expects at `path` (never one it would accept). */
function arbOtherType(path: Path, s: string): fc.Arbitrary<unknown> {
  const t = expectedType(path);
  const choices: unknown[] = [];
  if (t !== "string") choices.push(`${s}7`);
  if (t !== "number" && t !== "item") choices.push(7, 2.5);
  if (t !== "boolean") choices.push(true);
  if (t !== "item") choices.push(null);
  if (t !== "object") choices.push(objectFromEntries([[`${s}k`, 1]]));
  if (t !== "array") choices.push([`${s}e`]);
  return fc.constantFrom(...choices);
}

/** One mutation of `c` of one of `kinds`, or `undefined` when none applies. */
function arbMutation(
  c: unknown,
  kinds: readonly MutationKind[],
  o: Required<Pick<ArbMutatedCaseOptions, "hugeStringLength" | "hugeArrayLength">> & {
    sentinel: string;
  },
): fc.Arbitrary<Mutation> | undefined {
  const nodes = nodesOf(c);
  const s = o.sentinel;
  const objects = [{ path: [] as Path, value: c }, ...nodes].filter(
    (n) => typeof n.value === "object" && n.value !== null && !Array.isArray(n.value),
  );
  const strings = nodes.filter((n) => typeof n.value === "string");
  const options: fc.Arbitrary<Mutation>[] = [];
  for (const kind of kinds) {
    switch (kind) {
      case "drop-key": {
        const keyed = nodes.filter((n) => typeof lastKey(n.path) === "string");
        if (keyed.length > 0)
          options.push(
            fc.constantFrom(...keyed).map((n) => {
              const kindOf = objectKind(n.path.slice(0, -1));
              const required =
                kindOf !== undefined && (REQUIRED[kindOf] ?? []).includes(String(lastKey(n.path)));
              return { kind, path: n.path, invalidates: required };
            }),
          );
        break;
      }
      case "swap-type": {
        // only where the schema defines the value (not inside an unknown key's value)
        const known = nodes.filter((n) => knownPath(n.path));
        if (known.length > 0)
          options.push(
            fc.constantFrom(...known).chain((n) =>
              arbOtherType(n.path, s).map((value) => ({
                kind,
                path: n.path,
                value,
                invalidates: true,
              })),
            ),
          );
        break;
      }
      case "huge-string":
        if (nodes.length > 0)
          options.push(
            fc.constantFrom(...nodes).map((n) => ({
              kind,
              path: n.path,
              value: s + "x".repeat(o.hugeStringLength),
              invalidates: s.length + o.hugeStringLength > 80,
            })),
          );
        break;
      case "huge-array": {
        if (nodes.length > 0)
          options.push(
            fc.constantFrom(...nodes).map((n) => {
              const fill = Array.isArray(n.value) && n.value.length > 0 ? n.value[0] : `${s}a`;
              return {
                kind,
                path: n.path,
                value: Array.from({ length: o.hugeArrayLength }, () => structuredClone(fill)),
                invalidates: o.hugeArrayLength > 2000,
              };
            }),
          );
        break;
      }
      case "extra-key":
        options.push(
          fc
            .tuple(
              fc.constantFrom(...objects),
              fc.constantFrom(
                `${s}`,
                `x-${s}`,
                "__proto__",
                "constructor",
                "prototype",
                "toString",
              ),
              fc.constantFrom<unknown>(`${s}v`, 1, null, objectFromEntries([["polluted", true]])),
            )
            .map(([n, key, value]) => ({
              kind,
              path: n.path,
              key,
              value,
              invalidates: true as const,
            })),
        );
        break;
      case "bad-enum": {
        const enums = strings.filter((n) => isEnumPath(n.path));
        if (enums.length > 0)
          options.push(
            fc
              .constantFrom(...enums)
              .chain((n) =>
                fc
                  .constantFrom(`${s}`, `${String(n.value).toUpperCase()}${s}`, "", " inner")
                  .map((value) => ({ kind, path: n.path, value, invalidates: true })),
              ),
          );
        break;
      }
      case "bad-date": {
        const ds = strings.filter((n) => isDatePath(n.path));
        if (ds.length > 0)
          options.push(
            fc
              .constantFrom(...ds)
              .chain((n) =>
                fc
                  .constantFrom(
                    `2025-${s}`,
                    "2025-02-30",
                    "2025-13",
                    "25-01-01",
                    "2025/01/01",
                    "",
                    "0000",
                    `${s}`,
                  )
                  .map((value) => ({ kind, path: n.path, value, invalidates: true })),
              ),
          );
        break;
      }
      case "plant":
        if (strings.length > 0)
          options.push(
            fc
              .constantFrom(...strings)
              .chain((n) =>
                fc
                  .constantFrom(s, `${String(n.value).slice(0, 8)}${s}`, `2025-${s}`)
                  .map((value) => ({ kind, path: n.path, value, invalidates: false })),
              ),
          );
        break;
    }
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

/**
 * A valid case with 1..`maxMutations` mutations applied in turn. With `sentinel`, every
 * string the mutations introduce (swapped values, huge strings, planted values, extra key
 * names) contains it.
 */
export function arbMutatedCase(opts: ArbMutatedCaseOptions = {}): fc.Arbitrary<MutatedCase> {
  const kinds = opts.kinds ?? MUTATION_KINDS;
  const o = {
    sentinel: opts.sentinel ?? "",
    hugeStringLength: opts.hugeStringLength ?? 100_000,
    hugeArrayLength: opts.hugeArrayLength ?? 2500,
  };
  const maxMutations = opts.maxMutations ?? 1;
  const step = (acc: MutatedCase, left: number): fc.Arbitrary<MutatedCase> => {
    if (left === 0) return fc.constant(acc);
    const m = arbMutation(acc.input, kinds, o);
    if (m === undefined) return fc.constant(acc);
    return m.chain((mut) => {
      const mutations = [...acc.mutations, mut];
      return step(
        {
          input: applyMutation(acc.input, mut),
          mutations,
          invalid: liveMutations(mutations).some((x) => x.invalidates),
        },
        left - 1,
      );
    });
  };
  return fc
    .tuple(
      arbValidCase({ minRelationships: 1, minEvents: 1, withRelatesTo: true, ...opts.caseOptions }),
      fc.integer({ min: 1, max: maxMutations }),
    )
    .chain(([c, n]) => step({ input: c as CaseInput, mutations: [], invalid: false }, n));
}

/** A valid case with one field dropped (required or optional; see `invalid`). */
export const arbCaseWithDroppedField = (
  caseOptions?: ArbValidCaseOptions,
): fc.Arbitrary<MutatedCase> =>
  arbMutatedCase({ kinds: ["drop-key"], ...(caseOptions ? { caseOptions } : {}) });
/** A valid case with one value replaced by a value of another JSON type (always invalid). */
export const arbCaseWithSwappedType = (
  caseOptions?: ArbValidCaseOptions,
): fc.Arbitrary<MutatedCase> =>
  arbMutatedCase({ kinds: ["swap-type"], ...(caseOptions ? { caseOptions } : {}) });
/** A valid case with one value replaced by a 100,000-character string (always invalid). */
export const arbCaseWithHugeString = (
  caseOptions?: ArbValidCaseOptions,
): fc.Arbitrary<MutatedCase> =>
  arbMutatedCase({ kinds: ["huge-string"], ...(caseOptions ? { caseOptions } : {}) });
/** A valid case with one value replaced by a 2,500-entry array (always invalid). */
export const arbCaseWithHugeArray = (
  caseOptions?: ArbValidCaseOptions,
): fc.Arbitrary<MutatedCase> =>
  arbMutatedCase({ kinds: ["huge-array"], ...(caseOptions ? { caseOptions } : {}) });
/** A valid case with one unknown key added to one of its objects (always invalid). */
export const arbCaseWithExtraKey = (caseOptions?: ArbValidCaseOptions): fc.Arbitrary<MutatedCase> =>
  arbMutatedCase({ kinds: ["extra-key"], ...(caseOptions ? { caseOptions } : {}) });
