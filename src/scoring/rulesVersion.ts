/**
 * The version of the scoring rules' code, stamped on every formulation beside the model's
 * id, version and digest.
 *
 * @module
 */

/**
 * The version of the scoring rules: the code that turns a case and a model into a
 * formulation. The model's digest covers its parameters only; this covers what the rules do
 * with them. Two formulations with the same model digest and the same rules version were
 * computed the same way, whatever package version produced them.
 *
 * It is bumped with any change of a formulation's content (a score, a rank, the focus, an
 * evidence item, a flag or its message) for the same case and model: the test suite pins a
 * hash of the golden results (every sample and fixture case, formulated) to each rules
 * version, and fails when the results change under a version already pinned. Semantic
 * versioning: a major for a change of the output's shape, a minor for new evidence or flags,
 * a patch for a corrected message or citation.
 *
 * @example
 * // On every formulation
 * formulate(griefCase).rulesVersion === RULES_VERSION
 * //=> true
 *
 * @category Formulation
 */
export const RULES_VERSION = "1.0.0";
