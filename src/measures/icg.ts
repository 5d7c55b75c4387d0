/**
 * ICG, the Inventory of Complicated Grief (Prigerson et al. 1995): nineteen self-report
 * items, each 0 (never) to 4 (always), total 0–76.
 *
 * @module
 */

import type { Instrument, ItemDefinition } from "./instrument.js";
import { deepFreeze } from "./internal/util.js";

const PRIGERSON_1995 =
  "Prigerson HG et al. Inventory of Complicated Grief: a scale to measure maladaptive symptoms of loss. Psychiatry Res 1995;59(1-2):65-79. doi:10.1016/0165-1781(95)02757-2";
const SHEAR_2014 =
  "Shear MK et al. Optimizing treatment of complicated grief: a randomized clinical trial. JAMA Psychiatry 2014;71(11):1287-1295 (inclusion at ICG 30 or more)";

const items: readonly ItemDefinition[] = Array.from({ length: 19 }, (_, i) => ({
  number: i + 1,
  topic: null,
  min: 0,
  max: 4,
  reverseKeyed: false,
  scored: true,
}));

/**
 * The ICG definition.
 *
 * - Items: nineteen items, 0 (never) to 4 (always), no reverse keying, total 0–76. One
 *   catalogue lists the options as 1–5; the published cut-offs assume 0–4. No item topics
 *   are shipped (reuse terms unconfirmed).
 * - Bands: 0–25 at or below the cut-off, 26–29 above the cut-off (> 25, Prigerson 1995:
 *   respondents above 25 were significantly more impaired), 30–76 at or above the treatment
 *   trial threshold (≥ 30, Shear et al. 2014). Above 25 is a probable case.
 * - Missing items: no published rule; every item is required. No suicide item; no published
 *   reliable-change threshold.
 *
 * @example
 * // The original cut-off: more than 25
 * ICG.bands[1].min
 * //=> 26
 *
 * @category Measures
 * @see Prigerson et al. 1995, Psychiatry Res 59:65.
 * @see Shear et al. 2014, JAMA Psychiatry 71:1287 (≥ 30).
 */
export const ICG: Instrument = deepFreeze({
  id: "icg",
  shortName: "ICG",
  name: "Inventory of Complicated Grief",
  citation: PRIGERSON_1995,
  construct: "grief",
  rater: "self-report",
  items,
  bands: [
    {
      id: "at-or-below-cut-off",
      label: "At or below the cut-off (25 or less)",
      min: 0,
      max: 25,
      source: PRIGERSON_1995,
    },
    {
      id: "above-cut-off",
      label: "Above the cut-off (more than 25)",
      min: 26,
      max: 29,
      source: PRIGERSON_1995,
    },
    {
      id: "trial-threshold",
      label: "At or above the treatment-trial threshold (30 or more)",
      min: 30,
      max: 76,
      source: SHEAR_2014,
    },
  ],
  alternativeBandSets: [],
  subscales: [],
  missingItems: {
    maxMissing: 0,
    source: "No published missing-item rule was found; every item is required",
  },
  itemFlags: [],
  reliableChange: null,
  direction: "higher-is-worse",
  severeSymptomsBand: null,
  casenessBand: "above-cut-off",
  prolongedGrief: null,
});
