/**
 * A fast path for {@link decodeCase}: the structure of `ipt-case/1` checked by hand, for the
 * common case of clean input.
 *
 * It returns exactly what `CaseSchema.safeParse(u).data` would (a fresh copy, the same keys
 * in the same order, the defaults filled in) when it can prove the input valid, and
 * `undefined` otherwise: then `decodeCase` runs zod, which finds and words every issue. It is
 * conservative on purpose. Anything unusual (a key present with the value `undefined`, an
 * inherited field, `-0`, an integer past ±1e9, a hole in an array) is left to zod, so the
 * fast path can only ever agree with the schema; `tests/io/fastParse.prop.test.ts` checks
 * that on generated valid, mutated and arbitrary inputs.
 *
 * @module
 * @internal
 */
import {
  CASE_FORMAT,
  type Case,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MEASURE_ITEMS,
} from "../model/case.js";
import { isPartialDate } from "../model/partialDate.js";
import {
  CIRCLES,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  DISPUTE_STAGES,
  GRIEF_SIGNS,
  LIFE_EVENT_KINDS,
  POPULATIONS,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUSES,
} from "../model/vocabularies.js";

type Rec = Record<string, unknown>;

/** Thrown inside the fast path to give up; never escapes {@link fastParseCase}. */
const GIVE_UP: unique symbol = Symbol("give up");

const fail = (): never => {
  throw GIVE_UP;
};

const set = (xs: readonly string[]): ReadonlySet<unknown> => new Set<unknown>(xs);

/** A plain object (prototype `Object.prototype` or null), as `decodeCase` requires. */
const rec = (v: unknown): Rec => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return fail();
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null ? (v as Rec) : fail();
};

/** Every enumerable key, own or inherited (what zod's strict objects check), must be known. */
const onlyKeys = (r: Rec, known: ReadonlySet<unknown>): void => {
  for (const k in r) if (!known.has(k)) fail();
};

/**
 * The value of a field: `undefined` when the field is absent (not even inherited), and a
 * give-up when it is present with the value `undefined` (zod's rules for that are subtle).
 */
const field = (r: Rec, k: string): unknown => {
  const v = r[k];
  if (v === undefined && k in r) fail();
  return v;
};

const str = (v: unknown, min: number, max: number): string =>
  typeof v === "string" && v.length >= min && v.length <= max ? v : fail();

const oneOf = (v: unknown, values: ReadonlySet<unknown>): string =>
  values.has(v) ? (v as string) : fail();

const date = (v: unknown): string => (typeof v === "string" && isPartialDate(v) ? v : fail());

/** An integer in [min, max], not -0 (zod keeps -0 as it is; leave that to it). */
const int = (v: unknown, min: number, max: number): number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max && !Object.is(v, -0)
    ? v
    : fail();

const scale = (v: unknown): number => int(v, 0, 4);

const bool = (v: unknown): boolean => (typeof v === "boolean" ? v : fail());

/** A dense array of at most `max` entries. */
const list = (v: unknown, max: number): readonly unknown[] => {
  if (!Array.isArray(v) || v.length > max) return fail();
  return v;
};

/** `map` over a dense array (a hole gives up: `Array.prototype.map` would skip it). */
const each = <T>(xs: readonly unknown[], f: (v: unknown) => T): T[] => {
  const out: T[] = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    if (!(i in xs)) fail();
    out[i] = f(xs[i]);
  }
  return out;
};

const CASE_KEYS = set([
  "format",
  "id",
  "assessedOn",
  "population",
  "condition",
  "episode",
  "relationships",
  "lifeEvents",
  "social",
  "measures",
]);
const EPISODE_KEYS = set(["onset", "priorEpisodes"]);
const RELATIONSHIP_KEYS = set([
  "id",
  "label",
  "role",
  "circle",
  "status",
  "contact",
  "support",
  "conflict",
  "conflictSince",
  "expectationsReciprocal",
  "disputeStage",
]);
const EVENT_KEYS = set([
  "id",
  "kind",
  "date",
  "relationshipIds",
  "distress",
  "adjusted",
  "griefSigns",
]);
const SOCIAL_KEYS = set([
  "loneliness",
  "lifelongIsolation",
  "communicationDifficulty",
  "rejectionSensitivity",
]);
const MEASURE_KEYS = set(["instrument", "administeredOn", "items", "relatesTo"]);

