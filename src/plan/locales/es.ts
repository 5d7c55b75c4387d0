/**
 * The Spanish locale of the plan module (`ipt-formulation/plan/es`): neutral Spanish, the
 * patient addressed as `usted`. Same keys and placeholders as the English table.
 *
 * Its own subpath, so that only apps that write Spanish load it (like date-fns locales).
 * Add it to a locale table and pass the table to `renderPlan` and
 * `draftFormulationStatement` (`ipt-formulation/plan/text`).
 *
 * @module plan/es
 */
import type { PlanLocale, PlanMessageKey } from "ipt-formulation/plan";

const messages: Readonly<Record<PlanMessageKey, string>> = {
  // Rendering
  "heading.plan": "Plan de tratamiento TIP (borrador)",
  "render.draft-note":
    "Borrador para el clínico: apoyo a la decisión construido a partir de la formulación, no un diagnóstico ni una prescripción. Adáptelo y acuerde el foco con el paciente.",
  "render.case": "Caso {caseId}, evaluado el {date}.",
  "render.case-no-id": "Evaluado el {date}.",
  "render.population": "Población: {population}. Condición: {condition}.",
  "render.format": "Formato: {format}, {count} sesiones de frecuencia {frequency}.",
  "render.format-group":
    "Formato: {format}, sesiones individuales previas al grupo ({pre}) y después {count} sesiones grupales semanales.",
  "render.parent-sessions": "Sesiones con los padres: {count} (la TIP-A prevé de 1 a 3).",
  "render.sessions-adjusted":
    "El número de sesiones pedido está fuera del rango de este formato; se planifican {count}.",
  "render.focus": "Foco: {area}.",
  "render.focus-secondary": "Foco: {area}, con {secondary} como foco secundario.",
  "heading.safety": "Primero, la seguridad",
  "heading.pre-group": "Fase previa al grupo",
  "heading.opening": "Fase inicial",
  "heading.middle": "Fase intermedia",
  "heading.ending": "Fase final",
  "heading.area": "Foco {role}: {area}",
  "heading.adaptations": "Adaptaciones",
  "heading.measurement": "Medición",
  "heading.sources": "Fuentes",
  "render.span.sessions.one": "sesión {n}",
  "render.span.sessions.range": "sesiones {from}–{to}",
  "render.span.pre-group.one": "sesión individual previa al grupo {n}",
  "render.span.pre-group.range": "sesiones individuales previas al grupo {from}–{to}",
  "render.span.group.one": "sesión grupal {n}",
  "render.span.group.range": "sesiones grupales {from}–{to}",
  "render.phase-timing": "Números de sesión:",
  "render.evidence.found": "hallado en la fuente",
  "render.evidence.unverified": "sin verificar",
  "render.source": "Fuente",
  "render.col.instrument": "Instrumento",
  "render.col.sessions": "Sesiones",
  "render.col.rule": "Pauta",
  "render.col.evidence": "Evidencia",
  "render.col.source": "Fuente",
  "render.no-adaptations": "No hay notas de adaptación para esta condición y población.",

  // Safety
  "safety.assess":
    "Antes que nada: evalúe ahora el {flag} y acuerde un plan de seguridad; empiece el plan de TIP solo cuando el paciente esté lo bastante seguro para una psicoterapia ambulatoria.",
  "safety.ipt-a-not-acute":
    "La TIP-A no está indicada para adolescentes con riesgo suicida agudo: si el riesgo es agudo, organice antes un nivel de atención más intensivo.",

  // Pre-group (group IPT)
  "pregroup.individual":
    "En la sesión individual previa al grupo: explore el área problema, vincule la depresión con ella y recoja las relaciones clave y la historia de la depresión.",
  "pregroup.caregiver":
    "Una segunda sesión previa al grupo con el padre, la madre o el cuidador: su consentimiento y su apoyo para que el adolescente participe.",

  // Opening
  "opening.diagnosis":
    "Revise los síntomas con una medida validada y comunique el diagnóstico de forma explícita: una enfermedad frecuente y tratable que no es culpa del paciente.",
  "opening.sick-role":
    "Otorgue el rol de enfermo: conlleva la responsabilidad de trabajar por la recuperación; acuerde qué obligaciones pueden esperar mientras tanto.",
  "opening.limited-sick-role":
    "Otorgue el rol de enfermo limitado de la TIP-A en lugar del rol de enfermo completo.",
  "opening.inventory":
    "Haga el inventario interpersonal: las personas importantes, qué aporta y qué le falta a cada relación, qué cambiaría el paciente y cómo cambiaron las relaciones en torno al inicio.",
  "opening.closeness-circle":
    "Use el círculo de cercanía: el adolescente sitúa a cada persona importante según lo cerca que la siente.",
  "opening.link-onset":
    "Vincule el inicio del episodio con lo que cambió en las relaciones del paciente en ese momento: un vínculo práctico, no una afirmación sobre la causa.",
  "opening.formulation":
    "Comparta la formulación interpersonal, con {area} como foco, en términos de los propios acontecimientos y personas del paciente (vea la declaración en borrador), y pida su acuerdo explícito.",
  "opening.contract":
    "Acuerde el contrato terapéutico: el foco, los objetivos, {count} sesiones de frecuencia {frequency} y lo que hará cada parte.",
  "opening.parents":
    "Planifique {count} sesiones con los padres a lo largo del tratamiento (la TIP-A usa de 1 a 3), empezando por la psicoeducación sobre la depresión.",
  "opening.triage":
    "Explique el triaje: si los síntomas no mejoran en estas sesiones, se derivará al paciente a un tratamiento más completo.",
  "opening.group":
    "Ayude a que los miembros se sientan seguros entre sí, revise el área problema y los objetivos de cada uno, explique cómo funciona la TIP y transmita esperanza de recuperación.",
  "opening.close-call":
    "Las áreas {area} y {secondary} puntúan cerca: elija con el paciente la que más le importe y sea abordable en el tiempo disponible, y mantenga un solo foco si puede.",
  "opening.no-clear-focus":
    "Ninguna área alcanza la puntuación mínima del modelo: complete el inventario (¿una pérdida o un conflicto ocultos?) antes de acordar el foco.",
  "opening.onset-unknown":
    "No consta el inicio del episodio: féchelo con el paciente para ver qué cambió en sus relaciones en ese momento.",
  "opening.maintenance-contract":
    "Acuerde un nuevo contrato de mantenimiento: {count} sesiones mensuales, el foco heredado del tratamiento agudo y las señales de alarma que vigilar.",
  "opening.review-formulation":
    "Repase la formulación del tratamiento agudo, con {area} como foco, y lo que ha cambiado desde entonces.",

  // Middle, all areas
  "middle.weekly":
    "En cada sesión, repase el estado de ánimo y los acontecimientos desde la sesión anterior y vincúlelos con el foco.",
  "middle.group":
    "En el grupo: los miembros comparten sus experiencias, se escuchan y se ofrecen ideas, y prueban entre sesiones nuevas formas de afrontar sus problemas.",

  // Grief
  "grief.detail": "La pérdida: la muerte de {person} ({date}).",
  "grief.detail-no-date": "La pérdida: la muerte de {person}.",
  "grief.detail-unnamed": "La pérdida: una muerte ({date}); la persona no figura en el inventario.",
  "grief.detail-pregnancy-loss": "La pérdida: una pérdida gestacional ({date}).",
  "grief.detail-unknown": "El caso no identifica la pérdida: búsquela con el paciente.",
  "grief.prolonged-met":
    "Esta pérdida cumple los criterios de tiempo y síntomas del DSM-5-TR para el duelo prolongado: evalúe un trastorno de duelo prolongado (el foco de duelo de la TIP no depende de ello).",
  "grief.prolonged-not-met":
    "Los signos registrados no cumplen los criterios del DSM-5-TR para el duelo prolongado (solo descriptivo: el foco de duelo de la TIP no depende de ellos).",
  "grief.goal-mourning": "Objetivo: facilitar el proceso de duelo.",
  "grief.goal-reconnect":
    "Objetivo: ayudar al paciente a recuperar intereses y relaciones que puedan ocupar en parte el lugar de lo perdido.",
  "grief.strategy-link": "Relacione el inicio de los síntomas con la muerte.",
  "grief.strategy-reconstruct":
    "Reconstruya la relación con la persona fallecida, con sus aspectos buenos y difíciles.",
  "grief.strategy-events": "Recorra los acontecimientos de antes, durante y después de la muerte.",
  "grief.strategy-feelings": "Explore los sentimientos evitados, incluidas la culpa y la ira.",

  // Dispute
  "dispute.detail": "La disputa: con {person}, en la fase de {stage}.",
  "dispute.detail-no-stage": "La disputa: con {person}; no consta su fase.",
  "dispute.detail-unknown":
    "La otra parte de la disputa no figura en el inventario: averígüelo con el paciente.",
  "dispute.stage-renegotiation":
    "Renegociación: ambas partes conocen el desacuerdo; ayúdelas a comunicarse mejor para que puedan resolverlo.",
  "dispute.stage-impasse":
    "Estancamiento: han dejado de hablar; vuelva a sacar el desacuerdo a la luz y reabra la negociación, o considere la ruptura.",
  "dispute.stage-dissolution":
    "Ruptura: la relación está rota; ayude al paciente a cerrarla y a elaborar el duelo, para que quede libre de seguir adelante.",
  "dispute.goal":
    "Objetivo: identificar la disputa, elegir un plan de acción y cambiar la comunicación o las expectativas, o ambas.",
  "dispute.goal-neutral": "El terapeuta no se compromete con ningún desenlace en particular.",
  "dispute.strategy-stage": "Determine la fase de la disputa.",
  "dispute.strategy-expectations":
    "Aclare cómo las expectativas no recíprocas entre el paciente y {person} alimentan la disputa.",
  "dispute.strategy-communication":
    "Use el análisis de la comunicación y el juego de roles para ensayar nuevas formas de hablar con {person}.",
  "dispute.strategy-parallels": "Busque paralelismos en otras relaciones.",
  "dispute.joint-session":
    "Considere una sesión conjunta con {person}, si el paciente está de acuerdo; la TIP centrada en la disputa también funciona sin esa persona, como «terapia de pareja unilateral».",

  // Transition
  "transition.detail": "El cambio: {event} ({date}), de {old} a {new}.",
  "transition.detail-dissolution":
    "El cambio: el final de la relación con {person}, de {old} a {new}.",
  "transition.detail-unknown": "El caso no identifica el cambio vital: búsquelo con el paciente.",
  "transition.goal-mourn": "Objetivo: elaborar el duelo y aceptar la pérdida de {old}.",
  "transition.goal-new-role": "Objetivo: ver {new} de una forma más equilibrada y más positiva.",
  "transition.goal-mastery":
    "Objetivo: recuperar la autoestima mediante una sensación de dominio de lo que exige {new}.",
  "transition.strategy-weigh": "Sopese los aspectos buenos y malos de {old} y de {new}.",
  "transition.strategy-feelings":
    "Explore los sentimientos sobre lo perdido y sobre el propio cambio.",
  "transition.strategy-support":
    "Construya el apoyo social y las habilidades que requiere {new}: recupere vínculos antiguos o cree otros nuevos.",

  // Deficits
  "deficits.prognosis":
    "El pronóstico con este foco es peor: comente con el paciente las alternativas (TCC, medicación o ambas combinadas con psicoterapia) y recurra a ellas si la TIP no ayuda.",
  "deficits.recheck":
    "Siga buscando una pérdida, un conflicto o un cambio ocultos: si aparece uno, pasa a ser el foco.",
  "deficits.goal-isolation": "Objetivo: reducir el aislamiento social.",
  "deficits.goal-new-ties": "Objetivo: favorecer nuevas relaciones.",
  "deficits.strategy-past": "Repase las relaciones importantes del pasado, lo bueno y lo malo.",
  "deficits.strategy-patterns": "Busque en ellas patrones que se repiten.",
  "deficits.strategy-therapist":
    "Use los sentimientos del paciente hacia el terapeuta como una muestra de cómo se relaciona con los demás.",

  // Ending
  "ending.announce": "Hable del final del tratamiento de forma explícita, de 2 a 4 sesiones antes.",
  "ending.review":
    "Revise los avances en el foco y pregunte al paciente por qué se siente mejor, para que reconozca su propio trabajo.",
  "ending.feelings": "Reconozca los sentimientos sobre el final: es en sí una transición de rol.",
  "ending.competence":
    "Refuerce la sensación de competencia del paciente para afrontar solo los problemas futuros.",
  "ending.relapse":
    "Planifique ante una recaída: señales de alarma tempranas y qué hacer ante ellas.",
  "ending.nonresponse":
    "Si el paciente no ha mejorado, ofrezca otro tratamiento eficaz en lugar de más de lo mismo.",
  "ending.maintenance-option":
    "Si el riesgo de recaída es alto, considere una continuación o una TIP de mantenimiento mensual con un nuevo contrato.",
  "ending.parents":
    "Incluya a los padres en el cierre: revisen juntos los avances y las señales de alarma.",
  "ending.group":
    "Celebre los logros de los miembros y despídanse; cada miembro planifica cómo afrontar problemas futuros o que se repitan.",
  "ending.maintenance-review":
    "Revise el periodo de mantenimiento: decida con el paciente si continuar, espaciar o terminar las sesiones.",

  // Adaptations
  "adapt.persistent-depression":
    "Depresión persistente: la TIP para la distimia trata la propia depresión crónica como una «transición de rol iatrogénica» hacia la eutimia.",
  "adapt.bipolar":
    "Trastorno bipolar: use la IPSRT, que añade la regularización de los ritmos sociales con el Social Rhythm Metric junto a la medicación; considere el duelo por el yo sano perdido.",
  "adapt.bulimia":
    "Bulimia nerviosa: la TIP actúa más despacio que la TCC (19 sesiones en 20 semanas en Agras 2000, donde la TCC fue mejor al final del tratamiento y no distinta un año después); comente la TCC como psicoterapia preferente.",
  "adapt.binge-eating":
    "Trastorno por atracón: existe una TIP grupal desarrollada para él; compruebe la evidencia actual antes de planificar.",
  "adapt.substance-use":
    "Consumo de sustancias: la evidencia de la TIP es débil (no mejor que una atención de bajo contacto en consumidores de opiáceos en metadona, peor que la prevención de recaídas en consumidores de cocaína más graves); planifique un tratamiento con más evidencia para el consumo.",
  "adapt.anxiety":
    "Trastornos de ansiedad: existen adaptaciones de la TIP, pero la mayor parte de su evidencia se refiere a la depresión; compruebe la evidencia de la adaptación.",
  "adapt.ptsd": "TEPT: la TIP se ha adaptado al TEPT; siga esa adaptación.",
  "adapt.other":
    "Otra condición: compruebe que existe una adaptación de la TIP para ella antes de planificar.",
  "adapt.adolescent":
    "Adolescentes: la TIP-A es para edades de 12 a 18 años con depresión leve o moderada: 12 sesiones en tres fases de cuatro, de 1 a 3 sesiones con los padres, el círculo de cercanía y el rol de enfermo limitado.",
  "adapt.adolescent-contraindications":
    "La TIP-A no está indicada para adolescentes con riesgo suicida u homicida agudo, psicosis, trastorno bipolar o consumo activo de sustancias.",
  "adapt.older-adult":
    "Personas mayores: las transiciones de rol (41 %) y las disputas (34,5 %) fueron las áreas más frecuentes en la vejez; se ha probado la TIP de mantenimiento mensual con medicación en la depresión recurrente a partir de los 59 años.",
  "adapt.perinatal":
    "Perinatal: la TIP duró 12 sesiones semanales en el ensayo posparto de O'Hara 2000; la TIP con la pareja (8 sesiones) y la TIP breve ampliada con una sesión de enganche son alternativas; siga la EPDS.",
  "adapt.perinatal-default":
    "Los casos perinatales usan por defecto la TIP estándar con 12 sesiones semanales; elija la TIP breve para 8.",

  // Formulation statement
  "statement.link": "Parece tener relación con {clause}.",
  "statement.secondary": "También puede tener relación con {clause}.",
  "statement.clause.grief": "la muerte de {person} ({date})",
  "statement.clause.grief-no-date": "la muerte de {person}",
  "statement.clause.grief-unnamed": "una muerte en su vida ({date})",
  "statement.clause.pregnancy-loss": "la pérdida de su embarazo ({date})",
  "statement.clause.grief-unknown": "una pérdida en su vida",
  "statement.clause.dispute": "el conflicto con {person}",
  "statement.clause.dispute-unknown": "un conflicto en una relación importante",
  "statement.clause.transition": "el cambio en su vida desde {event} ({date}), de {old} a {new}",
  "statement.clause.transition-dissolution":
    "el final de su relación con {person}, de {old} a {new}",
  "statement.clause.transition-unknown": "un cambio reciente en su vida",
  "statement.clause.deficits": "sentirse aislado y tener pocas relaciones cercanas",
  "statement.plan-weeks":
    "Durante las próximas {count} semanas podemos trabajar juntos en esto; a medida que este problema mejore, debería empezar a sentirse mejor.",
  "statement.plan-months":
    "Durante los próximos {count} meses podemos seguir trabajando juntos en esto, para ayudarle a mantenerse bien.",
  "statement.agree": "¿Le parece que esto encaja con su forma de verlo?",
  "statement.note":
    "BORRADOR para el clínico: adapte la redacción, revísela con el paciente y acuerde el foco de forma explícita antes de usarla. Apoyo a la decisión, no un diagnóstico.",
};

