/**
 * PG-13-R, the Prolonged Grief-13-Revised scale (Prigerson et al. 2021): thirteen
 * questions mapped onto the DSM-5-TR criteria for prolonged grief disorder.
 *
 * @module
 */

import type { Instrument, ItemDefinition } from "./instrument.js";
import { deepFreeze } from "./internal/util.js";

const PRIGERSON_2021 =
  "Prigerson HG, Boelen PA, Xu J, Smith KV, Maciejewski PK. Validation of the new DSM-5-TR criteria for prolonged grief disorder and the PG-13-Revised (PG-13-R) scale. World Psychiatry 2021;20(1):96-106. doi:10.1002/wps.20823";
const PHENX =
  "PhenX Toolkit protocol 871201, Prolonged Grief Disorder (PG-13-Revised): Q3-Q12 rated 1 (not at all) to 5 (overwhelmingly); symptom scores of 30 or greater indicate PGD";

/** Q3..Q12 topics. Q3–Q6 are confirmed by the PhenX protocol; Q7–Q12 follow the DSM-5-TR criterion C order (unconfirmed against the form). */
const SYMPTOM_TOPICS = [
  "yearning",
  "preoccupation",
  "identity disruption",
  "disbelief",
  "avoidance of reminders",
  "intense emotional pain",
  "difficulty reintegrating",
  "emotional numbness",
  "meaninglessness",
  "intense loneliness",
] as const;

const items: readonly ItemDefinition[] = [
  ...SYMPTOM_TOPICS.map((topic, i) => ({
    number: i + 3,
    topic,
    min: 1,
    max: 5,
    reverseKeyed: false,
    scored: true,
  })),
  {
    number: 13,
    topic: "functional impairment (0 no, 1 yes)",
    min: 0,
    max: 1,
    reverseKeyed: false,
    scored: false,
  },
];

/**
 * The PG-13-R definition.
 *
 * **What `items` holds** (11 values, not 13):
 * - `items[0]`..`items[9]`: questions 3–12, the ten symptom items, each 1 (not at all) to 5
 *   (overwhelmingly). They are summed into the symptom total, 10–50.
 * - `items[10]`: question 13, functional impairment, 0 = no, 1 = yes. It is not summed; the
 *   categorical algorithm reads it.
 * - Question 1 (a significant loss, yes/no) is implied: the measure is about the loss named
 *   by `Measure.relatesTo`. Question 2 (months since the death) is computed from that life
 *   event's date to `administeredOn`, by the mid-period rule, rather than stored.
 *
 * Bands: 10–29 below threshold, 30–50 probable prolonged grief disorder (≥ 30, PhenX and
 * Prigerson 2021); 30 and above is a probable case.
 *
 * Categorical DSM-5-TR result (`MeasureScore.prolongedGrief`): loss at least 12 months
 * before administration (6 for the `adolescent` population); question 3 or 4 rated 4 ("quite
 * a bit") or more; at least 3 of questions 5–12 rated 4 or more; question 13 = yes. The
 * structure is from Prigerson 2021 and Blueprint's scoring guide; the item-level threshold
 * (4 or more) is from background knowledge and was not confirmed against the article's
 * appendix.
 *
 * Missing items: no published rule; every symptom item is required. No suicide item; no
 * published reliable-change threshold.
 *
 * @example
 * // Ten symptom items plus the impairment question
 * [PG13R.items.length, PG13R.items.filter((it) => it.scored).length]
 * //=> [11, 10]
 *
 * @category Measures
 * @see Prigerson et al. 2021, World Psychiatry 20:96, doi:10.1002/wps.20823.
 * @see PhenX Toolkit protocol 871201 (PG-13-R).
 */
export const PG13R: Instrument = deepFreeze({
  id: "pg-13-r",
  shortName: "PG-13-R",
  name: "Prolonged Grief-13-Revised",
  citation: PRIGERSON_2021,
  construct: "grief",
  rater: "self-report",
  items,
  bands: [
    { id: "below-threshold", label: "Below threshold", min: 10, max: 29, source: PHENX },
    {
      id: "probable-pgd",
      label: "Probable prolonged grief disorder",
      min: 30,
      max: 50,
      source: `${PHENX}; ${PRIGERSON_2021}`,
    },
  ],
  alternativeBandSets: [],
  subscales: [],
  missingItems: {
    maxMissing: 0,
    source: "No published missing-item rule was found; every symptom item is required",
  },
  itemFlags: [],
  reliableChange: null,
  direction: "higher-is-worse",
  severeSymptomsBand: null,
  casenessBand: "probable-pgd",
  prolongedGrief: {
    coreItems: [0, 1],
    accessoryItems: [2, 3, 4, 5, 6, 7, 8, 9],
    accessoryRequired: 3,
    symptomMin: 4,
    impairmentItem: 10,
    impairmentMin: 1,
    minMonths: { adult: 12, adolescent: 6 },
    source: `${PRIGERSON_2021}; Blueprint PG-13-R scoring guide (loss and 12 months, core symptoms, impairment); American Psychiatric Association, DSM-5-TR (2022) prolonged grief disorder: 12 months (6 for children and adolescents), yearning or preoccupation, 3 of 8 symptoms, impairment. Item threshold 4 ('quite a bit') not confirmed against the article's appendix`,
  },
});
