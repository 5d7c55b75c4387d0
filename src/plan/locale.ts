/**
 * Locales of the plan module: message tables with named placeholders (`{person}`,
 * `{count}`), term tables for the closed vocabularies, and the pure formatting of plan
 * parameters through `Intl` with an explicit locale and `timeZone: "UTC"`.
 *
 * A locale is data. The built-in table holds `en` and `es`; an app adds its own with
 * {@link registerLocale}, which returns a new table and never mutates a global, and passes
 * that table in the options of {@link renderPlan} and {@link draftFormulationStatement}.
 *
 * @module
 */

import type {
  Condition,
  DisputeStage,
  FlagCode,
  LifeEventKind,
  Population,
  ProblemArea,
} from "ipt-formulation";
import { parsePartialDate } from "ipt-formulation";
import type { PlanFormat } from "./formats.js";
import type { EN_MESSAGES } from "./locales/en.js";

// model

/** The id of a message of the plan module (the keys of the English table). @category Locales */
export type PlanMessageKey = keyof typeof EN_MESSAGES;

/** How often sessions take place. @category Plan */
export type SessionFrequency = "weekly" | "monthly";

/** Fallback words used where the case does not name someone or something. @category Locales */
export type FallbackTerm = "other-person" | "old-role" | "new-role" | "person-who-died";

/** How a measure is scheduled (see {@link MeasurementEntry}). @category Plan */
export type MeasureRule = "every-4" | "every-session" | "baseline-and-end";

/** A session series: the sessions of an individual format, pre-group sessions, or group sessions. @category Plan */
export type SessionSeries = "sessions" | "pre-group" | "group";

/**
 * The term tables of a locale: one entry per value of each closed vocabulary, as it should
 * read inside a sentence.
 *
 * @category Locales
 */
export interface PlanTerms {
  /** Names of the four problem areas. */
  readonly problemArea: Readonly<Record<ProblemArea, string>>;
  /** Names of the dispute stages. */
  readonly disputeStage: Readonly<Record<DisputeStage, string>>;
  /** A life event as a phrase inside a sentence, with its article ("the birth of the baby"). */
  readonly eventPhrase: Readonly<Record<LifeEventKind, string>>;
  /** The old role a life event leaves behind ("life before the baby"). */
  readonly oldRole: Readonly<Record<LifeEventKind, string>>;
  /** The new role a life event leads into ("parenthood"). */
  readonly newRole: Readonly<Record<LifeEventKind, string>>;
  /** Names of the formulation flags. */
  readonly flag: Readonly<Record<FlagCode, string>>;
  /** Names of the session frequencies, as adjectives ("weekly"). */
  readonly frequency: Readonly<Record<SessionFrequency, string>>;
  /** Names of the plan formats. */
  readonly format: Readonly<Record<PlanFormat, string>>;
  /** Words used where the case names no one. */
  readonly fallback: Readonly<Record<FallbackTerm, string>>;
  /** The first sentence of the formulation statement, per condition: a treatable illness, not the patient's fault. */
  readonly illness: Readonly<Record<Condition, string>>;
  /** Names of the populations. */
  readonly population: Readonly<Record<Population, string>>;
  /** Names of the conditions. */
  readonly condition: Readonly<Record<Condition, string>>;
  /** "primary" and "secondary" focus. */
  readonly focusRole: Readonly<Record<"primary" | "secondary", string>>;
  /** How a measure is scheduled, in words. */
  readonly measureRule: Readonly<Record<MeasureRule, string>>;
}

/** A vocabulary of {@link PlanTerms}. @category Locales */
export type TermVocabulary = keyof PlanTerms;

/**
 * A locale of the plan module: its id (a BCP 47 language tag such as `en`), the messages
 * and the terms. Messages use named placeholders in braces, `{person}`; a placeholder with
 * no parameter is left as it is.
 *
 * @category Locales
 */
export interface PlanLocale {
  /** A BCP 47 language tag, e.g. `en`, `es`, `pt-BR`. Also the locale `Intl` formats with. */
  readonly id: string;
  readonly messages: Readonly<Record<PlanMessageKey, string>>;
  readonly terms: PlanTerms;
}

/** Locales by id. @category Locales */
export type LocaleTable = Readonly<Record<string, PlanLocale>>;

/**
 * A parameter of a plan item, kept as data so that any locale can render it:
 * a label from the case (verbatim), several labels (a list), a number, a partial date
 * (formatted at its precision), or a term of a closed vocabulary.
 *
 * @category Plan
 */
export type PlanParam =
  | { readonly kind: "label"; readonly value: string }
  | { readonly kind: "labels"; readonly value: readonly string[] }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly value: string }
  | { readonly kind: "term"; readonly vocabulary: TermVocabulary; readonly value: string };

/** The parameters of a plan item, by placeholder name. @category Plan */
export type PlanParams = Readonly<Record<string, PlanParam>>;

// constructors

