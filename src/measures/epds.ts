/**
 * EPDS, the Edinburgh Postnatal Depression Scale (Cox, Holden & Sagovsky 1987): ten
 * self-report items over the past seven days, each 0–3 after keying.
 *
 * © 1987 Royal College of Psychiatrists: the library ships neither item nor option text,
 * nor item topics; only the scoring facts (ranges, keying pattern, cut-offs).
 *
 * @module
 */

import type { Instrument, ItemDefinition } from "./instrument.js";
import { deepFreeze } from "./internal/util.js";

const COX_1987 =
  "Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression: development of the 10-item Edinburgh Postnatal Depression Scale. Br J Psychiatry 1987;150:782-786. doi:10.1192/bjp.150.6.782";
const CUTOFFS =
  "Cox et al. 1987 thresholds as encoded by CamCOPS (epds.py): 10 or more possible depression, 13 or more likely depression";

/** EPDS items reverse-keyed on the form (1-based): 3, 5, 6, 7, 8, 9, 10. */
const REVERSED = new Set([3, 5, 6, 7, 8, 9, 10]);

const items: readonly ItemDefinition[] = Array.from({ length: 10 }, (_, i) => ({
  number: i + 1,
  topic: null,
  min: 0,
  max: 3,
  reverseKeyed: REVERSED.has(i + 1),
  scored: true,
}));

/**
 * The EPDS definition.
 *
 * - Items: ten items, 0–3 **after keying**; `Measure.items` holds keyed scores. Items 3 and
 *   5–10 are reverse-keyed on the form (CamCOPS `REVERSE_QUESTIONS`, the NSW scoring sheet);
 *   `keyEpdsResponses` (`ipt-formulation/measures`) keys raw option positions.
 * - Bands (screening thresholds, not severity): 0–9 below threshold, 10–12 possible
 *   depression, 13–30 probable depression (Cox 1987 as CamCOPS encodes it); 13 and above is
 *   a probable case. No published severity banding exists, so the EPDS never raises
 *   `severe-symptoms`.
 * - Subscale: EPDS-3A anxiety, items 3–5 (van der Zee-van den Berg et al. 2019).
 * - Missing items: every item is required (scoring guides; CamCOPS marks the form
 *   incomplete); no prorating rule was found.
 * - Item 10 (thoughts of self-harm) at 1 or more raises `suicide-risk` (urgent), whatever the
 *   total.
 * - Reliable change: 4 points (Matthey 2004).
 *
 * @example
 * // Which items are reverse-keyed (1-based)
 * EPDS.items.filter((it) => it.reverseKeyed).map((it) => it.number)
 * //=> [3, 5, 6, 7, 8, 9, 10]
 *
 * @category Measures
 * @see Cox, Holden & Sagovsky 1987, Br J Psychiatry 150:782.
 * @see Matthey 2004, J Affect Disord 78:269, doi:10.1016/S0165-0327(02)00313-0 (RCI 4).
 */
export const EPDS: Instrument = deepFreeze({
  id: "epds",
  shortName: "EPDS",
  name: "Edinburgh Postnatal Depression Scale",
  citation: COX_1987,
  construct: "depression",
  rater: "self-report",
  items,
  bands: [
    {
      id: "below-threshold",
      label: "Below screening threshold",
      min: 0,
      max: 9,
      source: CUTOFFS,
    },
    {
      id: "possible-depression",
      label: "Possible depression",
      min: 10,
      max: 12,
      source: CUTOFFS,
    },
    {
      id: "probable-depression",
      label: "Probable depression",
      min: 13,
      max: 30,
      source: CUTOFFS,
    },
  ],
  alternativeBandSets: [
    {
      id: "nsw-antenatal",
      label:
        "NSW antenatal thresholds: 13 or more probable minor, 15 or more probable major depression",
      bands: [
        {
          id: "below-threshold",
          label: "Below screening threshold",
          min: 0,
          max: 12,
          source: "NSW Health, Scoring the EPDS/EDS",
        },
        {
          id: "probable-minor-depression",
          label: "Probable minor depression",
          min: 13,
          max: 14,
          source: "NSW Health, Scoring the EPDS/EDS",
        },
        {
          id: "probable-major-depression",
          label: "Probable major depression",
          min: 15,
          max: 30,
          source: "NSW Health, Scoring the EPDS/EDS",
        },
      ],
      source: "NSW Health perinatal guidance, Scoring the EPDS/EDS (antenatal)",
    },
  ],
  subscales: [
    {
      id: "epds-3a",
      label: "EPDS-3A anxiety (items 3-5)",
      items: [2, 3, 4],
      source:
        "van der Zee-van den Berg AI et al. PLoS ONE 2019;14(9):e0221894. doi:10.1371/journal.pone.0221894",
    },
  ],
  missingItems: {
    maxMissing: 0,
    source:
      "Every item must be completed (EPDS scoring guides, e.g. psychcongress.com; CamCOPS epds.py marks the form incomplete); no prorating rule was found",
  },
  itemFlags: [
    {
      code: "suicide-risk",
      item: 9,
      min: 1,
      max: 3,
      severity: "urgent",
      message:
        "EPDS item 10 (thoughts of self-harm) was endorsed (score 1 or more): assess suicide risk now, whatever the total.",
      source:
        "Any score above 0 on item 10 calls for immediate assessment: NSW Health, Scoring the EPDS/EDS; PIRI (piri.org.au); CamCOPS epds task",
    },
  ],
  reliableChange: {
    points: 4,
    basis: "reliable-change-index",
    source:
      "Matthey S. Calculating clinically significant change in postnatal depression studies using the EPDS. J Affect Disord 2004;78(3):269-272. doi:10.1016/S0165-0327(02)00313-0",
  },
  direction: "higher-is-worse",
  severeSymptomsBand: null,
  casenessBand: "probable-depression",
  prolongedGrief: null,
});
