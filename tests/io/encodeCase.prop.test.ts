/** Round-trip properties of encodeCase over generated valid cases. */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { type Case, decodeCase, encodeCase } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";

const arbDecoded: fc.Arbitrary<Case> = arbValidCase({
  withRelatesTo: true,
  missingItems: true,
}).map((c) => {
  const r = decodeCase(c);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left.issues));
  return r.right;
});

describe("encodeCase properties", () => {
  it("decodeCase(encodeCase(c)) deep-equals c", () => {
    fc.assert(
      fc.property(arbDecoded, (c) => {
        expect(decodeCase(encodeCase(c))).toEqual(E.right(c));
      }),
      { numRuns: 200 },
    );
  });
  it("the output is plain JSON: JSON.parse(JSON.stringify(x)) deep-equals x", () => {
    fc.assert(
      fc.property(arbDecoded, (c) => {
        const x = encodeCase(c);
        expect(JSON.parse(JSON.stringify(x))).toStrictEqual(x);
      }),
      { numRuns: 200 },
    );
  });
  it("through JSON text, a case comes back equal", () => {
    fc.assert(
      fc.property(arbDecoded, (c) => {
        expect(decodeCase(JSON.parse(JSON.stringify(encodeCase(c))))).toEqual(E.right(c));
      }),
      { numRuns: 100 },
    );
  });
  it("encoding is idempotent through decoding", () => {
    fc.assert(
      fc.property(arbDecoded, (c) => {
        const once = encodeCase(c);
        const r = decodeCase(once);
        if (E.isRight(r)) expect(encodeCase(r.right)).toEqual(once);
        else expect.fail("did not decode");
      }),
      { numRuns: 100 },
    );
  });
});
