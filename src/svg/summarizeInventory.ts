/**
 * Insights on the interpersonal inventory as data: who is in which circle, in what state,
 * who supports and who conflicts, and who changed near the onset.
 *
 * @module
 */
import type { Case } from "ipt-formulation";
import {
  CIRCLES,
  type Circle,
  DEFAULT_MODEL,
  RELATIONSHIP_STATUSES,
  type RelationshipStatus,
  type ScoringModel,
} from "ipt-formulation";
import { cmp } from "./internal/xml.js";
import { type OnsetWindow, windowDays } from "./onsetWindow.js";

/**
 * The thresholds of {@link summarizeInventory}: a tie is supportive at support ≥ 3 ("marked")
 * and conflictual at conflict ≥ 2 ("moderate"). Conflict counts from a lower rating because
 * a moderate conflict with a close person is already a possible dispute, while mild support
 * is not yet a resource to build on.
 *
 * @category Pictures
 */
export const INVENTORY_THRESHOLDS = Object.freeze({ supportive: 3, conflictual: 2 } as const);

/**
 * The interpersonal inventory summarised. Every list holds relationship (or life event) ids
 * in code-unit order, so the summary never depends on input order.
 *
 * @category Pictures
 */
export interface InventorySummary {
  /** How many relationships the inventory lists, whatever their status. */
  readonly total: number;
  /** Ids per circle. */
  readonly byCircle: Readonly<Record<Circle, readonly string[]>>;
  /** Ids per status. */
  readonly byStatus: Readonly<Record<RelationshipStatus, readonly string[]>>;
  /** Active ties per circle (how many). */
  readonly activeByCircle: Readonly<Record<Circle, number>>;
  /** The network size: how many ties are active. */
  readonly networkSize: number;
  /** Ties with support ≥ {@link INVENTORY_THRESHOLDS}`.supportive`, whatever their status. */
  readonly supportive: readonly string[];
  /** Ties with conflict ≥ {@link INVENTORY_THRESHOLDS}`.conflictual`, whatever their status (an estranged former partner can still be in conflict). */
  readonly conflictual: readonly string[];
  /** Ties that are both supportive and conflictual. */
  readonly ambivalent: readonly string[];
  /** The onset window used for "near onset". */
  readonly window: OnsetWindow;
  /** Relationships whose `conflictSince`, or a life event involving them, falls within the onset window. */
  readonly changedNearOnset: readonly string[];
  /** Life events dated within the onset window. */
  readonly eventsNearOnset: readonly string[];
}

const sorted = (xs: Iterable<string>): readonly string[] => [...xs].sort(cmp);

/**
 * Summarise a case's interpersonal inventory: people per circle and per status, active ties
 * per circle and the network size (active ties), supportive (support ≥ 3) and conflictual
 * (conflict ≥ 2) ties, and who changed near the onset: the relationships whose conflict began
 * within the {@link onsetWindow}, or who are involved in a life event dated within it.
 *
 * Pure and deterministic; a date is in the window when the middle of its period is.
 *
 * @param c - a decoded case
 * @param options - `model`: the scoring model whose kernel sets the onset window (default {@link DEFAULT_MODEL})
 * @returns the summary, every list sorted by id
 *
 * @example
 * // The grief sample case: the mother died within the window
 * summarizeInventory(griefCase).changedNearOnset
 * //=> ["mother"]
 *
 * @example
 * // The partner (support 3) is the supportive tie; the deceased mother is not active
 * const s = summarizeInventory(griefCase);
 * [s.supportive, s.networkSize, s.byStatus.deceased]
 * //=> [["partner"], 3, ["mother"]]
 *
 * @category Pictures
 */
export function summarizeInventory(
  c: Case,
  options: { readonly model?: ScoringModel } = {},
): InventorySummary {
  const w = windowDays(c, options.model ?? DEFAULT_MODEL);
  const rs = c.relationships;
  const ids = (pred: (r: (typeof rs)[number]) => boolean): readonly string[] =>
    sorted(rs.filter(pred).map((r) => r.id));
  const byCircle = Object.fromEntries(
    CIRCLES.map((k) => [k, ids((r) => r.circle === k)]),
  ) as Record<Circle, readonly string[]>;
  const byStatus = Object.fromEntries(
    RELATIONSHIP_STATUSES.map((s) => [s, ids((r) => r.status === s)]),
  ) as Record<RelationshipStatus, readonly string[]>;
  const activeByCircle = Object.fromEntries(
    CIRCLES.map((k) => [k, rs.filter((r) => r.circle === k && r.status === "active").length]),
  ) as Record<Circle, number>;
  const isSupportive = (r: (typeof rs)[number]): boolean =>
    (r.support ?? 0) >= INVENTORY_THRESHOLDS.supportive;
  const isConflictual = (r: (typeof rs)[number]): boolean =>
    (r.conflict ?? 0) >= INVENTORY_THRESHOLDS.conflictual;
  const known = new Set(rs.map((r) => r.id));
  const nearEvents = c.lifeEvents.filter((e) => w.contains(e.date));
  const changed = new Set<string>();
  for (const r of rs)
    if (r.conflictSince !== undefined && w.contains(r.conflictSince)) changed.add(r.id);
  for (const e of nearEvents)
    for (const id of e.relationshipIds ?? []) if (known.has(id)) changed.add(id);
  return {
    total: rs.length,
    byCircle,
    byStatus,
    activeByCircle,
    networkSize: byStatus.active.length,
    supportive: ids(isSupportive),
    conflictual: ids(isConflictual),
    ambivalent: ids((r) => isSupportive(r) && isConflictual(r)),
    window: w.window,
    changedNearOnset: sorted(changed),
    eventsNearOnset: sorted(nearEvents.map((e) => e.id)),
  };
}
