/**
 * `ipt-formulation/explain`: a formulation and its rules in plain language.
 *
 * {@link explainFormulation} renders a formulation from `formulate` as text a clinician can
 * read (flags first, the focus, each area with its evidence, the people and events that
 * matter, the measures); given the case, it names people and events by their labels, and an
 * app's display names (`displayLabels`) in place of the stored labels. {@link RULE_SUMMARIES}
 * says in one sentence what each scoring rule of `RULES` does. The formulation itself, its
 * evidence and the rules' citations are data in the main entry.
 *
 * @example
 * import { decodeCase, formulate } from "ipt-formulation";
 * import { explainFormulation } from "ipt-formulation/explain";
 * // validCase: a case as JSON, e.g. the grief sample's
 * const decoded = decodeCase(validCase);
 * if (decoded._tag === "Right") process.stdout.write(explainFormulation(formulate(decoded.right), { case: decoded.right }));
 *
 * @packageDocumentation
 */

export { type ExplainOptions, explainFormulation } from "./explainFormulation.js";
export { RULE_SUMMARIES } from "./ruleSummaries.js";
