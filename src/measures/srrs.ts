/**
 * The Holmes–Rahe Social Readjustment Rating Scale (SRRS; Holmes & Rahe 1967): life change
 * units (LCU) of the case's life events in the 12 months before a reference date (the
 * episode onset).
 *
 * The case format records an event's kind and who was involved, not the SRRS event itself,
 * so each kind is mapped to the nearest SRRS event by a documented rule. Where the right
 * SRRS event depends on something the case does not record, the rule takes the lower
 * candidate weight (a conservative reading) and marks the mapping `judgement`.
 *
 * Part of `ipt-formulation/measures` only; the partial-date helpers come from the main entry
 * by the package's own name.
 *
 * @module
 */

import {
  type LifeEventInput,
  type LifeEventKind,
  monthsBetween,
  type Population,
  parsePartialDate,
  type RelationshipInput,
  type RelationshipRole,
} from "ipt-formulation";
import * as O from "../internal/option.js";
import { deepFreeze } from "./internal/util.js";

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const HOLMES_RAHE_1967 =
  "Holmes TH, Rahe RH. The Social Readjustment Rating Scale. J Psychosom Res 1967;11(2):213-218. doi:10.1016/0022-3999(67)90010-4 (Table 3, as reprinted with permission in Understanding Psychology, Fig. 15.3)";

/**
 * One of the 43 SRRS life events with its mean value in life change units.
 *
 * @category Measures
 */
export interface SrrsEvent {
  /** Rank in Table 3 of Holmes & Rahe 1967 (1 = highest). */
  readonly rank: number;
  readonly event: string;
  readonly lcu: number;
}

/**
 * The 43 events of the SRRS with their life change units, as in Table 3 of Holmes & Rahe
 * 1967 (reprinted in *Understanding Psychology*; the same values appear on slm.co). Some
 * later lists differ by a point (major mortgage 32, social activities 19, minor violations
 * 10); the 1967 values are used.
 *
 * @example
 * // The anchor events
 * [SRRS_EVENTS[0].lcu, SRRS_EVENTS[6].event]
 * //=> [100, "Marriage"]
 *
 * @category Measures
 * @see Holmes & Rahe 1967, J Psychosom Res 11:213, Table 3.
 */
export const SRRS_EVENTS: readonly SrrsEvent[] = deepFreeze(
  (
    [
      ["Death of spouse", 100],
      ["Divorce", 73],
      ["Marital separation", 65],
      ["Jail term", 63],
      ["Death of close family member", 63],
      ["Personal injury or illness", 53],
      ["Marriage", 50],
      ["Fired at work", 47],
      ["Marital reconciliation", 45],
      ["Retirement", 45],
      ["Change in health of family member", 44],
      ["Pregnancy", 40],
      ["Sex difficulties", 39],
      ["Gain of new family member", 39],
      ["Business readjustment", 39],
      ["Change in financial state", 38],
      ["Death of close friend", 37],
      ["Change to different line of work", 36],
      ["Change in number of arguments with spouse", 35],
      ["Mortgage over $10,000", 31],
      ["Foreclosure of mortgage or loan", 30],
      ["Change in responsibilities at work", 29],
      ["Son or daughter leaving home", 29],
      ["Trouble with in-laws", 29],
      ["Outstanding personal achievement", 28],
      ["Spouse begins or stops work", 26],
      ["Begin or end school", 26],
      ["Change in living conditions", 25],
      ["Revision of personal habits", 24],
      ["Trouble with boss", 23],
      ["Change in work hours or conditions", 20],
      ["Change in residence", 20],
      ["Change in schools", 20],
      ["Change in recreation", 19],
      ["Change in church activities", 19],
      ["Change in social activities", 18],
      ["Mortgage or loan less than $10,000", 17],
      ["Change in sleeping habits", 16],
      ["Change in number of family get-togethers", 15],
      ["Change in eating habits", 15],
      ["Vacation", 13],
      ["Christmas", 12],
      ["Minor violations of the law", 11],
    ] as const
  ).map(([event, lcu], i) => ({ rank: i + 1, event, lcu })),
);

/** Whether an SRRS event names the same thing (`direct`) or is the nearest proposal (`judgement`). @category Measures */
export type SrrsBasis = "direct" | "judgement";

/**
 * How one life event kind maps to an SRRS event:
 * - `fixed`: always the same SRRS event;
 * - `death`: by the role of the deceased ({@link SRRS_DEATH_BY_ROLE});
 * - `self-or-relative`: one event when it concerns the patient (no `relationshipIds`),
 *   another when it concerns a person involved;
 * - `marital`: one event, `direct` when a spouse is involved, `judgement` otherwise;
 * - `none`: no SRRS equivalent.
 *
 * @category Measures
 */
