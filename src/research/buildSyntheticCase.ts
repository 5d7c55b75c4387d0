/**
 * The builder of one synthetic case: the pattern's people and events, a background network
 * and events, the social pattern and a PHQ-9, from the case's own random stream.
 *
 * @module
 */
import {
  ACCESSORY_GRIEF_SIGNS,
  type CaseInput,
  type Circle,
  type Condition,
  type GriefSign,
  type LifeEventKind,
  type Population,
  type ProblemArea,
  RELATIONSHIP_ROLE_LABELS,
  type RelationshipRole,
} from "ipt-formulation";
import { createRng, mix32, type Rng } from "./internal/random.js";
import { SYNTHETIC_ID_PREFIX, type SyntheticCase } from "./syntheticCase.js";
import {
  ASSESSED_FROM,
  ASSESSED_TO,
  CONDITION_MIX,
  CONTACT,
  circleFor,
  DECEASED,
  DISPUTANT,
  isoDay,
  type LifeEventInput,
  type MeasureInput,
  monthsBefore,
  NETWORK,
  POPULATION_MIX,
  type Precision,
  partial,
  type RelationshipInput,
  type SocialInput,
  SUPPORT,
  scale,
  TRANSITIONS,
  type Weighted,
} from "./syntheticDistributions.js";

// ---------------------------------------------------------------------------------------
// the builder of one case
// ---------------------------------------------------------------------------------------

/** The mutable draft of one case while it is built; frozen into plain JSON at the end. */
interface Draft {
  readonly rng: Rng;
  readonly population: Population;
  readonly relationships: RelationshipInput[];
  readonly events: LifeEventInput[];
  readonly roleCounts: Map<RelationshipRole, number>;
}

const MAX_RELATIONSHIPS = 15;
const MAX_EVENTS = 6;

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A pseudonymous label from the role: "Friend", then "Friend 2", "Friend 3". */
const labelFor = (d: Draft, role: RelationshipRole): string => {
  const k = (d.roleCounts.get(role) ?? 0) + 1;
  d.roleCounts.set(role, k);
  return k === 1 ? RELATIONSHIP_ROLE_LABELS[role] : `${RELATIONSHIP_ROLE_LABELS[role]} ${k}`;
};

const addPerson = (
  d: Draft,
  role: RelationshipRole,
  fields: Omit<RelationshipInput, "id" | "label" | "role">,
): string => {
  const id = `r${pad2(d.relationships.length + 1)}`;
  d.relationships.push({ id, label: labelFor(d, role), role, ...fields });
  return id;
};

const addEvent = (d: Draft, fields: Omit<LifeEventInput, "id">): void => {
  d.events.push({ id: `e${pad2(d.events.length + 1)}`, ...fields });
};

/** The precision a clinician records an event with: mostly the month. */
const eventPrecision = (rng: Rng): Precision =>
  rng.weighted([
    ["day", 0.35],
    ["month", 0.6],
    ["year", 0.05],
  ]);

/** At most one spouse or partner and two parents: a role already filled is drawn as a friend instead. */
const plausibleRole = (d: Draft, role: RelationshipRole): RelationshipRole => {
  const count = (r: RelationshipRole): number => d.roleCounts.get(r) ?? 0;
  if ((role === "spouse" || role === "partner") && count("spouse") + count("partner") > 0)
    return "friend";
  if (role === "parent" && count("parent") >= 2) return "friend";
  return role;
};

/**
 * A person of the everyday network: mostly active, little conflict. One who has died has a
 * `death` event naming them, as the case format asks: long before onset and mourned, like
 * the other background events (an undated death is grief evidence that would hide the
 * case's pattern). With the events already at their maximum, the person is drawn as
 * `ended` instead.
 */
const addBackgroundPerson = (
  d: Draft,
  drawn: RelationshipRole,
  distantOnly: boolean,
  refDay: number,
): void => {
  const { rng } = d;
  const role = plausibleRole(d, drawn);
  const circle: Circle = distantOnly
    ? rng.weighted([
        ["middle", 0.3],
        ["outer", 0.7],
      ])
    : circleFor(rng, role);
  const drawnStatus = rng.weighted([
    ["active", 0.88],
    ["ended", 0.06],
    ["estranged", 0.04],
    ["deceased", 0.02],
  ] as const);
  const status =
    drawnStatus === "deceased" && d.events.length >= MAX_EVENTS ? "ended" : drawnStatus;
  const [often, seldom] = CONTACT[circle];
  const [lo, hi] = SUPPORT[circle];
  const id = addPerson(d, role, {
    circle,
    status,
    ...(status === "active" ? { contact: rng.chance(0.6) ? often : seldom } : { contact: "none" }),
    ...(status === "deceased" ? {} : { support: scale(rng, lo, hi) }),
    ...(status === "deceased"
      ? {}
      : {
          conflict: rng.weighted([
            [0, 0.6],
            [1, 0.3],
            [2, 0.1],
          ] as const),
        }),
  });
  if (status === "deceased")
    addEvent(d, {
      kind: "death",
      date: partial(monthsBefore(refDay, rng.int(24, 120)), rng.chance(0.4) ? "year" : "month"),
      relationshipIds: [id],
      distress: scale(rng, 0, 2),
      adjusted: true,
    });
};

