import type * as E from "fp-ts/lib/Either.js";
import type { CaseInput } from "ipt-formulation";
import {
  type BatchRecord,
  type CohortSummary,
  formulateJsonLines,
  formulateMany,
  type ResearchError,
  summarizeCohort,
  synthesizeCases,
} from "ipt-formulation/research";
import { describe, expectTypeOf, it } from "vitest";

declare const stream: AsyncIterable<unknown>;
declare const lines: AsyncIterable<string>;

describe("sync and async overloads", () => {
  it("formulateMany: a generator over iterables, an async generator over async iterables", () => {
    expectTypeOf(formulateMany([1, 2])).toEqualTypeOf<Generator<BatchRecord, void, undefined>>();
    expectTypeOf(formulateMany(new Set<unknown>())).toEqualTypeOf<
      Generator<BatchRecord, void, undefined>
    >();
    expectTypeOf(formulateMany(stream)).toEqualTypeOf<
      AsyncGenerator<BatchRecord, void, undefined>
    >();
    expectTypeOf(formulateJsonLines(["{}"])).toEqualTypeOf<
      Generator<BatchRecord, void, undefined>
    >();
    expectTypeOf(formulateJsonLines(lines)).toEqualTypeOf<
      AsyncGenerator<BatchRecord, void, undefined>
    >();
  });

  it("summarizeCohort: an Either for sync records, a promise of one for async records", () => {
    expectTypeOf(summarizeCohort(formulateMany([]))).toEqualTypeOf<
      E.Either<ResearchError, CohortSummary>
    >();
    expectTypeOf(summarizeCohort(formulateMany(stream))).toEqualTypeOf<
      Promise<E.Either<ResearchError, CohortSummary>>
    >();
  });

  it("synthesizeCases gives case inputs that formulateMany takes", () => {
    expectTypeOf(synthesizeCases({ count: 1, seed: 1 })).toEqualTypeOf<
      E.Either<ResearchError, Iterable<CaseInput>>
    >();
  });

  it("a record narrows on ok", () => {
    const [r] = [...formulateMany([])];
    if (r?.ok) expectTypeOf(r.formulation.focus.primary).toBeString();
    else if (r !== undefined) expectTypeOf(r.error.issues[0].code).toBeString();
  });
});
