/**
 * The label and help text of every field of the format, in each intake locale. The help says
 * what the answer means and, for a scored field, how it weighs (the numbers are those of the
 * default scoring model, `docs/scoring.md`).
 *
 * @module
 */
import type { IntakeLocale, IntakePath } from "./intakeField.js";

/** A field's label and help text. */
export interface FieldText {
  readonly label: string;
  readonly help: string;
}

const EN: Readonly<Record<IntakePath, FieldText>> = {
  format: {
    label: "Format",
    help: "Always ipt-case/1: set it in code, not on the form.",
  },
  id: {
    label: "Case id",
    help: "A pseudonymous id of the case (1–64 characters) that the app makes; never a name or a record number.",
  },
  assessedOn: {
    label: "Date of assessment",
    help: "The day of this assessment: every “how long ago” is measured from it, and no date on the form may be later. Without an onset, the timing rules measure from it.",
  },
  population: {
    label: "Population",
    help: "Adult unless chosen. For adolescents the prolonged-grief time criterion is 6 months (12 for adults) and the plan follows IPT-A.",
  },
  condition: {
    label: "Condition",
    help: "The condition IPT is applied to (depression unless chosen); it selects the plan's adaptation notes, not the scores.",
  },
  episode: {
    label: "Current episode",
    help: "When the current episode began, and how many came before.",
  },
  "episode.onset": {
    label: "Onset of the episode",
    help: "The month (or the year) the current episode began. The most important date: every event and conflict is weighed by its distance from it. Leave it out if unknown; the formulation then flags onset-unknown.",
  },
  "episode.priorEpisodes": {
    label: "Earlier episodes",
    help: "How many episodes came before this one (0 or more). Recorded, not scored.",
  },
  relationships: {
    label: "Important people",
    help: "The interpersonal inventory: the important people, past and present, one row each. The list may be empty.",
  },
  "relationships[].id": {
    label: "Person id",
    help: "An id the app makes for the row, unique among the people (1–64 characters); events name people by it. Not shown.",
  },
  "relationships[].label": {
    label: "Name or label",
    help: "How the person is shown, such as “Mother” or “Friend J.” (1–80 characters). Keep it pseudonymous.",
  },
  "relationships[].role": {
    label: "Who they are",
    help: "Who the person is to the patient. Shown in the pictures and the plan; not scored.",
  },
  "relationships[].circle": {
    label: "Closeness",
    help: "Where the person sits on the interpersonal circle: inner for the most intimate (whom the patient would turn to in a crisis), outer for acquaintances. It weighs every loss of and conflict with this person.",
  },
  "relationships[].status": {
    label: "Status now",
    help: "The relationship now. If the person has died, also record the death as a life event with its date: without one the loss counts with its date unknown and the formulation flags death-undated.",
  },
  "relationships[].contact": {
    label: "Contact",
    help: "How often they are in touch now. Not scored.",
  },
  "relationships[].support": {
    label: "Support",
    help: "How much support this person gives, from 0 (none) to 4. An active person in the inner or middle circle with support 2 or more (or not rated) is a close tie; fewer than three close ties count for interpersonal deficits.",
  },
  "relationships[].conflict": {
    label: "Conflict",
    help: "How intense the current conflict is, from 0 (none) to 4. Conflict with a living person is evidence of a role dispute; with someone who has died, of grief.",
  },
  "relationships[].conflictSince": {
    label: "Conflict since",
    help: "The month (or the year) the conflict began: a conflict that began up to a year before the onset links to it fully.",
  },
  "relationships[].expectationsReciprocal": {
    label: "Shared expectations?",
    help: "Do the two expect the same of the relationship? “No” (non-reciprocal expectations) is the core of a role dispute.",
  },
  "relationships[].disputeStage": {
    label: "Stage of the dispute",
    help: "Renegotiation (both aware and trying), impasse (talk has stopped) or dissolution (irretrievably broken).",
  },
  lifeEvents: {
    label: "Life events",
    help: "The events around the episode, one row each. The list may be empty.",
  },
  "lifeEvents[].id": {
    label: "Event id",
    help: "An id the app makes for the row, unique among the events (1–64 characters); measures name a loss by it. Not shown.",
  },
  "lifeEvents[].kind": {
    label: "What happened",
    help: "The kind of event. A death or a pregnancy loss is weighed as grief; every other kind as a role transition.",
  },
  "lifeEvents[].date": {
    label: "When",
    help: "The month (or just the year) it happened; required, and not after the assessment. Its distance from the onset weighs the event.",
  },
  "lifeEvents[].relationshipIds": {
    label: "People involved",
    help: "Whom the event is about: the person who died, the partner left, the baby born. A death names the person who died, which dates their loss.",
  },
  "lifeEvents[].distress": {
    label: "Distress",
    help: "How much it upset the patient, from 0 (none) to 4: half weight at 0, full weight at 4, three quarters when not rated.",
  },
  "lifeEvents[].adjusted": {
    label: "Mourned or adapted to?",
    help: "Has the patient mourned the loss or adapted to the change? “No” gives full weight, and an unmourned loss counts however long ago it was.",
  },
  "lifeEvents[].griefSigns": {
    label: "Signs of prolonged grief",
    help: "Only for a death or a pregnancy loss: the signs present nearly every day in the last month (DSM-5-TR).",
  },
  social: {
    label: "Long-standing pattern",
    help: "The patient's long-standing interpersonal pattern: evidence for interpersonal deficits.",
  },
  "social.loneliness": {
    label: "Loneliness",
    help: "How lonely the patient feels, from 0 (none) to 4.",
  },
  "social.lifelongIsolation": {
    label: "Lifelong isolation?",
    help: "A long-standing pattern of few or impoverished relationships.",
  },
  "social.communicationDifficulty": {
    label: "Difficulty with relationships",
    help: "Difficulty starting or keeping relationships, from 0 (none) to 4.",
  },
  "social.rejectionSensitivity": {
    label: "Sensitivity to rejection",
    help: "Sensitivity to criticism and rejection, from 0 (none) to 4.",
  },
  measures: {
    label: "Measures",
    help: "Standardized instruments given to the patient; none unless added.",
  },
  "measures[].instrument": {
    label: "Instrument",
    help: "The instrument given: a built-in one, or one the app registered.",
  },
  "measures[].administeredOn": {
    label: "Date given",
    help: "When it was given; not after the assessment.",
  },
  "measures[].items": {
    label: "Item answers",
    help: "One answer per item, in the instrument's order and keyed as its manual says; a skipped item is null. The number of items and their range come from the instrument (getInstrument, main entry).",
  },
  "measures[].relatesTo": {
    label: "About which loss",
    help: "For a grief instrument (PG-13-R, ICG): the loss it is about, a death or pregnancy-loss event. Only then is its score grief evidence.",
  },
};