/**
 * The Spanish locale (`es`; `es-MX`, `es-AR` and other Spanish tags resolve to it, and
 * `Intl` formats numbers and dates with the requested tag).
 *
 * @example
 * // Render a plan in Spanish
 * const locales = registerLocale(DEFAULT_LOCALES, ES);
 * renderPlan(plan, { locale: "es", locales }).split("\n")[0]
 * //=> "# Plan de tratamiento TIP (borrador)"
 *
 * @category Locales
 */
export const ES: PlanLocale = {
  id: "es",
  messages,
  terms: {
    problemArea: {
      grief: "duelo",
      "role-dispute": "disputa de rol",
      "role-transition": "transición de rol",
      "interpersonal-deficits": "déficits interpersonales",
    },
    disputeStage: {
      renegotiation: "renegociación",
      impasse: "estancamiento",
      dissolution: "ruptura",
    },
    eventPhrase: {
      death: "una muerte",
      "pregnancy-loss": "la pérdida gestacional",
      "new-relationship": "el inicio de una nueva relación",
      marriage: "el matrimonio",
      cohabitation: "el inicio de la convivencia",
      separation: "la separación",
      divorce: "el divorcio",
      reconciliation: "la reconciliación",
      pregnancy: "el embarazo",
      birth: "el nacimiento del bebé",
      adoption: "la adopción",
      "child-left-home": "la marcha de un hijo de casa",
      "caregiving-start": "el inicio de los cuidados a otra persona",
      "caregiving-end": "el final de los cuidados",
      "job-start": "el nuevo trabajo",
      "job-loss": "la pérdida del trabajo",
      promotion: "el ascenso",
      demotion: "el descenso de categoría",
      retirement: "la jubilación",
      "study-start": "el inicio de los estudios",
      graduation: "el fin de los estudios",
      "school-change": "el cambio de centro escolar",
      relocation: "la mudanza",
      migration: "la migración",
      "illness-diagnosis": "el diagnóstico de una enfermedad",
      injury: "la lesión",
      disability: "la discapacidad",
      "financial-change": "el cambio en la situación económica",
      "legal-problem": "el problema legal",
      "military-deployment": "el despliegue militar",
      other: "el cambio",
    },
    oldRole: {
      death: "la vida con la persona fallecida",
      "pregnancy-loss": "la maternidad o paternidad esperada",
      "new-relationship": "la vida en solitario",
      marriage: "la vida antes del matrimonio",
      cohabitation: "vivir por separado",
      separation: "la vida en pareja",
      divorce: "la vida de casados",
      reconciliation: "la vida por separado",
      pregnancy: "la vida antes del embarazo",
      birth: "la vida antes del bebé",
      adoption: "la vida antes de la adopción",
      "child-left-home": "un hogar con el hijo en él",
      "caregiving-start": "la vida antes de cuidar",
      "caregiving-end": "ser cuidador",
      "job-start": "el trabajo o la rutina anterior",
      "job-loss": "la vida laboral en ese trabajo",
      promotion: "el puesto anterior",
      demotion: "el puesto anterior",
      retirement: "la vida laboral",
      "study-start": "la vida antes de estudiar",
      graduation: "la vida de estudiante",
      "school-change": "el centro escolar anterior",
      relocation: "la vida en el lugar anterior",
      migration: "la vida en el país de origen",
      "illness-diagnosis": "la vida antes del diagnóstico",
      injury: "la vida antes de la lesión",
      disability: "la vida antes de la discapacidad",
      "financial-change": "la situación económica anterior",
      "legal-problem": "la vida antes del problema legal",
      "military-deployment": "la vida en casa",
      other: "la vida antes del cambio",
    },
    newRole: {
      death: "la vida sin esa persona",
      "pregnancy-loss": "la vida después de la pérdida",
      "new-relationship": "la vida en una nueva relación",
      marriage: "la vida de casados",
      cohabitation: "vivir juntos",
      separation: "la vida después de la separación",
      divorce: "la vida después del divorcio",
      reconciliation: "volver a vivir juntos",
      pregnancy: "esperar un hijo",
      birth: "la maternidad o paternidad",
      adoption: "la maternidad o paternidad",
      "child-left-home": "un hogar del que el hijo se ha ido",
      "caregiving-start": "ser cuidador",
      "caregiving-end": "la vida después de cuidar",
      "job-start": "el nuevo trabajo",
      "job-loss": "la vida sin ese trabajo",
      promotion: "el nuevo puesto",
      demotion: "el nuevo puesto",
      retirement: "la jubilación",
      "study-start": "la vida de estudiante",
      graduation: "la vida después de los estudios",
      "school-change": "el nuevo centro escolar",
      relocation: "la vida en el nuevo lugar",
      migration: "la vida en el nuevo país",
      "illness-diagnosis": "vivir con la enfermedad",
      injury: "la vida después de la lesión",
      disability: "vivir con la discapacidad",
      "financial-change": "la nueva situación económica",
      "legal-problem": "la vida con el problema legal",
      "military-deployment": "la vida en el despliegue",
      other: "la vida después del cambio",
    },
    flag: {
      "suicide-risk": "riesgo de suicidio",
      "safety-item-unanswered": "una pregunta de riesgo suicida sin responder",
      "onset-unknown": "inicio desconocido",
      "death-undated": "muerte sin fecha",
      "prolonged-grief": "duelo prolongado",
      "close-call": "empate ajustado entre áreas",
      "no-clear-focus": "falta de un foco claro",
      "severe-symptoms": "síntomas graves",
    },
    frequency: { weekly: "semanal", monthly: "mensual" },
    format: {
      standard: "TIP estándar",
      brief: "TIP breve (TIP-B)",
      adolescent: "TIP para adolescentes (TIP-A)",
      group: "TIP grupal (OMS)",
      counselling: "consejo interpersonal (CIP)",
      maintenance: "TIP de mantenimiento (TIP-M)",
    },
    fallback: {
      "other-person": "la otra persona",
      "old-role": "el rol anterior",
      "new-role": "el nuevo rol",
      "person-who-died": "la persona fallecida",
    },
    illness: {
      depression:
        "Lo que usted está viviendo es una depresión: una enfermedad frecuente que se puede tratar. No es culpa suya.",
      "persistent-depression":
        "Lo que usted está viviendo es una depresión de larga duración: una enfermedad frecuente que se puede tratar. No es culpa suya.",
      bipolar:
        "Lo que usted está viviendo forma parte de una enfermedad del estado de ánimo que se puede tratar. No es culpa suya.",
      bulimia:
        "Los problemas con la comida que usted está viviendo forman parte de una enfermedad frecuente que se puede tratar. No son culpa suya.",
      "binge-eating":
        "Los problemas con la comida que usted está viviendo forman parte de una enfermedad frecuente que se puede tratar. No son culpa suya.",
      "substance-use":
        "Lo que usted está viviendo forma parte de una enfermedad que se puede tratar. No es culpa suya.",
      anxiety:
        "La ansiedad que usted está viviendo forma parte de una enfermedad frecuente que se puede tratar. No es culpa suya.",
      ptsd: "Lo que usted está viviendo es una reacción frecuente que se puede tratar. No es culpa suya.",
      other: "Lo que usted está viviendo es un problema que se puede tratar. No es culpa suya.",
    },
    population: {
      adult: "adulta",
      adolescent: "adolescente",
      "older-adult": "persona mayor",
      perinatal: "perinatal",
    },
    condition: {
      depression: "depresión",
      "persistent-depression": "trastorno depresivo persistente",
      bipolar: "trastorno bipolar",
      bulimia: "bulimia nerviosa",
      "binge-eating": "trastorno por atracón",
      "substance-use": "trastorno por consumo de sustancias",
      anxiety: "trastorno de ansiedad",
      ptsd: "trastorno de estrés postraumático",
      other: "otra condición",
    },
    focusRole: { primary: "principal", secondary: "secundario" },
    measureRule: {
      "every-4": "cada 4 sesiones y en la última",
      "every-session": "en cada sesión",
      "baseline-and-end": "primera y última sesión",
    },
  },
};
