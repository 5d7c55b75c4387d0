/**
 * The shape of a locale of the plan module, as types: message tables with named
 * placeholders (`{person}`, `{count}`), term tables for the closed vocabularies, and the
 * parameters a plan item carries so that any locale can render it.
 *
 * A locale is data. The English locale, the locale table and the rendering are in
 * `ipt-formulation/plan/text` (`src/plan/text/`); the Spanish locale is
 * `ipt-formulation/plan/es`. The message keys belong to the plan ({@link PlanMessageKey});
 * every locale, English included, implements them.
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
import type { PlanFormat, SessionFrequency } from "./formats.js";
import type { PlanMessageKey } from "./messageKeys.js";

export type { SessionFrequency, SessionSeries } from "./formats.js";
export type { PlanMessageKey } from "./messageKeys.js";

// model

/** Fallback words used where the case does not name someone or something. @category Locales */
export type FallbackTerm = "other-person" | "old-role" | "new-role" | "person-who-died";

/** How a measure is scheduled (see {@link MeasurementEntry}). @category Plan */
export type MeasureRule = "every-4" | "every-session" | "baseline-and-end";

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
 * A label of a person of the case carries the person's relationship id (`relationshipId`;
 * `relationshipIds` for a list, one per label, in the same order), so that `renderPlan` and
 * `draftFormulationStatement` (`ipt-formulation/plan/text`) can show a display name in its
 * place (their `displayLabels` option); the label itself stays the case's.
 *
 * @category Plan
 */
export type PlanParam =
  | { readonly kind: "label"; readonly value: string; readonly relationshipId?: string }
  | {
      readonly kind: "labels";
      readonly value: readonly string[];
      readonly relationshipIds?: readonly string[];
    }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly value: string }
  | { readonly kind: "term"; readonly vocabulary: TermVocabulary; readonly value: string };

/** The parameters of a plan item, by placeholder name. @category Plan */
export type PlanParams = Readonly<Record<string, PlanParam>>;
