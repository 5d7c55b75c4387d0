/**
 * The fuzz targets: fast-check properties over the boundary (`decodeCase`), the scoring core
 * (`formulate`) and the measures (`scoreMeasure`). Shared by the volume run
 * (`tests/fuzz/fuzz.ts`, `npm run fuzz`) and the small slice in the normal test run
 * (`tests/fuzz/fuzz.prop.test.ts`).
 *
 * A property fails by throwing; so does the code under test when it breaks its promise never
 * to throw, and fast-check then reports the input, the seed and the path.
 *
 * @module
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import {
  type Case,
  type CaseError,
  decodeCase,
  formulate,
  POPULATIONS,
  PROBLEM_AREAS,
  recomputeScore,
} from "ipt-formulation";
import {
  DEFAULT_REGISTRY,
  type Instrument,
  instrumentRange,
  listInstruments,
  type MeasureLike,
  type MeasureScore,
  type ScoreContext,
  scoreMeasure,
} from "ipt-formulation/measures";
import { arbPartialDate, arbValidCase } from "../arbitraries/case.js";
import { arbCaseShapedJson, arbHostileString, arbJsonValue } from "../arbitraries/json.js";
import { arbMutatedCase } from "../arbitraries/mutate.js";

/** How many runs, from which seed (default: fast-check's own) and, to replay one failure, the path fast-check printed. */
export interface FuzzParams {
  readonly numRuns: number;
  readonly seed?: number;
  readonly path?: string;
}

/** A fuzz target: a name, what it checks, and a run of its property (`fc.assert`: throws on failure). */
export interface FuzzTarget {
  readonly name: string;
  readonly checks: string;
  readonly run: (params: FuzzParams) => void;
}

/** Planted by the mutations in every string they introduce; error values must never echo it. */
export const SENTINEL = "QQFUZZ7";

/** Throws `message` unless `cond` holds. */
export function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

// --- prototype pollution -----------------------------------------------------------------------

const GUARDED: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
];

/** Every own property of a prototype with its value (or accessor), taken at load time. */
const snapshot = (o: object): Map<PropertyKey, unknown> =>
  new Map(
    Reflect.ownKeys(o).map((k) => {
      const d = Object.getOwnPropertyDescriptor(o, k);
      return [k, d?.get ?? d?.value];
    }),
  );
const BASELINE = GUARDED.map(([name, o]) => [name, o, snapshot(o)] as const);

/**
 * Throws if any guarded prototype gained, lost or replaced a property since load time, or if
 * a fresh object has a `polluted` property.
 */
export function assertNoPollution(): void {
  check(({} as Record<string, unknown>).polluted === undefined, "({}).polluted is defined");
  for (const [name, o, base] of BASELINE) {
    const keys = Reflect.ownKeys(o);
    check(
      keys.length === base.size,
      `${name} has new or missing keys: ${keys
        .filter((k) => !base.has(k))
        .map(String)
        .join(", ")}`,
    );
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      check(base.get(k) === (d?.get ?? d?.value), `${name}.${String(k)} was replaced`);
    }
  }
}

// --- formulation invariants -----------------------------------------------------------------

const inUnit = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;

/** A measure score keeps to its instrument's range and bands. */
export function assertMeasureScore(s: MeasureScore, instrument?: Instrument): void {
  const range = instrument === undefined ? s.range : instrumentRange(instrument);
  check(
    s.range.min === range.min && s.range.max === range.max,
    `${s.instrument}: range ${JSON.stringify(s.range)} is not the instrument's ${JSON.stringify(range)}`,
  );
  check(Number.isFinite(s.rawSum), `${s.instrument}: rawSum ${s.rawSum} is not finite`);
  if (s.total === null) {
    check(s.band === null, `${s.instrument}: a band without a total`);
    return;
  }
  check(
    Number.isFinite(s.total) && s.total >= range.min && s.total <= range.max,
    `${s.instrument}: total ${s.total} outside ${range.min}..${range.max}`,
  );
  check(
    s.band !== null && s.total >= s.band.min && s.total <= s.band.max,
    `${s.instrument}: total ${s.total} not in its band ${JSON.stringify(s.band)}`,
  );
  for (const sub of s.subscales)
    check(
      sub.total === null ||
        (Number.isFinite(sub.total) && sub.total >= sub.range.min && sub.total <= sub.range.max),
      `${s.instrument}: subscale ${sub.id} total ${String(sub.total)} outside its range`,
    );
}

/**
 * `formulate` does not throw on a decoded case; every score is finite, in [0, 1] and equal to
 * `recomputeScore` of its evidence; ranks are 1..4; scored measures keep to their range; the
 * result serialises.
 */
export function assertFormulates(c: Case): void {
  const f = formulate(c);
  check(f.areas.length === PROBLEM_AREAS.length, `${f.areas.length} areas`);
  check(
    f.areas
      .map((a) => a.rank)
      .sort()
      .join() === "1,2,3,4",
    `ranks ${f.areas.map((a) => a.rank).join()}`,
  );
  for (const a of f.areas) {
    check(inUnit(a.score), `${a.area}: score ${a.score} not a finite number in [0, 1]`);
    const again = recomputeScore(a.evidence);
    check(again === a.score, `${a.area}: recomputeScore(evidence) ${again} !== score ${a.score}`);
    for (const e of a.evidence)
      check(inUnit(e.contribution), `${e.rule}: contribution ${e.contribution} not in [0, 1]`);
  }
  for (const m of f.measures) if (m.status === "scored") assertMeasureScore(m);
  JSON.stringify(f);
}

// --- decoding ---------------------------------------------------------------------------------

/**
 * Decode anything: no throw, no pollution; a `Right` is a plain object that formulates; a
 * `Left` has well-formed issues. Returns the result.
 */
