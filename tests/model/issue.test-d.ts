/** Type-level contract of the issue shape and the loose case draft (#15 item 3, #22). */
import type {
  CaseDraft,
  CaseError,
  CaseInput,
  CaseIssue,
  Issue,
  IssueExpected,
  MeasureIssue,
} from "ipt-formulation";
import { decodeCase } from "ipt-formulation";
import { remapIssues } from "ipt-formulation/intake";
import type { MeasureError } from "ipt-formulation/measures";
import type { ResearchError } from "ipt-formulation/research";
import type { ModelError } from "ipt-formulation/scoring-model";
import { describe, expectTypeOf, it } from "vitest";
import type { MappedExpected, MappedIssue } from "../../src/internal/zodIssue.js";

describe("one issue shape", () => {
  it("the mapper's structural copies equal the public types", () => {
    expectTypeOf<MappedExpected>().toEqualTypeOf<IssueExpected>();
    expectTypeOf<MappedIssue>().toMatchTypeOf<CaseIssue>();
    expectTypeOf<Omit<MappedIssue, "code">>().toEqualTypeOf<Omit<Issue, "code">>();
  });

  it("case, measure and model issues are issues", () => {
    expectTypeOf<CaseIssue>().toMatchTypeOf<Issue>();
    expectTypeOf<MeasureIssue>().toMatchTypeOf<Issue>();
    expectTypeOf<ModelError["issues"][number]>().toMatchTypeOf<Issue>();
  });

  it("every error has a kind, a summary and a non-empty list of issues", () => {
    expectTypeOf<CaseError["message"]>().toEqualTypeOf<string>();
    expectTypeOf<MeasureError["message"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelError["message"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelError["issues"]>().toMatchTypeOf<readonly [Issue, ...Issue[]]>();
    expectTypeOf<MeasureError["issues"]>().toMatchTypeOf<readonly [Issue, ...Issue[]]>();
    expectTypeOf<ResearchError["message"]>().toEqualTypeOf<string>();
    expectTypeOf<ResearchError["issues"]>().toMatchTypeOf<readonly [Issue, ...Issue[]]>();
    expectTypeOf<(CaseError | MeasureError | ModelError | ResearchError)["kind"]>().toEqualTypeOf<
      "case-error" | "measure-error" | "model-error" | "research-error"
    >();
  });

  it("remapIssues returns the error type it was given", () => {
    expectTypeOf(remapIssues<CaseError>).returns.toEqualTypeOf<CaseError>();
    expectTypeOf(remapIssues<ModelError>).returns.toEqualTypeOf<ModelError>();
  });
});

describe("CaseDraft", () => {
  it("takes every valid case input", () => {
    expectTypeOf<CaseInput>().toMatchTypeOf<CaseDraft>();
  });

  it("takes a form's half-mapped, wrong values: any string for a vocabulary, any number for a rating, fields missing", () => {
    const draft: CaseDraft = {
      format: "ipt-case/1",
      relationships: [{ id: "p1", circle: "far", conflict: 7, label: "" }],
      lifeEvents: [{ kind: "unknown-kind" }],
      episode: {},
    };
    expectTypeOf(draft).toMatchTypeOf<CaseDraft>();
    expectTypeOf(decodeCase).toBeCallableWith(draft);
  });

  it("still checks field names and JSON types", () => {
    // @ts-expect-error a field the format does not have
    const unknownField: CaseDraft = { patientName: "x" };
    // @ts-expect-error a rating is a number, not an object
    const wrongType: CaseDraft = { relationships: [{ conflict: { value: 3 } }] };
    expectTypeOf(unknownField).toMatchTypeOf<CaseDraft>();
    expectTypeOf(wrongType).toMatchTypeOf<CaseDraft>();
  });
});
