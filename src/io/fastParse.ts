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

/**
 * Fields are read by name, one site each (fast property loads). An optional field whose value
 * is `undefined` must also be absent: `"k" in r` is true for a key present with the value
 * `undefined`, which is left to zod.
 */
const episode = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, EPISODE_KEYS);
  const out: Rec = {};
  const { onset, priorEpisodes } = r;
  if (onset !== undefined) out.onset = date(onset);
  else if ("onset" in r) fail();
  if (priorEpisodes !== undefined) out.priorEpisodes = int(priorEpisodes, 0, INT_LIMIT);
  else if ("priorEpisodes" in r) fail();
  return out;
};

const relationship = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, RELATIONSHIP_KEYS);
  const out: Rec = {
    id: id(r.id),
    label: str(r.label, 1, MAX_LABEL_LENGTH),
    role: oneOf(r.role, ROLE),
    circle: oneOf(r.circle, CIRCLE),
    status: oneOf(r.status, STATUS),
  };
  const { contact, support, conflict, conflictSince, expectationsReciprocal, disputeStage } = r;
  if (contact !== undefined) out.contact = oneOf(contact, CONTACT);
  else if ("contact" in r) fail();
  if (support !== undefined) out.support = scale(support);
  else if ("support" in r) fail();
  if (conflict !== undefined) out.conflict = scale(conflict);
  else if ("conflict" in r) fail();
  if (conflictSince !== undefined) out.conflictSince = date(conflictSince);
  else if ("conflictSince" in r) fail();
  if (expectationsReciprocal !== undefined)
    out.expectationsReciprocal = bool(expectationsReciprocal);
  else if ("expectationsReciprocal" in r) fail();
  if (disputeStage !== undefined) out.disputeStage = oneOf(disputeStage, STAGE);
  else if ("disputeStage" in r) fail();
  return out;
};

const sign = (v: unknown): string => oneOf(v, SIGN);

const lifeEvent = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, EVENT_KEYS);
  const out: Rec = { id: id(r.id), kind: oneOf(r.kind, KIND), date: date(r.date) };
  const { relationshipIds, distress, adjusted, griefSigns } = r;
  if (relationshipIds !== undefined)
    out.relationshipIds = each(list(relationshipIds, Number.POSITIVE_INFINITY), id);
  else if ("relationshipIds" in r) fail();
  if (distress !== undefined) out.distress = scale(distress);
  else if ("distress" in r) fail();
  if (adjusted !== undefined) out.adjusted = bool(adjusted);
  else if ("adjusted" in r) fail();
  if (griefSigns !== undefined) out.griefSigns = each(list(griefSigns, GRIEF_SIGNS.length), sign);
  else if ("griefSigns" in r) fail();
  return out;
};

const social = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, SOCIAL_KEYS);
  const out: Rec = {};
  const { loneliness, lifelongIsolation, communicationDifficulty, rejectionSensitivity } = r;
  if (loneliness !== undefined) out.loneliness = scale(loneliness);
  else if ("loneliness" in r) fail();
  if (lifelongIsolation !== undefined) out.lifelongIsolation = bool(lifelongIsolation);
  else if ("lifelongIsolation" in r) fail();
  if (communicationDifficulty !== undefined)
    out.communicationDifficulty = scale(communicationDifficulty);
  else if ("communicationDifficulty" in r) fail();
  if (rejectionSensitivity !== undefined) out.rejectionSensitivity = scale(rejectionSensitivity);
  else if ("rejectionSensitivity" in r) fail();
  return out;
};

const item = (v: unknown): number | null => (v === null ? null : int(v, -INT_LIMIT, INT_LIMIT));

const measure = (v: unknown): Rec => {
  const r = rec(v);
  onlyKeys(r, MEASURE_KEYS);
  const out: Rec = {
    instrument: str(r.instrument, 1, MAX_ID_LENGTH),
    administeredOn: date(r.administeredOn),
    items: each(list(r.items, MAX_MEASURE_ITEMS), item),
  };
  const { relatesTo } = r;
  if (relatesTo !== undefined) out.relatesTo = id(relatesTo);
  else if ("relatesTo" in r) fail();
  return out;
};

const caseOf = (u: unknown): Rec => {
  const r = rec(u);
  onlyKeys(r, CASE_KEYS);
  if (r.format !== CASE_FORMAT) fail();
  const out: Rec = { format: CASE_FORMAT };
  const { id: caseId, assessedOn, population, condition, social: soc, measures } = r;
  if (caseId !== undefined) out.id = id(caseId);
  else if ("id" in r) fail();
  out.assessedOn =
    typeof assessedOn === "string" && assessedOn.length === 10 ? date(assessedOn) : fail();
  // A default applies to an absent field and to one present with the value undefined alike.
  out.population = population === undefined ? "adult" : oneOf(population, POPULATION);
  out.condition = condition === undefined ? "depression" : oneOf(condition, CONDITION);
  out.episode = episode(r.episode);
  out.relationships = each(list(r.relationships, Number.POSITIVE_INFINITY), relationship);
  out.lifeEvents = each(list(r.lifeEvents, Number.POSITIVE_INFINITY), lifeEvent);
  if (soc !== undefined) out.social = social(soc);
  else if ("social" in r) fail();
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
