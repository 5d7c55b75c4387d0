/**
 * The onset window: the stretch of time around the episode onset in which the scoring model
 * counts an event at half its weight or more.
 *
 * @module
 */
import type { Case } from "ipt-formulation";
import { DAYS_PER_MONTH, DEFAULT_MODEL, type ScoringModel } from "ipt-formulation";
import { dayToIso, periodOf } from "./internal/dates.js";

/**
 * The onset window of a case under a scoring model.
 *
 * @category Pictures
 */
export interface OnsetWindow {
  /** `onset` when the case records the episode onset, else `assessment` (time is then measured from `assessedOn`, as in scoring). */
  readonly basis: "onset" | "assessment";
  /** The reference date as written in the case (a partial date); its middle day is the centre. */
  readonly reference: string;
  /** The first day inside the window, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last day inside the window, `YYYY-MM-DD`. */
  readonly to: string;
  /** How far the window reaches before the reference: `plateauMonths + halfLifeBeforeMonths`. */
  readonly monthsBefore: number;
  /** How far it reaches after: `halfLifeAfterMonths`. */
  readonly monthsAfter: number;
}

/** The window as day numbers (internal): `fromDay ≤ d ≤ toDay` for the days inside. */
export interface WindowDays {
  readonly window: OnsetWindow;
  readonly refDay: number;
  readonly fromDay: number;
  readonly toDay: number;
  /** Whether a partial date's middle day (the mid-period rule scoring uses) lies in the window. */
  readonly contains: (date: string) => boolean;
}

/** The onset window with its day numbers. */
export function windowDays(c: Case, model: ScoringModel): WindowDays {
  const k = model.params.kernel;
  const reference = c.episode.onset ?? c.assessedOn;
  const refDay = periodOf(reference).mid;
  const monthsBefore = k.plateauMonths + k.halfLifeBeforeMonths;
  const monthsAfter = k.halfLifeAfterMonths;
  const fromDay = Math.ceil(refDay - monthsBefore * DAYS_PER_MONTH - 1e-9);
  const toDay = Math.floor(refDay + monthsAfter * DAYS_PER_MONTH + 1e-9);
  return {
    window: {
      basis: c.episode.onset === undefined ? "assessment" : "onset",
      reference,
      from: dayToIso(fromDay),
      to: dayToIso(toDay),
      monthsBefore,
      monthsAfter,
    },
    refDay,
    fromDay,
    toDay,
    contains: (date) => {
      const d = periodOf(date).mid;
      return d >= fromDay && d <= toDay;
    },
  };
}

/**
 * The onset window of a case: from `plateauMonths + halfLifeBeforeMonths` before the
 * reference date to `halfLifeAfterMonths` after it, where the reference is the middle of the
 * episode onset's period (or of `assessedOn` when the onset is unknown). Inside it the
 * model's temporal kernel gives an event at least half its weight: full weight on the
 * plateau, one half-life each way to 1/2. A partial date is in the window when its middle day
 * is (the mid-period rule scoring uses).
 *
 * @param c - a decoded case
 * @param model - the scoring model whose kernel sets the window (default {@link DEFAULT_MODEL})
 * @returns the window's basis, reference and first and last day
 *
 * @example
 * // Default kernel (3-month plateau, 6-month half-life before, 3 after), onset 2025-10
 * onsetWindow(griefCase)
 * //=> { basis: "onset", reference: "2025-10", from: "2025-01-15", to: "2026-01-14", monthsBefore: 9, monthsAfter: 3 }
 *
 * @example
 * // No onset recorded: the window is centred on the assessment date
 * onsetWindow({ ...c, episode: {} }).basis
 * //=> "assessment"
 *
 * @category Pictures
 * @see Markowitz JC. Interpersonal psychotherapy. Focus 2006;4(2):179.
 */
export function onsetWindow(c: Case, model: ScoringModel = DEFAULT_MODEL): OnsetWindow {
  return windowDays(c, model).window;
}
