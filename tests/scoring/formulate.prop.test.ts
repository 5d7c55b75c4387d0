import fc from "fast-check";
import {
  type Case,
  type CaseInput,
  decodeCase,
  formulate,
  PROBLEM_AREAS,
  type ProblemArea,
  recomputeScore,
} from "ipt-formulation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { arbValidCase } from "../arbitraries/case.js";

const decode = (input: CaseInput): Case => {
  const r = decodeCase(input);
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};

const score = (c: Case, area: ProblemArea): number =>
  formulate(c).areas.find((a) => a.area === area)?.score ?? Number.NaN;

const cases = arbValidCase({
  maxRelationships: 6,
  maxEvents: 6,
  withMeasures: false,
  text: "ascii",
});
const RUNS = { numRuns: 200 };

/** A permutation of an array, driven by fast-check. */
const permuted = <T>(xs: readonly T[]): fc.Arbitrary<T[]> =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: xs.length,
      maxLength: xs.length,
    })
    .map((keys) =>
      xs
        .map((x, i) => ({ x, k: keys[i] as number, i }))
        .sort((a, b) => a.k - b.k || a.i - b.i)
        .map((p) => p.x),
    );

const withCase = <T>(f: (input: CaseInput) => fc.Arbitrary<T>): fc.Arbitrary<[CaseInput, T]> =>
  cases.chain((input) => f(input).map((t) => [input, t] as [CaseInput, T]));