/**
 * A new locale table with `locale` added (or replacing one with the same id). The table
 * passed in is not changed, and no global is touched: pass the result in the options of
 * {@link renderPlan} or {@link draftFormulationStatement}.
 *
 * @param table - the table to extend, e.g. {@link DEFAULT_LOCALES}
 * @param locale - the locale to add
 * @returns a new, frozen table
 *
 * @example
 * // Add a Portuguese locale built from the English one
 * const pt = { ...EN, id: "pt", messages: { ...EN.messages, "heading.plan": "Plano de tratamento IPT" } };
 * const locales = registerLocale(DEFAULT_LOCALES, pt);
 * renderPlan(plan, { locale: "pt", locales }).startsWith("# Plano de tratamento IPT")
 * //=> true
 *
 * @example
 * // The built-in table is unchanged
 * "pt" in DEFAULT_LOCALES
 * //=> false
 *
 * @category Locales
 */
export function registerLocale(table: LocaleTable, locale: PlanLocale): LocaleTable {
  return Object.freeze({ ...table, [locale.id]: locale });
}

// utils

const canonical = (tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
};

/** A locale and the tag `Intl` formats with. @internal */
export interface ResolvedLocale {
  readonly locale: PlanLocale;
  /** The tag used with `Intl` (the requested tag when its language matches the locale). */
  readonly intl: string;
  /** The English locale, for messages a partial custom locale lacks. */
  readonly fallback: PlanLocale;
}

/**
 * Find the locale for a tag: the exact id, then the language subtag (`es-MX` → `es`), then
 * English. `Intl` formats with the requested tag when the locale matches it by language
 * (so `es-MX` gets Mexican number and date conventions with the Spanish messages).
 *
 * @internal
 */
export function resolveLocale(
  tag: string,
  table: LocaleTable,
  english: PlanLocale,
): ResolvedLocale {
  const canon = canonical(tag);
  const lookup = (id: string): PlanLocale | undefined =>
    Object.hasOwn(table, id) ? table[id] : undefined;
  if (canon !== undefined) {
    const exact = lookup(canon) ?? lookup(tag);
    if (exact !== undefined) return { locale: exact, intl: canon, fallback: english };
    const byLanguage = lookup(canon.split("-")[0] as string);
    if (byLanguage !== undefined) return { locale: byLanguage, intl: canon, fallback: english };
  }
  const en = lookup("en") ?? english;
  return { locale: en, intl: canonical(en.id) ?? "en", fallback: english };
}

const MD_SPECIAL = /[\\`*_[\]<>|#~]/g;

/** Escape a case label for Markdown, and fold line breaks into spaces. @internal */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\r\n]+/g, " ").replace(MD_SPECIAL, (c) => `\\${c}`);
}

/**
 * Format a partial date at its precision with `Intl.DateTimeFormat` in UTC: a year as a
 * year, a month as month and year, a day as a full date. Text that is not a partial date is
 * returned as it is.
 *
 * @internal
 */
export function formatPartialDate(date: string, intl: string): string {
  const p = parsePartialDate(date);
  if (p._tag === "None") return date;
  const { year, month, day, precision } = p.value;
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  at.setUTCFullYear(year); // years 1..99 are not shifted to 19xx
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intl, options).format(at);
}

/** Render one parameter in a locale. @internal */
export function renderParam(p: PlanParam, r: ResolvedLocale, markdown: boolean): string {
  const esc = (s: string): string => (markdown ? escapeMarkdown(s) : s);
  switch (p.kind) {
    case "label":
      return esc(p.value);
    case "labels":
      return new Intl.ListFormat(r.intl, { style: "long", type: "conjunction" }).format(
        p.value.map(esc),
      );
    case "number":
      return new Intl.NumberFormat(r.intl).format(p.value);
    case "date":
      return formatPartialDate(p.value, r.intl);
    case "term": {
      const table = r.locale.terms[p.vocabulary] as Readonly<Record<string, string>> | undefined;
      const fallback = r.fallback.terms[p.vocabulary] as Readonly<Record<string, string>>;
      const own = table !== undefined && Object.hasOwn(table, p.value) ? table[p.value] : undefined;
      const en = Object.hasOwn(fallback, p.value) ? fallback[p.value] : undefined;
      return own ?? en ?? p.value;
    }
  }
}

/**
 * Fill a message's placeholders in one pass (a label that contains `{x}` is never expanded
 * again). A placeholder without a parameter is left as written.
 *
 * @internal
 */
export function interpolate(
  message: string,
  params: PlanParams,
  r: ResolvedLocale,
  markdown: boolean,
): string {
  return message.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const p = Object.hasOwn(params, name) ? params[name] : undefined;
    return p === undefined ? whole : renderParam(p, r, markdown);
  });
}

/** The message for a key in a locale, or the English one when a custom locale lacks it. @internal */
export function messageOf(key: PlanMessageKey, r: ResolvedLocale): string {
  const own = r.locale.messages as Readonly<Record<string, string | undefined>>;
  return own[key] ?? r.fallback.messages[key];
}

/** The names of the placeholders of a message, in order of appearance. @category Locales */
export function placeholdersOf(message: string): readonly string[] {
  return [...message.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] as string);
}

/** Format a list of numbers as a localized list ("1, 5, 9 and 12"). @internal */
export function formatNumberList(ns: readonly number[], r: ResolvedLocale): string {
  const nf = new Intl.NumberFormat(r.intl);
  return new Intl.ListFormat(r.intl, { style: "long", type: "conjunction" }).format(
    ns.map((n) => nf.format(n)),
  );
}
