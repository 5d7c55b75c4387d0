/**
 * The tables of the Holmes–Rahe Social Readjustment Rating Scale (SRRS; Holmes & Rahe 1967)
 * that {@link scoreLifeChangeUnits} reads: the 43 events with their life change units, the
 * mapping from each life event kind (and, for a death, each relationship role) to an SRRS
 * event, the bands of the total and the 12-month window.
 *
 * Part of `ipt-formulation/measures` only; the vocabularies come from the main entry by the
 * package's own name.
 *
 * @module
 */

import type { LifeEventKind, RelationshipRole } from "ipt-formulation";
import { deepFreeze } from "./internal/util.js";

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

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
