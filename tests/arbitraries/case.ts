/**
 * fast-check arbitraries for `ipt-case/1` cases, shared by the model/io tests, the scoring
 * property tests, fuzzing and benchmarks.
 *
 * Everything {@link arbValidCase} produces decodes with `decodeCase` (default limits, with or
 * without a measures-registry validator): ids are unique, every reference resolves, no date
 * is after `assessedOn`, grief signs appear only on `death` / `pregnancy-loss` and are
 * unique, and the only measures are PHQ-9 (9 items), GAD-7 (7 items) and EPDS (10 items) with
 * items 0..3. Objects are plain (`Object.prototype`), JSON-safe (no `undefined`, no `-0`) and
 * optional fields are absent rather than `undefined`, so a case survives `JSON.stringify`.
 *
 * All builders are functions returning an `fc.Arbitrary`, so options can be passed.
 *
 * @module
 */
import fc from "fast-check";
import {
  type CaseInput,
  CIRCLES,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  DISPUTE_STAGES,
  GRIEF_SIGNS,
  LIFE_EVENT_KINDS,
  type LifeEventKind,
  LOSS_EVENT_KINDS,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  POPULATIONS,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUSES,
  SCALE_VALUES,
} from "ipt-formulation";
import { arbDay, arbPartialDate } from "./dates.js";

export {
  type ArbPartialDateOptions,
  arbDay,
  arbPartialDate,
  DATE_PRECISIONS,
  dayNumberToIso,
  daysInMonthOracle,
  isoToDayNumber,
  truncateIso,
} from "./dates.js";

/** One relationship as written in a case file. */
export type RelationshipLike = CaseInput["relationships"][number];
/** One life event as written in a case file. */
export type LifeEventLike = CaseInput["lifeEvents"][number];
/** The `social` block as written in a case file. */
export type SocialInput = NonNullable<CaseInput["social"]>;
/** One measure as written in a case file. */
export type MeasureLike = NonNullable<CaseInput["measures"]>[number];

/**
 * The instruments {@link arbMeasure} uses, with their item count. Items are always 0..3, which
 * is in range for all three (PHQ-9 0..3, GAD-7 0..3, EPDS 0..3 after keying).
 */
export const SAFE_INSTRUMENTS = { "phq-9": 9, "gad-7": 7, epds: 10 } as const;
/** An instrument {@link arbMeasure} may produce. */
export type SafeInstrument = keyof typeof SAFE_INSTRUMENTS;

/** Which strings the arbitraries use: readable ASCII, any Unicode, or a mix (default). */
export type TextMode = "ascii" | "unicode" | "mixed";

const plain = { noNullPrototype: true } as const;

/** A `0..4` scale value. */
export function arbScale(): fc.Arbitrary<0 | 1 | 2 | 3 | 4> {
  return fc.constantFrom(...SCALE_VALUES);
}

const readableId = fc.stringMatching(/^[a-z][a-z0-9-]{0,23}$/);
const unicodeId = fc.string({ unit: "binary", minLength: 1, maxLength: MAX_ID_LENGTH });

/**
 * An id: 1..64 characters (Unicode code points, as the decoder counts them). `ascii` gives
 * readable kebab ids such as `friend-k`; `unicode` any code points up to the limit.
 */
export function arbId(text: TextMode = "mixed"): fc.Arbitrary<string> {
  if (text === "ascii") return readableId;
  if (text === "unicode") return unicodeId;
  return fc.oneof({ weight: 3, arbitrary: readableId }, { weight: 1, arbitrary: unicodeId });
}

/** Realistic relationship labels (as in the sample cases), shared by tests that need names. */
export const SAMPLE_LABELS = [
  "Mother",
  "Father",
  "Husband",
  "Wife",
  "Partner",
  "Friend J.",
  "Brother",
  "Sister",
  "Coworker",
  "Former manager",
  "Daughter",
  "Son",
  "Neighbour",
  "Grandmother",
] as const;

/** A relationship label: 1..80 characters. */
export function arbLabel(text: TextMode = "mixed"): fc.Arbitrary<string> {
  const readable = fc.constantFrom(...SAMPLE_LABELS);
  const unicode = fc.string({ unit: "binary", minLength: 1, maxLength: MAX_LABEL_LENGTH });
  if (text === "ascii") return readable;
  if (text === "unicode") return unicode;
  return fc.oneof({ weight: 3, arbitrary: readable }, { weight: 1, arbitrary: unicode });
}

/** Options shared by the part arbitraries. */
export interface ArbPartOptions {
  /** Earliest day of any date (`YYYY-MM-DD`, default `1950-01-01`). */
  readonly minDate?: string;
  /** Latest day of any date, typically the case's `assessedOn` (default `2030-12-31`). */
  readonly maxDate?: string;
  /** Strings used for ids and labels (default `mixed`). */
  readonly text?: TextMode;
}

