/**
 * A plain-text rendering of a formulation for clinicians.
 *
 * @module
 */
import { type Formulation, type NamingTradition, problemAreaLabel } from "ipt-formulation";

/** Options of {@link explainFormulation}. @category Formulation */
export interface ExplainOptions {
  /** Which naming tradition labels the areas (default `weissman-markowitz`). */
  readonly tradition?: NamingTradition;
  /** How many evidence items to list per area (default 5). */
  readonly maxEvidence?: number;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Render a formulation as plain text a clinician can read: flags first (urgent ones on
 * top), then the suggested focus, each area with its score and the evidence behind it,
 * the people and events that matter, and the measures.
 *
 * Deterministic: the same formulation gives the same text.
 *
 * @param f - a formulation from `formulate`
 * @param options - naming tradition and how much evidence to list
 * @returns multi-line text, ending with a newline
 *
 * @example
 * // The first lines for the grief sample case
 * explainFormulation(formulate(griefCase)).split("\n").slice(0, 3)
 * //=> ["IPT formulation (decision support: a suggestion for the clinician to confirm)", "Case sample-grief, assessed 2026-01-12; time measured from the onset (2025-10).", ""]
 *
 * @category Formulation
 */
export function explainFormulation(f: Formulation, options: ExplainOptions = {}): string {
  const tradition = options.tradition ?? "weissman-markowitz";
  const max = options.maxEvidence ?? 5;
  const label = (a: Parameters<typeof problemAreaLabel>[0]): string =>
    problemAreaLabel(a, tradition);
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
        `   ${e.effect === "add" ? "+" : "×"} ${e.contribution.toFixed(3)}  ${e.explanation} [${e.rule}]`,
      );
    if (a.evidence.length > shown.length)
      lines.push(`   … and ${a.evidence.length - shown.length} more`);
  }
  if (f.people.length > 0) {
    lines.push("");
    lines.push("People and the areas they bear on:");
    for (const p of f.people)
      lines.push(
        `  ${p.id}: ${p.areas.map((x) => `${label(x.area)} ${x.weight.toFixed(2)}`).join(", ")}`,
      );
  }
  if (f.events.length > 0) {
    lines.push("");
    lines.push("Life events and the areas they bear on:");
    for (const e of f.events)
      lines.push(
        `  ${e.id}: ${e.areas.map((x) => `${label(x.area)} ${x.weight.toFixed(2)}`).join(", ")}`,
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
  lines.push(`Model ${f.model.id} ${f.model.version} (${f.model.digest.slice(0, 19)}…)`);
  return `${lines.join("\n")}\n`;
}
