import { describe, expect, it } from "vitest";
import { compareCodeUnits } from "../../src/research/internal/fail.js";
import { at, grid, of, sum, sumGrid } from "../../src/research/internal/matrix.js";

describe("internal matrix readers", () => {
  it("read 0 outside the vector or matrix", () => {
    expect(of([1, 2], 5)).toBe(0);
    expect(at([[1]], 0, 3)).toBe(0);
    expect(at([[1]], 2, 0)).toBe(0);
  });

  it("read the cell inside", () => {
    expect(of([1, 2], 1)).toBe(2);
    expect(
      at(
        grid(2, (i, j) => 10 * i + j),
        1,
        0,
      ),
    ).toBe(10);
    expect(sum([1, 2, 3])).toBe(6);
    expect(sumGrid(2, (i, j) => i + j)).toBe(4);
  });
});

describe("compareCodeUnits", () => {
  it("is a total order on UTF-16 code units", () => {
    expect(compareCodeUnits("a", "a")).toBe(0);
    expect(compareCodeUnits("B", "a")).toBe(-1);
    expect(compareCodeUnits("é", "z")).toBe(1);
  });
});
