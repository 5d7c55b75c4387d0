/**
 * `IntakePath` is every path of the case format's input type, as the type system walks it:
 * a field added to `CaseInput` (and so to the schema, which `schemaTypes.test-d.ts` keeps
 * equal to it) without a path here fails to compile (run by vitest's typecheck and tsc).
 */
import type { CaseInput } from "ipt-formulation";
import type { IntakePath } from "ipt-formulation/intake";
import { expectTypeOf, test } from "vitest";

/** The paths of an object type: each key, then the paths inside its object or its list's objects. */
type Paths<T, P extends string = ""> = {
  [K in keyof T & string]-?: `${P}${K}` | Inner<Exclude<T[K], undefined>, `${P}${K}`>;
}[keyof T & string];
type Inner<V, P extends string> = V extends readonly (infer E)[]
  ? E extends object
    ? Paths<E, `${P}[].`>
    : never
  : V extends object
    ? Paths<V, `${P}.`>
    : never;

test("IntakePath is every path of CaseInput", () => {
  expectTypeOf<IntakePath>().toEqualTypeOf<Paths<CaseInput>>();
});
