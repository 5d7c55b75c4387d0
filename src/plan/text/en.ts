/**
 * The English locale of the plan module: messages with named placeholders and the term
 * tables. It has a message for each of the plan's message ids (`PlanMessageKey`, defined
 * by the plan) and no other; every other locale has the same keys and the same placeholders.
 * It is the default locale of `renderPlan` and `draftFormulationStatement` and the fallback
 * for messages a custom locale lacks.
 *
 * @module
 */
import type { PlanLocale, PlanMessageKey } from "ipt-formulation/plan";

/** The English messages, one for each message id of the plan module. @category Locales */
export const EN_MESSAGES = {
  // Rendering
  "heading.plan": "IPT treatment plan (draft)",
  "render.draft-note":
    "Draft for the clinician: decision support built from the formulation, not a diagnosis or a prescription. Adapt it, and agree the focus with the patient.",
  "render.case": "Case {caseId}, assessed {date}.",
  "render.case-no-id": "Assessed {date}.",
  "render.population": "Population: {population}. Condition: {condition}.",
  "render.format": "Format: {format}, {count} {frequency} sessions.",
  "render.format-group":
    "Format: {format}, individual pre-group sessions ({pre}), then {count} weekly group sessions.",
  "render.parent-sessions": "Parent sessions: {count} (IPT-A plans 1 to 3).",
  "render.sessions-adjusted":
    "The requested number of sessions is outside this format's range; {count} are planned.",
  "render.focus": "Focus: {area}.",
  "render.focus-secondary": "Focus: {area}, with {secondary} as a secondary focus.",
  "heading.safety": "Safety first",
  "heading.pre-group": "Pre-group phase",
  "heading.opening": "Opening phase",
  "heading.middle": "Middle phase",
  "heading.ending": "Ending phase",
  "heading.area": "{role} focus: {area}",
  "heading.adaptations": "Adaptations",
  "heading.measurement": "Measurement",
  "heading.sources": "Sources",
  "render.span.sessions.one": "session {n}",
  "render.span.sessions.range": "sessions {from}–{to}",
  "render.span.pre-group.one": "individual pre-group session {n}",
  "render.span.pre-group.range": "individual pre-group sessions {from}–{to}",
  "render.span.group.one": "group session {n}",
  "render.span.group.range": "group sessions {from}–{to}",
  "render.phase-timing": "Session numbers:",
  "render.evidence.found": "found in source",
  "render.evidence.unverified": "not verified",
  "render.source": "Source",
  "render.col.instrument": "Instrument",
  "render.col.sessions": "Sessions",
  "render.col.rule": "Rule",
  "render.col.evidence": "Evidence",
  "render.col.source": "Source",
  "render.no-adaptations": "No adaptation notes for this condition and population.",

  // Safety
  "safety.assess":
    "Before anything else: assess the {flag} now and agree a safety plan; start the IPT plan only once the patient is safe enough for outpatient psychotherapy.",
  "safety.ipt-a-not-acute":
    "IPT-A is not indicated for acutely suicidal adolescents: if the risk is acute, arrange a more intensive level of care first.",

  // Pre-group (group IPT)
  "pregroup.individual":
    "In the individual pre-group session: explore the problem area, link the depression to it, and gather the key relationships and the history of the depression.",
  "pregroup.caregiver":
    "A second pre-group session with a parent or caregiver: their consent and their support for the adolescent taking part.",

  // Opening
  "opening.diagnosis":
    "Review the symptoms with a validated measure and give the diagnosis explicitly: a common, treatable illness that is not the patient's fault.",
  "opening.sick-role":
    "Give the sick role: it brings the responsibility to work towards recovery; agree which obligations can wait meanwhile.",
  "opening.limited-sick-role":
    "Give the limited sick role of IPT-A rather than the full sick role.",
  "opening.inventory":
    "Take the interpersonal inventory: the important people, what each relationship gives and lacks, what the patient would change, and how relationships changed around the onset.",
  "opening.closeness-circle":
    "Use the closeness circle: the adolescent places each important person by how close they feel.",
  "opening.link-onset":
    "Link the onset of the episode to what changed in the patient's relationships around it: a practical link, not a claim about the cause.",
  "opening.formulation":
    "Share the interpersonal formulation, with {area} as the focus, in the patient's own events and people (see the draft statement), and ask for the patient's explicit agreement.",
  "opening.contract":
    "Agree the treatment contract: the focus, the goals, {count} {frequency} sessions, and what each side will do.",
  "opening.parents":
    "Plan {count} parent sessions over the treatment (IPT-A uses 1 to 3), starting with psychoeducation about depression.",
  "opening.triage":
    "Explain the triage: if the symptoms do not improve within these sessions, the patient will be referred to a fuller treatment.",
  "opening.group":
    "Help the members feel safe with each other, review each member's problem area and goals, explain how IPT works, and give hope of recovery.",
  "opening.close-call":
    "The areas {area} and {secondary} score close: choose with the patient the one that matters most and is workable in the time available, and keep to one focus if you can.",
  "opening.no-clear-focus":
    "No area reaches the model's minimum score: complete the inventory (a hidden loss or conflict?) before agreeing the focus.",
  "opening.onset-unknown":
    "The onset of the episode is not recorded: date it with the patient, to find what changed in their relationships around it.",
  "opening.maintenance-contract":
    "Agree a new contract for maintenance: {count} monthly sessions, the focus carried over from acute treatment, and the warning signs to watch.",
  "opening.review-formulation":
    "Review the formulation from acute treatment, with {area} as the focus, and what has changed since.",

  // Middle, all areas
  "middle.weekly":
    "In each session, review mood and events since the last session and link them to the focus.",
  "middle.group":
    "In the group: members share their experiences, listen to each other and offer ideas, and try out new ways of handling their problems between sessions.",

  // Grief
  "grief.detail": "The loss: the death of {person} ({date}).",
  "grief.detail-no-date": "The loss: the death of {person}.",
  "grief.detail-unnamed": "The loss: a death ({date}); the person is not named in the inventory.",
  "grief.detail-pregnancy-loss": "The loss: a pregnancy loss ({date}).",
  "grief.detail-unknown": "The loss is not identified in the case: find it with the patient.",
  "grief.prolonged-met":
    "This loss meets the DSM-5-TR time and symptom criteria for prolonged grief: assess for prolonged grief disorder (IPT's grief focus does not depend on it).",
  "grief.prolonged-not-met":
    "The recorded signs do not meet the DSM-5-TR criteria for prolonged grief (descriptive only: IPT's grief focus does not depend on them).",
  "grief.goal-mourning": "Goal: facilitate mourning.",
  "grief.goal-reconnect":
    "Goal: help the patient re-establish interests and relationships that can partly take the place of what was lost.",
  "grief.strategy-link": "Tie the onset of the symptoms to the death.",
  "grief.strategy-reconstruct":
    "Reconstruct the relationship with the person who died, its good and its difficult sides.",
  "grief.strategy-events": "Go through the events before, during and after the death.",
  "grief.strategy-feelings": "Explore avoided feelings, guilt and anger included.",

  // Dispute
  "dispute.detail": "The dispute: with {person}, at the {stage} stage.",
  "dispute.detail-no-stage": "The dispute: with {person}; its stage is not recorded.",
  "dispute.detail-unknown":
    "The other party of the dispute is not identified in the inventory: find out with the patient.",
  "dispute.stage-renegotiation":
    "Renegotiation: both parties know about the disagreement; help them communicate better so that they can resolve it.",
  "dispute.stage-impasse":
    "Impasse: talk has stopped; bring the disagreement back into the open and restart negotiation, or consider dissolution.",
  "dispute.stage-dissolution":
    "Dissolution: the relationship is broken; help the patient end it and mourn it, so that they are free to move on.",
  "dispute.goal":
    "Goal: identify the dispute, choose a plan of action, and change communication or expectations, or both.",
  "dispute.goal-neutral": "The therapist is not committed to any particular outcome.",
  "dispute.strategy-stage": "Determine the stage of the dispute.",
  "dispute.strategy-expectations":
    "Clarify how non-reciprocal expectations between the patient and {person} drive the dispute.",
  "dispute.strategy-communication":
    "Use communication analysis and role-play to try new ways of talking with {person}.",
  "dispute.strategy-parallels": "Look for parallels in other relationships.",
  "dispute.joint-session":
    "Consider a joint session with {person}, if the patient agrees; dispute-focused IPT also works without them, as 'unilateral couples therapy'.",

  // Transition
  "transition.detail": "The change: {event} ({date}), from {old} to {new}.",
  "transition.detail-dissolution":
    "The change: the end of the relationship with {person}, from {old} to {new}.",
  "transition.detail-unknown":
    "The life change is not identified in the case: find it with the patient.",
  "transition.goal-mourn": "Goal: mourn and accept the loss of {old}.",
  "transition.goal-new-role": "Goal: see {new} in a more balanced and more positive light.",
  "transition.goal-mastery":
    "Goal: restore self-esteem through a sense of mastery of what {new} demands.",
  "transition.strategy-weigh": "Weigh the good and bad sides of {old} and of {new}.",
  "transition.strategy-feelings":
    "Explore feelings about what was lost and about the change itself.",
  "transition.strategy-support":
    "Build the social support and the skills {new} needs: revive old ties or build new ones.",

  // Deficits
  "deficits.prognosis":
    "The prognosis with this focus is poorer: discuss the alternatives with the patient (CBT, medication, or both combined with psychotherapy), and turn to them if IPT does not help.",
  "deficits.recheck":
    "Keep checking for a hidden loss, conflict or change: if one appears, it becomes the focus.",
  "deficits.goal-isolation": "Goal: reduce social isolation.",
  "deficits.goal-new-ties": "Goal: encourage new relationships.",
  "deficits.strategy-past": "Review past important relationships, the good and the bad.",
  "deficits.strategy-patterns": "Look for repeating patterns in them.",
  "deficits.strategy-therapist":
    "Use the patient's feelings about the therapist as a sample of how they relate to others.",

  // Ending
  "ending.announce": "Discuss the end of treatment explicitly, 2 to 4 sessions before it.",
  "ending.review":
    "Review progress on the focus and ask the patient why they feel better, so that they credit their own work.",
  "ending.feelings": "Acknowledge feelings about ending: it is itself a role transition.",
  "ending.competence": "Build the patient's sense of competence to handle future problems alone.",
  "ending.relapse": "Plan for recurrence: early warning signs and what to do about them.",
  "ending.nonresponse":
    "If the patient has not improved, offer another effective treatment rather than more of the same.",
  "ending.maintenance-option":
    "Where the risk of recurrence is high, consider continuation or monthly maintenance IPT under a new contract.",
  "ending.parents":
    "Include the parents in the ending: review progress and warning signs together.",
  "ending.group":
    "Celebrate the members' successes and say goodbye; each member plans how to face future or recurring problems.",
  "ending.maintenance-review":
    "Review the maintenance period: decide with the patient whether to continue, space out or end the sessions.",

  // Adaptations
  "adapt.persistent-depression":
    "Persistent depression: IPT for dysthymic disorder treats the chronic depression itself as an 'iatrogenic role transition' towards euthymia.",
  "adapt.bipolar":
    "Bipolar disorder: use IPSRT, adding social rhythm regularisation with the Social Rhythm Metric alongside medication; consider grief for the lost healthy self.",
  "adapt.bulimia":
    "Bulimia nervosa: IPT works more slowly than CBT (19 sessions over 20 weeks in Agras 2000, where CBT was better at the end of treatment and no different a year later); discuss CBT as the preferred psychotherapy.",
  "adapt.binge-eating":
    "Binge-eating disorder: group IPT has been developed for it; check the current evidence before planning.",
  "adapt.substance-use":
    "Substance use: the evidence for IPT is weak (no better than low-contact care for opiate users on methadone, worse than relapse prevention for more severe cocaine users); plan a treatment with stronger evidence for the substance use.",
  "adapt.anxiety":
    "Anxiety disorders: IPT adaptations exist, but most of the evidence for IPT concerns depression; check the adaptation's evidence.",
  "adapt.ptsd": "PTSD: IPT has been adapted for PTSD; follow that adaptation.",
  "adapt.other": "Other condition: check that an IPT adaptation exists for it before planning.",
  "adapt.adolescent":
    "Adolescents: IPT-A is for ages 12 to 18 with mild to moderate depression: 12 sessions in three phases of four, 1 to 3 parent sessions, the closeness circle, and the limited sick role.",
  "adapt.adolescent-contraindications":
    "IPT-A is not indicated for adolescents who are acutely suicidal or homicidal, psychotic, bipolar, or actively using substances.",
  "adapt.older-adult":
    "Older adults: role transitions (41%) and disputes (34.5%) were the most common areas in late life; monthly maintenance IPT with medication has been tested for recurrent depression after 59.",
  "adapt.perinatal":
    "Perinatal: IPT ran for 12 weekly sessions in the postpartum trial of O'Hara 2000; partner-assisted IPT (8 sessions) and enhanced brief IPT with an engagement session are alternatives; follow the EPDS.",
  "adapt.perinatal-default":
    "Perinatal cases default to standard IPT with 12 weekly sessions; choose brief IPT for 8.",

  // Formulation statement
  "statement.link": "It seems to be connected to {clause}.",
  "statement.secondary": "It may also be connected to {clause}.",
  "statement.clause.grief": "the death of {person} ({date})",
  "statement.clause.grief-no-date": "the death of {person}",
  "statement.clause.grief-unnamed": "a death in your life ({date})",
  "statement.clause.pregnancy-loss": "the loss of your pregnancy ({date})",
  "statement.clause.grief-unknown": "a loss in your life",
  "statement.clause.dispute": "the conflict with {person}",
  "statement.clause.dispute-unknown": "a conflict in an important relationship",
  "statement.clause.transition":
    "the change in your life since {event} ({date}), from {old} to {new}",
  "statement.clause.transition-dissolution":
    "the end of your relationship with {person}, from {old} to {new}",
  "statement.clause.transition-unknown": "a recent change in your life",
  "statement.clause.deficits": "feeling isolated and having few close relationships",
  "statement.plan-weeks":
    "Over the next {count} weeks we can work on this together; as this problem improves, you should start to feel better too.",
  "statement.plan-months":
    "Over the next {count} months we can keep working on this together, to help you stay well.",
  "statement.agree": "Does this fit the way you see it?",
  "statement.note":
    "DRAFT for the clinician: adapt the wording, check it with the patient, and agree the focus explicitly before using it. Decision support, not a diagnosis.",
} as const satisfies Readonly<Record<PlanMessageKey, string>>;

