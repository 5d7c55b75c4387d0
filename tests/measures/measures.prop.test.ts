import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REGISTRY,
  griefMeasureEvidence,
  type Instrument,
  instrumentRange,
  keyEpdsResponses,
  type LifeEventLike,
  listInstruments,
  measureChanges,
  measureFlags,
  scoreCaseMeasures,
  scoreLifeChangeUnits,
  scoreMeasure,
  validateMeasureItems,
} from "../../src/measures/index.js";
import { LIFE_EVENT_KINDS } from "../../src/model/vocabularies.js";

const INSTRUMENTS = listInstruments(DEFAULT_REGISTRY);

const completeItems = (inst: Instrument): fc.Arbitrary<number[]> =>
  fc.tuple(...inst.items.map((it) => fc.integer({ min: it.min, max: it.max })));

const itemsWithNulls = (inst: Instrument): fc.Arbitrary<(number | null)[]> =>
  fc.tuple(
    ...inst.items.map((it) =>
      fc.option(fc.integer({ min: it.min, max: it.max }), { nil: null, freq: 4 }),
    ),
  );

const dayDate = fc
  .record({
    y: fc.integer({ min: 2018, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const partialDate = fc.oneof(
  dayDate,
  dayDate.map((s) => s.slice(0, 7)),
  dayDate.map((s) => s.slice(0, 4)),
);

describe.each(INSTRUMENTS.map((i) => [i.shortName, i] as const))("%s", (_, inst) => {
  const range = instrumentRange(inst);

  it("a complete valid vector totals the sum of its keyed scored items, inside its band", () => {
    fc.assert(
      fc.property(completeItems(inst), (items) => {
        const r = scoreMeasure({ instrument: inst.id, administeredOn: "2026-01", items });
        expect(E.isRight(r)).toBe(true);
        if (E.isLeft(r)) return;
        const sum = items.reduce((s, v, i) => s + (inst.items[i]?.scored ? v : 0), 0);
        expect(r.right.total).toBe(sum);
        expect(r.right.rawSum).toBe(sum);
        expect(r.right.validity.status).toBe("valid");
        expect(r.right.band).not.toBeNull();
        expect(sum).toBeGreaterThanOrEqual(r.right.band?.min ?? Number.NaN);
        expect(sum).toBeLessThanOrEqual(r.right.band?.max ?? Number.NaN);
      }),
    );
  });

  it("any valid vector with missing items scores inside the published range, or is invalid past the rule", () => {
    fc.assert(
      fc.property(itemsWithNulls(inst), (items) => {
        expect(validateMeasureItems({ instrument: inst.id, items })).toEqual([]);
        const r = scoreMeasure({ instrument: inst.id, administeredOn: "2026", items });
        if (E.isLeft(r)) throw new Error("a valid vector must score");
        const s = r.right;
        const missing = items.filter((v, i) => v === null && inst.items[i]?.scored).length;
        expect(s.validity.missing).toBe(missing);
        if (missing > inst.missingItems.maxMissing) {
          expect(s.total).toBeNull();
          expect(s.band).toBeNull();
          expect(s.validity.status).toBe("invalid-too-many-missing");
        } else {
          expect(s.total).not.toBeNull();
          const t = s.total ?? Number.NaN;
          expect(Number.isInteger(t)).toBe(true);
          expect(t).toBeGreaterThanOrEqual(range.min);
          expect(t).toBeLessThanOrEqual(range.max);
          expect(t).toBeGreaterThanOrEqual(s.band?.min ?? Number.NaN);
          expect(t).toBeLessThanOrEqual(s.band?.max ?? Number.NaN);
          expect(s.validity.status).toBe(missing === 0 ? "valid" : "prorated");
        }
        for (const sub of s.subscales)
          if (sub.total !== null) {
            expect(sub.total).toBeGreaterThanOrEqual(sub.range.min);
            expect(sub.total).toBeLessThanOrEqual(sub.range.max);
          }
      }),
    );
  });

  it("raising one item never lowers the total nor the urgent flags (monotone)", () => {
    fc.assert(
      fc.property(completeItems(inst), fc.nat(), (items, k) => {
        const i = k % items.length;
        const def = inst.items[i];
        if (def === undefined || (items[i] ?? 0) >= def.max) return;
        const up = [...items];
        up[i] = (up[i] ?? 0) + 1;
        const a = scoreMeasure({ instrument: inst.id, administeredOn: "2026", items });
        const b = scoreMeasure({ instrument: inst.id, administeredOn: "2026", items: up });
        if (E.isLeft(a) || E.isLeft(b)) throw new Error("valid vectors must score");
        expect(b.right.total ?? 0).toBeGreaterThanOrEqual(a.right.total ?? 0);
        const urgent = (fs: readonly { readonly severity: string }[]) =>
          fs.filter((f) => f.severity === "urgent").length;
        expect(urgent(b.right.flags)).toBeGreaterThanOrEqual(urgent(a.right.flags));
      }),
    );
  });
});

describe("EPDS keying", () => {
  it("keying raw positions gives p on items 1, 2, 4 and 3 − p elsewhere; the total is their sum", () => {
    fc.assert(
      fc.property(
        fc.tuple(...Array.from({ length: 10 }, () => fc.integer({ min: 0, max: 3 }))),
        (pos) => {
          const keyed = keyEpdsResponses(pos);
          if (E.isLeft(keyed)) throw new Error("valid positions must key");
          keyed.right.forEach((v, i) => {
            expect(v).toBe([0, 1, 3].includes(i) ? pos[i] : 3 - (pos[i] ?? 0));
          });
          const s = scoreMeasure({
            instrument: "epds",
            administeredOn: "2026",
            items: keyed.right,
          });
          const sum = keyed.right.reduce<number>((a, v) => a + (v ?? 0), 0);
          expect(E.isRight(s) && s.right.total).toBe(sum);
        },
      ),
    );
  });
});

describe("robustness", () => {
  const SENTINEL = "QQSENTINELQQ";

  it("never throws and never echoes the input, whatever it is given", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...INSTRUMENTS.map((i) => i.id)),
          fc.string().map((s) => `${SENTINEL}${s}`),
        ),
        fc.oneof(
          fc.array(
            fc.oneof(
              fc.integer({ min: -5, max: 9 }),
              fc.constant(null),
              fc.double(),
              fc.constant(9123456),
            ),
          ),
          fc.anything(),
        ),
        (instrument, items) => {
          const m = {
            instrument,
            administeredOn: `${SENTINEL}-date`,
            items: items as (number | null)[],
            relatesTo: SENTINEL,
          };
          const r = scoreMeasure(m);
          const issues = [...(E.isLeft(r) ? r.left.issues : []), ...validateMeasureItems(m)];
          for (const i of issues) {
            expect(i.message).not.toContain(SENTINEL);
            expect(i.message).not.toContain("9123456");
            expect(i.path).toMatch(/^(instrument|items(\[\d+\])?)$/);
          }
        },
      ),
    );
  });
});

