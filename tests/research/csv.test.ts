import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv, toJsonl } from "../../src/research/index.js";
import { researchError } from "./support.js";

describe("csvField", () => {
  it.each([
    ["plain text is left alone", "grief", "grief"],
    ["spaces are kept and not quoted", "  role dispute ", "  role dispute "],
    ["unicode is kept", "Trauer – 悲伤 🙂", "Trauer – 悲伤 🙂"],
    ["a comma forces quotes", "dispute, partner", '"dispute, partner"'],
    ["a quote is doubled inside quotes", 'the "good" son', '"the ""good"" son"'],
    ["a lone quote", '"', '""""'],
    ["an LF forces quotes", "line 1\nline 2", '"line 1\nline 2"'],
    ["a CR forces quotes", "line 1\rline 2", '"line 1\rline 2"'],
    ["a CRLF forces quotes", "line 1\r\nline 2", '"line 1\r\nline 2"'],
    ["a leading byte order mark forces quotes", "\uFEFFid", '"\uFEFFid"'],
    ["the empty string stays empty", "", ""],
  ])("%s", (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes numbers and booleans with String() and missing values as empty fields", () => {
    expect(csvField(0.4)).toBe("0.4");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a header and one CRLF-terminated record per row, in column order", () => {
    expect(
      toCsv(
        [
          { id: "c1", area: "grief", extra: "not written" },
          { id: "c2", area: "dispute, partner", extra: "" },
        ],
        ["area", "id"],
      ),
    ).toBe('area,id\r\ngrief,c1\r\n"dispute, partner",c2\r\n');
  });

  it("writes numbers, booleans and missing values", () => {
    const rows: { kappa: number; agreed: boolean; note: string | null; sd?: number }[] = [
      { kappa: 0.4, agreed: true, note: null },
    ];
    expect(toCsv(rows, ["kappa", "agreed", "note", "sd"])).toBe(
      "kappa,agreed,note,sd\r\n0.4,true,,\r\n",
    );
  });

  it("writes a lone empty field as a quoted empty string, not a blank line", () => {
    expect(toCsv([{ note: "" }, { note: null }], ["note"])).toBe('note\r\n""\r\n""\r\n');
  });

  it("writes only the header when there are no rows, and nothing without columns", () => {
    expect(toCsv<{ id: string }>([], ["id"])).toBe("id\r\n");
    expect(toCsv([{ id: "c1" }], [])).toBe("");
  });
});

describe("parseCsv", () => {
  it("reads CRLF records with quoted commas, quotes and line breaks", () => {
    expect(parseCsv('id,note\r\nc1,"said ""no"", then left"\r\nc2,"two\nlines"\r\n')).toEqual(
      E.right([
        ["id", "note"],
        ["c1", 'said "no", then left'],
        ["c2", "two\nlines"],
      ]),
    );
  });

  it("accepts LF and lone CR line ends and a missing final line break", () => {
    expect(parseCsv("a,b\nc,d\re,f")).toEqual(
      E.right([
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
      ]),
    );
  });

  it("keeps empty fields, blank lines in the middle and a trailing comma", () => {
    expect(parseCsv("a,,b\r\n\r\nc,\r\n")).toEqual(E.right([["a", "", "b"], [""], ["c", ""]]));
    expect(parseCsv('""\r\n')).toEqual(E.right([[""]]));
    expect(parseCsv('a,""')).toEqual(E.right([["a", ""]]));
  });

  it("reads the empty text, and a lone byte order mark, as no records", () => {
    expect(parseCsv("")).toEqual(E.right([]));
    expect(parseCsv("\uFEFF")).toEqual(E.right([]));
  });

  it("skips a leading byte order mark but keeps a quoted one", () => {
    expect(parseCsv("\uFEFFid\r\n1\r\n")).toEqual(E.right([["id"], ["1"]]));
    expect(parseCsv('"\uFEFFid"\r\n')).toEqual(E.right([["\uFEFFid"]]));
  });

  it("refuses an unterminated quoted field, naming its position only", () => {
    expect(parseCsv('a\r\nb,"Jane Q. Patient\r\n')).toEqual(
      E.left(
        researchError(
          "csv-unterminated-quote",
          "text[1][1]",
          "record 1, field 1: a quoted field is never closed",
        ),
      ),
    );
    expect(parseCsv('a,"b""')).toMatchObject(E.left({ code: "csv-unterminated-quote" }));
  });

  it("refuses a quote inside an unquoted field and text after a closing quote", () => {
    expect(parseCsv('ab"c,d')).toEqual(
      E.left(
        researchError("csv-stray-quote", "text[0][0]", "record 0, field 0: a quote is misplaced"),
      ),
    );
    expect(parseCsv('x\r\n"ab"c,d')).toMatchObject(
      E.left({ code: "csv-stray-quote", path: "text[1][0]" }),
    );
  });

  it("reads back what toCsv wrote", () => {
    const rows = [
      { id: "c1", note: 'a "quoted", multi\r\nline note' },
      { id: "", note: "" },
    ];
    expect(parseCsv(toCsv(rows, ["id", "note"]))).toEqual(
      E.right([
        ["id", "note"],
        ["c1", 'a "quoted", multi\r\nline note'],
        ["", ""],
      ]),
    );
  });
});

describe("toJsonl", () => {
  it("writes one compact JSON document per LF-terminated line", () => {
    expect(
      toJsonl([
        { caseId: "c1", kappa: 0.4 },
        { caseId: "c2", kappa: null },
      ]),
    ).toEqual(E.right('{"caseId":"c1","kappa":0.4}\n{"caseId":"c2","kappa":null}\n'));
  });

  it("escapes line breaks so that every value stays on one line", () => {
    const result = toJsonl(["two\nlines", "cr\rhere"]);
    expect(result).toEqual(E.right('"two\\nlines"\n"cr\\rhere"\n'));
  });

  it("follows JSON for non-finite numbers and undefined properties", () => {
    expect(toJsonl([{ a: Number.NaN, b: undefined, c: Number.POSITIVE_INFINITY }])).toEqual(
      E.right('{"a":null,"c":null}\n'),
    );
  });

  it("writes nothing for no values", () => {
    expect(toJsonl([])).toEqual(E.right(""));
  });

  it("returns an error value for what JSON cannot represent, never throwing", () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    const throwing = {
      toJSON(): never {
        throw new Error("Jane Q. Patient");
      },
    };
    for (const value of [1n, undefined, () => 1, Symbol("s"), cyclic, throwing]) {
      expect(toJsonl([value])).toMatchObject(
        E.left({ code: "not-serializable", path: "values[0]" }),
      );
    }
    expect(toJsonl(["ok", 1n])).toEqual(
      E.left(researchError("not-serializable", "values[1]", "value 1 cannot be written as JSON")),
    );
  });
});
