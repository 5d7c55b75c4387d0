/**
 * One call for a server's whole report on a case: decode, formulate, explain, plan, the
 * plan's text, the formulation statement and the three pictures, in one locale.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type CaseError,
  DEFAULT_MODEL,
  type DecodeOptions,
  type DisplayLabels,
  decodeCase,
  type Formulation,
  formulate,
  type NamingTradition,
  type ScoringModel,
} from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import {
  type FormulationStatement,
  type PlanOptions,
  planTreatment,
  type TreatmentPlan,
} from "ipt-formulation/plan";
import { ES } from "ipt-formulation/plan/es";
import {
  DEFAULT_LOCALES,
  draftFormulationStatement,
  type LocaleTable,
  registerLocale,
  renderPlan,
} from "ipt-formulation/plan/text";
import {
  type PictureThemeOverrides,
  renderFocusChart,
  renderInterpersonalCircle,
  renderTimeline,
} from "ipt-formulation/svg";

/** The locales a report speaks without more: English and Spanish. @category Report */
export const REPORT_LOCALES: LocaleTable = registerLocale(DEFAULT_LOCALES, ES);

/** Options of {@link buildReport}. @category Report */
export interface ReportOptions extends PlanOptions {
  /** A BCP 47 tag for the plan's text and the statement: `en` (default), `es`, `es-MX`, or one in `locales`; falls back to English. */
  readonly locale?: string;
  /** The locale table (default {@link REPORT_LOCALES}: English and Spanish). */
  readonly locales?: LocaleTable;
  /** The scoring model (default the main entry's `DEFAULT_MODEL`). */
  readonly model?: ScoringModel;
  /** Decoding options: size limits, the instrument registry. */
  readonly decode?: DecodeOptions;
  /** Names to show instead of the stored labels, by relationship id, in every text and picture. */
  readonly displayLabels?: DisplayLabels;
  /** Which naming tradition labels the problem areas (default `weissman-markowitz`). */
  readonly tradition?: NamingTradition;
  /** Whom the circle highlights (default as `renderInterpersonalCircle`). */
  readonly highlight?: "primary" | "focus" | "none";
  /** The pictures' colours and font. */
  readonly theme?: PictureThemeOverrides;
  /** The prefix of the pictures' ids (default `ipt-report`): `<prefix>-circle`, `<prefix>-timeline`, `<prefix>-focus`. */
  readonly idPrefix?: string;
}

/** The pictures of a report, as SVG documents. @category Report */
export interface ReportPictures {
  /** The interpersonal circle, the people tied to the focus highlighted. */
  readonly circle: string;
  /** The life events around the onset. */
  readonly timeline: string;
  /** The four areas' scores. */
  readonly focus: string;
}

/**
 * Everything a clinician reads about one case. Every part is a draft a clinician confirms.
 *
 * @category Report
 */
export interface Report {
  /** The locale the plan's text and the statement were written in (after fallback). */
  readonly locale: string;
  readonly formulation: Formulation;
  /** The formulation as plain text (English: the explanation has no other locale yet). */
  readonly explanation: string;
  readonly plan: TreatmentPlan;
  /** The plan as Markdown, in the locale. */
  readonly planMarkdown: string;
  /** The statement to adapt and share with the patient, in the locale. */
  readonly statement: FormulationStatement;
  readonly pictures: ReportPictures;
}

/**
 * Decode a case and build its whole report: the formulation, its explanation, the treatment
 * plan and its Markdown, the formulation statement and the three pictures, in one locale
 * and with one set of display names. It is exactly what the separate calls give with the
 * same options (a test holds it to that), so an endpoint imports one thing.
 *
 * Never throws: input that is not a valid `ipt-case/1` gives `Left` of the decoder's
 * {@link CaseError}, every issue at once. Pure: the same input and options give the same
 * report.
 *
 * @param input - the case, as parsed JSON (or an already decoded `Case`)
 * @param options - locale, model, plan format, display names, picture options
 * @returns `Right` of the report, or `Left` of the case's issues
 *
 * @example
 * // The grief sample in Spanish, the mother shown by her name
 * const report = buildReport(griefCase, { locale: "es", displayLabels: { mother: "Ana Souza" } });
 * report.right.statement.text.includes("Ana Souza")
 * //=> true
 *
 * @example
 * // Invalid input: the decoder's issues, nothing rendered
 * buildReport({ format: "ipt-case/1" })._tag
 * //=> "Left"
 *
 * @category Report
 */
export function buildReport(
  input: unknown,
  options: ReportOptions = {},
): E.Either<CaseError, Report> {
  const decoded = decodeCase(input, options.decode);
  if (E.isLeft(decoded)) return decoded;
  const c = decoded.right;
  const model = options.model ?? DEFAULT_MODEL;
  const locale = options.locale ?? "en";
  const locales = options.locales ?? REPORT_LOCALES;
  const prefix = options.idPrefix ?? "ipt-report";
  const plan = pick(options, ["format", "sessions", "parentSessions"]);
  const shared = pick(options, ["displayLabels", "tradition"]);
  const look = { ...shared, ...pick(options, ["theme"]), model };

  const formulation = formulate(c, model);
  const treatment = planTreatment(formulation, c, plan);
  const statement = draftFormulationStatement(formulation, c, {
    ...plan,
    locale,
    locales,
    ...pick(options, ["displayLabels"]),
  });
  return E.right({
    locale: statement.locale,
    formulation,
    explanation: explainFormulation(formulation, { ...shared, case: c }),
    plan: treatment,
    planMarkdown: renderPlan(treatment, { locale, locales, ...pick(options, ["displayLabels"]) }),
    statement,
    pictures: {
      circle: renderInterpersonalCircle(c, {
        ...look,
        formulation,
        ...pick(options, ["highlight"]),
        idPrefix: `${prefix}-circle`,
      }),
      timeline: renderTimeline(c, formulation, { ...look, idPrefix: `${prefix}-timeline` }),
      focus: renderFocusChart(formulation, {
        ...pick(options, ["tradition", "theme"]),
        model,
        idPrefix: `${prefix}-focus`,
      }),
    },
  });
}

/** The options among `keys` that are set (exactOptionalPropertyTypes: no `undefined` passed on). */
const pick = <O extends object, K extends keyof O>(o: O, keys: readonly K[]): Pick<O, K> => {
  const out: Partial<Pick<O, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out as Pick<O, K>;
};