export function assertDecodes(input: unknown): E.Either<CaseError, Case> {
  const r = decodeCase(input);
  assertNoPollution();
  if (E.isRight(r)) {
    check(Object.getPrototypeOf(r.right) === Object.prototype, "decoded case is not plain");
    assertFormulates(r.right);
    assertNoPollution();
  } else {
    check(r.left.issues.length > 0, "a Left without issues");
    for (const i of r.left.issues)
      check(
        typeof i.code === "string" && typeof i.path === "string" && typeof i.message === "string",
        `malformed issue ${JSON.stringify(i)}`,
      );
  }
  return r;
}

// --- measures ---------------------------------------------------------------------------------

const INSTRUMENTS = listInstruments(DEFAULT_REGISTRY);

/** Any item value: mostly in range for the item, then nulls, wild numbers and non-numbers. */
const arbItem = (min: number, max: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min, max }) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.integer({ min: min - 2, max: max + 2 }) },
    { weight: 1, arbitrary: fc.double() },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        -0,
        0.5,
        Number.MAX_SAFE_INTEGER,
        undefined,
        "1",
        true,
        [],
        {},
      ),
    },
  );

interface MeasureCase {
  readonly instrument: Instrument;
  readonly measure: MeasureLike;
  readonly context: ScoreContext;
}

/** A measure of a built-in instrument with an arbitrary item vector, date and context. */
export function arbMeasureCase(): fc.Arbitrary<MeasureCase> {
  return fc.constantFrom(...INSTRUMENTS).chain((instrument) => {
    const defs = instrument.items;
    const exact = fc.tuple(...defs.map((d) => arbItem(d.min, d.max)));
    const anyLength = fc.array(arbItem(0, 4), { maxLength: defs.length + 3 });
    return fc.record({
      instrument: fc.constant(instrument),
      measure: fc.record(
        {
          instrument: fc.constant(instrument.id),
          administeredOn: fc.oneof(
            { weight: 4, arbitrary: arbPartialDate({ min: "1990-01-01" }) },
            { weight: 1, arbitrary: arbHostileString() },
          ),
          items: fc.oneof({ weight: 5, arbitrary: exact }, { weight: 1, arbitrary: anyLength }),
          relatesTo: fc.string({ maxLength: 8 }),
        },
        { requiredKeys: ["instrument", "administeredOn", "items"] },
      ) as fc.Arbitrary<MeasureLike>,
      context: fc.record(
        {
          lossDate: fc.oneof(
            { weight: 4, arbitrary: arbPartialDate({ min: "1990-01-01" }) },
            { weight: 1, arbitrary: arbHostileString() },
          ),
          population: fc.constantFrom(...POPULATIONS),
        },
        { requiredKeys: [] },
      ),
    });
  });
}

/**
 * `scoreMeasure` never throws; a full vector of in-range integers scores; a score keeps to
 * the instrument's range and bands.
 */
export function assertScoresMeasure({ instrument, measure, context }: MeasureCase): void {
  const r = scoreMeasure(measure, DEFAULT_REGISTRY, context);
  const items: readonly unknown[] = measure.items;
  const allValid =
    items.length === instrument.items.length &&
    instrument.items.every((d, i) => {
      const v = items[i];
      return typeof v === "number" && Number.isInteger(v) && v >= d.min && v <= d.max;
    });
  if (E.isLeft(r)) {
    check(!allValid, `${instrument.id}: valid items refused: ${JSON.stringify(r.left.issues)}`);
    check(r.left.issues.length > 0, "a Left without issues");
    return;
  }
  if (allValid) check(r.right.total !== null, `${instrument.id}: no total for complete items`);
  assertMeasureScore(r.right, instrument);
}

// --- the targets ------------------------------------------------------------------------------

/** The fuzz targets, in the order they run. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  {
    name: "decode-json",
    checks:
      "decodeCase(any JSON or case-shaped JSON): no throw, no prototype pollution; a Right formulates",
    run: (params) => {
      fc.assert(
        fc.property(fc.oneof(arbJsonValue(), arbCaseShapedJson()), (input) => {
          assertDecodes(input);
        }),
        params,
      );
    },
  },
  {
    name: "decode-mutated",
    checks:
      "decodeCase(a valid case with 1..3 mutations): no throw, no pollution, invalid => Left, errors never echo the input",
    run: (params) => {
      fc.assert(
        fc.property(arbMutatedCase({ maxMutations: 3, sentinel: SENTINEL }), (m) => {
          const r = assertDecodes(m.input);
          if (m.invalid)
            check(E.isLeft(r), `decoded although invalid: ${JSON.stringify(m.mutations)}`);
          if (E.isLeft(r))
            check(
              !JSON.stringify(r.left).includes(SENTINEL),
              `the error echoes the input: ${JSON.stringify(r.left)}`,
            );
        }),
        params,
      );
    },
  },
  {
    name: "formulate-valid",
    checks:
      "a valid case decodes; formulate: scores finite in [0, 1], recomputeScore(evidence) === score, measures in range",
    run: (params) => {
      fc.assert(
        fc.property(
          arbValidCase({
            maxRelationships: 8,
            maxEvents: 8,
            maxMeasures: 5,
            missingItems: true,
            withRelatesTo: true,
          }),
          (c) => {
            const r = assertDecodes(c);
            check(
              E.isRight(r),
              `a valid case did not decode: ${E.isLeft(r) ? r.left.message : ""}`,
            );
          },
        ),
        params,
      );
    },
  },
  {
    name: "score-measure",
    checks:
      "scoreMeasure(any item vector) for every built-in instrument: no throw; totals within the instrument's range",
    run: (params) => {
      fc.assert(fc.property(arbMeasureCase(), assertScoresMeasure), params);
    },
  },
];