/**
 * The English locale.
 *
 * @category Locales
 */
export const EN: PlanLocale = {
  id: "en",
  messages: EN_MESSAGES,
  terms: {
    problemArea: {
      grief: "grief",
      "role-dispute": "role dispute",
      "role-transition": "role transition",
      "interpersonal-deficits": "interpersonal deficits",
    },
    disputeStage: {
      renegotiation: "renegotiation",
      impasse: "impasse",
      dissolution: "dissolution",
    },
    eventPhrase: {
      death: "a death",
      "pregnancy-loss": "the pregnancy loss",
      "new-relationship": "the start of a new relationship",
      marriage: "the marriage",
      cohabitation: "moving in together",
      separation: "the separation",
      divorce: "the divorce",
      reconciliation: "the reconciliation",
      pregnancy: "the pregnancy",
      birth: "the birth of the baby",
      adoption: "the adoption",
      "child-left-home": "a child leaving home",
      "caregiving-start": "starting to care for someone",
      "caregiving-end": "the end of caregiving",
      "job-start": "the new job",
      "job-loss": "the loss of the job",
      promotion: "the promotion",
      demotion: "the demotion",
      retirement: "retirement",
      "study-start": "starting to study",
      graduation: "graduation",
      "school-change": "the change of school",
      relocation: "the move",
      migration: "the migration",
      "illness-diagnosis": "the diagnosis of an illness",
      injury: "the injury",
      disability: "the disability",
      "financial-change": "the change in finances",
      "legal-problem": "the legal problem",
      "military-deployment": "the military deployment",
      other: "the change",
    },
    oldRole: {
      death: "life with the person who died",
      "pregnancy-loss": "the expected parenthood",
      "new-relationship": "life on one's own",
      marriage: "life before marriage",
      cohabitation: "living apart",
      separation: "life as a couple",
      divorce: "married life",
      reconciliation: "life apart",
      pregnancy: "life before the pregnancy",
      birth: "life before the baby",
      adoption: "life before the adoption",
      "child-left-home": "a home with the child in it",
      "caregiving-start": "life before caregiving",
      "caregiving-end": "being a carer",
      "job-start": "the previous job or routine",
      "job-loss": "working life in that job",
      promotion: "the previous position",
      demotion: "the previous position",
      retirement: "working life",
      "study-start": "life before studying",
      graduation: "student life",
      "school-change": "the old school",
      relocation: "life in the old place",
      migration: "life in the home country",
      "illness-diagnosis": "life before the diagnosis",
      injury: "life before the injury",
      disability: "life before the disability",
      "financial-change": "the previous financial situation",
      "legal-problem": "life before the legal problem",
      "military-deployment": "life at home",
      other: "life before the change",
    },
    newRole: {
      death: "life without them",
      "pregnancy-loss": "life after the loss",
      "new-relationship": "life in a new relationship",
      marriage: "married life",
      cohabitation: "living together",
      separation: "life after the separation",
      divorce: "life after the divorce",
      reconciliation: "life together again",
      pregnancy: "expecting a child",
      birth: "parenthood",
      adoption: "parenthood",
      "child-left-home": "a home the child has left",
      "caregiving-start": "being a carer",
      "caregiving-end": "life after caregiving",
      "job-start": "the new job",
      "job-loss": "life without that job",
      promotion: "the new position",
      demotion: "the new position",
      retirement: "retirement",
      "study-start": "life as a student",
      graduation: "life after studies",
      "school-change": "the new school",
      relocation: "life in the new place",
      migration: "life in the new country",
      "illness-diagnosis": "living with the illness",
      injury: "life after the injury",
      disability: "living with the disability",
      "financial-change": "the new financial situation",
      "legal-problem": "life with the legal problem",
      "military-deployment": "life on deployment",
      other: "life after the change",
    },
    flag: {
      "suicide-risk": "risk of suicide",
      "safety-item-unanswered": "an unanswered suicide-risk item",
      "onset-unknown": "unknown onset",
      "death-undated": "undated death",
      "prolonged-grief": "prolonged grief",
      "close-call": "close call between areas",
      "no-clear-focus": "lack of a clear focus",
      "severe-symptoms": "severe symptoms",
    },
    frequency: { weekly: "weekly", monthly: "monthly" },
    format: {
      standard: "standard IPT",
      brief: "brief IPT (IPT-B)",
      adolescent: "IPT for adolescents (IPT-A)",
      group: "group IPT (WHO)",
      counselling: "interpersonal counselling (IPC)",
      maintenance: "maintenance IPT (IPT-M)",
    },
    fallback: {
      "other-person": "the other person",
      "old-role": "the old role",
      "new-role": "the new role",
      "person-who-died": "the person who died",
    },
    illness: {
      depression:
        "What you have been going through is depression: a common illness that can be treated. It is not your fault.",
      "persistent-depression":
        "What you have been going through is a long-lasting depression: a common illness that can be treated. It is not your fault.",
      bipolar:
        "What you have been going through is part of a mood illness that can be treated. It is not your fault.",
      bulimia:
        "The eating problems you have been going through are part of a common illness that can be treated. They are not your fault.",
      "binge-eating":
        "The eating problems you have been going through are part of a common illness that can be treated. They are not your fault.",
      "substance-use":
        "What you have been going through is part of an illness that can be treated. It is not your fault.",
      anxiety:
        "The anxiety you have been going through is part of a common illness that can be treated. It is not your fault.",
      ptsd: "What you have been going through is a common reaction that can be treated. It is not your fault.",
      other:
        "What you have been going through is a problem that can be treated. It is not your fault.",
    },
    population: {
      adult: "adult",
      adolescent: "adolescent",
      "older-adult": "older adult",
      perinatal: "perinatal",
    },
    condition: {
      depression: "depression",
      "persistent-depression": "persistent depressive disorder",
      bipolar: "bipolar disorder",
      bulimia: "bulimia nervosa",
      "binge-eating": "binge-eating disorder",
      "substance-use": "substance use disorder",
      anxiety: "anxiety disorder",
      ptsd: "post-traumatic stress disorder",
      other: "other condition",
    },
    focusRole: { primary: "Primary", secondary: "Secondary" },
    measureRule: {
      "every-4": "every 4 sessions and at the last",
      "every-session": "every session",
      "baseline-and-end": "first and last session",
    },
  },
};
