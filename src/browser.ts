/**
 * The standalone browser bundle (`ipt-formulation/browser`, `dist/ipt-formulation.browser.js`),
 * one ES module with zod, @noble/hashes (and any fp-ts it uses) inside, for a page with no
 * build step or a CDN. It holds these entries:
 * - `ipt-formulation`
 * - `ipt-formulation/measures`
 * - `ipt-formulation/plan`
 * - `ipt-formulation/plan/text`
 * - `ipt-formulation/plan/es`
 * - `ipt-formulation/svg`
 * - `ipt-formulation/scoring-model`
 * - `ipt-formulation/explain`
 * - `ipt-formulation/samples`
 * - `ipt-formulation/intake`
 * - `ipt-formulation/report`
 *
 * Its API is exactly that of those entries, which document every export; this file only
 * gathers them. Generated from `entries.ts` by `npm run sync-entries`: do not edit.
 *
 * @packageDocumentation
 */

export * from "./explain/index.js";
export * from "./index.js";
export * from "./intake/index.js";
export * from "./measures/index.js";
export * from "./plan/index.js";
export * from "./plan/locales/es.js";
export * from "./plan/text/index.js";
export * from "./report/index.js";
export * from "./samples/index.js";
export * from "./scoring-model/index.js";
export * from "./svg/index.js";
