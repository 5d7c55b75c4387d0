/**
 * `ipt-formulation/scoring-model`: define and validate a custom scoring model.
 *
 * {@link defineModel} merges parameter overrides into the defaults, checks them against
 * {@link ScoringParamsSchema} and the orderings monotonicity rests on, and stamps the model
 * with its digest ({@link digestParams}: SHA-256 of the parameters' canonical JSON).
 * {@link SCORING_PARAM_RANGES} gives each numeric parameter's range, read from the schema. Pass
 * the model to `formulate` from the main entry, which also holds `DEFAULT_MODEL`,
 * `DEFAULT_PARAMS` and the `ScoringModel` and `ScoringParams` types.
 *
 * @example
 * import { formulate } from "ipt-formulation";
 * import { defineModel } from "ipt-formulation/scoring-model";
 * const wide = defineModel({ id: "wide-margin", params: { focus: { margin: 0.25 } } });
 * if (wide._tag === "Right") {
 *   formulate(griefCase, wide.right).model.id; //=> "wide-margin"
 * }
 *
 * @packageDocumentation
 */

export {
  type DeepPartial,
  defineModel,
  digestParams,
  type ModelError,
  type ModelOverrides,
  ScoringParamsSchema,
} from "./defineModel.js";
export { type ParamRange, SCORING_PARAM_RANGES } from "./paramRanges.js";