/** Old, adjusted events long before the episode: the ordinary history of a life. */
const addBackgroundEvent = (d: Draft, refDay: number): void => {
  const { rng } = d;
  const kind = rng.weighted(TRANSITIONS[d.population]);
  const day = monthsBefore(refDay, rng.int(24, 120));
  addEvent(d, {
    kind,
    date: partial(day, rng.chance(0.4) ? "year" : "month"),
    distress: scale(rng, 0, 2),
    adjusted: rng.chance(0.85),
  });
};

const addGrief = (d: Draft, onsetDay: number, assessedDay: number): void => {
  const { rng } = d;
  if (d.population === "perinatal" && rng.chance(0.6)) {
    addEvent(d, {
      kind: "pregnancy-loss",
      date: partial(monthsBefore(onsetDay, rng.int(0, 3)), eventPrecision(rng)),
      distress: scale(rng, 3, 4),
      adjusted: false,
    });
    return;
  }
  const role = rng.weighted(DECEASED[d.population]);
  const person = addPerson(d, role, {
    circle: rng.chance(0.7) ? "inner" : "middle",
    status: "deceased",
    contact: "none",
  });
  if (rng.chance(0.2)) {
    // An older loss with the signs of prolonged grief (past the 12-month criterion).
    const latest = Math.min(monthsBefore(onsetDay, 1), monthsBefore(assessedDay, 14));
    const signs: GriefSign[] = [
      rng.chance(0.7) ? "yearning" : "preoccupation",
      ...shuffled(rng, ACCESSORY_GRIEF_SIGNS).slice(0, rng.int(3, 6)),
    ];
    addEvent(d, {
      kind: "death",
      date: partial(monthsBefore(latest, rng.int(0, 12)), eventPrecision(rng)),
      relationshipIds: [person],
      distress: scale(rng, 3, 4),
      adjusted: false,
      griefSigns: signs,
    });
    return;
  }
  addEvent(d, {
    kind: "death",
    date: partial(monthsBefore(onsetDay, rng.int(0, 4)), eventPrecision(rng)),
    relationshipIds: [person],
    distress: scale(rng, 3, 4),
    ...(rng.chance(0.9) ? { adjusted: false } : {}),
  });
};

const addDispute = (d: Draft, onsetDay: number): void => {
  const { rng } = d;
  const role = rng.weighted(DISPUTANT[d.population]);
  const chronic = rng.chance(0.2);
  const since = monthsBefore(onsetDay, chronic ? rng.int(24, 60) : rng.int(1, 12));
  addPerson(d, role, {
    circle: rng.chance(0.8) ? "inner" : "middle",
    status: rng.chance(0.9) ? "active" : "estranged",
    contact: rng.chance(0.7) ? "daily" : "weekly",
    support: scale(rng, 0, 2),
    conflict: scale(rng, 3, 4),
    conflictSince: partial(since, rng.chance(0.7) ? "month" : "day"),
    ...(rng.chance(0.85) ? { expectationsReciprocal: false } : {}),
    disputeStage: rng.weighted([
      ["impasse", 0.5],
      ["renegotiation", 0.4],
      ["dissolution", 0.1],
    ] as const),
  });
};

/** The person a transition involves, if any: a new baby, a former partner, the person cared for, a child leaving. */
const transitionPerson = (d: Draft, kind: LifeEventKind): string | undefined => {
  const { rng } = d;
  switch (kind) {
    case "birth":
      return addPerson(d, "child", { circle: "inner", status: "active", contact: "daily" });
    case "separation":
    case "divorce":
      return addPerson(d, "ex-partner", {
        circle: "middle",
        status: "ended",
        contact: "monthly",
        conflict: scale(rng, 0, 1),
      });
    case "caregiving-start":
      return addPerson(d, d.population === "older-adult" ? "spouse" : "parent", {
        circle: "inner",
        status: "active",
        contact: "daily",
        support: scale(rng, 0, 2),
      });
    case "child-left-home":
      return addPerson(d, "child", { circle: "inner", status: "active", contact: "monthly" });
    default:
      return undefined;
  }
};