describe("case-level helpers", () => {
  const measure = fc.constantFrom(...INSTRUMENTS).chain((inst) =>
    fc.record({
      instrument: fc.constant(inst.id),
      administeredOn: partialDate,
      items: itemsWithNulls(inst),
      relatesTo: fc.constantFrom("loss-a", "loss-b"),
    }),
  );

  it("flags, changes and grief evidence do not depend on the input order", () => {
    fc.assert(
      fc.property(
        fc
          .array(measure, { maxLength: 8 })
          .chain((ms) =>
            fc.tuple(
              fc.constant(ms),
              fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
            ),
          ),
        ([ms, shuffled]) => {
          const a = scoreCaseMeasures(ms);
          const b = scoreCaseMeasures(shuffled);
          const flagSummary = (xs: ReturnType<typeof measureFlags>) =>
            xs.map((f) => [f.code, f.severity, f.evidence.length]);
          expect(flagSummary(measureFlags(b))).toEqual(flagSummary(measureFlags(a)));
          const changeSummary = (xs: ReturnType<typeof measureChanges>) =>
            xs.map((c) => [c.instrument, c.first.total, c.last.total, c.status, c.administrations]);
          expect(changeSummary(measureChanges(b))).toEqual(changeSummary(measureChanges(a)));
          const strengths = (xs: ReturnType<typeof griefMeasureEvidence>) =>
            xs.map((g) => g.strength).sort();
          expect(strengths(griefMeasureEvidence(b))).toEqual(strengths(griefMeasureEvidence(a)));
        },
      ),
    );
  });

  it("grief strength is in [0, 1]; changes are last minus first, judged by the threshold", () => {
    fc.assert(
      fc.property(fc.array(measure, { maxLength: 8 }), (ms) => {
        const scored = scoreCaseMeasures(ms);
        for (const g of griefMeasureEvidence(scored)) {
          expect(g.strength).toBeGreaterThanOrEqual(0);
          expect(g.strength).toBeLessThanOrEqual(1);
          expect(g.strength === 0).toBe(g.total < g.cutOff);
        }
        for (const c of measureChanges(scored)) {
          expect(c.difference).toBe(c.last.total - c.first.total);
          const t = c.threshold?.points;
          if (t === undefined) expect(c.status).toBe("threshold-unpublished");
          else if (-c.difference >= t) expect(c.status).toBe("reliable-improvement");
          else if (c.difference >= t) expect(c.status).toBe("reliable-deterioration");
          else expect(c.status).toBe("no-reliable-change");
        }
      }),
    );
  });
});

describe("life change units", () => {
  const event = fc.record({
    id: fc.uuid(),
    kind: fc.constantFrom(...LIFE_EVENT_KINDS),
    date: partialDate,
  }) as fc.Arbitrary<LifeEventLike>;

  it("every event is accounted for once; the total is the sum of the counted LCU, order-free", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), partialDate, (events, reference) => {
        const r = scoreLifeChangeUnits(events, { reference });
        expect(r.counted.length + r.unmapped.length + r.outsideWindow.length).toBe(events.length);
        expect(r.total).toBe(r.counted.reduce((s, c) => s + c.lcu, 0));
        for (const c of r.counted) {
          expect(c.monthsBeforeReference).toBeGreaterThanOrEqual(0);
          expect(c.monthsBeforeReference).toBeLessThanOrEqual(12);
        }
        expect(scoreLifeChangeUnits([...events].reverse(), { reference }).total).toBe(r.total);
        expect(r.total).toBeGreaterThanOrEqual(r.band.min);
        if (r.band.max !== null) expect(r.total).toBeLessThanOrEqual(r.band.max);
      }),
    );
  });
});
