/**
 * The built-in locale table.
 *
 * @module
 */
import type { LocaleTable } from "ipt-formulation/plan";
import { EN } from "./en.js";

/**
 * The built-in locale table: English (`en`), the default and the fallback. Frozen; extend
 * it with {@link registerLocale}, which returns a new table: with the Spanish locale of
 * `ipt-formulation/plan/es`, or an app's own.
 *
 * @example
 * // The built-in locale ids
 * Object.keys(DEFAULT_LOCALES)
 * //=> ["en"]
 *
 * @example
 * // With Spanish
 * Object.keys(registerLocale(DEFAULT_LOCALES, ES))
 * //=> ["en", "es"]
 *
 * @category Locales
 */
export const DEFAULT_LOCALES: LocaleTable = Object.freeze({ en: EN });
