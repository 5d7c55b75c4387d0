import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { confusionMatrix, percentAgreement } from "../../src/research/index.js";
import { researchError } from "./support.js";

const PATIENT = "Jane Q. Patient";

describe("confusionMatrix", () => {
  it("sorts the labels of both raters when no categories are given", () => {
    expect(
      confusionMatrix(["role-dispute", "grief", "grief"], ["grief", "grief", "role-transition"]),
    ).toEqual(
      E.right({
        categories: ["grief", "role-dispute", "role-transition"],
        counts: [
          [1, 0, 1],
          [1, 0, 0],
          [0, 0, 0],
        ],
        rowTotals: [2, 1, 0],
        columnTotals: [2, 0, 1],
        n: 3,
      }),
    );
  });

  it("sorts by code unit, not by locale (upper case first)", () => {
    const result = confusionMatrix(["b", "a", "B", "é"], ["b", "a", "B", "é"]);
    expect(E.isRight(result) && result.right.categories).toEqual(["B", "a", "b", "é"]);
  });

  it("does not depend on the order of the items", () => {
    const a = ["x", "y", "z", "x"];
    const b = ["y", "y", "z", "x"];
    expect(confusionMatrix(a, b)).toEqual(confusionMatrix([...a].reverse(), [...b].reverse()));
  });

  it("keeps the given category order, with zero rows and columns for unused categories", () => {
    expect(confusionMatrix(["b"], ["a"], ["c", "b", "a"])).toEqual(
      E.right({
        categories: ["c", "b", "a"],
        counts: [
          [0, 0, 0],
          [0, 0, 1],
          [0, 0, 0],
        ],
        rowTotals: [0, 1, 0],
        columnTotals: [0, 0, 1],
        n: 1,
      }),
    );
  });

  it("returns a copy of the categories, not the caller's array", () => {
    const categories = ["a", "b"];
    const result = confusionMatrix(["a"], ["b"], categories);
    expect(E.isRight(result) && result.right.categories).not.toBe(categories);
  });

  it("refuses raters of different lengths", () => {
    expect(confusionMatrix(["a"], [])).toEqual(
      E.left(researchError("length-mismatch", "b", "the raters rated a different number of items")),
    );
  });

  it("refuses empty input", () => {
    expect(confusionMatrix([], [])).toEqual(
      E.left(researchError("empty-input", "a", "there are no ratings")),
    );
    expect(confusionMatrix(["a"], ["a"], [])).toEqual(
      E.left(researchError("empty-input", "categories", "the category list is empty")),
    );
  });

  it("refuses duplicate categories without quoting them", () => {
    expect(confusionMatrix(["a"], ["a"], ["a", PATIENT, PATIENT])).toEqual(
      E.left(
        researchError("duplicate-category", "categories[2]", "category 2 repeats an earlier one"),
      ),
    );
  });

  it("locates an unknown label by rater and position, never by value", () => {
    expect(confusionMatrix(["a", PATIENT], ["a", "a"], ["a"])).toEqual(
      E.left(
        researchError("unknown-category", "a[1]", "label 1 of rater a is not a listed category"),
      ),
    );
    const inB = confusionMatrix(["a", "a"], ["a", PATIENT], ["a"]);
    expect(E.isLeft(inB) && inB.left.path).toBe("b[1]");
    expect(JSON.stringify(inB)).not.toContain(PATIENT);
  });

  it("treats labels that look like object keys as plain labels", () => {
    const result = confusionMatrix(["__proto__", "constructor"], ["__proto__", "toString"]);
    expect(E.isRight(result) && result.right.categories).toEqual([
      "__proto__",
      "constructor",
      "toString",
    ]);
  });
});

describe("percentAgreement", () => {
  it("is the proportion of identical labels", () => {
    expect(
      percentAgreement(
        ["grief", "grief", "role-dispute", "interpersonal-deficits"],
        ["grief", "grief", "role-dispute", "role-transition"],
      ),
    ).toEqual(E.right(0.75));
  });

  it("reproduces Altman (1991) §14.3.1: 54 of 85 films, 0.64", () => {
    // Altman, Practical Statistics for Medical Research, Table 14.2 diagonal: 21 + 17 + 15 + 1.
    const a = [...Array(54).fill("same"), ...Array(31).fill("x")];
    const b = [...Array(54).fill("same"), ...Array(31).fill("y")];
    const result = percentAgreement(a, b);
    expect(E.isRight(result) && result.right).toBeCloseTo(0.64, 2);
  });

  it("compares labels exactly", () => {
    expect(percentAgreement(["Grief", "grief "], ["grief", "grief"])).toEqual(E.right(0));
  });

  it("refuses mismatched or empty input", () => {
    expect(percentAgreement(["a"], ["a", "b"])).toEqual(
      E.left(researchError("length-mismatch", "b", "the raters rated a different number of items")),
    );
    expect(percentAgreement([], [])).toEqual(
      E.left(researchError("empty-input", "a", "there are no ratings")),
    );
  });
});
