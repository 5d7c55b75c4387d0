/**
 * The literature behind the plan, one constant per source, with whether the fact the plan
 * rests on was found in that source (`found`, the research brief's [S]) or is from memory or
 * a design choice and still to be checked (`unverified`, [M] or [D]).
 *
 * Sources marked `found` were read (an abstract, a manual's table, a publisher's summary, a
 * practice page) while building this module; the URL of the copy read is in the citation.
 *
 * @module
 */

/** Whether a plan item's fact was found in its source or is still to be verified. @category Plan */
export type EvidenceStatus = "found" | "unverified";

/** A source and the status of the fact taken from it. @category Plan */
export interface PlanSource {
  readonly citation: string;
  readonly evidence: EvidenceStatus;
}

const found = (citation: string): PlanSource => ({ citation, evidence: "found" });
const unverified = (citation: string): PlanSource => ({ citation, evidence: "unverified" });

/**
 * The sources of the plan, by key. Each item of a plan copies its source's citation and
 * evidence status.
 *
 * @category Plan
 * @see docs/plan.md, "Sources", for what was verified and where.
 */
export const PLAN_SOURCES = {
  // The case itself
  caseData: found(
    "This case: read from the formulation's evidence (rule, relationship, life event) and the case's inventory.",
  ),
  // Structure and dosage
  acutePhases: found(
    "Markowitz JC, Weissman MM. Interpersonal psychotherapy: principles and applications. World Psychiatry 2004;3(3):136-139: acute IPT in 12-16 weekly sessions; opening phase 1-3 sessions, middle, ending about 3 sessions.",
  ),
  iptukPhases: found(
    "IPT UK, Stages of IPT (iptuk.net/stages-of-ipt): initial sessions — diagnosis and sick role (Parsons: the responsibility to work towards recovery), interpersonal inventory, focus selection, formulation and contract; middle sessions link the week's experiences to the focus.",
  ),
  inventory: found(
    "Weissman, Markowitz & Klerman, The Guide to Interpersonal Psychotherapy (OUP 2018); chapter text on the phases of treatment (alpfmedical.info, citing Markowitz & Swartz 1997): the interpersonal inventory reviews each important relationship and how it changed around the onset.",
  ),
  onsetLink: found(
    "Markowitz JC. Interpersonal psychotherapy. Focus 2006;4(2):179: link the problem area to the onset of the episode; the link is pragmatic, not etiological; the opening phase should not exceed 3 sessions.",
  ),
  formulationStatement: found(
    "Markowitz & Swartz, Case formulation in IPT of depression, in Eells (ed.), Handbook of Psychotherapy Case Formulation (Guilford 1997; 2nd ed. 2007); Markowitz & Weissman 2004 example script: a treatable illness, not the patient's fault; one problem area in the patient's own events; a time-limited plan; the patient's explicit agreement.",
  ),
  contract: found(
    "Weissman, Markowitz & Klerman, Comprehensive Guide to IPT (2000), ch. 7: duration and frequency are set at the outset in a contract, and changes to it are renegotiated explicitly; ACF Prevention Services Clearinghouse (IPT-A): an explicit treatment contract.",
  ),
  termination: found(
    "Weissman, Markowitz & Klerman, Comprehensive Guide to IPT (2000), ch. 7 Termination: discuss the end 2-4 sessions ahead; the patient gives up a relationship and builds a sense of competence to deal with future problems.",
  ),
  terminationTasks: found(
    "Oxford Clinical Psychology, IPT chapter 'Termination' (doi 10.1093/med-psych/9780197554500.003.0009): consolidate gains, ask why the patient feels better, acknowledge feelings about ending (itself a role transition); offer another effective treatment to patients who have not improved; a new contract for continuation or maintenance IPT.",
  ),
  contingency: found(
    "Ravitz et al. case chapter, 'Termination' (ebrary.net/75315): reviewing and consolidating gains, contingency planning in case depression returns, processing the end of the therapeutic relationship.",
  ),
  briefIpt: found(
    "Swartz HA et al. Brief interpersonal psychotherapy (IPT-B). Am J Psychother 2014;68(4):443: 8 sessions.",
  ),
  briefPhases: unverified(
    "ipt-formulation design: IPT-B's 8 sessions split as opening 1-2, middle 3-6, ending 7-8 (the split was not found in a source).",
  ),
  iptA: found(
    "Mufson et al., IPT for Depressed Adolescents (IPT-A): 12 sessions in three phases of four; limited sick role; closeness circle; 1-3 parent sessions; treatment contract (CEBC cebc4cw.org; ACF Prevention Services Clearinghouse; Child Trends).",
  ),
  iptAIndications: found(
    "Columbia University Division of Child & Adolescent Psychiatry, About IPT-A (childadolescentpsych.cumc.columbia.edu): 12-16 sessions, ages 12-18, mild to moderate depression; not indicated for adolescents who are bipolar, acutely suicidal or homicidal, psychotic, intellectually disabled or actively abusing substances.",
  ),
  iptAPhasesExtended: unverified(
    "ipt-formulation design: IPT-A beyond 12 sessions keeps 4 opening and 4 ending sessions and lengthens the middle phase.",
  ),
  iptAParentEnding: found(
    "IPT-A case chapter, 'Termination Phase' (ebrary.net/75388): the parent joins the last session to review progress.",
  ),
  whoGroup: found(
    "WHO. Group Interpersonal Therapy (IPT) for Depression, WHO/MSD/MER/16.4 (2016); MHPSS summaries: 8 group sessions preceded by individual pre-group session(s), run by supervised non-specialists; group IPT typically spans 8-16 sessions.",
  ),
  groupPhases: found(
    "Culturally adapting group IPT for adolescents in Nepal, BMC Psychology 2020, Table 2: pre-group session 1 (explore the problem area, link depression to it, key relationships, history) and session 2 with a parent or caregiver; initial, middle and termination aims.",
  ),
  groupPhaseSplit: unverified(
    "ipt-formulation design: group session 1 is the initial phase, the last group session the termination, the sessions between the middle phase (the WHO manual's exact split was not read).",
  ),
  ipc: found(
    "Judd F, Weissman M et al. Interpersonal counselling in general practice. Aust Fam Physician 2004;33(5):332-337: six sessions, each with an explicit focus: assessment, education, current stress areas, termination.",
  ),
  ipcWeissman: found(
    "Weissman MM et al. Interpersonal Counseling (IPC) for depression in primary care. Am J Psychother 2014;68(4):359-383: the number of sessions is flexible; the first session reviews symptoms, educates (not your fault), explores the interpersonal problems around onset, and explains triage.",
  ),
  maintenance: found(
    "Frank E et al. 2007 (Focus reprint): monthly maintenance IPT after remission; Comprehensive Guide ch. 7: monthly sessions for three years in two trials; Reynolds CF et al. JAMA 1999;281(1):39-45: monthly maintenance IPT in patients over 59.",
  ),
  maintenancePhases: unverified(
    "ipt-formulation design: maintenance opens with a new contract (session 1) and closes with a review (last session); the sessions between carry the focus forward.",
  ),
  // Problem areas
  griefGoals: found(
    "Weissman, Markowitz & Klerman 2018, ch. Grief (abstract, discovery.researcher.life): the two goals are to facilitate mourning and to re-establish interests and relationships that can partly substitute for what was lost.",
  ),
  griefStrategies: unverified(
    "Klerman, Weissman, Rounsaville & Chevron 1984 / Weissman et al. 2000, table of grief strategies (from memory; not re-read).",
  ),
  prolongedGrief: found(
    "American Psychiatric Association. DSM-5-TR (2022), Prolonged Grief Disorder: death at least 12 months ago (6 for children and adolescents), yearning or preoccupation, and at least 3 of 8 further symptoms; IPT's grief focus does not depend on it.",
  ),
  disputeGoals: found(
    "Weissman, Markowitz & Klerman 2018, ch. 5 Role disputes: identify the dispute, choose a plan of action, modify communication and/or expectations; the therapist is not committed to a particular outcome (also 'InterPersonal Therapy of Depression – Role Disputes', pdfslide).",
  ),
  disputeStages: found(
    "'InterPersonal Therapy of Depression – Role Disputes' (pdfslide) and citcassociates.com: renegotiation (improve communication), impasse (reopen negotiation or consider dissolution), dissolution (help the patient end it and move on); help the patient see how non-reciprocal expectations relate to the dispute.",
  ),
  disputeTechniques: found(
    "IPT for major depression, role dispute chapter (ebrary.net/75306, citing Weissman et al. 2000 p. 76): dispute-focused IPT as 'unilateral couples therapy'; communication analysis and role-play to rehearse new communications.",
  ),
  disputeParallels: unverified(
    "Klerman et al. 1984 / Weissman et al. 2000: look for parallels in other relationships (from memory; not re-read).",
  ),
  jointSession: found(
    "Stuart S, Robertson M. Interpersonal Psychotherapy: A Clinician's Guide, 2nd ed. (CRC Press 2012): covers how to manage joint sessions with a significant other.",
  ),
  transitionGoals: found(
    "citcassociates.com (Role transition) and treatmentfordepressionmemphis.com: accept the new role, see the old and new roles in a more balanced way, restore self-esteem through mastery of the new role; Keijsers et al. 2017 (niceday.app): say goodbye to the old role, process the losses, rebuild ties.",
  ),
  transitionWeigh: unverified(
    "Klerman et al. 1984 / Weissman et al. 2000: weigh the positive and negative sides of the old and new roles (from memory; not re-read).",
  ),
  deficitsPrognosis: found(
    "Weissman, Markowitz & Klerman 2018, ch. Interpersonal deficits: chosen only when no other area is found; patients with this focus may do worse; consider CBT or adding medication if IPT does not help; keep checking for a hidden loss (the 'Hidden Death' case).",
  ),
  deficitsGoalsStrategies: unverified(
    "Klerman et al. 1984 / Weissman et al. 2000: reduce isolation, encourage new relationships; review past relationships, find repeating patterns, use the relationship with the therapist (from memory; not re-read).",
  ),
  closeCall: found(
    "Weissman, Markowitz & Klerman 2018, ch. 2 An outline of IPT: the initial sessions define one interpersonal focus for the middle sessions to work on; ch. 5 Role disputes: when a dispute and a transition coexist, keep to one, whichever matters most to the patient; a brief-IPT case formulation (ebrary.net/75436): of a dispute and a transition, the one more pressing and workable in the sessions left was chosen.",
  ),
  // Adaptations
  ipsrt: found(
    "Frank E. Treating Bipolar Disorder: IPSRT (Guilford 2005; review in Psychiatr Serv 2007;58(1):145): IPT with social rhythm regularisation using the Social Rhythm Metric, alongside medication; grief for the lost healthy self.",
  ),
  bulimia: found(
    "Agras WS et al. A multicenter comparison of CBT and IPT for bulimia nervosa. Arch Gen Psychiatry 2000;57:459-466: 19 sessions over 20 weeks; CBT faster and superior at the end of treatment, no significant difference at 1-year follow-up; CBT suggested as the preferred psychotherapy.",
  ),
  bingeEating: unverified(
    "Wilfley et al., group IPT for binge-eating disorder (from memory; not re-read).",
  ),
  substanceUse: found(
    "Rounsaville BJ et al. Arch Gen Psychiatry 1983;40:629-636: IPT in methadone-maintained opiate addicts, outcome similar to low-contact care; Carroll KM et al. Am J Drug Alcohol Abuse 1991;17(3):229-247: relapse prevention better than IPT for more severe cocaine users.",
  ),
  otherConditions: found(
    "Ravitz P et al. 2019 scoping review: 69% of 1,119 IPT publications concern depression; adaptations exist for PTSD, social anxiety and other conditions.",
  ),
  persistentDepression: unverified(
    "Markowitz JC. Interpersonal Psychotherapy for Dysthymic Disorder (1998): an 'iatrogenic role transition' from chronic depression to euthymia (from memory; not re-read).",
  ),
  ptsd: found(
    "Markowitz JC, IPT for posttraumatic stress disorder (text containing 'A Pocket Guide to IPT', hozir.org): IPT adapted for PTSD.",
  ),
  olderAdults: found(
    "Miller MD et al., MTLLD (PMC3330480): in patients 60 and over, role transition 41%, disputes 34.5%, grief 23%; Reynolds CF et al. JAMA 1999;281(1):39-45: monthly maintenance IPT and nortriptyline for recurrent depression after 59.",
  ),
  perinatal: found(
    "O'Hara MW et al. Arch Gen Psychiatry 2000: 12 weeks of IPT for postpartum depression; Brandon AR et al. Arch Womens Ment Health 2012 (PMC3495994): partner-assisted IPT, 8 acute sessions; Grote NK et al. (PMC3149872): enhanced brief IPT with an engagement session.",
  ),
  perinatalDefault: unverified(
    "ipt-formulation design: perinatal cases default to standard IPT with 12 weekly sessions, as in O'Hara et al. 2000.",
  ),
  // Measurement and safety
  stuartMeasures: found(
    "Stuart S. IPT Institute training slides (2012, studylib.net/doc/25532296): patient outcome measures PHQ-9 and GAD-7 every 4 sessions.",
  ),
  epds: found(
    "Cox JL et al. Br J Psychiatry 1987;150:782-786 (EPDS); Lenze SN et al. Arch Womens Ment Health 2015 (PMC4439306): EDS > 12 for entry to perinatal IPT; Spinelli & Endicott 2003: EPDS as an outcome of antepartum IPT.",
  ),
  srm: found(
    "Monk TH et al. 2002 (SRM-5) and Frank 2005 (IPSRT): the Social Rhythm Metric kept and reviewed between sessions.",
  ),
  maintenanceMeasures: unverified(
    "ipt-formulation design: monthly maintenance sessions measure at every session (Stuart's every-4 rule assumes weekly sessions).",
  ),
  griefMeasure: unverified(
    "ipt-formulation design: PG-13-R (Prigerson et al. World Psychiatry 2021;20(1):96-106) at the first and last session when grief is a focus.",
  ),
  safetyFirst: unverified(
    "ipt-formulation design: an urgent flag (PHQ-9 item 9 or EPDS item 10 above 0) puts a safety assessment before treatment planning; the item-level thresholds are from the scoring module and are not verified here.",
  ),
  design: unverified(
    "ipt-formulation design choice (docs/plan.md); not a finding of the literature.",
  ),
} as const satisfies Readonly<Record<string, PlanSource>>;

/** The key of a plan source. @category Plan */
export type PlanSourceKey = keyof typeof PLAN_SOURCES;
