import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv, toJsonl } from "../../src/research/index.js";

/** Strings rich in CSV specials (commas, quotes, CR, LF, BOM), or any UTF-16 text. */
const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom(",", '"', "\r", "\n", "\r\n", " ", "a", "é", "悲", "😀", "\uFEFF"),
    maxLength: 12,
  }),
  fc.string({ unit: "binary", maxLength: 12 }),
);

/** Column names and rows of a table of arbitrary strings. */
const table = fc.uniqueArray(text, { minLength: 1, maxLength: 5 }).chain((columns) =>
  fc.tuple(
    fc.constant(columns),
    fc.array(fc.array(text, { minLength: columns.length, maxLength: columns.length }), {
      maxLength: 8,
    }),
  ),
);

describe("CSV and JSON Lines properties", () => {
  it("parseCsv(toCsv(rows, columns)) gives back the header and every field exactly", () => {
    fc.assert(
      fc.property(table, ([columns, cells]) => {
        const rows = cells.map((fields) =>
          Object.fromEntries(columns.map((c, i) => [c, fields[i]])),
        );
        expect(parseCsv(toCsv(rows, columns))).toEqual(E.right([columns, ...cells]));
      }),
      { numRuns: 500 },
    );
  });

  it("parseCsv never throws on arbitrary text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const result = parseCsv(t);
        expect(E.isLeft(result) || Array.isArray(result.right)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("toJsonl writes one line per value that parses back to the same JSON", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (values) => {
        const result = toJsonl(values);
        if (E.isLeft(result)) throw new Error("JSON values were refused");
        const lines = result.right.split("\n");
        expect(lines.pop()).toBe("");
        expect(lines).toHaveLength(values.length);
        lines.forEach((line, i) => {
          expect(JSON.stringify(JSON.parse(line))).toBe(JSON.stringify(values[i]));
        });
      }),
    );
  });
});