describe("formulate: invariants over generated valid cases", () => {
  it("scores are finite and in [0, 1]; ranks are a permutation of the four areas; scores recompute from evidence", () => {
    fc.assert(
      fc.property(cases, (input) => {
        const f = formulate(decode(input));
        expect(f.areas.map((a) => a.area).sort()).toEqual([...PROBLEM_AREAS].sort());
        expect(f.areas.map((a) => a.rank)).toEqual([1, 2, 3, 4]);
        for (const a of f.areas) {
          expect(Number.isFinite(a.score)).toBe(true);
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(1);
          expect(recomputeScore(a.evidence)).toBe(a.score);
          for (const e of a.evidence) {
            expect(e.area).toBe(a.area);
            expect(e.contribution).toBeGreaterThanOrEqual(0);
            expect(e.contribution).toBeLessThanOrEqual(1);
          }
        }
        for (let i = 1; i < f.areas.length; i++)
          expect((f.areas[i - 1]?.score ?? 0) >= (f.areas[i]?.score ?? 0)).toBe(true);
        expect(f.focus.primary).toBe(f.areas[0]?.area);
        if (f.focus.secondary !== undefined) expect(f.focus.secondary).toBe(f.areas[1]?.area);
      }),
      RUNS,
    );
  });

  it("permuting relationships or life events changes nothing (byte-identical JSON)", () => {
    fc.assert(
      fc.property(
        withCase((input) => fc.tuple(permuted(input.relationships), permuted(input.lifeEvents))),
        ([input, [rels, events]]) => {
          const a = JSON.stringify(formulate(decode(input)));
          const b = JSON.stringify(
            formulate(decode({ ...input, relationships: rels, lifeEvents: events })),
          );
          expect(b).toBe(a);
        },
      ),
      RUNS,
    );
  });

  it("the same input gives byte-identical JSON", () => {
    fc.assert(
      fc.property(cases, (input) => {
        expect(JSON.stringify(formulate(decode(input)))).toBe(
          JSON.stringify(formulate(decode(input))),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("more conflict never lowers role-dispute (or grief, for someone who has died)", () => {
    fc.assert(
      fc.property(
        withCase((input) => fc.nat({ max: Math.max(0, input.relationships.length - 1) })),
        ([input, i]) => {
          const r = input.relationships[i];
          if (r === undefined || (r.conflict ?? 0) >= 4) return;
          const more = {
            ...input,
            relationships: input.relationships.map((x, j) =>
              j === i ? { ...x, conflict: ((x.conflict ?? 0) + 1) as 1 } : x,
            ),
          };
          const area: ProblemArea = r.status === "deceased" ? "grief" : "role-dispute";
          expect(score(decode(more), area)).toBeGreaterThanOrEqual(score(decode(input), area));
        },
      ),
      RUNS,
    );
  });

  it("more distress or less adjustment never lowers the area an event supports", () => {
    fc.assert(
      fc.property(
        withCase((input) =>
          fc.tuple(fc.nat({ max: Math.max(0, input.lifeEvents.length - 1) }), fc.boolean()),
        ),
        ([input, [i, distress]]) => {
          const e = input.lifeEvents[i];
          if (e === undefined) return;
          const area: ProblemArea =
            e.kind === "death" || e.kind === "pregnancy-loss" ? "grief" : "role-transition";
          let changed: typeof e;
          if (distress) {
            if ((e.distress ?? 0) >= 4) return;
            changed = { ...e, distress: (e.distress === undefined ? 4 : e.distress + 1) as 1 };
          } else {
            if (e.adjusted === false) return;
            changed = {
              ...e,
              adjusted: e.adjusted === true ? (undefined as unknown as boolean) : false,
            };
            if (changed.adjusted === undefined) delete (changed as { adjusted?: boolean }).adjusted;
          }
          const more = {
            ...input,
            lifeEvents: input.lifeEvents.map((x, j) => (j === i ? changed : x)),
          };
          expect(score(decode(more), area)).toBeGreaterThanOrEqual(score(decode(input), area));
        },
      ),
      RUNS,
    );
  });

  it("a closer circle never lowers grief, role-dispute or role-transition", () => {
    fc.assert(
      fc.property(
        withCase((input) => fc.nat({ max: Math.max(0, input.relationships.length - 1) })),
        ([input, i]) => {
          const r = input.relationships[i];
          if (r === undefined || r.circle === "inner") return;
          const closer = r.circle === "outer" ? "middle" : "inner";
          const more = {
            ...input,
            relationships: input.relationships.map((x, j) =>
              j === i ? { ...x, circle: closer } : x,
            ),
          } as CaseInput;
          for (const area of ["grief", "role-dispute", "role-transition"] as const)
            expect(score(decode(more), area)).toBeGreaterThanOrEqual(score(decode(input), area));
        },
      ),
      RUNS,
    );
  });

  it("adding an acute event never raises interpersonal deficits", () => {
    const acute = fc.record({
      kind: fc.constantFrom(
        "death",
        "job-loss",
        "divorce",
        "birth",
        "relocation",
        "retirement",
        "illness-diagnosis",
      ),
      distress: fc.constantFrom(0, 1, 2, 3, 4),
      adjusted: fc.boolean(),
    });
    fc.assert(
      fc.property(cases, acute, (input, ev) => {
        const added = {
          ...input,
          lifeEvents: [
            ...input.lifeEvents,
            { id: "added-acute-event", date: input.assessedOn, ...ev },
          ],
        } as CaseInput;
        if (input.lifeEvents.some((e) => e.id === "added-acute-event")) return;
        expect(score(decode(added), "interpersonal-deficits")).toBeLessThanOrEqual(
          score(decode(input), "interpersonal-deficits"),
        );
      }),
      RUNS,
    );
  });

  it("removing all events, disputes and deaths from a socially isolated case makes deficits primary", () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(3, 4), (input, loneliness) => {
        // Without its death events a person who has died is a loss of unknown date, which is
        // grief evidence: they go too.
        const isolated: CaseInput = {
          ...input,
          social: { ...input.social, lifelongIsolation: true, loneliness: loneliness as 3 },
          lifeEvents: [],
          measures: [],
          relationships: input.relationships
            .filter((r) => r.status !== "deceased")
            .map(({ conflict: _c, conflictSince: _s, disputeStage: _d, ...r }) => r),
        };
        expect(formulate(decode(isolated)).focus.primary).toBe("interpersonal-deficits");
      }),
      RUNS,
    );
  });
});

describe("formulate: a person who has died with no death event naming them", () => {
  const ADDED = "added-deceased-person";
  /** A person who has died, with an id no event can name (the generated ids never take it). */
  const person = (circles: readonly ("inner" | "middle" | "outer")[]) =>
    fc.record({
      id: fc.constant(ADDED),
      label: fc.constantFrom("Mother", "Husband", "Friend J."),
      role: fc.constantFrom("parent", "spouse", "friend", "sibling"),
      circle: fc.constantFrom(...circles),
      status: fc.constant("deceased"),
    }) as fc.Arbitrary<CaseInput["relationships"][number]>;
  const withPerson = (input: CaseInput, r: CaseInput["relationships"][number]): CaseInput => ({
    ...input,
    relationships: [...input.relationships, r],
  });
  const taken = (input: CaseInput): boolean => input.relationships.some((r) => r.id === ADDED);

  it("adding one, in any circle, never lowers grief and never raises interpersonal deficits", () => {
    fc.assert(
      fc.property(cases, person(["inner", "middle", "outer"]), (input, r) => {
        if (taken(input)) return;
        const before = decode(input);
        const after = decode(withPerson(input, r));
        expect(score(after, "grief")).toBeGreaterThanOrEqual(score(before, "grief"));
        expect(score(after, "interpersonal-deficits")).toBeLessThanOrEqual(
          score(before, "interpersonal-deficits"),
        );
      }),
      RUNS,
    );
  });

  it("one in any circle keeps deficits from leading (the loss cannot be excluded), and raises one death-undated flag for them", () => {
    fc.assert(
      fc.property(cases, person(["inner", "middle", "outer"]), (input, r) => {
        if (taken(input)) return;
        const f = formulate(decode(withPerson(input, r)));
        expect(f.focus.primary).not.toBe("interpersonal-deficits");
        expect(f.areas.find((a) => a.area === "interpersonal-deficits")?.score).toBe(0);
        expect(
          f.flags.filter((x) => x.code === "death-undated" && x.ref?.relationshipId === ADDED),
        ).toHaveLength(1);
      }),
      RUNS,
    );
  });
});

describe("formulate is pure", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("reads no clock and no random source: a faked clock and a throwing Math.random change nothing", () => {
    fc.assert(
      fc.property(cases, (input) => {
        const c = decode(input);
        const before = JSON.stringify(formulate(c));
        vi.useFakeTimers({ now: new Date("1999-12-31T23:59:59Z") });
        const random = vi.spyOn(Math, "random").mockImplementation(() => {
          throw new Error("formulate must not read a random source");
        });
        const during = JSON.stringify(formulate(c));
        vi.setSystemTime(new Date("2100-01-01T00:00:00Z"));
        const later = JSON.stringify(formulate(c));
        random.mockRestore();
        vi.useRealTimers();
        expect(during).toBe(before);
        expect(later).toBe(before);
      }),
      { numRuns: 30 },
    );
  });

  it("never throws on a decoded case, and does not mutate it", () => {
    fc.assert(
      fc.property(
        arbValidCase({ maxRelationships: 8, maxEvents: 8, withMeasures: false }),
        (input) => {
          const c = decode(input);
          const frozen = JSON.stringify(c);
          expect(() => formulate(c)).not.toThrow();
          expect(JSON.stringify(c)).toBe(frozen);
        },
      ),
      RUNS,
    );
  });
});
