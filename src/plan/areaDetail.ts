/**
 * What the case says about a focus area, read from the formulation's evidence: the loss
 * and the person who died, the other party and stage of a dispute, the life change of a
 * transition. Labels are taken from the case, never made up.
 *
 * @module
 */
import type {
  Case,
  Evidence,
  Formulation,
  LifeEvent,
  ProblemArea,
  Relationship,
} from "ipt-formulation";
import type { AreaDetail, FocusRole, PersonRef } from "./types.js";

const CIRCLE_RANK = { inner: 0, middle: 1, outer: 2 } as const;

/** Code-unit order, the same in every runtime and locale. */
const cmp = (a: string, b: string): number => Number(a > b) - Number(a < b);

const ref = (r: Relationship): PersonRef => ({ id: r.id, label: r.label });

/** The additive evidence of an area with a positive contribution, in the formulation's order (largest first). */
const evidenceOf = (f: Formulation, area: ProblemArea): readonly Evidence[] =>
  (f.areas.find((a) => a.area === area)?.evidence ?? []).filter(
    (e) => e.effect === "add" && e.contribution > 0,
  );

interface Lookup {
  readonly people: ReadonlyMap<string, Relationship>;
  readonly events: ReadonlyMap<string, LifeEvent>;
}

const lookupOf = (c: Case): Lookup => ({
  people: new Map(c.relationships.map((r) => [r.id, r])),
  events: new Map(c.lifeEvents.map((e) => [e.id, e])),
});

/** The people of an event, in id order, that exist in the case. */
const peopleOf = (l: Lookup, ids: readonly string[]): readonly Relationship[] =>
  [...new Set(ids)]
    .sort(cmp)
    .map((id) => l.people.get(id))
    .filter((r): r is Relationship => r !== undefined);

const griefDetail = (f: Formulation, l: Lookup, focusRole: FocusRole): AreaDetail => {
  for (const e of evidenceOf(f, "grief")) {
    const eventId =
      e.source.kind === "life-event"
        ? e.source.lifeEventId
        : e.source.kind === "measure"
          ? e.source.lifeEventId
          : undefined;
    const event = eventId === undefined ? undefined : l.events.get(eventId);
    if (event !== undefined) {
      const involved = peopleOf(l, event.relationshipIds ?? []);
      const dead = involved.filter((r) => r.status === "deceased");
      const deceased = event.kind === "death" ? (dead.length > 0 ? dead : involved) : [];
      const met = f.flags.some(
        (x) => x.code === "prolonged-grief" && x.ref?.lifeEventId === event.id,
      );
      return {
        area: "grief",
        focusRole,
        lifeEventId: event.id,
        eventKind: event.kind,
        date: event.date,
        deceased: deceased.map(ref),
        prolongedGrief: met ? "met" : "not-met",
      };
    }
    if (e.source.kind === "relationship") {
      const r = l.people.get(e.source.relationshipId);
      if (r !== undefined)
        return { area: "grief", focusRole, deceased: [ref(r)], prolongedGrief: "not-met" };
    }
  }
  return { area: "grief", focusRole, deceased: [], prolongedGrief: "not-met" };
};

/** The other party of a separation or divorce dispute: the person still in conflict, most conflict first, then closeness, then id. */
const fightOf = (l: Lookup, ids: readonly string[]): Relationship | undefined =>
  [...peopleOf(l, ids)]
    .filter((r) => r.status !== "deceased" && Number(r.conflict) > 0)
    .sort(
      (a, b) =>
        Number(b.conflict) - Number(a.conflict) ||
        CIRCLE_RANK[a.circle] - CIRCLE_RANK[b.circle] ||
        cmp(a.id, b.id),
    )[0];

const disputeDetail = (f: Formulation, l: Lookup, focusRole: FocusRole): AreaDetail => {
  for (const e of evidenceOf(f, "role-dispute")) {
    if (e.source.kind === "relationship") {
      const r = l.people.get(e.source.relationshipId);
      if (r !== undefined)
        return {
          area: "role-dispute",
          focusRole,
          person: ref(r),
          ...(r.disputeStage === undefined ? {} : { stage: r.disputeStage }),
          jointSession: true,
        };
    }
    if (e.source.kind === "life-event") {
      const event = l.events.get(e.source.lifeEventId);
      const r = fightOf(l, e.source.relationshipIds);
      if (event !== undefined && r !== undefined)
        return {
          area: "role-dispute",
          focusRole,
          person: ref(r),
          ...(r.disputeStage === undefined ? {} : { stage: r.disputeStage }),
          lifeEventId: event.id,
          jointSession: true,
        };
    }
  }
  return { area: "role-dispute", focusRole, jointSession: false };
};

const transitionDetail = (f: Formulation, l: Lookup, focusRole: FocusRole): AreaDetail => {
  for (const e of evidenceOf(f, "role-transition")) {
    if (e.source.kind === "life-event") {
      const event = l.events.get(e.source.lifeEventId);
      if (event !== undefined)
        return {
          area: "role-transition",
          focusRole,
          lifeEventId: event.id,
          eventKind: event.kind,
          date: event.date,
        };
    }
    if (e.source.kind === "relationship") {
      const r = l.people.get(e.source.relationshipId);
      if (r !== undefined) return { area: "role-transition", focusRole, person: ref(r) };
    }
  }
  return { area: "role-transition", focusRole };
};

/**
 * The detail of the focus areas (primary first, then secondary), read from the evidence
 * of the formulation and the case it was made from.
 *
 * - grief: the loss event of the strongest grief evidence; the deceased are its people whose
 *   relationship is `deceased` (all its people if none is); prolonged grief from the
 *   formulation's `prolonged-grief` flag on that event. A conflict with someone who has died,
 *   or a death with no date (`grief.undated-death`), names that person, with no event or date.
 * - dispute: the relationship of the strongest dispute evidence, with its stage; for a
 *   separation or divorce, the person the conflict goes on with. A joint session is suggested
 *   whenever the other party is known.
 * - transition: the life event of the strongest transition evidence (its kind gives the old
 *   and new roles), or the relationship of a dispute in dissolution.
 * - deficits: the poorer prognosis and the alternatives to discuss.
 *
 * The same list as the `areas` of {@link planTreatment}'s plan, without building the plan;
 * `draftFormulationStatement` (`ipt-formulation/plan/text`) names the areas from it.
 *
 * @param f - the formulation, from `formulate`
 * @param c - the case the formulation was made from
 * @returns one detail for the primary focus, and one for the secondary focus if there is one
 *
 * @example
 * // The grief sample case: the loss and the person who died, from the case
 * areaDetails(formulate(griefCase), griefCase)[0]
 * //=> { area: "grief", focusRole: "primary", lifeEventId: "mother-died", eventKind: "death", date: "2025-08-30", deceased: [{ id: "mother", label: "Mother" }], prolongedGrief: "not-met" }
 *
 * @category Plan
 */
export function areaDetails(f: Formulation, c: Case): readonly AreaDetail[] {
  const l = lookupOf(c);
  const detail = (area: ProblemArea, role: FocusRole): AreaDetail => {
    switch (area) {
      case "grief":
        return griefDetail(f, l, role);
      case "role-dispute":
        return disputeDetail(f, l, role);
      case "role-transition":
        return transitionDetail(f, l, role);
      case "interpersonal-deficits":
        return {
          area,
          focusRole: role,
          poorerPrognosis: true,
          alternatives: ["cbt", "medication", "combined"],
        };
    }
  };
  const out = [detail(f.focus.primary, "primary")];
  if (f.focus.secondary !== undefined) out.push(detail(f.focus.secondary, "secondary"));
  return out;
}
