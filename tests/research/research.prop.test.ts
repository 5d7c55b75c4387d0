/** Properties of the cohort functions: order and count, error positions, determinism, round trips. */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { decodeCase } from "ipt-formulation";
import {
  analyzeSensitivity,
  BATCH_ROW_COLUMNS,
  batchRow,
  formulateMany,
  parseCsv,
  perturbModels,
  summarizeCohort,
  synthesizeCases,
  toCsv,
  wilsonInterval,
} from "ipt-formulation/research";
import { describe, expect, it } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";
import { asAsync, collect, right } from "./support.js";

/** Inputs that never decode. */
const arbInvalid = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string(),
  fc.constant({}),
  fc.constant({ format: "ipt-case/1" }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** A mix of valid and invalid inputs, each tagged with whether it is valid. */
const arbMixed = fc.array(
  fc.oneof(
    arbValidCase({ maxRelationships: 3, maxEvents: 3 }).map((c) => ({
      valid: true,
      input: c as unknown,
    })),
    arbInvalid.map((x) => ({ valid: false, input: x as unknown })),
  ),
  { maxLength: 12 },
);

describe("formulateMany properties", () => {
  it("keeps order and count, with error records exactly at the invalid positions (sync)", () => {
    fc.assert(
      fc.property(arbMixed, (items) => {
        const rs = [...formulateMany(items.map((x) => x.input))];
        expect(rs.map((r) => r.index)).toEqual(items.map((_, i) => i));
        expect(rs.map((r) => r.ok)).toEqual(items.map((x) => x.valid));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same records over an async iterable", async () => {
    await fc.assert(
      fc.asyncProperty(arbMixed, async (items) => {
        const inputs = items.map((x) => x.input);
        const sync = [...formulateMany(inputs)];
        const async = await collect(formulateMany(asAsync(inputs)));
        expect(async).toEqual(sync);
      }),
      { numRuns: 30 },
    );
  });
});

describe("summarizeCohort properties", () => {
  it("counts every record; primary counts sum to n; every interval contains its proportion", () => {
    fc.assert(
      fc.property(arbMixed, (items) => {
        const valid = items.filter((x) => x.valid).length;
        const s = summarizeCohort(formulateMany(items.map((x) => x.input)));
        if (valid === 0) {
          expect(E.isLeft(s)).toBe(true);
          return;
        }
        const { total, invalid, overall } = right(s);
        expect(total).toBe(items.length);
        expect(invalid).toBe(items.length - valid);
        expect(overall.n).toBe(valid);
        expect(overall.areas.reduce((acc, a) => acc + a.primaryCount, 0)).toBe(valid);
        for (const a of overall.areas) {
          expect(a.primaryLower).toBeLessThanOrEqual(a.primaryProportion);
          expect(a.primaryUpper).toBeGreaterThanOrEqual(a.primaryProportion);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("wilsonInterval properties", () => {
  it("contains the proportion and stays in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((n) =>
            fc.tuple(
              fc.integer({ min: 0, max: n }),
              fc.constant(n),
              fc.double({ min: 0.01, max: 5, noNaN: true }),
            ),
          ),
        ([k, n, z]) => {
          const w = right(wilsonInterval(k, n, z));
          expect(w.proportion).toBe(k / n);
          expect(0 <= w.lower && w.lower <= w.proportion).toBe(true);
          expect(w.proportion <= w.upper && w.upper <= 1).toBe(true);
        },
      ),
    );
  });
});

describe("synthesizeCases properties", () => {
  it("always gives cases that decode, the same for the same seed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 25 }),
        (seed, count) => {
          const a = [...right(synthesizeCases({ count, seed }))];
          const b = [...right(synthesizeCases({ count, seed }))];
          expect(JSON.stringify(a)).toBe(JSON.stringify(b));
          expect(a.length).toBe(count);
          for (const c of a) expect(E.isRight(decodeCase(c))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("gives cases that decode under any mix", () => {
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc
          .record({
            grief: weight,
            "role-dispute": weight,
            "role-transition": weight,
            "interpersonal-deficits": weight,
          })
          .filter((m) => Object.values(m).some((w) => w > 0)),
        (seed, mix) => {
          for (const c of right(synthesizeCases({ count: 10, seed, mix })))
            expect(E.isRight(decodeCase(c))).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("sensitivity properties", () => {
  const cases = [...right(synthesizeCases({ count: 6, seed: 5 }))].map((c) => right(decodeCase(c)));

  it("is deterministic per seed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (seed, epsilon) => {
          const a = perturbModels({ seed, epsilon, runs: 5 });
          const b = perturbModels({ seed, epsilon, runs: 5 });
          expect(right(a).models.map((m) => m.digest)).toEqual(
            right(b).models.map((m) => m.digest),
          );
          const ra = analyzeSensitivity(cases, { seed, epsilon, runs: 3 });
          const rb = analyzeSensitivity(cases, { seed, epsilon, runs: 3 });
          expect(ra).toEqual(rb);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe("CSV round trip of batch rows", () => {
  it("parses back to the same fields", () => {
    fc.assert(
      fc.property(arbMixed, (items) => {
        const rows = [...formulateMany(items.map((x) => x.input))].map(batchRow);
        const parsed = right(parseCsv(toCsv(rows, BATCH_ROW_COLUMNS)));
        expect(parsed[0]).toEqual([...BATCH_ROW_COLUMNS]);
        expect(parsed.slice(1)).toEqual(
          rows.map((r) => BATCH_ROW_COLUMNS.map((c) => (r[c] === null ? "" : String(r[c])))),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("parses back with any text in the fields (ids and issue lists with commas, quotes, line breaks)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            caseId: fc.string({ unit: "binary" }),
            flags: fc.string(),
            issues: fc.string(),
          }),
          { maxLength: 10 },
        ),
        (rows) => {
          const parsed = right(
            parseCsv(toCsv(rows, ["caseId", "flags", "issues"], { header: false })),
          );
          expect(parsed).toEqual(rows.map((r) => [r.caseId, r.flags, r.issues]));
        },
      ),
    );
  });
});
