import type { Case, CaseInput } from "../model/case.js";

/** A JSON value. @category Encoding */
export type Json =
  | null
  | boolean
  | number
  | string
  | readonly Json[]
  | { readonly [k: string]: Json };

const copy = (v: unknown): Json => {
  if (Array.isArray(v)) return v.map(copy);
  if (typeof v === "object" && v !== null) {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = copy(x);
    return out;
  }
  // -0 is not JSON (it serialises as 0): normalise it so the result round-trips through text.
  return Object.is(v, -0) ? 0 : (v as Json);
};

/**
 * Encode a case back to plain JSON data (the `ipt-case/1` file form), ready for
 * `JSON.stringify`. Field order follows the specification; defaults filled in by decoding
 * stay explicit. `decodeCase(encodeCase(c))` gives back `c`.
 *
 * @param c - a decoded case
 * @returns a fresh plain object sharing nothing with `c`
 *
 * @example
 * // Round trip
 * const again = decodeCase(encodeCase(c));
 * //=> right(c)
 *
 * @category Encoding
 */
export function encodeCase(c: Case): CaseInput {
  return copy(c) as unknown as CaseInput;
}