export type SrrsRule =
  | {
      readonly type: "fixed";
      readonly rank: number;
      readonly basis: SrrsBasis;
      readonly note: string;
    }
  | { readonly type: "death"; readonly note: string }
  | {
      readonly type: "self-or-relative";
      readonly selfRank: number;
      readonly relativeRank: number;
      readonly basis: SrrsBasis;
      readonly note: string;
    }
  | { readonly type: "marital"; readonly rank: number; readonly note: string }
  | { readonly type: "none"; readonly note: string };

const fixed = (rank: number, basis: SrrsBasis, note: string): SrrsRule => ({
  type: "fixed",
  rank,
  basis,
  note,
});

/**
 * The mapping from every life event kind to an SRRS event (ranks refer to
 * {@link SRRS_EVENTS}). Where the right event depends on what the case does not record, the
 * lower candidate weight is used and the basis is `judgement`.
 *
 * @example
 * // Divorce is SRRS #2, 73 LCU
 * SRRS_MAPPING.divorce
 * //=> { type: "fixed", rank: 2, basis: "direct", note: "Divorce" }
 *
 * @category Measures
 * @see research/instruments.md §9 (proposed mapping); Holmes & Rahe 1967.
 */
export const SRRS_MAPPING: Readonly<Record<LifeEventKind, SrrsRule>> = deepFreeze({
  death: {
    type: "death",
    note: "#1 Death of spouse (100) for a spouse (a partner by judgement), #5 Death of close family member (63) for family, #17 Death of close friend (37) for a friend; other known roles have no SRRS event; role unknown: #17 (37), the lowest SRRS death weight",
  },
  "pregnancy-loss": fixed(
    11,
    "judgement",
    "No SRRS event. #11 Change in health of family member (44); #6 Personal injury or illness (53) would apply to the patient who was pregnant, which the case does not record, so the lower weight is used",
  ),
  "new-relationship": fixed(
    36,
    "judgement",
    "No SRRS event. #36 Change in social activities (18), the lower of it and #29 Revision of personal habits (24)",
  ),
  marriage: fixed(7, "direct", "Marriage"),
  cohabitation: fixed(
    28,
    "judgement",
    "No SRRS event. #28 Change in living conditions (25); a move is not added",
  ),
  separation: {
    type: "marital",
    rank: 3,
    note: "#3 Marital separation (65): direct for a spouse, by analogy for an unmarried partner",
  },
  divorce: fixed(2, "direct", "Divorce"),
  reconciliation: {
    type: "marital",
    rank: 9,
    note: "#9 Marital reconciliation (45): direct for a spouse, by analogy otherwise",
  },
  pregnancy: fixed(12, "direct", "Pregnancy"),
  birth: fixed(
    14,
    "direct",
    "Gain of new family member (birth); pregnancy and birth in one year both count",
  ),
  adoption: fixed(14, "direct", "Gain of new family member (adoption)"),
  "child-left-home": fixed(23, "direct", "Son or daughter leaving home"),
  "caregiving-start": fixed(
    11,
    "judgement",
    "No SRRS event. #11 Change in health of family member (44); do not also record the relative's illness",
  ),
  "caregiving-end": fixed(
    28,
    "judgement",
    "No SRRS event. #28 Change in living conditions (25); an end by death is the death event",
  ),
  "job-start": fixed(
    31,
    "judgement",
    "No SRRS event. #31 Change in work hours or conditions (20), the lower of it and #18 Change to different line of work (36)",
  ),
  "job-loss": fixed(
    8,
    "judgement",
    "#8 Fired at work (47): direct for a dismissal, by analogy for a layoff or contract end (the case does not say which)",
  ),
  promotion: fixed(22, "direct", "Change in responsibilities at work (promotion)"),
  demotion: fixed(22, "direct", "Change in responsibilities at work (demotion)"),
  retirement: fixed(10, "direct", "Retirement"),
  "study-start": fixed(27, "direct", "Begin or end school"),
  graduation: fixed(27, "direct", "Begin or end school"),
  "school-change": fixed(33, "direct", "Change in schools"),
  relocation: fixed(32, "direct", "Change in residence"),
  migration: fixed(
    32,
    "judgement",
    "#32 Change in residence (20) as the base; living conditions and social activities are not stacked",
  ),
  "illness-diagnosis": {
    type: "self-or-relative",
    selfRank: 6,
    relativeRank: 11,
    basis: "direct",
    note: "#6 Personal injury or illness (53) for the patient (no person involved); #11 Change in health of family member (44) when a person is involved",
  },
  injury: {
    type: "self-or-relative",
    selfRank: 6,
    relativeRank: 11,
    basis: "direct",
    note: "#6 Personal injury or illness (53) for the patient (no person involved); #11 Change in health of family member (44) when a person is involved",
  },
  disability: {
    type: "self-or-relative",
    selfRank: 6,
    relativeRank: 11,
    basis: "judgement",
    note: "A new disability: #6 Personal injury or illness (53) for the patient, #11 (44) when a person is involved; a long-standing disability is not an SRRS event",
  },
  "financial-change": fixed(16, "direct", "Change in financial state"),
  "legal-problem": fixed(
    43,
    "judgement",
    "#43 Minor violations of the law (11), the lower of it and #4 Jail term (63); the case does not say which",
  ),
  "military-deployment": fixed(
    32,
    "judgement",
    "No SRRS event. #32 Change in residence (20); Rahe's navy studies added no deployment item",
  ),
  other: { type: "none", note: "No SRRS equivalent" },
});

