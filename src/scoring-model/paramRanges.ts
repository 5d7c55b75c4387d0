/**
 * The range of every numeric scoring parameter, read from {@link ScoringParamsSchema}: the
 * schema is the one place a range is written, and what research perturbs within and what
 * `docs/scoring.md` lists derive from it.
 *
 * @module
 */

import * as z from "zod";
import { deepFreeze } from "../internal/deepFreeze.js";
import { ScoringParamsSchema } from "./defineModel.js";

/**
 * The valid range of a numeric scoring parameter, as {@link ScoringParamsSchema} checks it.
 *
 * @category Scoring model
 */
export interface ParamRange {
  /** The least value, accepted unless `minExclusive`. */
  readonly min: number;
  /** The greatest value, accepted unless `maxExclusive`. */
  readonly max: number;
  /** Whether `min` itself is refused (a half-life, the exclusion threshold: more than 0). */
  readonly minExclusive: boolean;
  /** Whether `max` itself is refused. */
  readonly maxExclusive: boolean;
  /** Whether only integers are accepted. */
  readonly integer: boolean;
}

/** The part of a JSON Schema node the walk reads. */
interface SchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

const rangeOf = (node: SchemaNode): ParamRange => ({
  min: node.exclusiveMinimum ?? node.minimum ?? Number.NEGATIVE_INFINITY,
  max: node.exclusiveMaximum ?? node.maximum ?? Number.POSITIVE_INFINITY,
  minExclusive: node.exclusiveMinimum !== undefined,
  maxExclusive: node.exclusiveMaximum !== undefined,
  integer: node.type === "integer",
});

const collectRanges = (): Readonly<Record<string, ParamRange>> => {
  const out: Record<string, ParamRange> = {};
  const walk = (node: SchemaNode, path: string): void => {
    if (node.type === "number" || node.type === "integer") out[path] = rangeOf(node);
    else if (node.type === "object" && node.properties !== undefined)
      for (const [k, child] of Object.entries(node.properties))
        walk(child, path === "" ? k : `${path}.${k}`);
  };
  walk(z.toJSONSchema(ScoringParamsSchema) as SchemaNode, "");
  return deepFreeze(out);
};

/**
 * The range of every numeric scoring parameter by its dotted path (`closeness.inner`,
 * `transition.kinds.birth`), in the schema's order, derived from the minimum, maximum and
 * integer checks of {@link ScoringParamsSchema} (the tie-break order, not a number, has
 * none). Frozen.
 *
 * @example
 * // A weight: from 0 to 1, both accepted
 * SCORING_PARAM_RANGES["closeness.inner"]
 * //=> { min: 0, max: 1, minExclusive: false, maxExclusive: false, integer: false }
 *
 * @example
 * // A half-life: more than 0, at most 600 months
 * SCORING_PARAM_RANGES["kernel.halfLifeBeforeMonths"]
 * //=> { min: 0, max: 600, minExclusive: true, maxExclusive: false, integer: false }
 *
 * @category Scoring model
 */
export const SCORING_PARAM_RANGES: Readonly<Record<string, ParamRange>> =
  /* @__PURE__ */ collectRanges();
