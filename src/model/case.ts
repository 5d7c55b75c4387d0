/**
 * The zod schemas of the `ipt-case/1` format and the named types of what they parse to.
 *
 * Each schema and its type share a name stem: `RelationshipSchema` validates, `Relationship`
 * is the decoded (domain) type, an explicit readonly interface that
 * `tests/model/schemaTypes.test-d.ts` keeps equal to what the schema parses to. The loose
 * input type is {@link CaseInput}, where defaults may be absent; its parts are the domain
 * types made mutable ({@link DeepMutable}), which is what the schemas accept. Every object is
 * strict: an unknown key is an error, so a typo is never silently ignored data. Use
 * {@link decodeCase} rather than these schemas directly: it adds the cross-field rules and
 * maps errors to {@link CaseError}.
 *
 * @module
 */
import * as z from "zod";
import { isPartialDate } from "./partialDate.js";
import {
  CIRCLES,
  type Circle,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  type Condition,
  type ContactFrequency,
  DISPUTE_STAGES,
  type DisputeStage,
  GRIEF_SIGNS,
  type GriefSign,
  LIFE_EVENT_KINDS,
  type LifeEventKind,
  POPULATIONS,
  type Population,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUSES,
  type RelationshipRole,
  type RelationshipStatus,
  SCALE_VALUES,
  type Scale,
} from "./vocabularies.js";

/** The format tag of a case file. @category Model */
export const CASE_FORMAT = "ipt-case/1" as const;

/** Longest id (case, relationship, life event) in characters. @category Model */
export const MAX_ID_LENGTH = 64;
/** Longest relationship label in characters. @category Model */
export const MAX_LABEL_LENGTH = 80;
/** Most items one measure may hold (the longest built-in instrument, the ICG, has 19). @category Model */
export const MAX_MEASURE_ITEMS = 200;

const MONTHS = "(?:0[1-9]|1[0-2])";
const DAYS = "(?:0[1-9]|[12]\\d|3[01])";

/**
 * A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a real calendar period
 * (`2025-02-29` is rejected). Arithmetic uses the middle of the period.
 *
 * @category Model
 */
