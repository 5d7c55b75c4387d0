/**
 * The standalone browser bundle (`ipt-formulation/browser`, `dist/ipt-formulation.browser.js`):
 * the main entry and the measures, plan, plan/text, plan/es and svg subpaths in one ES
 * module, with zod (and any fp-ts it uses) inside, for a page with no build step or a CDN. Its API is
 * exactly that of those entries, which document every export; this file only gathers them.
 *
 * @packageDocumentation
 */

export * from "./explain/index.js";
export * from "./index.js";
export * from "./measures/index.js";
export * from "./plan/index.js";
export * from "./plan/locales/es.js";
export * from "./plan/text/index.js";
export * from "./scoring-model/index.js";
export * from "./svg/index.js";