const ES: Readonly<Record<IntakePath, FieldText>> = {
  format: {
    label: "Formato",
    help: "Siempre ipt-case/1: se fija en el código, no en el formulario.",
  },
  id: {
    label: "Identificador del caso",
    help: "Un identificador seudónimo del caso (de 1 a 64 caracteres) que crea la aplicación; nunca un nombre ni un número de historia clínica.",
  },
  assessedOn: {
    label: "Fecha de la evaluación",
    help: "El día de esta evaluación: todo «hace cuánto» se mide desde ella, y ninguna fecha del formulario puede ser posterior. Si no se conoce el inicio, las reglas temporales miden desde esta fecha.",
  },
  population: {
    label: "Población",
    help: "Adulta si no se indica otra. En adolescentes, el criterio temporal del duelo prolongado es de 6 meses (12 en adultos) y el plan sigue la TIP-A.",
  },
  condition: {
    label: "Condición",
    help: "La condición a la que se aplica la TIP (depresión si no se indica otra); elige las notas de adaptación del plan, no las puntuaciones.",
  },
  episode: {
    label: "Episodio actual",
    help: "Cuándo empezó el episodio actual y cuántos hubo antes.",
  },
  "episode.onset": {
    label: "Inicio del episodio",
    help: "El mes (o el año) en que empezó el episodio actual. Es la fecha más importante: cada acontecimiento y cada conflicto se pondera por su distancia a ella. Si no se conoce, déjela en blanco; la formulación lo señala con onset-unknown.",
  },
  "episode.priorEpisodes": {
    label: "Episodios anteriores",
    help: "Cuántos episodios hubo antes de este (0 o más). Se registra, no se puntúa.",
  },
  relationships: {
    label: "Personas importantes",
    help: "El inventario interpersonal: las personas importantes, del pasado y del presente, una fila por persona. La lista puede estar vacía.",
  },
  "relationships[].id": {
    label: "Identificador de la persona",
    help: "Un identificador que la aplicación crea para la fila, único entre las personas (de 1 a 64 caracteres); los acontecimientos nombran a las personas con él. No se muestra.",
  },
  "relationships[].label": {
    label: "Nombre o etiqueta",
    help: "Cómo se muestra a la persona, por ejemplo «Madre» o «Amiga J.» (de 1 a 80 caracteres). Que sea seudónimo.",
  },
  "relationships[].role": {
    label: "Quién es",
    help: "Quién es esta persona para el paciente. Aparece en los gráficos y en el plan; no se puntúa.",
  },
  "relationships[].circle": {
    label: "Cercanía",
    help: "Dónde se sitúa la persona en el círculo interpersonal: el interior, para las más íntimas (a quienes el paciente acudiría en una crisis); el exterior, para los conocidos. Pondera cada pérdida de esta persona y cada conflicto con ella.",
  },
  "relationships[].status": {
    label: "Situación actual",
    help: "La relación hoy. Si la persona ha fallecido, registre también la muerte como acontecimiento vital con su fecha: sin él, la pérdida cuenta con fecha desconocida y la formulación lo señala con death-undated.",
  },
  "relationships[].contact": {
    label: "Contacto",
    help: "Con qué frecuencia están en contacto ahora. No se puntúa.",
  },
  "relationships[].support": {
    label: "Apoyo",
    help: "Cuánto apoyo da esta persona, de 0 (nada) a 4. Una persona con la relación activa, en el círculo interior o intermedio y con apoyo 2 o más (o sin valorar) es un vínculo cercano; tener menos de tres cuenta a favor de los déficits interpersonales.",
  },
  "relationships[].conflict": {
    label: "Conflicto",
    help: "La intensidad del conflicto actual, de 0 (nada) a 4. Un conflicto con una persona viva es evidencia de una disputa de rol; con alguien que ha fallecido, de duelo.",
  },
  "relationships[].conflictSince": {
    label: "Conflicto desde",
    help: "El mes (o el año) en que empezó el conflicto: un conflicto que empezó hasta un año antes del inicio se vincula a él por completo.",
  },
  "relationships[].expectationsReciprocal": {
    label: "¿Expectativas compartidas?",
    help: "¿Esperan los dos lo mismo de la relación? «No» (expectativas no recíprocas) es el núcleo de una disputa de rol.",
  },
  "relationships[].disputeStage": {
    label: "Etapa de la disputa",
    help: "Renegociación (los dos son conscientes y lo intentan), estancamiento (ya no hablan) o ruptura (la relación está rota sin remedio).",
  },
  lifeEvents: {
    label: "Acontecimientos vitales",
    help: "Los acontecimientos en torno al episodio, una fila por acontecimiento. La lista puede estar vacía.",
  },
  "lifeEvents[].id": {
    label: "Identificador del acontecimiento",
    help: "Un identificador que la aplicación crea para la fila, único entre los acontecimientos (de 1 a 64 caracteres); las medidas nombran una pérdida con él. No se muestra.",
  },
  "lifeEvents[].kind": {
    label: "Qué ocurrió",
    help: "El tipo de acontecimiento. Una muerte o una pérdida gestacional se pondera como duelo; cualquier otro tipo, como transición de rol.",
  },
  "lifeEvents[].date": {
    label: "Cuándo",
    help: "El mes (o solo el año) en que ocurrió; es obligatorio y no puede ser posterior a la evaluación. Su distancia al inicio pondera el acontecimiento.",
  },
  "lifeEvents[].relationshipIds": {
    label: "Personas implicadas",
    help: "A quién se refiere el acontecimiento: la persona que falleció, la pareja de la que se separó, el bebé que nació. Una muerte nombra a la persona fallecida, y así su pérdida queda fechada.",
  },
  "lifeEvents[].distress": {
    label: "Malestar",
    help: "Cuánto afectó al paciente, de 0 (nada) a 4: la mitad del peso con 0, el peso completo con 4 y tres cuartos si no se valora.",
  },
  "lifeEvents[].adjusted": {
    label: "¿Elaborado o asumido?",
    help: "¿Ha elaborado el paciente la pérdida o se ha adaptado al cambio? «No» da el peso completo, y una pérdida no elaborada cuenta por lejana que sea.",
  },
  "lifeEvents[].griefSigns": {
    label: "Signos de duelo prolongado",
    help: "Solo para una muerte o una pérdida gestacional: los signos presentes casi todos los días durante el último mes (DSM-5-TR).",
  },
  social: {
    label: "Patrón de larga evolución",
    help: "El patrón interpersonal de larga evolución del paciente: evidencia de déficits interpersonales.",
  },
  "social.loneliness": {
    label: "Soledad",
    help: "Cuánta soledad siente el paciente, de 0 (nada) a 4.",
  },
  "social.lifelongIsolation": {
    label: "¿Aislamiento de toda la vida?",
    help: "Un patrón de larga evolución de pocas relaciones o de relaciones empobrecidas.",
  },
  "social.communicationDifficulty": {
    label: "Dificultad en las relaciones",
    help: "Dificultad para iniciar o mantener relaciones, de 0 (nada) a 4.",
  },
  "social.rejectionSensitivity": {
    label: "Sensibilidad al rechazo",
    help: "Sensibilidad a la crítica y al rechazo, de 0 (nada) a 4.",
  },
  measures: {
    label: "Medidas",
    help: "Instrumentos estandarizados aplicados al paciente; ninguno si no se añaden.",
  },
  "measures[].instrument": {
    label: "Instrumento",
    help: "El instrumento aplicado: uno de los incluidos o uno que haya registrado la aplicación.",
  },
  "measures[].administeredOn": {
    label: "Fecha de aplicación",
    help: "Cuándo se aplicó; no puede ser posterior a la evaluación.",
  },
  "measures[].items": {
    label: "Respuestas a los ítems",
    help: "Una respuesta por ítem, en el orden del instrumento y puntuada como indica su manual; un ítem sin respuesta es null. El número de ítems y su rango los da el instrumento (getInstrument, entrada principal).",
  },
  "measures[].relatesTo": {
    label: "Sobre qué pérdida",
    help: "Para un instrumento de duelo (PG-13-R, ICG): la pérdida a la que se refiere, un acontecimiento de muerte o de pérdida gestacional. Solo entonces su puntuación es evidencia de duelo.",
  },
};

/** The label and help text of every field, by locale. */
export const FIELD_TEXT: Readonly<Record<IntakeLocale, Readonly<Record<IntakePath, FieldText>>>> = {
  en: EN,
  es: ES,
};