/** Options of {@link arbRelationship}. */
export interface ArbRelationshipOptions extends ArbPartOptions {
  /** The id, or an arbitrary of ids (default {@link arbId}). */
  readonly id?: string | fc.Arbitrary<string>;
}

const dates = (o: ArbPartOptions) => ({
  min: o.minDate ?? "1950-01-01",
  max: o.maxDate ?? "2030-12-31",
});

const idArb = (id: string | fc.Arbitrary<string> | undefined, text?: TextMode) =>
  id === undefined ? arbId(text) : typeof id === "string" ? fc.constant(id) : id;

/** A valid relationship; optional fields are present or absent at random, `conflictSince` not after `maxDate`. */
export function arbRelationship(opts: ArbRelationshipOptions = {}): fc.Arbitrary<RelationshipLike> {
  return fc.record(
    {
      id: idArb(opts.id, opts.text),
      label: arbLabel(opts.text),
      role: fc.constantFrom(...RELATIONSHIP_ROLES),
      circle: fc.constantFrom(...CIRCLES),
      status: fc.constantFrom(...RELATIONSHIP_STATUSES),
      contact: fc.constantFrom(...CONTACT_FREQUENCIES),
      support: arbScale(),
      conflict: arbScale(),
      conflictSince: arbPartialDate(dates(opts)),
      expectationsReciprocal: fc.boolean(),
      disputeStage: fc.constantFrom(...DISPUTE_STAGES),
    },
    { requiredKeys: ["id", "label", "role", "circle", "status"], ...plain },
  );
}

/** Options of {@link arbLifeEvent}. */
export interface ArbLifeEventOptions extends ArbPartOptions {
  /** The id, or an arbitrary of ids (default {@link arbId}). */
  readonly id?: string | fc.Arbitrary<string>;
  /** Kinds to draw from (default all; loss kinds are over-weighted so grief signs show up). */
  readonly kinds?: readonly LifeEventKind[];
}

/**
 * A valid life event whose `relationshipIds` (if any) are a subset of `relationshipIds`,
 * whose date is not after `maxDate`, and which carries unique `griefSigns` only when its kind
 * is `death` or `pregnancy-loss`.
 */
export function arbLifeEvent(
  relationshipIds: readonly string[],
  opts: ArbLifeEventOptions = {},
): fc.Arbitrary<LifeEventLike> {
  const kinds = opts.kinds ?? LIFE_EVENT_KINDS;
  const losses = kinds.filter((k) => (LOSS_EVENT_KINDS as readonly string[]).includes(k));
  const kind =
    losses.length > 0 && losses.length < kinds.length
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...kinds) },
          { weight: 1, arbitrary: fc.constantFrom(...losses) },
        )
      : fc.constantFrom(...kinds);
  return kind.chain((k) => {
    const isLoss = (LOSS_EVENT_KINDS as readonly string[]).includes(k);
    const base = {
      id: idArb(opts.id, opts.text),
      kind: fc.constant(k),
      date: arbPartialDate(dates(opts)),
      distress: arbScale(),
      adjusted: fc.boolean(),
    };
    const refs =
      relationshipIds.length > 0 ? { relationshipIds: fc.subarray([...relationshipIds]) } : {};
    const grief = isLoss ? { griefSigns: fc.shuffledSubarray([...GRIEF_SIGNS]) } : {};
    return fc.record(
      { ...base, ...refs, ...grief },
      { requiredKeys: ["id", "kind", "date"], ...plain },
    ) as fc.Arbitrary<LifeEventLike>;
  });
}

/** A valid `social` block (every field optional). */
export function arbSocial(): fc.Arbitrary<SocialInput> {
  return fc.record(
    {
      loneliness: arbScale(),
      lifelongIsolation: fc.boolean(),
      communicationDifficulty: arbScale(),
      rejectionSensitivity: arbScale(),
    },
    { requiredKeys: [], ...plain },
  );
}

/** Options of {@link arbMeasure}. */
export interface ArbMeasureOptions extends ArbPartOptions {
  /** Life event ids `relatesTo` may name; absent or empty: no `relatesTo`. */
  readonly eventIds?: readonly string[];
  /** Instruments to draw from (default all of {@link SAFE_INSTRUMENTS}). */
  readonly instruments?: readonly SafeInstrument[];
  /** Let items be `null` (missing) now and then (default `false`). */
  readonly missingItems?: boolean;
}