/**
 * The SRRS event for the death of a person in each relationship role: `null` where the
 * SRRS has no event (a colleague, a neighbour, ...).
 *
 * @example
 * // A parent's death
 * SRRS_DEATH_BY_ROLE.parent
 * //=> { rank: 5, basis: "direct" }
 *
 * @category Measures
 * @see Holmes & Rahe 1967 (#1, #5, #17); research/instruments.md §9.
 */
export const SRRS_DEATH_BY_ROLE: Readonly<
  Record<RelationshipRole, { readonly rank: number; readonly basis: SrrsBasis } | null>
> = deepFreeze({
  spouse: { rank: 1, basis: "direct" },
  partner: { rank: 1, basis: "judgement" },
  parent: { rank: 5, basis: "direct" },
  child: { rank: 5, basis: "direct" },
  sibling: { rank: 5, basis: "direct" },
  "step-parent": { rank: 5, basis: "judgement" },
  grandparent: { rank: 5, basis: "judgement" },
  grandchild: { rank: 5, basis: "judgement" },
  "other-relative": { rank: 5, basis: "judgement" },
  friend: { rank: 17, basis: "direct" },
  "ex-partner": null,
  colleague: null,
  supervisor: null,
  neighbour: null,
  classmate: null,
  teacher: null,
  carer: null,
  other: null,
});

/** The SRRS event used for a death whose relationship is not known (#17, the lowest death weight). */
const DEATH_ROLE_UNKNOWN = { rank: 17, basis: "judgement" } as const;

/**
 * A band of life change units; `max` is `null` for the open top band.
 *
 * @category Measures
 */
export interface LifeChangeBand {
  readonly id: "low" | "moderate" | "high";
  readonly label: string;
  readonly min: number;
  readonly max: number | null;
  readonly source: string;
}

const BANDS_SOURCE =
  "slm.co Holmes and Rahe stress scale (300 or more at risk of illness, 150-299 moderate, below 150 slight); secondary sources only, whose wording and percentages differ: descriptive markers, not risk probabilities";

/**
 * The conventional SRRS bands of the 12-month total: below 150, 150–299, 300 or more. All
 * sources are secondary and disagree on wording and risk percentages, so the library
 * reports them as descriptive markers, never as a probability of illness.
 *
 * @example
 * // The lower edge of the top band
 * SRRS_BANDS[2].min
 * //=> 300
 *
 * @category Measures
 * @see slm.co "Holmes and Rahe stress scale"; research/instruments.md §8.
 */
export const SRRS_BANDS: readonly LifeChangeBand[] = deepFreeze([
  { id: "low", label: "Below 150 life change units", min: 0, max: 149, source: BANDS_SOURCE },
  {
    id: "moderate",
    label: "150 to 299 life change units",
    min: 150,
    max: 299,
    source: BANDS_SOURCE,
  },
  { id: "high", label: "300 or more life change units", min: 300, max: null, source: BANDS_SOURCE },
]);

/** Months of the SRRS window: the past year (Holmes & Rahe's instruction, as reprinted). @category Measures */
export const SRRS_WINDOW_MONTHS = 12;

/**
 * One life event counted in the life change units, with the rule behind it.
 *
 * @category Measures
 */
export interface LifeChangeContribution {
  readonly eventId: string;
  readonly kind: LifeEventKind;
  readonly srrsRank: number;
  readonly srrsEvent: string;
  readonly lcu: number;
  readonly basis: SrrsBasis;
  /** Why this SRRS event, in words. */
  readonly rule: string;
  /** Months from the event to the reference (mid-period rule), 0..12. */
  readonly monthsBeforeReference: number;
  /** The patient-rated distress (0..4) of the event, reported beside the LCU and never mixed in; `null` if not rated. */
  readonly distress: number | null;
}

