/**
 * `draftFormulationStatement`: the short interpersonal formulation a therapist adapts and
 * shares with the patient.
 *
 * @module
 */
import type { Case, DisplayLabels, Formulation } from "ipt-formulation";
import {
  type AreaDetail,
  areaDetails,
  defaultFormat,
  FORMAT_SPECS,
  type FormulationStatement,
  type PersonRef,
  type PlanMessageKey,
  type PlanParam,
  type PlanParams,
  resolveSessions,
  STATEMENT_FORMAT_TAG,
  type StatementOptions,
} from "ipt-formulation/plan";
import { DEFAULT_LOCALES } from "./defaultLocales.js";
import { EN } from "./en.js";
import {
  interpolate,
  messageOf,
  type ResolvedLocale,
  renderParam,
  resolveLocale,
} from "./locale.js";

interface Clause {
  readonly key: PlanMessageKey;
  readonly params: PlanParams;
  readonly people: readonly PersonRef[];
  readonly lifeEventIds: readonly string[];
}

/** A person of the case, with the relationship id a display name is looked up by. */
const person = (p: PersonRef): PlanParam => ({
  kind: "label",
  value: p.label,
  relationshipId: p.id,
});
const date = (value: string): PlanParam => ({ kind: "date", value });
const term = (vocabulary: "eventPhrase" | "oldRole" | "newRole", value: string): PlanParam => ({
  kind: "term",
  vocabulary,
  value,
});

/** The clause naming an area in the patient's own events and people (labels from the case only). */
const clauseOf = (d: AreaDetail): Clause => {
  const none = { people: [], lifeEventIds: [] } as const;
  switch (d.area) {
    case "grief": {
      const people = d.deceased;
      const events = d.lifeEventId === undefined ? [] : [d.lifeEventId];
      const deceased: PlanParam = {
        kind: "labels",
        value: people.map((p) => p.label),
        relationshipIds: people.map((p) => p.id),
      };
      if (d.eventKind === "pregnancy-loss" && d.date !== undefined)
        return {
          key: "statement.clause.pregnancy-loss",
          params: { date: date(d.date) },
          people: [],
          lifeEventIds: events,
        };
      if (d.date !== undefined)
        return people.length > 0
          ? {
              key: "statement.clause.grief",
              params: { person: deceased, date: date(d.date) },
              people,
              lifeEventIds: events,
            }
          : {
              key: "statement.clause.grief-unnamed",
              params: { date: date(d.date) },
              people: [],
              lifeEventIds: events,
            };
      return people.length > 0
        ? {
            key: "statement.clause.grief-no-date",
            params: { person: deceased },
            people,
            lifeEventIds: [],
          }
        : { key: "statement.clause.grief-unknown", params: {}, ...none };
    }
    case "role-dispute":
      return d.person === undefined
        ? { key: "statement.clause.dispute-unknown", params: {}, ...none }
        : {
            key: "statement.clause.dispute",
            params: { person: person(d.person) },
            people: [d.person],
            lifeEventIds: d.lifeEventId === undefined ? [] : [d.lifeEventId],
          };
    case "role-transition":
      if (d.eventKind !== undefined && d.date !== undefined && d.lifeEventId !== undefined)
        return {
          key: "statement.clause.transition",
          params: {
            event: term("eventPhrase", d.eventKind),
            date: date(d.date),
            old: term("oldRole", d.eventKind),
            new: term("newRole", d.eventKind),
          },
          people: [],
          lifeEventIds: [d.lifeEventId],
        };
      return d.person === undefined
        ? { key: "statement.clause.transition-unknown", params: {}, ...none }
        : {
            key: "statement.clause.transition-dissolution",
            params: {
              person: person(d.person),
              old: term("oldRole", "separation"),
              new: term("newRole", "separation"),
            },
            people: [d.person],
            lifeEventIds: [],
          };
    case "interpersonal-deficits":
      return { key: "statement.clause.deficits", params: {}, ...none };
  }
};

const text = (
  r: ResolvedLocale,
  key: PlanMessageKey,
  params: PlanParams = {},
  names?: DisplayLabels,
): string => interpolate(messageOf(key, r), params, r, false, names);

