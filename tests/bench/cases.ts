/**
 * Deterministic benchmark cases: a typical case (25 relationships, 20 life events, 2
 * measures) and large ones (N relationships + N events), built without randomness.
 */
import { type CaseInput, LIFE_EVENT_KINDS } from "ipt-formulation";

const ROLES = [
  "spouse",
  "parent",
  "child",
  "sibling",
  "friend",
  "colleague",
  "neighbour",
  "supervisor",
] as const;
const CIRCLES = ["inner", "middle", "outer"] as const;
const STATUSES = ["active", "active", "active", "estranged", "ended", "deceased"] as const;

/**
 * A valid case with `people` relationships and `events` life events. Every fifth person has a
 * current conflict (a realistic inventory has a few), every sixth has died or is estranged
 * or has ended; events spread over 15 years with all kinds, distress levels and adjustment.
 */
export function benchCase(people: number, events: number, measures = 2): CaseInput {
  const pad = (i: number): string => String(i).padStart(5, "0");
  const relationships = Array.from({ length: people }, (_, i) => ({
    id: `r${pad(i)}`,
    label: `Person ${i}`,
    role: ROLES[i % ROLES.length] as (typeof ROLES)[number],
    circle: CIRCLES[i % 3] as (typeof CIRCLES)[number],
    status: STATUSES[i % STATUSES.length] as (typeof STATUSES)[number],
    contact: "weekly" as const,
    support: (i % 5) as 0 | 1 | 2 | 3 | 4,
    conflict: (i % 5 === 0 ? 1 + (i % 4) : 0) as 0 | 1 | 2 | 3 | 4,
    conflictSince: `20${String(10 + (i % 15)).padStart(2, "0")}-0${1 + (i % 9)}`,
    expectationsReciprocal: i % 2 === 0,
    disputeStage: (["renegotiation", "impasse", "dissolution"] as const)[i % 3],
  }));
  const lifeEvents = Array.from({ length: events }, (_, i) => {
    const kind = LIFE_EVENT_KINDS[i % LIFE_EVENT_KINDS.length] as (typeof LIFE_EVENT_KINDS)[number];
    const loss = kind === "death" || kind === "pregnancy-loss";
    return {
      id: `e${pad(i)}`,
      kind,
      date: `20${String(10 + (i % 15)).padStart(2, "0")}-${String(1 + (i % 12)).padStart(2, "0")}`,
      relationshipIds: people > 0 ? [`r${pad(i % people)}`] : [],
      distress: (i % 5) as 0 | 1 | 2 | 3 | 4,
      adjusted: i % 3 === 0,
      ...(loss
        ? {
            griefSigns: ["yearning", "avoidance", "disbelief"] as (
              | "yearning"
              | "avoidance"
              | "disbelief"
            )[],
          }
        : {}),
    };
  });
  const all = [
    { instrument: "phq-9", administeredOn: "2025-12-01", items: [2, 2, 1, 2, 1, 1, 2, 1, 0] },
    { instrument: "gad-7", administeredOn: "2025-12-01", items: [1, 2, 1, 2, 1, 1, 0] },
  ];
  return {
    format: "ipt-case/1",
    id: `bench-${people}-${events}`,
    assessedOn: "2026-01-15",
    episode: { onset: "2025-09" },
    relationships,
    lifeEvents,
    social: { loneliness: 2, communicationDifficulty: 1 },
    measures: all.slice(0, measures),
  };
}
