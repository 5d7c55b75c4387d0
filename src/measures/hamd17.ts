/**
 * HAM-D-17, the Hamilton Depression Rating Scale, 17-item version (Hamilton 1960):
 * clinician-rated, nine items 0–4 and eight items 0–2, total 0–52.
 *
 * @module
 */

import type { Band, Instrument, ItemDefinition } from "./instrument.js";
import { deepFreeze } from "./internal/util.js";

const HAMILTON_1960 =
  "Hamilton M. A rating scale for depression. J Neurol Neurosurg Psychiatry 1960;23:56-62. doi:10.1136/jnnp.23.1.56";
const ZIMMERMAN_2013 =
  "Zimmerman M et al. Severity classification on the Hamilton Depression Rating Scale. J Affect Disord 2013;150(2):384-388. doi:10.1016/j.jad.2013.04.028 (cut-offs 17 and 24); 0-7 as no depression per the secondary summary at statistics.datanalysis.net";
const OLDER =
  "CamCOPS hamd.py (after cnsforum): 8 or more mild, 14 moderate, 19 severe, 23 very severe";
const RUSH_2003 =
  "Rush AJ et al. 2003 cross-walk (ids-qids.org/interpretation.html): HRSD-17 8-13 mild, 14-19 moderate, 20-25 severe, 26 or more very severe";

/** [topic, max] for items 1..17 (from CamCOPS hamd.py: 0–4, except 0–2 for 4–6, 12–14, 16, 17). */
const ITEMS: readonly (readonly [string, number])[] = [
  ["depressed mood", 4],
  ["guilt", 4],
  ["suicide", 4],
  ["insomnia, early", 2],
  ["insomnia, middle", 2],
  ["insomnia, late", 2],
  ["work and activities", 4],
  ["psychomotor retardation", 4],
  ["agitation", 4],
  ["anxiety, psychic", 4],
  ["anxiety, somatic", 4],
  ["somatic symptoms, gastrointestinal", 2],
  ["somatic symptoms, general", 2],
  ["genital symptoms", 2],
  ["hypochondriasis", 4],
  ["weight loss (by history or measured, one only)", 2],
  ["insight", 2],
];

const items: readonly ItemDefinition[] = ITEMS.map(([topic, max], i) => ({
  number: i + 1,
  topic,
  min: 0,
  max,
  reverseKeyed: false,
  scored: true,
}));

const band = (id: string, label: string, min: number, max: number, source: string): Band => ({
  id,
  label,
  min,
  max,
  source,
});

/**
 * The HAM-D-17 definition.
 *
 * - Items 1–17 in form order; ranges from CamCOPS `hamd.py`: 0–4, except items 4–6, 12–14,
 *   16 and 17 at 0–2 (total 0–52). Items 18–21 of the 21-item form are not scored and not
 *   part of `items`. For item 16 give the one method used (A by history or B measured);
 *   "not assessed" is `null`.
 * - Bands (default, Zimmerman et al. 2013): 0–7 no depression, 8–16 mild, 17–23 moderate,
 *   24–52 severe; `severe` raises `severe-symptoms` (the nearest equivalent of PHQ-9 ≥ 20).
 *   The older 8/14/19/23 convention (CamCOPS, cnsforum) and Rush 2003's 8/14/20/26 are
 *   in `alternativeBandSets`.
 * - Missing items: no published prorating rule was found, so every item is required.
 *   CamCOPS's "limited information" completeness rule is not applied.
 * - Item 3 (suicide): 3–4 (suicidal ideas or gestures, attempts) raises `suicide-risk`
 *   urgent; 1–2 raises `suicide-risk` as a warning. The rater has already asked about
 *   suicide, so 1–2 is a prompt to review, not an alarm.
 * - No caseness band: the HAM-D rates severity, it is not a screening test.
 * - No published reliable-change index was found (trials use response, a drop of 50% or
 *   more, and remission, a total of 7 or less).
 *
 * @example
 * // Nine items are rated 0-4 and eight 0-2
 * HAMD17.items.reduce((sum, it) => sum + it.max, 0)
 * //=> 52
 *
 * @category Measures
 * @see Hamilton 1960, J Neurol Neurosurg Psychiatry 23:56.
 * @see Zimmerman et al. 2013, J Affect Disord 150:384 (bands).
 * @see Dold et al. 2018 (item 3 grouping 0 / 1–2 / 3–4); Rucci et al. 2011 (item 3 ≥ 2 as emergent ideation).
 */
export const HAMD17: Instrument = deepFreeze({
  id: "hamd-17",
  shortName: "HAM-D-17",
  name: "Hamilton Depression Rating Scale, 17-item version",
  citation: HAMILTON_1960,
  construct: "depression",
  rater: "clinician",
  items,
  bands: [
    band("no-depression", "No depression", 0, 7, ZIMMERMAN_2013),
    band("mild", "Mild", 8, 16, ZIMMERMAN_2013),
    band("moderate", "Moderate", 17, 23, ZIMMERMAN_2013),
    band("severe", "Severe", 24, 52, ZIMMERMAN_2013),
  ],
  alternativeBandSets: [
    {
      id: "older-8-14-19-23",
      label: "Older convention (CamCOPS, cnsforum): 8 / 14 / 19 / 23",
      bands: [
        band("no-depression", "No depression", 0, 7, OLDER),
        band("mild", "Mild", 8, 13, OLDER),
        band("moderate", "Moderate", 14, 18, OLDER),
        band("severe", "Severe", 19, 22, OLDER),
        band("very-severe", "Very severe", 23, 52, OLDER),
      ],
      source: OLDER,
    },
    {
      id: "rush-2003",
      label: "Rush et al. 2003 cross-walk: 8 / 14 / 20 / 26",
      bands: [
        band("no-depression", "No depression", 0, 7, RUSH_2003),
        band("mild", "Mild", 8, 13, RUSH_2003),
        band("moderate", "Moderate", 14, 19, RUSH_2003),
        band("severe", "Severe", 20, 25, RUSH_2003),
        band("very-severe", "Very severe", 26, 52, RUSH_2003),
      ],
      source: RUSH_2003,
    },
  ],
  subscales: [],
  missingItems: {
    maxMissing: 0,
    source:
      "No published prorating rule was found; every scored item is required (CamCOPS hamd.py requires all scored items outside its limited-information cases)",
  },
  itemFlags: [
    {
      code: "suicide-risk",
      item: 2,
      min: 3,
      max: 4,
      severity: "urgent",
      message:
        "HAM-D item 3 (suicide) rated 3 or more (suicidal ideas, gestures or attempts): assess suicide risk now.",
      source:
        "Item 3 of 3 or more is a common high-suicide-risk exclusion criterion in trials (e.g. clinicaltrials.cn study 3097); Dold M et al. 2018 grouped 3-4 as severe (PMC6007240)",
    },
    {
      code: "suicide-risk",
      item: 2,
      min: 1,
      max: 2,
      severity: "warning",
      message:
        "HAM-D item 3 (suicide) rated 1 or 2 (life not worth living, wishes to be dead): review suicide risk.",
      source:
        "Dold M et al. 2018 grouped item 3 as 0 none, 1-2 mild/moderate, 3-4 severe (PMC6007240); flagged at 1 or more for consistency with PHQ-9 item 9 and EPDS item 10 (library design decision)",
    },
  ],
  reliableChange: null,
  direction: "higher-is-worse",
  severeSymptomsBand: "severe",
  casenessBand: null,
  prolongedGrief: null,
});
