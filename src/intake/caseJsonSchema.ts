/**
 * The JSON Schema of `ipt-case/1`, generated from the zod schemas: for apps that build or
 * check forms, and for apps in other languages.
 *
 * @module
 */
import { CaseSchema } from "ipt-formulation";
import * as z from "zod";

/** The `$id` of the generated JSON Schema. @category Intake */
export const CASE_JSON_SCHEMA_ID =
  "https://npmjs.com/package/ipt-formulation/schema/ipt-case-1.schema.json";

/**
 * The JSON Schema (draft 2020-12) of `ipt-case/1`, generated from the zod schemas, for apps
 * that build or check forms and apps in other languages (`ipt-formulation/intake`). The package also ships it as `ipt-formulation/schema/ipt-case-1.schema.json`.
 *
 * It describes the structure only. The cross-field rules of `decodeCase` (unique ids,
 * references that resolve, no date after `assessedOn`, grief signs only on losses, size
 * limits, measure item counts and ranges) and calendar validity (`2025-02-30` matches the
 * pattern) are beyond JSON Schema and are checked only by the decoder.
 *
 * @returns a fresh JSON Schema object
 *
 * @example
 * // Validate with any 2020-12 validator, e.g. ajv
 * import { Ajv2020 } from "ajv/dist/2020.js";
 * const validate = new Ajv2020().compile(caseJsonSchema());
 * [validate(validCase), validate({ format: "ipt-case/1" })]
 * //=> [true, false]
 *
 * @category Intake
 */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CaseSchema, { io: "input", target: "draft-2020-12" }),
    $id: CASE_JSON_SCHEMA_ID,
    title: "IPT case file, format ipt-case/1",
  };
}
