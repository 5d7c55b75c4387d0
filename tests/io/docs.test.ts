/**
 * docs/case-format.md is checked, not trusted: its JSON examples decode, its complete example
 * uses every field, and it names every error code and every vocabulary value.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import {
  CASE_ISSUE_CODES,
  CIRCLES,
  CONDITIONS,
  CONTACT_FREQUENCIES,
  DISPUTE_STAGES,
  decodeCase,
  encodeCase,
  GRIEF_SIGNS,
  LIFE_EVENT_KINDS,
  POPULATIONS,
  RELATIONSHIP_ROLES,
  RELATIONSHIP_STATUSES,
} from "ipt-formulation";
import { caseJsonSchema } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";

const doc = readFileSync(
  fileURLToPath(new URL("../../docs/case-format.md", import.meta.url)),
  "utf8",
);
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1] ?? "") as unknown,
);

/** Every key used anywhere in a JSON value, as `parent.key` with list positions dropped. */
const keysOf = (u: unknown, at = "", out = new Set<string>()): Set<string> => {
  if (Array.isArray(u)) for (const x of u) keysOf(x, at, out);
  else if (typeof u === "object" && u !== null)
    for (const [k, v] of Object.entries(u)) {
      out.add(`${at}${k}`);
      keysOf(v, `${at}${k}.`, out);
    }
  return out;
};

describe("docs/case-format.md", () => {
  it("has two JSON examples, the minimal and the complete case, and both decode and round-trip", () => {
    expect(jsonBlocks).toHaveLength(2);
    for (const block of jsonBlocks) {
      const r = decodeCase(block);
      if (E.isLeft(r)) expect.fail(JSON.stringify(r.left.issues));
      else expect(decodeCase(encodeCase(r.right))).toEqual(r);
    }
  });
  it("the complete example uses every field of the schema", () => {
    const used = keysOf(jsonBlocks[1]);
    const fields = (s: Record<string, unknown>, at = ""): string[] => {
      const props = (s.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.entries(props).flatMap(([k, p]) => {
        const nested = (p.type === "array" ? p.items : p) as Record<string, unknown> | undefined;
        return [`${at}${k}`, ...(nested?.properties ? fields(nested, `${at}${k}.`) : [])];
      });
    };
    for (const f of fields(caseJsonSchema())) expect(used, f).toContain(f);
  });
  it("names every error code", () => {
    for (const code of CASE_ISSUE_CODES) expect(doc).toContain(`| \`${code}\` |`);
  });
  it("names every value of every closed vocabulary", () => {
    for (const v of [
      ...POPULATIONS,
      ...CONDITIONS,
      ...RELATIONSHIP_ROLES,
      ...CIRCLES,
      ...RELATIONSHIP_STATUSES,
      ...CONTACT_FREQUENCIES,
      ...DISPUTE_STAGES,
      ...LIFE_EVENT_KINDS,
      ...GRIEF_SIGNS,
    ])
      expect(doc).toContain(`\`${v}\``);
  });
  it("states the default size limits the decoder uses", () => {
    expect(doc).toContain("| `relationships` | 2,000 |");
    expect(doc).toContain("| `lifeEvents` | 2,000 |");
    expect(doc).toContain("| `measures` | 100 |");
  });
});
