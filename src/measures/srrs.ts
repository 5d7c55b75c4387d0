/**
 * The Holmes–Rahe Social Readjustment Rating Scale (SRRS; Holmes & Rahe 1967): life change
 * units (LCU) of the case's life events in the 12 months before a reference date (the
 * episode onset).
 *
 * The case format records an event's kind and who was involved, not the SRRS event itself,
 * so each kind is mapped to the nearest SRRS event by a documented rule. Where the right
 * SRRS event depends on something the case does not record, the rule takes the lower
 * candidate weight (a conservative reading) and marks the mapping `judgement`. The SRRS
 * tables (events, mapping, bands, window) are in `srrsEvents.ts`.
 *
 * Part of `ipt-formulation/measures` only; the partial-date helpers come from the main entry
 * by the package's own name.
 *
 * @module
 */

import {
  type LifeEventKind,
  type LifeEventLike,
  monthsBetween,
  type Population,
  parsePartialDate,
  type RelationshipLike,
  type RelationshipRole,
} from "ipt-formulation";
import * as O from "../internal/option.js";
import {
  type LifeChangeBand,
  SRRS_BANDS,
  SRRS_DEATH_BY_ROLE,
  SRRS_EVENTS,
  SRRS_MAPPING,
  SRRS_WINDOW_MONTHS,
  type SrrsBasis,
  type SrrsEvent,
} from "./srrsEvents.js";

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const HOLMES_RAHE_1967 =
  "Holmes TH, Rahe RH. The Social Readjustment Rating Scale. J Psychosom Res 1967;11(2):213-218. doi:10.1016/0022-3999(67)90010-4 (Table 3, as reprinted with permission in Understanding Psychology, Fig. 15.3)";

/** The SRRS event used for a death whose relationship is not known (#17, the lowest death weight). */
const DEATH_ROLE_UNKNOWN = { rank: 17, basis: "judgement" } as const;

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
  readonly relationships?: readonly RelationshipLike[] | undefined;
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
  e: LifeEventLike,
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
  lifeEvents: readonly LifeEventLike[],
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
