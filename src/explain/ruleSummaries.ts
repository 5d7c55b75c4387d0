/**
 * One line per scoring rule, in plain language, for documentation and apps.
 *
 * @module
 */
import type { RuleId } from "ipt-formulation";

/**
 * What each scoring rule does, one sentence per rule id of `RULES` (main entry), for
 * documentation pages and apps that list the rules. `docs/scoring.md` gives each rule's
 * factors and sources in full.
 *
 * @example
 * // The summary of the rule behind most grief evidence
 * RULE_SUMMARIES["grief.death-near-onset"]
 * //=> "A death (or pregnancy loss) of a close person, weighted by closeness, time to onset, distress and how far it is mourned."
 *
 * @category Scoring rules
 */
export const RULE_SUMMARIES: Readonly<Record<RuleId, string>> = Object.freeze({
  "grief.death-near-onset":
    "A death (or pregnancy loss) of a close person, weighted by closeness, time to onset, distress and how far it is mourned.",
  "grief.unmourned-loss":
    "A loss not yet mourned keeps counting however long before onset it happened (delayed or chronic grief).",
  "grief.prolonged-grief-signs":
    "Prolonged grief signs on a loss: full weight when the DSM-5-TR time and symptom criteria are met, partial otherwise.",
  "grief.undated-death":
    "A person who has died with no death event naming them: a loss of unknown date, weighted by closeness; a close one is enough to rule out interpersonal deficits.",
  "grief.conflict-with-deceased":
    "A conflict with someone who has since died is grief work, not a dispute.",
  "grief.measure": "A grief instrument (PG-13-R, ICG) about a loss of this case strengthens grief.",
  "dispute.current-conflict":
    "A current conflict, weighted by intensity, closeness, non-reciprocal expectations, stage (impasse most) and its link to onset.",
  "dispute.separation-with-conflict":
    "A separation or divorce with ongoing conflict with the person left is also a dispute.",
  "transition.life-change":
    "A life change, positive ones included, weighted by its kind, time to onset, distress and how far the patient has adapted.",
  "transition.dispute-dissolution":
    "A dispute in dissolution points also to a transition out of the relationship.",
  "deficits.lifelong-isolation": "A long-standing pattern of few or impoverished relationships.",
  "deficits.loneliness": "Loneliness, by its rating.",
  "deficits.communication-difficulty":
    "Difficulty starting or keeping relationships, by its rating.",
  "deficits.rejection-sensitivity":
    "Sensitivity to criticism and rejection (Stuart & Robertson's interpersonal sensitivity).",
  "deficits.small-network": "Few close, supportive, active ties in the inner and middle circles.",
  "deficits.exclusion":
    "By exclusion: the deficits score is scaled down as the strongest acute area nears the exclusion threshold, and is 0 past it or while a death is undated.",
});