const POPULATION = set(POPULATIONS);
const CONDITION = set(CONDITIONS);
const ROLE = set(RELATIONSHIP_ROLES);
const CIRCLE = set(CIRCLES);
const STATUS = set(RELATIONSHIP_STATUSES);
const CONTACT = set(CONTACT_FREQUENCIES);
const STAGE = set(DISPUTE_STAGES);
const KIND = set(LIFE_EVENT_KINDS);
const SIGN = set(GRIEF_SIGNS);

/** Largest magnitude of an integer the fast path accepts (zod's `z.int()` goes further). */
const INT_LIMIT = 1e9;

const id = (v: unknown): string => str(v, 1, MAX_ID_LENGTH);

/** Copy an optional field into `out` when present, after checking it. */
const opt = <T>(out: Rec, r: Rec, k: string, check: (v: unknown) => T): void => {
  const v = field(r, k);
  if (v !== undefined) out[k] = check(v);
};

const episode = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, EPISODE_KEYS);
  const out: Rec = {};
  opt(out, r, "onset", date);
  opt(out, r, "priorEpisodes", (x) => int(x, 0, INT_LIMIT));
  return out;
};

const relationship = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, RELATIONSHIP_KEYS);
  const out: Rec = {
    id: id(field(r, "id")),
    label: str(field(r, "label"), 1, MAX_LABEL_LENGTH),
    role: oneOf(field(r, "role"), ROLE),
    circle: oneOf(field(r, "circle"), CIRCLE),
    status: oneOf(field(r, "status"), STATUS),
  };
  opt(out, r, "contact", (x) => oneOf(x, CONTACT));
  opt(out, r, "support", scale);
  opt(out, r, "conflict", scale);
  opt(out, r, "conflictSince", date);
  opt(out, r, "expectationsReciprocal", bool);
  opt(out, r, "disputeStage", (x) => oneOf(x, STAGE));
  return out;
};

const lifeEvent = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, EVENT_KEYS);
  const out: Rec = {
    id: id(field(r, "id")),
    kind: oneOf(field(r, "kind"), KIND),
    date: date(field(r, "date")),
  };
  opt(out, r, "relationshipIds", (x) => each(list(x, Number.POSITIVE_INFINITY), id));
  opt(out, r, "distress", scale);
  opt(out, r, "adjusted", bool);
  opt(out, r, "griefSigns", (x) => each(list(x, GRIEF_SIGNS.length), (s) => oneOf(s, SIGN)));
  return out;
};

const social = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, SOCIAL_KEYS);
  const out: Rec = {};
  opt(out, r, "loneliness", scale);
  opt(out, r, "lifelongIsolation", bool);
  opt(out, r, "communicationDifficulty", scale);
  opt(out, r, "rejectionSensitivity", scale);
  return out;
};

const item = (v: unknown): number | null => (v === null ? null : int(v, -INT_LIMIT, INT_LIMIT));

const measure = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, MEASURE_KEYS);
  const out: Rec = {
    instrument: str(field(r, "instrument"), 1, MAX_ID_LENGTH),
    administeredOn: date(field(r, "administeredOn")),
    items: each(list(field(r, "items"), MAX_MEASURE_ITEMS), item),
  };
  opt(out, r, "relatesTo", id);
  return out;
};

const caseOf = (u: unknown): Rec => {
  const r = rec(u);
  onlyKeys(r, CASE_KEYS);
  if (field(r, "format") !== CASE_FORMAT) fail();
  const out: Rec = { format: CASE_FORMAT };
  opt(out, r, "id", id);
  const assessedOn = field(r, "assessedOn");
  out.assessedOn =
    typeof assessedOn === "string" && assessedOn.length === 10 ? date(assessedOn) : fail();
  const population = field(r, "population");
  out.population = population === undefined ? "adult" : oneOf(population, POPULATION);
  const condition = field(r, "condition");
  out.condition = condition === undefined ? "depression" : oneOf(condition, CONDITION);
  out.episode = episode(field(r, "episode"));
  out.relationships = each(list(field(r, "relationships"), Number.POSITIVE_INFINITY), relationship);
  out.lifeEvents = each(list(field(r, "lifeEvents"), Number.POSITIVE_INFINITY), lifeEvent);
  opt(out, r, "social", social);
  const measures = field(r, "measures");
  out.measures =
    measures === undefined ? [] : each(list(measures, Number.POSITIVE_INFINITY), measure);
  return out;
};

/**
 * The parsed case, exactly as `CaseSchema.safeParse(u).data` would give it, or `undefined`
 * when the fast path cannot prove the input valid (then zod decides, and explains).
 */
export function fastParseCase(u: unknown): Case | undefined {
  try {
    return caseOf(u) as unknown as Case;
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}
