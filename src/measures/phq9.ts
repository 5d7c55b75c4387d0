/**
 * PHQ-9, the depression module of the Patient Health Questionnaire (Kroenke, Spitzer &
 * Williams 2001): nine self-report items over the last two weeks, each 0–3.
 *
 * @module
 */

import type { Instrument } from "./instrument.js";
import { deepFreeze, uniformItems } from "./internal/util.js";

const KROENKE_2001 =
  "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606-613. doi:10.1046/j.1525-1497.2001.016009606.x";

/**
 * The PHQ-9 definition.
 *
 * - Items: the nine symptom items in form order, 0 (not at all) to 3 (nearly every day); no
 *   reverse keying. The tenth, unscored question (functional difficulty) is not part of
 *   `items`.
 * - Bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe
 *   (Kroenke 2001). `severe` raises `severe-symptoms`; 10 and above is a probable case
 *   (sensitivity and specificity 88% for major depression, Kroenke 2001).
 * - Missing items: up to 2 of 9 missing are prorated (mean of the answered items), as
 *   qscorer documents after Arrieta et al. 2017; 3 or more make the form invalid.
 * - Item 9 (thoughts of death or self-harm) at 1 or more raises `suicide-risk` (urgent).
 * - Reliable change: 5 points (Löwe et al. 2004, minimal clinically important difference
 *   for individual change, about two standard errors of measurement).
 *
 * @example
 * // The count of items a PHQ-9 measure must hold
 * PHQ9.items.length
 * //=> 9
 *
 * @category Measures
 * @see Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606.
 * @see Löwe et al. 2004, Med Care 42:1194 (change of 5 points).
 * @see Arrieta et al. 2017, J Clin Psychol, doi:10.1002/jclp.22390 (up to two missing items), as cited by qscorer `scoring_phq9`.
 */
export const PHQ9: Instrument = deepFreeze({
  id: "phq-9",
  shortName: "PHQ-9",
  name: "Patient Health Questionnaire-9 (depression module)",
  citation: KROENKE_2001,
  construct: "depression",
  rater: "self-report",
  items: uniformItems(
    1,
    [
      "anhedonia",
      "depressed mood",
      "sleep",
      "energy",
      "appetite",
      "self-esteem or guilt",
      "concentration",
      "psychomotor change",
      "thoughts of death or self-harm",
    ],
    0,
    3,
  ),
  bands: [
    { id: "minimal", label: "Minimal", min: 0, max: 4, source: KROENKE_2001 },
    { id: "mild", label: "Mild", min: 5, max: 9, source: KROENKE_2001 },
    { id: "moderate", label: "Moderate", min: 10, max: 14, source: KROENKE_2001 },
    {
      id: "moderately-severe",
      label: "Moderately severe",
      min: 15,
      max: 19,
      source: KROENKE_2001,
    },
    { id: "severe", label: "Severe", min: 20, max: 27, source: KROENKE_2001 },
  ],
  alternativeBandSets: [],
  subscales: [],
  missingItems: {
    maxMissing: 2,
    source:
      "Arrieta J et al. 2017, J Clin Psychol, doi:10.1002/jclp.22390: forms with up to two missing items are scored, each missing item replaced by the mean of the completed items (as documented by the qscorer R package, scoring_phq9)",
  },
  itemFlags: [
    {
      code: "suicide-risk",
      item: 8,
      min: 1,
      max: 3,
      severity: "urgent",
      message:
        "PHQ-9 item 9 (thoughts of death or self-harm) was endorsed (score 1 or more): assess suicide risk now.",
      source:
        "Any answer other than 'not at all' calls for further suicide-risk assessment: AACN Crit Care Nurse 2020;40(1):92; Simon GE et al. Psychiatr Serv 2013, doi:10.1176/appi.ps.201200587; Louzon SA et al. Psychiatr Serv 2016, doi:10.1176/appi.ps.201500149",
    },
  ],
  reliableChange: {
    points: 5,
    basis: "minimal-important-difference",
    source:
      "Löwe B et al. Monitoring depression treatment outcomes with the PHQ-9. Med Care 2004;42(12):1194-1201 (5 points, about two standard errors of measurement)",
  },
  direction: "higher-is-worse",
  severeSymptomsBand: "severe",
  casenessBand: "moderate",
  prolongedGrief: null,
});
