/**
 * The named model types are what the schemas say (run by vitest's typecheck).
 *
 * `Case`, `Relationship`, … are written out as interfaces so that editors and the API docs
 * show names; these tests keep each one equal to what its zod schema parses to, so a change
 * to a schema that the interface does not follow (or the reverse) fails here.
 *
 * Two relations are checked for every pair, because neither is enough alone:
 * `toEqualTypeOf` tells `readonly` from mutable but not `k?: T` from `k?: T | undefined`
 * (which `exactOptionalPropertyTypes` makes different types), and assignability both ways
 * ({@link Interchangeable}) tells those apart but ignores `readonly` on properties.
 *
 * The domain types are readonly and `z.output` is not, so exact equality with `z.output` is
 * impossible. The strongest relations that hold are tested instead: the domain type equals
 * `DeepReadonly<z.output<…>>`, and made mutable again (`DeepMutable`) it equals
 * `z.output<…>` itself. `CaseInput` is not readonly and equals `z.input<typeof CaseSchema>`.
 */
import type {
  Case,
  CaseInput,
  CaseSchema,
  DeepMutable,
  DeepReadonly,
  Episode,
  EpisodeSchema,
  GriefSign,
  LifeEvent,
  LifeEventSchema,
  Measure,
  MeasureSchema,
  PartialDate,
  PartialDateSchema,
  Relationship,
  RelationshipSchema,
  Scale,
  Social,
  SocialSchema,
} from "ipt-formulation";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";

/** `true` when `A` and `B` are assignable to each other. */
type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type CaseOut = z.output<typeof CaseSchema>;
type EpisodeOut = z.output<typeof EpisodeSchema>;
type RelationshipOut = z.output<typeof RelationshipSchema>;
type LifeEventOut = z.output<typeof LifeEventSchema>;
type SocialOut = z.output<typeof SocialSchema>;
type MeasureOut = z.output<typeof MeasureSchema>;

describe("the relations this file relies on", () => {
  it("Interchangeable tells an optional field that admits undefined from one that does not", () => {
    expectTypeOf<
      Interchangeable<{ a?: string }, { a?: string | undefined }>
    >().toEqualTypeOf<false>();
    expectTypeOf<Interchangeable<{ a: string }, { a: string }>>().toEqualTypeOf<true>();
  });
  it("DeepMutable undoes DeepReadonly at every level", () => {
    type Plain = { a: { b: number[] }; c?: string | undefined; d: (string | null)[] };
    expectTypeOf<DeepMutable<DeepReadonly<Plain>>>().toEqualTypeOf<Plain>();
    expectTypeOf<Interchangeable<DeepMutable<DeepReadonly<Plain>>, Plain>>().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<string>>().toEqualTypeOf<string>();
    expectTypeOf<DeepMutable<LifeEvent>["griefSigns"]>().toEqualTypeOf<GriefSign[] | undefined>();
    expectTypeOf<DeepMutable<Relationship>["support"]>().toEqualTypeOf<Scale | undefined>();
  });
});

describe("each domain type is what its schema parses to, made readonly", () => {
  it("Case", () => {
    expectTypeOf<Case>().toEqualTypeOf<DeepReadonly<CaseOut>>();
    expectTypeOf<Interchangeable<Case, DeepReadonly<CaseOut>>>().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Case>>().toEqualTypeOf<CaseOut>();
    expectTypeOf<Interchangeable<DeepMutable<Case>, CaseOut>>().toEqualTypeOf<true>();
  });
  it("Episode", () => {
    expectTypeOf<Episode>().toEqualTypeOf<DeepReadonly<EpisodeOut>>();
    expectTypeOf<Interchangeable<Episode, DeepReadonly<EpisodeOut>>>().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Episode>>().toEqualTypeOf<EpisodeOut>();
    expectTypeOf<Interchangeable<DeepMutable<Episode>, EpisodeOut>>().toEqualTypeOf<true>();
  });
  it("Relationship", () => {
    expectTypeOf<Relationship>().toEqualTypeOf<DeepReadonly<RelationshipOut>>();
    expectTypeOf<
      Interchangeable<Relationship, DeepReadonly<RelationshipOut>>
    >().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Relationship>>().toEqualTypeOf<RelationshipOut>();
    expectTypeOf<
      Interchangeable<DeepMutable<Relationship>, RelationshipOut>
    >().toEqualTypeOf<true>();
  });
  it("LifeEvent", () => {
    expectTypeOf<LifeEvent>().toEqualTypeOf<DeepReadonly<LifeEventOut>>();
    expectTypeOf<Interchangeable<LifeEvent, DeepReadonly<LifeEventOut>>>().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<LifeEvent>>().toEqualTypeOf<LifeEventOut>();
    expectTypeOf<Interchangeable<DeepMutable<LifeEvent>, LifeEventOut>>().toEqualTypeOf<true>();
  });
  it("Social", () => {
    expectTypeOf<Social>().toEqualTypeOf<DeepReadonly<SocialOut>>();
    expectTypeOf<Interchangeable<Social, DeepReadonly<SocialOut>>>().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Social>>().toEqualTypeOf<SocialOut>();
    expectTypeOf<Interchangeable<DeepMutable<Social>, SocialOut>>().toEqualTypeOf<true>();
  });
  it("Measure", () => {
    expectTypeOf<Measure>().toEqualTypeOf<DeepReadonly<MeasureOut>>();
    expectTypeOf<Interchangeable<Measure, DeepReadonly<MeasureOut>>>().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Measure>>().toEqualTypeOf<MeasureOut>();
    expectTypeOf<Interchangeable<DeepMutable<Measure>, MeasureOut>>().toEqualTypeOf<true>();
  });
  it("PartialDate (a string, so nothing to make readonly)", () => {
    expectTypeOf<PartialDate>().toEqualTypeOf<z.output<typeof PartialDateSchema>>();
  });
  it("what a schema parses to is a domain value as it stands, but not the reverse (readonly arrays)", () => {
    expectTypeOf<CaseOut>().toExtend<Case>();
    expectTypeOf<Case>().not.toExtend<CaseOut>();
  });
});

describe("each input type is what its schema accepts", () => {
  it("CaseInput", () => {
    expectTypeOf<CaseInput>().toEqualTypeOf<z.input<typeof CaseSchema>>();
    expectTypeOf<Interchangeable<CaseInput, z.input<typeof CaseSchema>>>().toEqualTypeOf<true>();
  });
  it("a case's parts, which have no defaults, accept what the domain types hold, made mutable", () => {
    expectTypeOf<DeepMutable<Episode>>().toEqualTypeOf<z.input<typeof EpisodeSchema>>();
    expectTypeOf<
      Interchangeable<DeepMutable<Episode>, z.input<typeof EpisodeSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Relationship>>().toEqualTypeOf<z.input<typeof RelationshipSchema>>();
    expectTypeOf<
      Interchangeable<DeepMutable<Relationship>, z.input<typeof RelationshipSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<LifeEvent>>().toEqualTypeOf<z.input<typeof LifeEventSchema>>();
    expectTypeOf<
      Interchangeable<DeepMutable<LifeEvent>, z.input<typeof LifeEventSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Social>>().toEqualTypeOf<z.input<typeof SocialSchema>>();
    expectTypeOf<
      Interchangeable<DeepMutable<Social>, z.input<typeof SocialSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<DeepMutable<Measure>>().toEqualTypeOf<z.input<typeof MeasureSchema>>();
    expectTypeOf<
      Interchangeable<DeepMutable<Measure>, z.input<typeof MeasureSchema>>
    >().toEqualTypeOf<true>();
  });
});