/** A measure of a {@link SafeInstrument} with the right item count, items 0..3. */
export function arbMeasure(opts: ArbMeasureOptions = {}): fc.Arbitrary<MeasureLike> {
  const instruments =
    opts.instruments ?? (Object.keys(SAFE_INSTRUMENTS) as readonly SafeInstrument[]);
  const item: fc.Arbitrary<number | null> = opts.missingItems
    ? fc.option(fc.integer({ min: 0, max: 3 }), { freq: 8 })
    : fc.integer({ min: 0, max: 3 });
  return fc.constantFrom(...instruments).chain((instrument) => {
    const n = SAFE_INSTRUMENTS[instrument];
    const events = opts.eventIds ?? [];
    return fc.record(
      {
        instrument: fc.constant(instrument as string),
        administeredOn: arbPartialDate(dates(opts)),
        items: fc.array(item, { minLength: n, maxLength: n }),
        ...(events.length > 0 ? { relatesTo: fc.constantFrom(...events) } : {}),
      },
      { requiredKeys: ["instrument", "administeredOn", "items"], ...plain },
    ) as fc.Arbitrary<MeasureLike>;
  });
}

/** Options of {@link arbValidCase}. Defaults keep cases small so property tests run fast. */
export interface ArbValidCaseOptions {
  /** Fewest relationships (default 0). */
  readonly minRelationships?: number;
  /** Most relationships (default 5). */
  readonly maxRelationships?: number;
  /** Fewest life events (default 0). */
  readonly minEvents?: number;
  /** Most life events (default 5). */
  readonly maxEvents?: number;
  /** Include measures at all (default `true`; the `measures` key may still be absent). */
  readonly withMeasures?: boolean;
  /** Most measures when included (default 3). */
  readonly maxMeasures?: number;
  /** Let a measure name a life event in `relatesTo` (default `false`: a registry may restrict it to grief instruments). */
  readonly withRelatesTo?: boolean;
  /** Let measure items be `null` (default `false`). */
  readonly missingItems?: boolean;
  /** Range of `assessedOn` (default 2000-01-01..2030-12-31). */
  readonly assessedOn?: { readonly min?: string; readonly max?: string };
  /** Earliest day of any other date (default `1950-01-01`; must not be after `assessedOn.min`). */
  readonly minDate?: string;
  /** Strings used for ids and labels (default `mixed`). */
  readonly text?: TextMode;
  /** Always write `population`, `condition` and `measures` (default: each present or absent at random). */
  readonly explicitDefaults?: boolean;
}

/**
 * A case that always decodes. Sizes are bounded by the options (0..5 relationships and
 * events, 0..3 measures by default); the episode onset is present or absent at random.
 */
export function arbValidCase(opts: ArbValidCaseOptions = {}): fc.Arbitrary<CaseInput> {
  const text = opts.text ?? "mixed";
  const minDate = opts.minDate ?? "1950-01-01";
  const assessed = arbDay({
    min: opts.assessedOn?.min ?? "2000-01-01",
    max: opts.assessedOn?.max ?? "2030-12-31",
  });
  return assessed.chain((assessedOn) => {
    const part = { minDate, maxDate: assessedOn, text };
    const relationships = fc.uniqueArray(arbRelationship(part), {
      selector: (r) => r.id,
      minLength: opts.minRelationships ?? 0,
      maxLength: opts.maxRelationships ?? 5,
    });
    return relationships.chain((rels) => {
      const events = fc.uniqueArray(
        arbLifeEvent(
          rels.map((r) => r.id),
          part,
        ),
        {
          selector: (e) => e.id,
          minLength: opts.minEvents ?? 0,
          maxLength: opts.maxEvents ?? 5,
        },
      );
      return events.chain((evs) => {
        const measures =
          opts.withMeasures === false
            ? fc.constant([])
            : fc.array(
                arbMeasure({
                  ...part,
                  ...(opts.withRelatesTo ? { eventIds: evs.map((e) => e.id) } : {}),
                  missingItems: opts.missingItems ?? false,
                }),
                { maxLength: opts.maxMeasures ?? 3 },
              );
        const explicit = opts.explicitDefaults === true;
        return fc
          .record(
            {
              format: fc.constant("ipt-case/1" as const),
              id: arbId(text),
              assessedOn: fc.constant(assessedOn),
              population: fc.constantFrom(...POPULATIONS),
              condition: fc.constantFrom(...CONDITIONS),
              episode: fc.record(
                {
                  onset: arbPartialDate({ min: minDate, max: assessedOn }),
                  priorEpisodes: fc.nat({ max: 20 }),
                },
                { requiredKeys: [], ...plain },
              ),
              relationships: fc.constant(rels),
              lifeEvents: fc.constant(evs),
              social: arbSocial(),
              measures,
            },
            {
              requiredKeys: explicit
                ? [
                    "format",
                    "assessedOn",
                    "episode",
                    "relationships",
                    "lifeEvents",
                    "population",
                    "condition",
                    "measures",
                  ]
                : ["format", "assessedOn", "episode", "relationships", "lifeEvents"],
              ...plain,
            },
          )
          .map((c) => structuredClone(c) as CaseInput);
      });
    });
  });
}