export const PartialDateSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}(?:-${MONTHS}(?:-${DAYS})?)?$`))
  .refine(isPartialDate, { params: { code: "invalid-date" } });
/**
 * A partial date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (what {@link PartialDateSchema}
 * accepts).
 *
 * @category Model
 */
export type PartialDate = string;

/** A calendar date at day precision, `YYYY-MM-DD`. @category Model */
export const DaySchema = z
  .string()
  .regex(new RegExp(`^\\d{4}-${MONTHS}-${DAYS}$`))
  .refine(isPartialDate, { params: { code: "invalid-date" } });

/** The 0..4 rating scale (0 none, 1 mild, 2 moderate, 3 marked, 4 severe). @category Model */
export const ScaleSchema = z.literal(SCALE_VALUES);

const IdSchema = z.string().min(1).max(MAX_ID_LENGTH);

/** The current episode. @category Model */
export const EpisodeSchema = z.strictObject({
  /** When the current episode began; missing gives the `onset-unknown` flag. */
  onset: PartialDateSchema.optional(),
  /** Number of earlier episodes. */
  priorEpisodes: z.int().min(0).optional(),
});
/** The current episode (what {@link EpisodeSchema} parses to). @category Model */
export interface Episode {
  /** When the current episode began; missing gives the `onset-unknown` flag and temporal rules fall back to `assessedOn`. */
  readonly onset?: PartialDate | undefined;
  /** Number of earlier episodes (an integer, 0 or more). */
  readonly priorEpisodes?: number | undefined;
}

/** One row of the interpersonal inventory: an important person, past or present. @category Model */
export const RelationshipSchema = z.strictObject({
  /** Unique in the case (1..64 characters); referenced by life events and evidence. */
  id: IdSchema,
  /** Display label such as "Husband" or "Friend J." (1..80 characters); pseudonymous. */
  label: z.string().min(1).max(MAX_LABEL_LENGTH),
  /** Who the person is to the patient. */
  role: z.enum(RELATIONSHIP_ROLES),
  /** Closeness on the interpersonal circle: inner = most intimate. */
  circle: z.enum(CIRCLES),
  /** State of the relationship now. */
  status: z.enum(RELATIONSHIP_STATUSES),
  /** How often they are in touch now. */
  contact: z.enum(CONTACT_FREQUENCIES).optional(),
  /** How much support this person gives, 0..4. */
  support: ScaleSchema.optional(),
  /** Intensity of current conflict, 0..4. */
  conflict: ScaleSchema.optional(),
  /** When the conflict began. */
  conflictSince: PartialDateSchema.optional(),
  /** `false`: the two hold non-reciprocal (mismatched) expectations of the relationship, the core of a role dispute. */
  expectationsReciprocal: z.boolean().optional(),
  /** Stage of a dispute, if any. */
  disputeStage: z.enum(DISPUTE_STAGES).optional(),
});
/**
 * One row of the interpersonal inventory: an important person, past or present (what
 * {@link RelationshipSchema} parses to).
 *
 * @category Model
 */
export interface Relationship {
  /** Unique in the case (1..64 characters); referenced by life events and evidence. */
  readonly id: string;
  /** Display label such as "Husband", "Mother" or "Friend J." (1..80 characters); pseudonymous. */
  readonly label: string;
  /** Who the person is to the patient. */
  readonly role: RelationshipRole;
  /** Closeness on the interpersonal circle: inner = most intimate. */
  readonly circle: Circle;
  /** State of the relationship now. */
  readonly status: RelationshipStatus;
  /** How often they are in touch now. */
  readonly contact?: ContactFrequency | undefined;
  /** How much support this person gives, 0..4. */
  readonly support?: Scale | undefined;
  /** Intensity of current conflict, 0..4. */
  readonly conflict?: Scale | undefined;
  /** When the conflict began. */
  readonly conflictSince?: PartialDate | undefined;
  /** `false`: the two hold non-reciprocal (mismatched) expectations of the relationship, the core of a role dispute. */
  readonly expectationsReciprocal?: boolean | undefined;
  /** Stage of a dispute, if any. */
  readonly disputeStage?: DisputeStage | undefined;
}

/** An event around the episode. @category Model */
export const LifeEventSchema = z.strictObject({
  /** Unique in the case (1..64 characters). */
  id: IdSchema,
  /** What happened. */
  kind: z.enum(LIFE_EVENT_KINDS),
  /** When it happened. */
  date: PartialDateSchema,
  /** Who is involved: the person who died, the partner divorced, the baby born. Each must be a relationship id. */
  relationshipIds: z.array(IdSchema).optional(),
  /** How much it upset the patient, 0..4. */
  distress: ScaleSchema.optional(),
  /** `true`: the patient has mourned or adapted to it. */
  adjusted: z.boolean().optional(),
  /** Only on `death` and `pregnancy-loss`: prolonged grief signs present nearly every day in the last month (unique). */
  griefSigns: z.array(z.enum(GRIEF_SIGNS)).max(GRIEF_SIGNS.length).optional(),
});
/** An event around the episode (what {@link LifeEventSchema} parses to). @category Model */
export interface LifeEvent {
  /** Unique in the case (1..64 characters). */
  readonly id: string;
  /** What happened. */
  readonly kind: LifeEventKind;
  /** When it happened. */
  readonly date: PartialDate;
  /** Who is involved: the person who died, the partner divorced, the baby born. Each must be a relationship id. */
  readonly relationshipIds?: readonly string[] | undefined;
  /** How much it upset the patient, 0..4. */
  readonly distress?: Scale | undefined;
  /** `true`: the patient has mourned or adapted to it. */
  readonly adjusted?: boolean | undefined;
  /** Only on `death` and `pregnancy-loss`: prolonged grief signs present nearly every day in the last month (unique). */
  readonly griefSigns?: readonly GriefSign[] | undefined;
}

/** The long-standing interpersonal pattern (evidence for deficits or sensitivity). @category Model */
export const SocialSchema = z.strictObject({
  /** How lonely the patient feels, 0..4. */
  loneliness: ScaleSchema.optional(),
  /** A long-standing pattern of few or impoverished relationships. */
  lifelongIsolation: z.boolean().optional(),
  /** Difficulty starting or keeping relationships, 0..4. */
  communicationDifficulty: ScaleSchema.optional(),
  /** Sensitivity to criticism and rejection, 0..4. */
  rejectionSensitivity: ScaleSchema.optional(),
});
/**
 * The long-standing interpersonal pattern, evidence for deficits or sensitivity (what
 * {@link SocialSchema} parses to).
 *
 * @category Model
 */
export interface Social {
  /** How lonely the patient feels, 0..4. */
  readonly loneliness?: Scale | undefined;
  /** A long-standing pattern of few or impoverished relationships. */
  readonly lifelongIsolation?: boolean | undefined;
  /** Difficulty starting or keeping relationships, 0..4. */
  readonly communicationDifficulty?: Scale | undefined;
  /** Sensitivity to criticism and rejection, 0..4. */
  readonly rejectionSensitivity?: Scale | undefined;
}

/** A standardized instrument administered to the patient. @category Model */
export const MeasureSchema = z.strictObject({
  /** A built-in instrument (`phq-9`, `gad-7`, `epds`, `hamd-17`, `pg-13-r`, `icg`) or an id an app registered. */
  instrument: z.string().min(1).max(MAX_ID_LENGTH),
  /** When it was administered. */
  administeredOn: PartialDateSchema,
  /** Item scores in the instrument's order, as its scoring manual keys them; `null` = missing. */
  items: z.array(z.int().nullable()).max(MAX_MEASURE_ITEMS),
  /** The loss (a life event id) a grief instrument is about. */
  relatesTo: IdSchema.optional(),
});
/**
 * A standardized instrument administered to the patient (what {@link MeasureSchema} parses
 * to).
 *
 * @category Model
 */
export interface Measure {
  /** A built-in instrument (`phq-9`, `gad-7`, `epds`, `hamd-17`, `pg-13-r`, `icg`) or an id an app registered. */
  readonly instrument: string;
  /** When it was administered. */
  readonly administeredOn: PartialDate;
  /** Item scores (integers) in the instrument's order, as its scoring manual keys them; `null` = missing. */
  readonly items: readonly (number | null)[];
  /** The loss (a life event id) a grief instrument is about. */
  readonly relatesTo?: string | undefined;
}

/**
 * The structure of a whole case, without the cross-field rules and size limits that
 * {@link decodeCase} adds.
 *
 * @category Model
 */
export const CaseSchema = z.strictObject({
  /** Format and version of the file: `ipt-case/1`. */
  format: z.literal(CASE_FORMAT),
  /** Pseudonymous case id (1..64 characters); never a name or record number. */
  id: IdSchema.optional(),
  /** The reference date (day precision): every "how long ago" is measured from it. Scoring never reads the clock. */
  assessedOn: DaySchema,
  /** Selects age-specific rules and adaptation notes (default `adult`). */
  population: z.enum(POPULATIONS).default("adult"),
  /** The condition IPT is applied to (default `depression`). */
  condition: z.enum(CONDITIONS).default("depression"),
  /** The current episode. */
  episode: EpisodeSchema,
  /** The interpersonal inventory: important people, past and present (may be empty). */
  relationships: z.array(RelationshipSchema),
  /** Events around the episode (may be empty). */
  lifeEvents: z.array(LifeEventSchema),
  /** The long-standing interpersonal pattern. */
  social: SocialSchema.optional(),
  /** Standardized instruments administered (default `[]`). */
  measures: z.array(MeasureSchema).default([]),
});

/**
 * A decoded, valid case (the domain type, what {@link CaseSchema} parses to): `population`
 * and `condition` are filled in with their defaults (`adult`, `depression`) and `measures`
 * with `[]`.
 *
 * @category Model
 */
export interface Case {
  /** Format and version of the file: `ipt-case/1`. */
  readonly format: typeof CASE_FORMAT;
  /** Pseudonymous case id (1..64 characters); never a name or record number. */
  readonly id?: string | undefined;
  /** The reference date (day precision, `YYYY-MM-DD`): every "how long ago" is measured from it. Scoring never reads the clock. */
  readonly assessedOn: PartialDate;
  /** Selects age-specific rules (prolonged grief: 12 months adults, 6 months adolescents) and adaptation notes; `adult` when the file gives none. */
  readonly population: Population;
  /** The condition IPT is applied to; selects adaptation notes (IPSRT for bipolar, …); `depression` when the file gives none. */
  readonly condition: Condition;
  /** The current episode. */
  readonly episode: Episode;
  /** The interpersonal inventory: important people, past and present (may be empty). */
  readonly relationships: readonly Relationship[];
  /** Events around the episode (may be empty). */
  readonly lifeEvents: readonly LifeEvent[];
  /** The long-standing interpersonal pattern. */
  readonly social?: Social | undefined;
  /** Standardized instruments administered; `[]` when the file gives none. */
  readonly measures: readonly Measure[];
}

/**
 * A case as written in a file (the loose input type, what {@link CaseSchema} accepts):
 * `population`, `condition` and `measures` may be absent (decoding fills in their defaults),
 * and nothing is readonly.
 *
 * @category Model
 */
export interface CaseInput {
  /** Format and version of the file: `ipt-case/1`. */
  format: typeof CASE_FORMAT;
  /** Pseudonymous case id (1..64 characters); never a name or record number. */
  id?: string | undefined;
  /** The reference date (day precision, `YYYY-MM-DD`): every "how long ago" is measured from it. */
  assessedOn: PartialDate;
  /** Selects age-specific rules and adaptation notes (default `adult`). */
  population?: Population | undefined;
  /** The condition IPT is applied to (default `depression`). */
  condition?: Condition | undefined;
  /** The current episode. */
  episode: DeepMutable<Episode>;
  /** The interpersonal inventory: important people, past and present (may be empty). */
  relationships: DeepMutable<Relationship>[];
  /** Events around the episode (may be empty). */
  lifeEvents: DeepMutable<LifeEvent>[];
  /** The long-standing interpersonal pattern. */
  social?: DeepMutable<Social> | undefined;
  /** Standardized instruments administered (default `[]`). */
  measures?: DeepMutable<Measure>[] | undefined;
}

/**
 * What a form produces before validation: the shape of `T` with every field optional, every
 * closed vocabulary widened to `string` and every list a list of drafts. An app's mapping
 * from its form to a case can return a draft; {@link decodeCase} then says what is wrong.
 *
 * @category Model
 */
export type Draft<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends null | undefined
        ? T
        : T extends readonly (infer E)[]
          ? readonly Draft<E>[]
          : T extends object
            ? { readonly [K in keyof T]?: Draft<T[K]> | undefined }
            : T;

/**
 * A case mapped from a form but not yet validated: any {@link CaseInput} is one, and so is
 * an incomplete or wrong one (`{ circle: "far" }`). Give it to {@link decodeCase}.
 *
 * @example
 * // Typed while it is built, checked when it is decoded
 * const draft: CaseDraft = { format: "ipt-case/1", assessedOn: "2026-01-12", relationships: [] };
 * decodeCase(draft)
 * //=> left({ kind: "case-error", issues: [{ code: "required", path: "episode", … }, …], … })
 *
 * @category Model
 */
export type CaseDraft = Draft<CaseInput>;

/** Makes every property and array of a type readonly, recursively. @category Model */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Makes every property and array of a type mutable, recursively: the inverse of
 * {@link DeepReadonly}. {@link CaseInput} holds its parts in this form.
 *
 * @category Model
 */
export type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };
