/**
 * The runtime of the plan's locales: building locale tables, resolving a requested tag to a
 * locale, and the pure formatting of plan parameters through `Intl` with an explicit locale
 * and `timeZone: "UTC"`.
 *
 * A locale is data. The built-in table holds `en`; the Spanish locale is
 * `ipt-formulation/plan/es`, and an app adds it, or its own, with {@link registerLocale},
 * which returns a new table and never mutates a global, and passes that table in the
 * options of {@link renderPlan} and {@link draftFormulationStatement}.
 *
 * @module
 */

import { type DisplayLabels, displayLabelOf, parsePartialDate } from "ipt-formulation";
import type {
  LocaleTable,
  PlanLocale,
  PlanMessageKey,
  PlanParam,
  PlanParams,
} from "ipt-formulation/plan";

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

/**
 * Render one parameter in a locale. A person's label is replaced by its display name in
 * `names`, when it has one (by the parameter's relationship id).
 *
 * @internal
 */
export function renderParam(
  p: PlanParam,
  r: ResolvedLocale,
  markdown: boolean,
  names?: DisplayLabels,
): string {
  const esc = (s: string): string => (markdown ? escapeMarkdown(s) : s);
  switch (p.kind) {
    case "label":
      return esc(
        p.relationshipId === undefined ? p.value : displayLabelOf(names, p.relationshipId, p.value),
      );
    case "labels":
      return new Intl.ListFormat(r.intl, { style: "long", type: "conjunction" }).format(
        p.value.map((label, i) => {
          const id = p.relationshipIds?.[i];
          return esc(id === undefined ? label : displayLabelOf(names, id, label));
        }),
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
 * again). A placeholder without a parameter is left as written. People are shown by their
 * display names in `names`, where they have one.
 *
 * @internal
 */
export function interpolate(
  message: string,
  params: PlanParams,
  r: ResolvedLocale,
  markdown: boolean,
  names?: DisplayLabels,
): string {
  return message.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const p = Object.hasOwn(params, name) ? params[name] : undefined;
    return p === undefined ? whole : renderParam(p, r, markdown, names);
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
