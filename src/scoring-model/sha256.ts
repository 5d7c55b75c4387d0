/**
 * SHA-256 and the canonical JSON that model digests are taken of.
 *
 * The hash is `@noble/hashes` (audited, dependency-free, synchronous, the same bytes in Node and
 * browsers, no crypto API needed); this module only fixes the text encoding (UTF-8, as
 * `TextEncoder` writes it: a lone surrogate becomes U+FFFD) and the hex form.
 *
 * @module
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/** The lower-case hex SHA-256 (FIPS 180-4) of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/** JSON with object keys sorted at every level: the canonical text that digests are taken of. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
