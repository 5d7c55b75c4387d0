/**
 * The core builds fp-ts's Either and Option values itself (src/internal/either.ts, option.ts)
 * instead of loading fp-ts at run time: they must be exactly what fp-ts builds, and work with
 * fp-ts's own functions.
 */
import fc from "fast-check";
import * as FE from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import * as FO from "fp-ts/lib/Option.js";
import { DEFAULT_REGISTRY, decodeCase, getInstrument, parsePartialDate } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import * as E from "../../src/internal/either.js";
import * as O from "../../src/internal/option.js";

describe("the core's Either and Option are fp-ts's", () => {
  it("build the same values as fp-ts, key for key", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(E.left(x)).toStrictEqual(FE.left(x));
        expect(E.right(x)).toStrictEqual(FE.right(x));
        expect(O.some(x)).toStrictEqual(FO.some(x));
        expect(O.fromNullable(x)).toStrictEqual(FO.fromNullable(x));
        expect(Object.keys(E.left(x))).toEqual(Object.keys(FE.left(x)));
        expect(Object.keys(O.some(x))).toEqual(Object.keys(FO.some(x)));
      }),
    );
    expect(O.none).toStrictEqual(FO.none);
  });

  it("answer and transform as fp-ts does", () => {
    fc.assert(
      fc.property(fc.option(fc.integer(), { nil: undefined }), fc.integer(), (v, k) => {
        const mine = O.fromNullable(v);
        const theirs = FO.fromNullable(v);
        expect(O.isSome(mine)).toBe(FO.isSome(theirs));
        expect(O.isNone(mine)).toBe(FO.isNone(theirs));
        expect(O.map((n: number) => n + k)(mine)).toStrictEqual(
          FO.map((n: number) => n + k)(theirs),
        );
        const even = (n: number): boolean => (n + k) % 2 === 0;
        expect(O.filter(even)(mine)).toStrictEqual(FO.filter(even)(theirs));
        const e = v === undefined ? E.left(k) : E.right(v);
        const fe = v === undefined ? FE.left(k) : FE.right(v);
        expect(E.isLeft(e)).toBe(FE.isLeft(fe));
        expect(E.isRight(e)).toBe(FE.isRight(fe));
        expect(E.mapLeft((n: number) => n * 2)(e)).toStrictEqual(
          FE.mapLeft((n: number) => n * 2)(fe),
        );
      }),
    );
  });

  it("compose with fp-ts's functions in an app", () => {
    const decoded = decodeCase({ format: "ipt-case/1" });
    expect(
      pipe(
        decoded,
        FE.match(
          (err) => err.issues.length > 0,
          () => false,
        ),
      ),
    ).toBe(true);
    expect(
      pipe(
        parsePartialDate("2025-09"),
        FO.map((p) => p.month ?? 0),
        FO.getOrElse(() => 0),
      ),
    ).toBe(9);
    expect(pipe(parsePartialDate("2025-13"), FO.isNone)).toBe(true);
    expect(
      pipe(
        getInstrument(DEFAULT_REGISTRY, "phq-9"),
        FO.map((i) => i.shortName),
        FO.toUndefined,
      ),
    ).toBe("PHQ-9");
  });
});