const addTransition = (d: Draft, onsetDay: number): void => {
  const { rng } = d;
  const kind = rng.weighted(TRANSITIONS[d.population]);
  const person = transitionPerson(d, kind);
  addEvent(d, {
    kind,
    date: partial(monthsBefore(onsetDay, rng.int(0, 4)), eventPrecision(rng)),
    ...(person === undefined ? {} : { relationshipIds: [person] }),
    distress: scale(rng, 2, 4),
    ...(rng.chance(0.85) ? { adjusted: false } : {}),
  });
};

const socialFor = (rng: Rng, pattern: ProblemArea): SocialInput | undefined => {
  if (pattern === "interpersonal-deficits")
    return {
      ...(rng.chance(0.7) ? { lifelongIsolation: true } : {}),
      loneliness: scale(rng, 3, 4),
      communicationDifficulty: scale(rng, 2, 4),
      rejectionSensitivity: scale(rng, 1, 4),
    };
  if (rng.chance(0.5)) return undefined;
  return {
    loneliness: scale(rng, 0, 2),
    communicationDifficulty: scale(rng, 0, 1),
    rejectionSensitivity: scale(rng, 0, 2),
  };
};

/** A PHQ-9 on the assessment day: a severity level, items around it, item 9 endorsed in about 15%. */
const phq9 = (rng: Rng, assessedOn: string): MeasureInput => {
  const mean = rng.weighted([
    [0.8, 0.25],
    [1.4, 0.4],
    [1.9, 0.25],
    [2.4, 0.1],
  ] as const);
  const item = (): number => Math.min(3, Math.max(0, Math.round(mean + rng.next() * 2 - 1)));
  const items = Array.from({ length: 8 }, item);
  return {
    instrument: "phq-9",
    administeredOn: assessedOn,
    items: [...items, rng.chance(0.15) ? rng.int(1, 2) : 0],
  };
};

function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Draw the number of relationships: 3 + Binomial(12, p), so 3..15. */
const networkSize = (rng: Rng, p: number): number => {
  let n = 3;
  for (let i = 0; i < 12; i++) if (rng.chance(p)) n += 1;
  return n;
};

/** Build case `index` of the cohort `seed` with a checked mix. */
export const buildSyntheticCase = (
  seed: number,
  index: number,
  mix: Weighted<ProblemArea>,
): SyntheticCase => {
  const rng = createRng(mix32(seed, index));
  const pattern = rng.weighted(mix);
  const population = rng.weighted(POPULATION_MIX);
  const deficits = pattern === "interpersonal-deficits";
  const condition: Condition =
    deficits && rng.chance(0.3) ? "persistent-depression" : rng.weighted(CONDITION_MIX);
  const assessedDay = rng.int(ASSESSED_FROM, ASSESSED_TO);
  const assessedOn = isoDay(assessedDay);
  const onsetKnown = rng.chance(0.92);
  const onsetDay = monthsBefore(assessedDay, rng.int(1, 18));
  const d: Draft = { rng, population, relationships: [], events: [], roleCounts: new Map() };

  if (pattern === "grief") addGrief(d, onsetDay, assessedDay);
  else if (pattern === "role-dispute") addDispute(d, onsetDay);
  else if (pattern === "role-transition") addTransition(d, onsetDay);

  const size = Math.max(d.relationships.length, networkSize(rng, deficits ? 0.1 : 0.33));
  while (d.relationships.length < Math.min(size, MAX_RELATIONSHIPS))
    addBackgroundPerson(
      d,
      rng.weighted(NETWORK[population]),
      deficits && rng.chance(0.8),
      onsetDay,
    );

  const background = rng.weighted([
    [0, 0.35],
    [1, 0.35],
    [2, 0.2],
    [3, 0.1],
  ] as const);
  for (let i = 0; i < background && d.events.length < MAX_EVENTS; i++)
    addBackgroundEvent(d, onsetDay);

  const social = socialFor(rng, pattern);
  const priorEpisodes = rng.weighted([
    [0, 0.4],
    [1, 0.25],
    [rng.int(2, 4), 0.25],
    [rng.int(5, 8), 0.1],
  ] as const);
  const episode = {
    ...(onsetKnown ? { onset: partial(onsetDay, rng.chance(0.7) ? "month" : "day") } : {}),
    ...(rng.chance(0.8) ? { priorEpisodes } : {}),
  };
  const measures = rng.chance(0.65) ? [phq9(rng, assessedOn)] : [];
  const c: CaseInput = {
    format: "ipt-case/1",
    id: `${SYNTHETIC_ID_PREFIX}${String(index + 1).padStart(6, "0")}`,
    assessedOn,
    population,
    condition,
    episode,
    relationships: d.relationships,
    lifeEvents: d.events,
    ...(social === undefined ? {} : { social }),
    measures,
  };
  return { index, pattern, case: c };
};
