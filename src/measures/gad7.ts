/**
 * GAD-7, the Generalized Anxiety Disorder scale (Spitzer, Kroenke, Williams & Löwe 2006):
 * seven self-report items over the last two weeks, each 0–3.
 *
 * @module
 */

import type { Instrument } from "./instrument.js";
import { deepFreeze, uniformItems } from "./internal/util.js";

const SPITZER_2006 =
  "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097. doi:10.1001/archinte.166.10.1092";

/**
 * The GAD-7 definition.
 *
 * - Items: seven items, 0–3, no reverse keying.
 * - Bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe (Spitzer 2006); 10 and above
 *   is a probable case (sensitivity 89%, specificity 82% for GAD).
 * - Missing items: no published rule was found, so every item is required (as Awell and
 *   CamCOPS do).
 * - No safety item. An anxiety measure: it never raises `severe-symptoms`, which the
 *   specification reserves for depression instruments.
 * - Reliable change: 4 points (NHS Talking Therapies reliable improvement; Toussaint et al.
 *   2020 MCID). Bischoff et al. 2020 computed a Reliable Change Index of 6 instead.
 *
 * @example
 * // Total range of the GAD-7
 * [GAD7.bands[0].min, GAD7.bands[3].max]
 * //=> [0, 21]
 *
 * @category Measures
 * @see Spitzer et al. 2006, Arch Intern Med 166:1092.
 * @see Toussaint et al. 2020, J Affect Disord 265:395 (MCID 4).
 */
export const GAD7: Instrument = deepFreeze({
  id: "gad-7",
  shortName: "GAD-7",
  name: "Generalized Anxiety Disorder 7-item scale",
  citation: SPITZER_2006,
  construct: "anxiety",
  rater: "self-report",
  items: uniformItems(
    1,
    [
      "nervousness",
      "uncontrollable worry",
      "worrying too much",
      "trouble relaxing",
      "restlessness",
      "irritability",
      "fear of something awful",
    ],
    0,
    3,
  ),
  bands: [
    { id: "minimal", label: "Minimal", min: 0, max: 4, source: SPITZER_2006 },
    { id: "mild", label: "Mild", min: 5, max: 9, source: SPITZER_2006 },
    { id: "moderate", label: "Moderate", min: 10, max: 14, source: SPITZER_2006 },
    { id: "severe", label: "Severe", min: 15, max: 21, source: SPITZER_2006 },
  ],
  alternativeBandSets: [],
  subscales: [],
  missingItems: {
    maxMissing: 0,
    source:
      "No published missing-item rule was found; every item is required, as in Awell awell-score (gad_7) and CamCOPS (gad7.py)",
  },
  itemFlags: [],
  reliableChange: {
    points: 4,
    basis: "service-criterion",
    source:
      "NHS Talking Therapies (IAPT) reliable improvement: a drop of 4 or more (outcome definitions in NCT05134103); matches Toussaint A et al. J Affect Disord 2020;265:395 (MCID 4)",
  },
  direction: "higher-is-worse",
  severeSymptomsBand: null,
  casenessBand: "moderate",
  prolongedGrief: null,
});
