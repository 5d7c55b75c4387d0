/** Type-level contract of the public model (run by vitest's typecheck). */
import type { Either } from "fp-ts/lib/Either.js";
import type { ReadonlyNonEmptyArray } from "fp-ts/lib/ReadonlyNonEmptyArray.js";
import {
  type Case,
  type CaseError,
  type CaseInput,
  type CaseIssue,
  type CaseIssueCode,
  type Circle,
  type Condition,
  type DatePrecision,
  type DeepReadonly,
  decodeCase,
  type Episode,
  encodeCase,
  type GriefSign,
  type LifeEvent,
  type LifeEventKind,
  type LossEventKind,
  type Measure,
  type PartialDate,
  type Population,
  type ProblemArea,
  problemAreaLabel,
  type Relationship,
  type RelationshipRole,
  type Scale,
  type Social,
} from "ipt-formulation";
import { describe, expectTypeOf, it } from "vitest";

describe("vocabulary types", () => {
  it("ProblemArea is the union of the four ids", () => {
    expectTypeOf<ProblemArea>().toEqualTypeOf<
      "grief" | "role-dispute" | "role-transition" | "interpersonal-deficits"
    >();
  });
  it("Scale is 0..4, LossEventKind the two losses, DatePrecision the three precisions", () => {
    expectTypeOf<Scale>().toEqualTypeOf<0 | 1 | 2 | 3 | 4>();
    expectTypeOf<LossEventKind>().toEqualTypeOf<"death" | "pregnancy-loss">();
    expectTypeOf<LossEventKind>().toExtend<LifeEventKind>();
    expectTypeOf<DatePrecision>().toEqualTypeOf<"year" | "month" | "day">();
    expectTypeOf<Circle>().toEqualTypeOf<"inner" | "middle" | "outer">();
  });
  it("the vocabularies are closed string unions, not string", () => {
    expectTypeOf<string>().not.toExtend<Population>();
    expectTypeOf<string>().not.toExtend<GriefSign>();
    expectTypeOf<string>().not.toExtend<CaseIssueCode>();
  });
});

describe("Case (the domain type)", () => {
  it("has its defaulted fields filled in", () => {
    expectTypeOf<Case["population"]>().toEqualTypeOf<Population>();
    expectTypeOf<Case["condition"]>().toEqualTypeOf<Condition>();
    expectTypeOf<Case["measures"]>().toEqualTypeOf<readonly Measure[]>();
    expectTypeOf<Case["format"]>().toEqualTypeOf<"ipt-case/1">();
  });
  it("is deeply readonly", () => {
    expectTypeOf<Case["relationships"]>().toEqualTypeOf<readonly Relationship[]>();
    expectTypeOf<Case["lifeEvents"]>().toEqualTypeOf<readonly LifeEvent[]>();
    expectTypeOf<Case["episode"]>().toEqualTypeOf<Episode>();
    expectTypeOf<Case["social"]>().toEqualTypeOf<Social | undefined>();
    expectTypeOf<LifeEvent["griefSigns"]>().toEqualTypeOf<readonly GriefSign[] | undefined>();
    expectTypeOf<Measure["items"]>().toEqualTypeOf<readonly (number | null)[]>();
    expectTypeOf<Case["relationships"]>().not.toHaveProperty("push");
    const mutate = (c: Case): void => {
      // @ts-expect-error: a Case is readonly
      c.assessedOn = "2026-01-01";
      // @ts-expect-error: nested objects too
      c.episode.onset = "2025";
      const r = c.relationships[0];
      // @ts-expect-error: and array elements
      if (r) r.label = "x";
      // @ts-expect-error: arrays have no mutators
      c.lifeEvents.push(c.lifeEvents[0]);
      const m = c.measures[0];
      // @ts-expect-error: nor nested arrays
      if (m) m.items[0] = 1;
    };
    expectTypeOf(mutate).toBeFunction();
  });
  it("types the fields by their vocabularies", () => {
    expectTypeOf<Relationship["role"]>().toEqualTypeOf<RelationshipRole>();
    expectTypeOf<Relationship["support"]>().toEqualTypeOf<Scale | undefined>();
    expectTypeOf<LifeEvent["kind"]>().toEqualTypeOf<LifeEventKind>();
    expectTypeOf<PartialDate>().toEqualTypeOf<string>();
  });
});

describe("CaseInput (the loose input type)", () => {
  it("allows omitting population, condition and measures", () => {
    const minimal = {
      format: "ipt-case/1" as const,
      assessedOn: "2026-01-20",
      episode: {},
      relationships: [],
      lifeEvents: [],
    };
    expectTypeOf(minimal).toExtend<CaseInput>();
    expectTypeOf<CaseInput["population"]>().toEqualTypeOf<Population | undefined>();
  });
  it("still requires the required fields", () => {
    expectTypeOf<{ format: "ipt-case/1"; episode: object }>().not.toExtend<CaseInput>();
  });
  it("a decoded Case is not assignable to CaseInput without encoding (readonly arrays)", () => {
    expectTypeOf<Case>().not.toExtend<CaseInput>();
  });
});

describe("functions", () => {
  it("decodeCase returns Either<CaseError, Case>", () => {
    expectTypeOf(decodeCase).returns.toEqualTypeOf<Either<CaseError, Case>>();
    expectTypeOf(decodeCase).parameter(0).toEqualTypeOf<unknown>();
  });
  it("encodeCase takes a Case and returns a CaseInput", () => {
    expectTypeOf(encodeCase).parameter(0).toEqualTypeOf<Case>();
    expectTypeOf(encodeCase).returns.toEqualTypeOf<CaseInput>();
  });
  it("a CaseError holds a non-empty readonly list of issues", () => {
    expectTypeOf<CaseError["issues"]>().toEqualTypeOf<ReadonlyNonEmptyArray<CaseIssue>>();
    expectTypeOf<CaseIssue["code"]>().toEqualTypeOf<CaseIssueCode>();
    expectTypeOf<CaseError["kind"]>().toEqualTypeOf<"case-error">();
  });
  it("problemAreaLabel takes a ProblemArea", () => {
    expectTypeOf(problemAreaLabel).parameter(0).toEqualTypeOf<ProblemArea>();
    // @ts-expect-error: not any string
    problemAreaLabel("sadness");
  });
});

describe("DeepReadonly", () => {
  it("makes every level readonly", () => {
    expectTypeOf<DeepReadonly<{ a: { b: number[] }; c?: string }>>().toEqualTypeOf<{
      readonly a: { readonly b: readonly number[] };
      readonly c?: string;
    }>();
    expectTypeOf<DeepReadonly<string>>().toEqualTypeOf<string>();
  });
});
