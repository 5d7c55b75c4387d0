/**
 * `sha256Hex` against published test vectors and `canonicalJson` exactly: the model digest
 * stamped on every formulation is only reproducible in another language if both are.
 *
 * The vectors are those of FIPS 180-4's examples (NIST CSRC, "SHA256.pdf" and
 * "SHA2_Additional.pdf") and of the NESSIE / Wikipedia tables; each one was also checked with
 * GNU coreutils' `sha256sum`. `node:crypto` serves as a second, independent oracle for the
 * padding edges and for text outside ASCII.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "../../src/scoring-model/sha256.js";

const nodeSha256 = (bytes: string | Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

describe("sha256Hex: published test vectors", () => {
  it.each([
    ["the empty string", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    [
      "FIPS 180-4 one block",
      "abc",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    ],
    [
      "FIPS 180-4 two blocks (448 bits: the length no longer fits the first block)",
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "896 bits (two full blocks of message)",
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
    [
      "the quick brown fox",
      "The quick brown fox jumps over the lazy dog",
      "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592",
    ],
    [
      "UTF-8: accents, CJK and an astral emoji (a surrogate pair)",
      "Grief — ¿duelo? 悲嘆 😢",
      "d66f1657dfac7670c84b4c0460558c6d8fc87f5799a6b575853f5708e2385cef",
    ],
  ])("%s", (_name, text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it("one million times 'a' (15,625 blocks)", () => {
    expect(sha256Hex("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("is 64 lower-case hex digits, leading zeros kept", () => {
    // SHA-256("51") begins with a zero nibble: a word printed without padding would shorten
    // the digest.
    const hex = sha256Hex("51");
    expect(hex).toBe("031b4af5197ec30a926f48cf40e11a7dbc470048a21e4003b7a3c07c5dab1baa");
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("sha256Hex: padding and encoding edges", () => {
  it("every length from 0 to 200 bytes hashes as node:crypto does", () => {
    // 55 bytes is the longest message whose length fits its last block; 56..63 need a second
    // one; 64, 119, 120 and 128 cross the next block edges.
    for (let n = 0; n <= 200; n++) {
      const text = String.fromCharCode(...Array.from({ length: n }, (_, i) => 32 + ((i * 7) % 95)));
      expect(sha256Hex(text), `length ${n}`).toBe(nodeSha256(text));
    }
  });

  it("hashes the UTF-8 bytes, never the UTF-16 code units", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        expect(sha256Hex(s)).toBe(nodeSha256(new TextEncoder().encode(s)));
      }),
      { numRuns: 100 },
    );
  });

  it("a lone surrogate is encoded as U+FFFD, as TextEncoder does", () => {
    expect(sha256Hex("\uD800")).toBe(sha256Hex("\uFFFD"));
    expect(sha256Hex("\uD800")).toBe(nodeSha256(Uint8Array.of(0xef, 0xbf, 0xbd)));
  });
});

describe("canonicalJson", () => {
  it.each([
    ["null", null, "null"],
    ["true", true, "true"],
    ["a number", 0.25, "0.25"],
    ["a string with quotes and a newline", 'say "hi"\n', '"say \\"hi\\"\\n"'],
    ["an empty array", [], "[]"],
    ["an empty object", {}, "{}"],
    ["an array keeps its order", [3, 1, 2], "[3,1,2]"],
    ["nulls inside arrays and objects", { a: null, b: [null] }, '{"a":null,"b":[null]}'],
    ["nested arrays", [[1, [2]], []], "[[1,[2]],[]]"],
  ])("%s", (_name, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it("sorts keys by UTF-16 code units at every depth, not in insertion or numeric order", () => {
    expect(canonicalJson({ b: 1, a: 2, B: 3 })).toBe('{"B":3,"a":2,"b":1}');
    // Integer-like keys come out of Object.keys in numeric order; canonical order is textual.
    expect(canonicalJson({ 9: "nine", 10: "ten" })).toBe('{"10":"ten","9":"nine"}');
    expect(canonicalJson([{ z: { y: 1, x: 2 } }])).toBe('[{"z":{"x":2,"y":1}}]');
  });

  it("escapes keys as JSON strings", () => {
    expect(canonicalJson({ 'k"ey': 1, "line\nbreak": 2 })).toBe('{"k\\"ey":1,"line\\nbreak":2}');
  });

  it("is the same text as JSON.stringify once keys are sorted, and parses back to an equal value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
