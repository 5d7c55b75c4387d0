/**
 * The built-in locale table.
 *
 * @module
 */
import type { LocaleTable } from "./locale.js";
import { EN } from "./locales/en.js";
import { ES } from "./locales/es.js";

/**
 * The built-in locales: English (`en`) and Spanish (`es`). Frozen; extend it with
 * {@link registerLocale}, which returns a new table.
 *
 * @example
 * // The built-in locale ids
 * Object.keys(DEFAULT_LOCALES)
 * //=> ["en", "es"]
 *
 * @category Locales
 */
export const DEFAULT_LOCALES: LocaleTable = Object.freeze({ en: EN, es: ES });