/** Why a life event adds no life change units. @category Measures */
export type LifeChangeExclusionReason =
  | "no-srrs-event"
  | "before-window"
  | "after-reference"
  | "invalid-date";

/**
 * A life event that adds nothing, and why.
 *
 * @category Measures
 */
export interface LifeChangeExclusion {
  readonly eventId: string;
  readonly kind: LifeEventKind;
  readonly reason: LifeChangeExclusionReason;
  /** Months from the event to the reference, or `null` when a date is not valid. */
  readonly monthsBeforeReference: number | null;
  readonly note: string;
}

/**
 * The life change units of a case over the 12 months before the reference date.
 *
 * @category Measures
 */
export interface LifeChangeUnits {
  /** Sum of the counted events' LCU. */
  readonly total: number;
  readonly band: LifeChangeBand;
  readonly reference: string;
  readonly windowMonths: number;
  /** Events in the window with an SRRS event, in input order. */
  readonly counted: readonly LifeChangeContribution[];
  /** Events in the window with no SRRS equivalent (kind `other`, a death with no SRRS role), in input order. */
  readonly unmapped: readonly LifeChangeExclusion[];
  /** Events outside the window (before it, after the reference, or with an invalid date), in input order. */
  readonly outsideWindow: readonly LifeChangeExclusion[];
  /** Limits of the scale for this case (e.g. the population). */
  readonly caveats: readonly string[];
  readonly source: string;
}

/**
 * Options of {@link scoreLifeChangeUnits}.
 *
 * @category Measures
 */
export interface LifeChangeOptions {
  /** The end of the window, normally the episode onset (or the assessment date when the onset is unknown). */
  readonly reference: string;
  /** The case population; SRRS weights were rated by adults. */
  readonly population?: Population | undefined;
  /** The case's relationships, to tell whose death or illness an event was. Without them a death counts as #17 (37). */
  readonly relationships?: readonly RelationshipInput[] | undefined;
}

// -------------------------------------------------------------------------------------
// scoring
// -------------------------------------------------------------------------------------

/** The SRRS event of a rank; every rank in the mapping tables is 1..43 (checked by the tests). */
const srrs = (rank: number): SrrsEvent => SRRS_EVENTS[rank - 1] as SrrsEvent;

const isSrrsRole = (role: string): role is RelationshipRole =>
  Object.hasOwn(SRRS_DEATH_BY_ROLE, role);

/** The SRRS event of one life event, or `undefined` for no equivalent (with the reason). */
const mapEvent = (
  e: LifeEventInput,
  roles: ReadonlyMap<string, string>,
):
  | { readonly rank: number; readonly basis: SrrsBasis; readonly rule: string }
  | { readonly none: string } => {
  const rule = SRRS_MAPPING[e.kind];
  const involved = (e.relationshipIds ?? []).flatMap((id) => {
    const role = roles.get(id);
    return role === undefined ? [] : [role];
  });
  switch (rule.type) {
    case "fixed":
      return { rank: rule.rank, basis: rule.basis, rule: rule.note };
    case "marital":
      return {
        rank: rule.rank,
        basis: involved.includes("spouse") ? "direct" : "judgement",
        rule: rule.note,
      };
    case "self-or-relative":
      return (e.relationshipIds ?? []).length === 0
        ? { rank: rule.selfRank, basis: rule.basis, rule: `${rule.note} (the patient)` }
        : { rank: rule.relativeRank, basis: rule.basis, rule: `${rule.note} (a person involved)` };
    case "death": {
      if (involved.length === 0)
        return { ...DEATH_ROLE_UNKNOWN, rule: `${rule.note} (relationship not known)` };
      const known = involved
        .map((r) => (isSrrsRole(r) ? SRRS_DEATH_BY_ROLE[r] : null))
        .filter((x): x is { readonly rank: number; readonly basis: SrrsBasis } => x !== null)
        .sort((a, b) => srrs(b.rank).lcu - srrs(a.rank).lcu);
      const best = known[0];
      return best === undefined
        ? { none: "a death in a relationship role with no SRRS event" }
        : { ...best, rule: `${rule.note} (the closest relationship involved)` };
    }
    case "none":
      return { none: rule.note };
  }
};

