/**
 * The area details read the evidence in order and take the first that names something the
 * case holds: which evidence counts, which person is named, and which loss's prolonged grief.
 */
import { formulate } from "ipt-formulation";
import { areaDetails } from "ipt-formulation/plan";
import { describe, expect, it } from "vitest";
import { caseOf, evidence, withEvidence } from "./support.js";

const person = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  label: id.toUpperCase(),
  role: "friend",
  circle: "middle",
  status: "active",
  ...over,
});
const event = (id: string, kind: string, relationshipIds: string[] = []) => ({
  id,
  kind,
  date: "2025-09",
  relationshipIds,
  distress: 4,
  adjusted: false,
});
const ev = (lifeEventId: string, relationshipIds: string[] = []) =>
  ({ kind: "life-event", lifeEventId, relationshipIds }) as const;
const rel = (relationshipId: string) => ({ kind: "relationship", relationshipId }) as const;

describe("which evidence counts", () => {
  it("skips evidence that multiplies or adds nothing, and evidence naming what the case lacks", () => {
    const c = caseOf({
      lifeEvents: [event("a", "job-loss"), event("b", "relocation"), event("z", "retirement")],
    });
    const f = withEvidence(formulate(c), "role-transition", [
      evidence("role-transition", ev("a"), 0.9, "multiply"),
      evidence("role-transition", ev("b"), 0),
      evidence("role-transition", ev("missing")),
      evidence("role-transition", rel("missing")),
      evidence("role-transition", ev("z"), 0.000001),
    ]);
    expect(areaDetails(f, c)[0]).toEqual({
      area: "role-transition",
      focusRole: "primary",
      lifeEventId: "z",
      eventKind: "retirement",
      date: "2025-09",
    });
  });

  it("reads the evidence of the focus area only", () => {
    const c = caseOf({ lifeEvents: [event("a", "job-loss")] });
    const f = withEvidence(formulate(c), "role-transition", [evidence("role-transition", ev("a"))]);
    const grief = { ...f, focus: { primary: "grief" as const } };
    expect(areaDetails(grief, c)[0]).toEqual({
      area: "grief",
      focusRole: "primary",
      deceased: [],
      prolongedGrief: "not-met",
    });
  });
});

describe("grief", () => {
  it("a death names its people once each, in id order, the deceased only when some are", () => {
    const c = caseOf({
      relationships: [
        person("b", { status: "deceased" }),
        person("a", { status: "deceased" }),
        person("c"),
      ],
      lifeEvents: [event("d", "death", ["b", "c", "a", "b"])],
    });
    const f = withEvidence(formulate(c), "grief", [evidence("grief", ev("d"))]);
    expect(areaDetails(f, c)[0]).toMatchObject({
      deceased: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
    });
  });

  it("a loss that is not a death names no one; a measure about a loss points to it", () => {
    const c = caseOf({
      relationships: [person("a", { status: "deceased" })],
      lifeEvents: [event("d", "divorce", ["a"])],
    });
    const f = withEvidence(formulate(c), "grief", [
      evidence("grief", { kind: "measure", measureIndex: 0 }),
      evidence("grief", { kind: "measure", measureIndex: 0, lifeEventId: "d" }),
    ]);
    expect(areaDetails(f, c)[0]).toEqual({
      area: "grief",
      focusRole: "primary",
      lifeEventId: "d",
      eventKind: "divorce",
      date: "2025-09",
      deceased: [],
      prolongedGrief: "not-met",
    });
  });

  it("prolonged grief is met only by a flag on that very loss", () => {
    const c = caseOf({ lifeEvents: [event("d", "death"), event("e", "death")] });
    const base = withEvidence(formulate(c), "grief", [evidence("grief", ev("d"))]);
    const flag = (lifeEventId: string) => ({
      code: "prolonged-grief" as const,
      severity: "warning" as const,
      message: "m",
      ref: { lifeEventId },
    });
    expect(areaDetails({ ...base, flags: [flag("e")] }, c)[0]).toMatchObject({
      prolongedGrief: "not-met",
    });
    expect(areaDetails({ ...base, flags: [flag("e"), flag("d")] }, c)[0]).toMatchObject({
      prolongedGrief: "met",
    });
    expect(
      areaDetails({ ...base, flags: [{ ...flag("d"), code: "close-call" as const }] }, c)[0],
    ).toMatchObject({ prolongedGrief: "not-met" });
    const { ref: _, ...unreferenced } = flag("d");
    expect(areaDetails({ ...base, flags: [unreferenced] }, c)[0]).toMatchObject({
      prolongedGrief: "not-met",
    });
  });
});

describe("role dispute", () => {
  it("a separation names the person the conflict goes on with: most conflict, then closeness, then id", () => {
    const people = [
      person("dead", { status: "deceased", conflict: 4, circle: "inner" }),
      person("calm", { conflict: 0, circle: "inner" }),
      person("z-outer", { conflict: 3, circle: "outer" }),
      person("y-inner", { conflict: 3, circle: "inner" }),
      person("x-inner", { conflict: 3, circle: "inner", disputeStage: "impasse" }),
      person("w-mild", { conflict: 2, circle: "inner" }),
    ];
    const ids = people.map((p) => p.id);
    const detailOf = (keep: string[]) => {
      const c = caseOf({
        relationships: people.filter((p) => keep.includes(p.id)),
        lifeEvents: [event("sep", "separation", keep)],
      });
      const f = withEvidence(formulate(c), "role-dispute", [
        evidence("role-dispute", ev("sep", ids)),
      ]);
      return areaDetails(f, c)[0];
    };
    expect(detailOf(ids)).toEqual({
      area: "role-dispute",
      focusRole: "primary",
      person: { id: "x-inner", label: "X-INNER" },
      stage: "impasse",
      lifeEventId: "sep",
      jointSession: true,
    });
    expect(detailOf(["z-outer", "y-inner", "w-mild"])).toMatchObject({ person: { id: "y-inner" } });
    expect(detailOf(["z-outer", "w-mild"])).toMatchObject({ person: { id: "z-outer" } });
    expect(detailOf(["w-mild", "calm"])).toStrictEqual({
      area: "role-dispute",
      focusRole: "primary",
      person: { id: "w-mild", label: "W-MILD" },
      lifeEventId: "sep",
      jointSession: true,
    });
    expect(detailOf(["dead", "calm"])).toEqual({
      area: "role-dispute",
      focusRole: "primary",
      jointSession: false,
    });
  });

  it("a life event missing from the case is skipped for the next evidence; no stage, no stage key", () => {
    const c = caseOf({ relationships: [person("p", { conflict: 3 })] });
    const f = withEvidence(formulate(c), "role-dispute", [
      evidence("role-dispute", ev("gone", ["p"])),
      evidence("role-dispute", rel("p")),
    ]);
    expect(areaDetails(f, c)[0]).toStrictEqual({
      area: "role-dispute",
      focusRole: "primary",
      person: { id: "p", label: "P" },
      jointSession: true,
    });
  });
});

describe("role transition", () => {
  it("a relationship in the evidence names that person (a dispute in dissolution)", () => {
    const c = caseOf({ relationships: [person("p")] });
    const f = withEvidence(formulate(c), "role-transition", [
      evidence("role-transition", rel("p")),
    ]);
    expect(areaDetails(f, c)[0]).toEqual({
      area: "role-transition",
      focusRole: "primary",
      person: { id: "p", label: "P" },
    });
  });
});
