/**
 * The literature the rules rest on, one constant per source, cited by evidence items and
 * flags. Full references are in `docs/scoring.md`.
 *
 * @module
 */

/** Citations used by the scoring rules and flags. @category Scoring rules */
export const CITATIONS = {
  guide:
    "Weissman, Markowitz & Klerman. The Guide to Interpersonal Psychotherapy, updated ed. Oxford University Press, 2018.",
  guideGrief:
    "Weissman, Markowitz & Klerman 2018, ch. Grief: tie the onset of symptoms to the death; facilitate mourning.",
  guideDisputes:
    "Weissman, Markowitz & Klerman 2018, ch. 5 Role disputes: non-reciprocal expectations; stages renegotiation, impasse, dissolution.",
  guideTransitions:
    "Weissman, Markowitz & Klerman 2018, ch. Role transitions: any life change, positive ones included (marriage, divorce, birth, job, move, diagnosis).",
  guideFocus:
    "Weissman, Markowitz & Klerman 2018, ch. 2 An outline of IPT: the initial sessions define one interpersonal focus for the middle sessions to work on; ch. 5 Role disputes: when a dispute and a transition coexist, keep to one, whichever matters most to the patient; a brief-IPT case formulation (ebrary.net/75436): of a dispute and a transition, the one more pressing and workable in the sessions left was chosen.",
  guideDeficits:
    "Weissman, Markowitz & Klerman 2018, ch. Interpersonal deficits: chosen only when no grief, dispute or transition can be found.",
  markowitz2006:
    "Markowitz JC. Interpersonal psychotherapy. Focus 2006;4(2):179: the link of the problem area to the onset of the episode is pragmatic, not etiological.",
  markowitzWeissman2004:
    "Markowitz JC, Weissman MM. Interpersonal psychotherapy: principles and applications. World Psychiatry 2004;3(3):136-139.",
  dsm5trPgd:
    "American Psychiatric Association. DSM-5-TR (2022), Prolonged Grief Disorder: death at least 12 months ago (6 for children and adolescents), yearning or preoccupation, and at least 3 of 8 further symptoms.",
  stuart2012:
    "Stuart S, Robertson M. Interpersonal Psychotherapy: A Clinician's Guide, 2nd ed. CRC Press, 2012: interpersonal sensitivity; the interpersonal circle.",
  kroenke2001:
    "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9. J Gen Intern Med 2001;16(9):606-613.",
  cox1987:
    "Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression: the EPDS. Br J Psychiatry 1987;150:782-786.",
  prigerson2021:
    "Prigerson HG et al. Validation of the new DSM-5-TR criteria for prolonged grief disorder and the PG-13-Revised. World Psychiatry 2021;20(1):96-106.",
  prigerson1995:
    "Prigerson HG et al. Inventory of Complicated Grief. Psychiatry Research 1995;59(1-2):65-79.",
  markowitz2000:
    "Markowitz JC et al. Rater agreement on interpersonal psychotherapy problem areas. J Psychother Pract Res 2000;9(3):131-135.",
  design: "ipt-formulation design choice (docs/scoring.md); not a finding of the literature.",
} as const;