/**
 * The Holmes–Rahe life change units of a case's life events over the 12 months before
 * `reference` (normally the episode onset).
 *
 * - Window: an event counts when it lies 0 to 12 months (inclusive) before the reference,
 *   both dates taken at the middle of their period (`2025` = 2 July 2025, `2025-09` = 15
 *   September), in mean Gregorian months. Later events, earlier events and invalid dates are
 *   listed in `outsideWindow`. An invalid reference puts every event there.
 * - Mapping: each kind maps to an SRRS event by {@link SRRS_MAPPING}; kinds with no
 *   equivalent, and deaths of people whose role has none, are listed in `unmapped`. Each
 *   event counts once, so two moves in a year count twice. A death counts by the closest
 *   role among the people involved (via `relationships`); without roles it counts as #17
 *   Death of close friend (37), the lowest SRRS death weight.
 * - Band: below 150, 150–299, 300 or more ({@link SRRS_BANDS}), descriptive markers only.
 * - Distress: an event's patient-rated `distress` is reported beside its LCU, never used to
 *   scale it.
 *
 * @param lifeEvents - the case's life events
 * @param options - the reference date, and optionally the population and relationships
 * @returns the total, band, every counted event with its rule, and every event left out with the reason
 *
 * @example
 * // A parent's death and a move within the year before onset: 63 + 20
 * scoreLifeChangeUnits(
 *   [
 *     { id: "e1", kind: "death", date: "2025-08-30", relationshipIds: ["mother"] },
 *     { id: "e2", kind: "relocation", date: "2025-03" },
 *   ],
 *   { reference: "2025-10", relationships: [{ id: "mother", role: "parent" }] },
 * ).total
 * //=> 83
 *
 * @example
 * // More than 12 months before the reference: left out
 * scoreLifeChangeUnits([{ id: "e1", kind: "divorce", date: "2024-01" }], { reference: "2025-10" }).outsideWindow[0].reason
 * //=> "before-window"
 *
 * @category Measures
 * @see Holmes & Rahe 1967, J Psychosom Res 11:213.
 */
export function scoreLifeChangeUnits(
  lifeEvents: readonly LifeEventInput[],
  options: LifeChangeOptions,
): LifeChangeUnits {
  const roles = new Map((options.relationships ?? []).map((r) => [r.id, r.role] as const));
  const referenceValid = O.isSome(parsePartialDate(options.reference));
  const counted: LifeChangeContribution[] = [];
  const unmapped: LifeChangeExclusion[] = [];
  const outsideWindow: LifeChangeExclusion[] = [];
  for (const e of lifeEvents) {
    const months = referenceValid ? monthsBetween(e.date, options.reference) : O.none;
    if (O.isNone(months)) {
      outsideWindow.push({
        eventId: e.id,
        kind: e.kind,
        reason: "invalid-date",
        monthsBeforeReference: null,
        note: "the event date or the reference is not a valid partial date",
      });
      continue;
    }
    const m = months.value;
    if (m < 0 || m > SRRS_WINDOW_MONTHS) {
      outsideWindow.push({
        eventId: e.id,
        kind: e.kind,
        reason: m < 0 ? "after-reference" : "before-window",
        monthsBeforeReference: m,
        note:
          m < 0
            ? "the event is after the reference date"
            : `the event is more than ${SRRS_WINDOW_MONTHS} months before the reference date`,
      });
      continue;
    }
    const mapped = mapEvent(e, roles);
    if ("none" in mapped) {
      unmapped.push({
        eventId: e.id,
        kind: e.kind,
        reason: "no-srrs-event",
        monthsBeforeReference: m,
        note: mapped.none,
      });
      continue;
    }
    const event = srrs(mapped.rank);
    counted.push({
      eventId: e.id,
      kind: e.kind,
      srrsRank: event.rank,
      srrsEvent: event.event,
      lcu: event.lcu,
      basis: mapped.basis,
      rule: mapped.rule,
      monthsBeforeReference: m,
      distress: e.distress ?? null,
    });
  }
  const total = counted.reduce((sum, c) => sum + c.lcu, 0);
  // The bands cover 0..∞ and a total is never negative.
  const band = SRRS_BANDS.find(
    (b) => total >= b.min && (b.max === null || total <= b.max),
  ) as LifeChangeBand;
  return {
    total,
    band,
    reference: options.reference,
    windowMonths: SRRS_WINDOW_MONTHS,
    counted,
    unmapped,
    outsideWindow,
    caveats:
      options.population === "adolescent"
        ? [
            "The SRRS weights were rated by adults (Holmes & Rahe 1967); they are not validated for adolescents.",
          ]
        : [],
    source: HOLMES_RAHE_1967,
  };
}
