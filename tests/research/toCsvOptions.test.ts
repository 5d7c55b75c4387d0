import { parseCsv, toCsv } from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { right } from "./support.js";

describe("toCsv header option", () => {
  const rows = [{ id: "c3", area: "grief" }];

  it("writes the header by default and with header: true", () => {
    expect(toCsv(rows, ["id", "area"])).toBe("id,area\r\nc3,grief\r\n");
    expect(toCsv(rows, ["id", "area"], { header: true })).toBe("id,area\r\nc3,grief\r\n");
  });

  it("leaves it out with header: false, so chunks concatenate into one valid file", () => {
    expect(toCsv(rows, ["id", "area"], { header: false })).toBe("c3,grief\r\n");
    expect(toCsv([], ["id"], { header: false })).toBe("");
    const text =
      toCsv([], ["id", "area"]) +
      toCsv([{ id: "a", area: "x, y" }], ["id", "area"], { header: false }) +
      toCsv([{ id: "b", area: "z" }], ["id", "area"], { header: false });
    expect(right(parseCsv(text))).toEqual([
      ["id", "area"],
      ["a", "x, y"],
      ["b", "z"],
    ]);
  });
});
