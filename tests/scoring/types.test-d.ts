import type * as E from "fp-ts/lib/Either.js";
import {
  type AreaScore,
  type Case,
  DEFAULT_MODEL,
  type Evidence,
  type Flag,
  type Formulation,
  formulate,
  type ProblemArea,
  type ScoringModel,
  type ScoringParams,
} from "ipt-formulation";
import {
  defineModel,
  type ModelError,
  type ScoringParamsSchema,
} from "ipt-formulation/scoring-model";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";

describe("formulation types", () => {
  it("formulate takes a decoded case and an optional model, and returns a Formulation", () => {
    expectTypeOf(formulate).parameter(0).toEqualTypeOf<Case>();
    expectTypeOf(formulate).parameter(1).toEqualTypeOf<ScoringModel | undefined>();
    expectTypeOf(formulate).returns.toEqualTypeOf<Formulation>();
  });

  it("areas, evidence and flags are readonly data", () => {
    expectTypeOf<Formulation["areas"]>().toEqualTypeOf<readonly AreaScore[]>();
    expectTypeOf<AreaScore["evidence"]>().toEqualTypeOf<readonly Evidence[]>();
    expectTypeOf<Formulation["flags"]>().toEqualTypeOf<readonly Flag[]>();
    expectTypeOf<AreaScore["area"]>().toEqualTypeOf<ProblemArea>();
    expectTypeOf<AreaScore["rank"]>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<Flag["severity"]>().toEqualTypeOf<"urgent" | "warning" | "info">();
  });

  it("the focus has a primary and an optional secondary area", () => {
    expectTypeOf<Formulation["focus"]["primary"]>().toEqualTypeOf<ProblemArea>();
    expectTypeOf<Formulation["focus"]["secondary"]>().toEqualTypeOf<ProblemArea | undefined>();
  });

  it("defineModel returns an Either of a model error or a model", () => {
    expectTypeOf(defineModel).returns.toEqualTypeOf<E.Either<ModelError, ScoringModel>>();
    expectTypeOf(DEFAULT_MODEL).toEqualTypeOf<ScoringModel>();
  });

  it("ScoringParamsSchema parses to exactly ScoringParams, up to readonly", () => {
    type Parsed = z.output<typeof ScoringParamsSchema>;
    type DeepReadonlyOf<T> = T extends readonly (infer U)[]
      ? readonly DeepReadonlyOf<U>[]
      : T extends object
        ? { readonly [K in keyof T]: DeepReadonlyOf<T[K]> }
        : T;
    expectTypeOf<DeepReadonlyOf<Parsed>>().toEqualTypeOf<DeepReadonlyOf<ScoringParams>>();
  });
});
