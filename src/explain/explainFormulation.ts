/**
 * A plain-text rendering of a formulation for clinicians.
 *
 * @module
 */
import {
  type Case,
  type DisplayLabels,
  displayLabelOf,
  type Evidence,
  type Formulation,
  LIFE_EVENT_KIND_LABELS,
  type LifeEvent,
  type NamingTradition,
  problemAreaLabel,
  type Relationship,
} from "ipt-formulation";

/** Options of {@link explainFormulation}. @category Formulation */
export interface ExplainOptions {
  /** Which naming tradition labels the areas (default `weissman-markowitz`). */
  readonly tradition?: NamingTradition;
  /** How many evidence items to list per area (default 5). */
  readonly maxEvidence?: number;
  /**
   * The case the formulation was made from. With it, the people and life events sections
   * name each person by their label and each event by its kind, its people and its date
   * ("Death (Mother), 2025-08-30"); without it, by their ids, which is all a formulation
   * holds of them.
   */
  readonly case?: Case;
  /**
   * Names to show instead of the stored labels, by relationship id (see `displayLabelOf` of
   * the main entry; default: the stored labels). With `case`, a person with a name here is
   * shown by it everywhere, in the evidence lines too, never by the stored label; without
   * `case`, only the people section can use them (in place of the ids), and the evidence
   * lines keep the labels `formulate` wrote into them.
   */
  readonly displayLabels?: DisplayLabels;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** How the scoring rules name a person in an evidence explanation (`personText` of the core). */
const personText = (label: string, r: Relationship): string => `${label} (${r.circle} circle)`;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ids of the people an evidence item is about: its relationship, or its event's people. */
const peopleOfEvidence = (e: Evidence, events: ReadonlyMap<string, LifeEvent>): string[] => {
  const s = e.source;
  if (s.kind === "relationship") return [s.relationshipId];
  if (s.kind === "life-event")
    return [...s.relationshipIds, ...(events.get(s.lifeEventId)?.relationshipIds ?? [])];
  if (s.kind === "measure" && s.lifeEventId !== undefined)
    return [...(events.get(s.lifeEventId)?.relationshipIds ?? [])];
  return [];
};

/**
 * An evidence explanation with the display names of its people in place of their stored
 * labels: each person of the item named as the rules name them, "Label (inner circle)",
 * replaced in one pass, longest first (so "Mother" never matches inside "Step-mother").
 */
const withDisplayNames = (
  e: Evidence,
  names: DisplayLabels,
  people: ReadonlyMap<string, Relationship>,
  events: ReadonlyMap<string, LifeEvent>,
): string => {
  const swap = new Map<string, string>();
  for (const id of peopleOfEvidence(e, events)) {
    const r = people.get(id);
    if (r === undefined) continue;
    const name = displayLabelOf(names, id, r.label);
    if (name !== r.label) swap.set(personText(r.label, r), personText(name, r));
  }
  if (swap.size === 0) return e.explanation;
  const pattern = new RegExp(
    [...swap.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|"),
    "g",
  );
  return e.explanation.replace(pattern, (found) => swap.get(found) ?? found);
};

/**
 * Render a formulation as plain text a clinician can read: flags first (urgent ones on
 * top), then the suggested focus, each area with its score and the evidence behind it,
 * the people and events that matter, and the measures.
 *
 * A formulation holds its people and events by id only: pass the case it was made from
 * (`options.case`) to have them named by their labels (people) and by kind, people and date
 * (events). `options.displayLabels` shows an app's names for people instead of the stored,
 * pseudonymous labels, without storing them anywhere.
 *
 * Deterministic: the same formulation and options give the same text.
 *
 * @param f - a formulation from `formulate`
 * @param options - naming tradition, how much evidence to list, the case, display names
 * @returns multi-line text, ending with a newline
 *
 * @example
 * // The first lines for the grief sample case
 * explainFormulation(formulate(griefCase)).split("\n").slice(0, 3)
 * //=> ["IPT formulation (decision support: a suggestion for the clinician to confirm)", "Case sample-grief, assessed 2026-01-12; time measured from the onset (2025-10).", ""]
 *
 * @example
 * // With the case, people by their labels (not their ids)
 * explainFormulation(formulate(griefCase), { case: griefCase }).includes("  Mother: Grief")
 * //=> true
 *
 * @example
 * // With display names, never the stored label of those people
 * explainFormulation(formulate(griefCase), { case: griefCase, displayLabels: { mother: "Ana Souza" } }).includes("Mother")
 * //=> false
 *
 * @category Formulation
 */
export function explainFormulation(f: Formulation, options: ExplainOptions = {}): string {
  const tradition = options.tradition ?? "weissman-markowitz";
  const max = options.maxEvidence ?? 5;
  const c = options.case;
  const names = options.displayLabels;
  const people = new Map((c?.relationships ?? []).map((r) => [r.id, r]));
  const events = new Map((c?.lifeEvents ?? []).map((e) => [e.id, e]));
  const label = (a: Parameters<typeof problemAreaLabel>[0]): string =>
    problemAreaLabel(a, tradition);
  const personName = (id: string): string => displayLabelOf(names, id, people.get(id)?.label ?? id);
  const eventName = (id: string): string => {
    const e = events.get(id);
    if (e === undefined) return id;
    const who = [...new Set(e.relationshipIds ?? [])].filter((p) => people.has(p)).map(personName);
    return `${LIFE_EVENT_KIND_LABELS[e.kind]}${who.length > 0 ? ` (${who.join(", ")})` : ""}, ${e.date}`;
  };
  const explanation = (e: Evidence): string =>
    names === undefined || c === undefined
      ? e.explanation
      : withDisplayNames(e, names, people, events);
  const lines: string[] = [];
  lines.push("IPT formulation (decision support: a suggestion for the clinician to confirm)");
  lines.push(
    `Case ${f.caseId ?? "(no id)"}, assessed ${f.assessedOn}; time measured from ${f.reference.basis === "onset" ? `the onset (${f.reference.date})` : `the assessment date (onset unknown)`}.`,
  );
  lines.push("");
  if (f.flags.length > 0) {
    lines.push("Flags:");
    for (const flag of f.flags)
      lines.push(`  [${flag.severity.toUpperCase()}] ${flag.code}: ${flag.message}`);
    lines.push("");
  }
  const secondary =
    f.focus.secondary === undefined
      ? ""
      : `, with ${label(f.focus.secondary)} as a secondary focus`;
  lines.push(`Suggested focus: ${label(f.focus.primary)}${secondary}.`);
  lines.push("");
  for (const a of f.areas) {
    lines.push(`${a.rank}. ${label(a.area)}: ${pct(a.score)} (score ${a.score.toFixed(3)})`);
    const shown = a.evidence.slice(0, max);
    if (a.evidence.length === 0) lines.push("   no evidence");
    for (const e of shown)
      lines.push(
        `   ${e.effect === "add" ? "+" : "×"} ${e.contribution.toFixed(3)}  ${explanation(e)} [${e.rule}]`,
      );
    if (a.evidence.length > shown.length)
      lines.push(`   … and ${a.evidence.length - shown.length} more`);
  }
  if (f.people.length > 0) {
    lines.push("");
    lines.push("People and the areas they bear on:");
    for (const p of f.people)
      lines.push(
        `  ${personName(p.id)}: ${p.areas.map((x) => `${label(x.area)} ${x.weight.toFixed(2)}`).join(", ")}`,
      );
  }
  if (f.events.length > 0) {
    lines.push("");
    lines.push("Life events and the areas they bear on:");
    for (const e of f.events)
      lines.push(
        `  ${eventName(e.id)}: ${e.areas.map((x) => `${label(x.area)} ${x.weight.toFixed(2)}`).join(", ")}`,
      );
  }
  if (f.measures.length > 0) {
    lines.push("");
    lines.push("Measures:");
    for (const m of f.measures)
      lines.push(
        m.status === "scored"
          ? `  ${m.instrument} (${m.administeredOn}): ${m.total ?? "invalid"}${m.band === null ? "" : `, ${m.band.label}`}`
          : `  ${m.instrument} (${m.administeredOn}): not scored (${m.reason})`,
      );
  }
  lines.push("");
  lines.push(
    `Model ${f.model.id} ${f.model.version} (${f.model.digest.slice(0, 19)}…), rules ${f.rulesVersion}`,
  );
  return `${lines.join("\n")}\n`;
}
