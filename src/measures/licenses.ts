/**
 * The licences of the six built-in instruments, and the decisions and disagreements between
 * sources behind each definition. Documentation as data: scoring does not read them, so they
 * live in this subpath rather than in the main entry.
 *
 * @module
 */
import type { BuiltinInstrument } from "ipt-formulation";
import { deepFreeze } from "./internal/util.js";

/**
 * Licence status of an instrument. The library never ships item text; `restricted` and
 * `unconfirmed` instruments ship no item topics either.
 *
 * @category Measures
 */
export type LicenseStatus = "public-domain" | "free-to-reproduce" | "restricted" | "unconfirmed";

/**
 * The licence of an instrument, with the source that states it.
 *
 * @category Measures
 */
export interface InstrumentLicense {
  readonly status: LicenseStatus;
  /** What may and may not be done, paraphrased. */
  readonly note: string;
  readonly source: string;
}

/**
 * The licence of each built-in instrument, by instrument id, with the source that states it.
 * Check it before showing or distributing an instrument's form: the library ships no item
 * text, and no item topics for `restricted` and `unconfirmed` instruments.
 *
 * @example
 * // The EPDS may not be republished without permission
 * INSTRUMENT_LICENSES.epds.status
 * //=> "restricted"
 *
 * @category Measures
 */
export const INSTRUMENT_LICENSES: Readonly<Record<BuiltinInstrument, InstrumentLicense>> =
  deepFreeze({
    "phq-9": {
      status: "free-to-reproduce",
      note: "No permission is needed to reproduce, translate, display or distribute the PHQ screeners (phqscreeners.com, as quoted by CamCOPS); printed forms still carry a Pfizer copyright line. The library ships short topics only.",
      source:
        "CamCOPS phq9 task documentation (ucam-department-of-psychiatry/camcops, docs/source/tasks/phq9.rst)",
    },
    "gad-7": {
      status: "free-to-reproduce",
      note: "No permission is needed to reproduce, translate, display or distribute the PHQ screeners including the GAD-7 (phqscreeners.com, as quoted by CamCOPS). The library ships short topics only.",
      source:
        "CamCOPS gad7 task documentation (ucam-department-of-psychiatry/camcops, docs/source/tasks/gad7.rst)",
    },
    epds: {
      status: "restricted",
      note: "© 1987 Royal College of Psychiatrists. Clinicians and researchers may photocopy it for their own use, complete and citing Cox et al. 1987; distribution to others and republication in print or online need written permission. The RCPsych refused CamCOPS permission to embed the scale in 2013. The library ships no item or option text and no item topics.",
      source:
        "Cox & Holden, Perinatal Mental Health: A Guide to the EPDS (RCPsych 2003), copyright notice; CamCOPS epds task documentation",
    },
    "hamd-17": {
      status: "public-domain",
      note: "Public domain, per the NINDS Common Data Element page as quoted by CamCOPS. Structured interview guides (SIGH-D, GRID-HAMD) may carry their own terms. The library ships short topics only.",
      source: "CamCOPS hamd task documentation (docs/source/tasks/hamd.rst)",
    },
    "pg-13-r": {
      status: "unconfirmed",
      note: "PhenX lists the protocol as available; the original PG-13 carries a copyright notice to Prigerson and Maciejewski; item-reuse terms for the PG-13-R were not found. The library ships short labels only, taken from the DSM-5-TR criteria names.",
      source: "PhenX Toolkit protocol 871201; PG-13 (2009) form copyright notice",
    },
    icg: {
      status: "unconfirmed",
      note: "Listed as free by one catalogue (socialsuitehq.com); no explicit reuse licence was found for the journal article. The library ships no item text and no topics.",
      source: "socialsuitehq.com ICG catalogue entry; Prigerson et al. 1995",
    },
  });

/**
 * The decisions and disagreements between sources behind each built-in instrument's
 * definition (missing items, cut-offs, item ranges, change thresholds), one line each, by
 * instrument id. `docs/measures.md` gives them with their sources.
 *
 * @example
 * // How many decisions the PHQ-9 definition records
 * INSTRUMENT_NOTES["phq-9"].length
 * //=> 3
 *
 * @category Measures
 */
export const INSTRUMENT_NOTES: Readonly<Record<BuiltinInstrument, readonly string[]>> = deepFreeze({
  "phq-9": [
    "Missing items: Awell requires all nine items, CamCOPS marks the form incomplete and LHC-Forms counts a missing item as 0; the library follows the only published rule found (Arrieta 2017, at most two missing, prorated).",
    "Change: NHS Talking Therapies (IAPT) uses a drop of 6 or more as reliable improvement; the library uses Löwe 2004's 5 points.",
    "Prorated totals are rounded half up before banding, because the bands are defined on whole numbers.",
  ],
  "gad-7": [
    "Change: Bischoff T et al. 2020 computed a Reliable Change Index of 5.59 (6); the library uses 4, on which IAPT and Toussaint 2020 agree.",
    "Band 0-4 is labelled 'no anxiety' (Awell), 'none' (CamCOPS) or 'minimal'; the library uses 'Minimal'.",
  ],
  epds: [
    "Keying: two online calculators give other reverse sets (items 1, 2, 4; or 3-10); the library follows CamCOPS and the scoring sheets (3, 5-10).",
    "Cut-offs: one summary says 'above 13' rather than 13 or more; NSW uses 15 or more antenatally (see alternativeBandSets); PIRI's bands leave 25 unassigned.",
    "No severity banding exists: the cut-offs are screening thresholds, so the EPDS raises no severe-symptoms flag.",
  ],
  "hamd-17": [
    "Item ranges: one public scorer rates agitation 0-2 (maximum 50), another retardation 0-2, and one page all items 0-4; the library follows CamCOPS and the 17-item form (maximum 52).",
    "Bands: three conventions exist; the default is Zimmerman 2013 (empirical, 17 and 24 from its abstract), the others are in alternativeBandSets.",
    "Change: remission is total 7 or less (one paper says less than 7); response is a drop of 50% or more (Leucht 2013). Neither is a reliable-change threshold, so measureChanges reports threshold-unpublished with the percent change.",
  ],
  "pg-13-r": [
    "HealthScorer describes 11 symptom items summed to 11-55 with an 'extremely' anchor; PhenX and Blueprint give 10 items summed to 10-50, which the library follows.",
    "The original PG-13 (2009) is a different instrument (frequency items, 6-month duration); do not score it as the PG-13-R.",
    "Topics of questions 7-12 follow the DSM-5-TR criterion C order; only questions 3-6 were confirmed against the PhenX protocol.",
  ],
  icg: [
    "Cut-off: more than 25 (Prigerson 1995) against 25 or more (several instrument indexes) against 30 or more (Shear's trials); the library uses more than 25 for caseness and reports 30 or more as its own band.",
    "Option values: 0-4 (psychology-tools structure, public scorer specifications) against 1-5 (one catalogue); the library uses 0-4.",
  ],
});