/**
 * Draft the short interpersonal formulation a therapist adapts and shares with the patient
 * (Markowitz & Swartz; the example script of Markowitz & Weissman 2004): what the patient has
 * is a treatable illness and not their fault; it seems connected to the focus area, named in
 * the patient's own events and people; and a time-limited plan ("the next 12 weeks"), with
 * the hope that as the problem improves the patient will feel better; then a question asking
 * for the patient's agreement.
 *
 * Every person named is a label from the case, copied verbatim, or the person's display name
 * in `options.displayLabels` (by relationship id) when it has one; nothing is made up, and
 * where the case names no one the statement stays general. `people` lists the people named
 * with the case's labels, whatever names `text` shows. No diagnostic wording is added
 * beyond the case's condition, named in plain words. The result is a draft
 * (`status: "draft"`) with a visible `note` for the clinician to adapt the wording and
 * confirm the focus with the patient.
 *
 * The time frame follows the plan's format and sessions (options as in
 * `planTreatment` of `ipt-formulation/plan`): weeks for weekly formats, months for maintenance. Dates are
 * formatted at their precision and numbers with `Intl` in the locale, in UTC. Pure and
 * deterministic.
 *
 * @param f - the formulation, from `formulate`
 * @param c - the case the formulation was made from
 * @param options - the locale (`en`, or one in `options.locales` such as `es`), the format and sessions of the plan, and display names
 * @returns the draft statement
 *
 * @example
 * // The grief sample case, in English
 * draftFormulationStatement(formulate(griefCase), griefCase, { locale: "en" }).text
 * //=> "What you have been going through is depression: a common illness that can be treated. It is not your fault. It seems to be connected to the death of Mother (August 30, 2025). Over the next 12 weeks we can work on this together; as this problem improves, you should start to feel better too. Does this fit the way you see it?"
 *
 * @example
 * // A display name in place of the stored label "Mother"
 * draftFormulationStatement(formulate(griefCase), griefCase, { locale: "en", displayLabels: { mother: "Ana Souza" } }).text.includes("the death of Ana Souza")
 * //=> true
 *
 * @example
 * // Always a draft
 * draftFormulationStatement(f, c, { locale: "en" }).status
 * //=> "draft"
 *
 * @category Plan
 * @see Markowitz & Swartz, in Eells (ed.), Handbook of Psychotherapy Case Formulation (Guilford 1997; 2nd ed. 2007).
 * @see Markowitz JC, Weissman MM. World Psychiatry 2004;3(3):136-139.
 */
export function draftFormulationStatement(
  f: Formulation,
  c: Case,
  options: StatementOptions,
): FormulationStatement {
  const r = resolveLocale(options.locale, options.locales ?? DEFAULT_LOCALES, EN);
  const format = options.format ?? defaultFormat(c.population);
  const spec = FORMAT_SPECS[format];
  const count = resolveSessions(format, options.sessions);
  const timeFrame = {
    unit: spec.frequency === "monthly" ? "months" : "weeks",
    count,
  } as const;
  const clauses = areaDetails(f, c).map(clauseOf);
  const [first, second] = clauses as [Clause, Clause | undefined];
  const clauseText = (cl: Clause): PlanParam => ({
    kind: "label",
    value: text(r, cl.key, cl.params, options.displayLabels),
  });
  const parts = [
    renderParam({ kind: "term", vocabulary: "illness", value: c.condition }, r, false),
    text(r, "statement.link", { clause: clauseText(first) }),
    ...(second === undefined
      ? []
      : [text(r, "statement.secondary", { clause: clauseText(second) })]),
    text(r, timeFrame.unit === "months" ? "statement.plan-months" : "statement.plan-weeks", {
      count: { kind: "number", value: count },
    }),
    text(r, "statement.agree"),
  ];
  const people = new Map<string, PersonRef>();
  for (const cl of clauses) for (const p of cl.people) people.set(p.id, p);
  return {
    format: STATEMENT_FORMAT_TAG,
    status: "draft",
    locale: r.intl,
    focus:
      f.focus.secondary === undefined
        ? { primary: f.focus.primary }
        : { primary: f.focus.primary, secondary: f.focus.secondary },
    text: parts.join(" "),
    note: text(r, "statement.note"),
    people: [...people.values()],
    lifeEventIds: [...new Set(clauses.flatMap((cl) => cl.lifeEventIds))],
    timeFrame,
  };
}
