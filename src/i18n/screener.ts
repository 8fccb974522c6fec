import type { Lang } from './lang.js';
import type { Question } from '../screener/questions.js';

/**
 * Strings of `<carepath-screener>`. One template per sentence: `[you form|they form]` is rendered
 * for oneself or for someone else (DESIGN §4; Spanish "usted" / "esa persona"). `{911}`, `{988}`,
 * `{sms}`, `{chat}`, `{samhsa}`, `{find}`, `{name}` mark working links filled in by the element.
 * Questions: the legend first, then one label per answer code, in the order of questions.ts.
 * Crisis wording follows DESIGN §3.3; the rules behind the reasons are DESIGN §4's.
 */
const en = {
  title: 'A one-minute self-check',
  intro:
    'Eleven short questions about you or someone you care about, to see where a talk with a professional could start. About one minute. Not a diagnosis.',
  privacy:
    "This self-check doesn't send your answers anywhere. This website's own privacy policy also applies.",
  start: 'Start',
  progress: 'Question {n} of {total}',
  next: 'Next',
  back: 'Back',
  restart: 'Start over',
  error: 'Choose at least one answer to go on.',
  q: {
    for: ['Who is this self-check for?', 'Me', 'Someone I care about'],
    danger: [
      'Is any of this happening right now?',
      'Thoughts of suicide or of hurting [yourself|themselves]',
      "A medical emergency: seizure, trouble breathing, can't be woken, overdose signs, chest pain, confusion or hallucinations",
      'Someone may be hurt by another person',
      'No, none of these',
    ],
    age: ['How old [are you|is the person]?', 'Under 18', '18 to 64', '65 or older'],
    pregnant: [
      '[Are you|Is the person] pregnant, or could [you|they] be?',
      "No, or it doesn't apply",
      'Not sure',
      'Yes',
    ],
    substances: [
      'What [do you|does the person] use? Choose all that apply.',
      'Alcohol',
      'Sedatives, such as benzodiazepines',
      'Opioids, such as heroin, fentanyl or pain pills',
      'Stimulants, such as cocaine or meth',
      'Cannabis',
      'Something else',
    ],
    frequency: [
      'How often [do you|does the person] use now?',
      'Not using now',
      'Less than once a week',
      'Weekly',
      'Daily or almost daily',
    ],
    withdrawal: [
      'What happens when [you stop|they stop] or cut down?',
      'No withdrawal signs',
      'Not sure',
      'Shakes, sweats, nausea, or needing a drink or pill to feel steady',
      'At some point, a seizure or delirium (DTs)',
    ],
    health: [
      'Besides substance use, how is [your|their] health?',
      'No other condition',
      'A condition that current care keeps managed',
      'A medical or mental-health condition that makes daily life very hard',
    ],
    history: [
      'What about treatment so far?',
      'This would be the first time',
      'Recently finished residential or inpatient care',
      'Recently finished an IOP or PHP',
      'Treated before, and use started again',
    ],
    home: [
      'What is home like?',
      'Supportive: no one drinks or uses there',
      'Mixed',
      "Others drink or use there, or it isn't safe",
    ],
    hours: [
      'While living at home, how many hours a week could [you|they] give to treatment?',
      'Under 9',
      '9 to 19',
      '20 or more',
      '[I|They] could stay at a facility',
    ],
  } as Record<Question['key'], string[]>,
  crisisTitle: 'Get help now',
  crisisLead: "[You don't|They don't] have to face this alone. Help is there right now.",
  medicalTitle: 'Medical care first',
  medical:
    '[Talk|They should talk] to a doctor before stopping or cutting down: stopping suddenly can be dangerous. [You|They] may need medically supervised withdrawal; a doctor decides whether that happens at home, in a day program or during a stay.',
  youthTitle: 'Talk with a clinician who treats young people',
  youth: [
    'A pediatrician or school counselor can help find one.',
    "[Don't stop|They shouldn't stop] alcohol or sedatives suddenly without a doctor: it can be dangerous.",
    'The {988} Lifeline serves people of all ages.',
  ],
  why: 'Why this suggestion',
  // "Daily" is daily or almost daily; no reason says which substance is used how often.
  reasons: {
    3: 'A seizure or delirium when stopping or cutting down.',
    4: 'Possible withdrawal, with daily use; alcohol or sedatives among the substances.',
    5: 'Daily use, with sedatives among the substances.',
    6: 'Age 65 or older, with daily use; alcohol among the substances.',
    7: '[You are|They are] or may be pregnant, with weekly or daily use; alcohol, sedatives or opioids among the substances.',
    8: 'Daily use; alcohol or sedatives, and opioids, among the substances.',
    9: 'Daily use, with alcohol among the substances, and a condition that makes daily life very hard.',
    10: "Home isn't safe, or others drink or use there.",
    11: 'A condition that makes daily life very hard.',
    12: 'Daily or almost daily use.',
    13: 'Weekly use, with a first treatment or a return to use.',
    14: 'Stepping down after residential or inpatient care.',
    15: 'Home is only partly supportive.',
    16: 'No answer points to more than outpatient care.',
  } as Record<number, string>,
  notOffered:
    'To find a program that offers it, ask the clinic, call the SAMHSA helpline ({samhsa}) or search {find}.',
  moud: 'Medications for opioid use disorder (buprenorphine, methadone, naltrexone) help, and many programs include them.',
  short: "If [you can't|they can't] give that many hours, ask about evening and virtual options.",
  shortStay:
    'If a stay seems hard because of work, family or cost, the clinic can talk through what it involves.',
  disclaimer: 'This is not a diagnosis: a licensed professional decides with a full assessment.',
  ladder: 'Show this level on the levels-of-care ladder',
  help: 'Help any time',
  r911: 'Emergency, overdose or danger right now: call {911}.',
  r988: '{name}: call {988}, text {sms} or chat at {chat}.',
  r988es: 'In Spanish: press 2, or text AYUDA to {sms}.',
  r988asl: 'Deaf or hard of hearing: reach {988} by ASL videophone.',
  signs: 'Signs of an overdose',
  todo: 'What to do',
  notice: 'Still there? To protect privacy, these answers will be cleared in 1 minute.',
  keep: 'Keep my answers',
  expired: 'The answers were cleared after 20 minutes without activity.',
};

export type ScreenerStrings = typeof en;

const es: ScreenerStrings = {
  title: 'Autoevaluación de un minuto',
  intro:
    'Once preguntas breves sobre usted o un ser querido, para ver dónde podría empezar una conversación con un profesional. Alrededor de un minuto. No es un diagnóstico.',
  privacy:
    'Esta autoevaluación no envía sus respuestas a ningún lugar. También se aplica la política de privacidad de este sitio web.',
  start: 'Comenzar',
  progress: 'Pregunta {n} de {total}',
  next: 'Siguiente',
  back: 'Atrás',
  restart: 'Empezar de nuevo',
  error: 'Elija al menos una respuesta para continuar.',
  q: {
    for: ['¿Para quién es esta autoevaluación?', 'Para mí', 'Para un ser querido o alguien que conozco'],
    danger: [
      '¿Está pasando algo de esto ahora mismo?',
      'Pensamientos de suicidio o de hacerse daño',
      'Una emergencia médica: convulsiones, dificultad para respirar, no se puede despertar, signos de sobredosis, dolor en el pecho, confusión o alucinaciones',
      'Alguien podría sufrir daño por parte de otra persona',
      'No, nada de esto',
    ],
    age: ['¿Qué edad tiene [usted|esa persona]?', 'Menos de 18 años', 'De 18 a 64 años', '65 años o más'],
    pregnant: [
      '¿[Está usted|Está esa persona] embarazada, o podría estarlo?',
      'No, o no corresponde',
      'No lo sé',
      'Sí',
    ],
    substances: [
      '¿Qué consume [usted|esa persona]? Marque todas las que correspondan.',
      'Alcohol',
      'Sedantes, como las benzodiacepinas',
      'Opioides, como heroína, fentanilo o analgésicos',
      'Estimulantes, como cocaína o metanfetamina',
      'Marihuana (cannabis)',
      'Otra sustancia',
    ],
    frequency: [
      '¿Con qué frecuencia consume [usted|esa persona] ahora?',
      'Ahora no consume',
      'Menos de una vez por semana',
      'Cada semana',
      'A diario o casi a diario',
    ],
    withdrawal: [
      '¿Qué pasa cuando [usted deja|esa persona deja] de consumir o consume menos?',
      'Ningún síntoma de abstinencia',
      'No lo sé',
      'Temblores, sudores, náuseas, o necesitar un trago o una pastilla para sentirse estable',
      'Alguna vez, convulsiones o delirium tremens',
    ],
    health: [
      'Aparte del consumo, ¿cómo está la salud de [usted|esa persona]?',
      'Ninguna otra afección',
      'Una afección controlada con la atención actual',
      'Una afección médica o de salud mental que hace muy difícil la vida diaria',
    ],
    history: [
      '¿Y el tratamiento hasta ahora?',
      'Sería la primera vez',
      'Terminó hace poco un tratamiento residencial u hospitalario',
      'Terminó hace poco un programa ambulatorio intensivo (IOP) o de hospitalización parcial (PHP)',
      'Recibió tratamiento antes y volvió a consumir',
    ],
    home: [
      '¿Cómo es la situación en casa?',
      'Hay apoyo: nadie bebe ni consume allí',
      'Hay de todo',
      'Otras personas beben o consumen allí, o no es un lugar seguro',
    ],
    hours: [
      'Viviendo en casa, ¿cuántas horas por semana podría dedicar [usted|esa persona] al tratamiento?',
      'Menos de 9',
      'De 9 a 19',
      '20 o más',
      '[Podría quedarme|Podría quedarse] en un centro',
    ],
  },
  crisisTitle: 'Busque ayuda ahora',
  crisisLead:
    '[Usted no tiene|Esa persona no tiene] que pasar por esto a solas. Hay ayuda ahora mismo.',
  medicalTitle: 'Primero, atención médica',
  medical:
    '[Hable|Esa persona debe hablar] con un médico antes de dejar de consumir o de consumir menos: dejar de consumir de repente puede ser peligroso. [Es posible que usted necesite|Es posible que esa persona necesite] manejo de la abstinencia con supervisión médica; un médico decide si se hace en casa, en un programa de día o durante una estancia.',
  youthTitle: 'Hable con un profesional clínico que atienda a jóvenes',
  youth: [
    'La consulta de pediatría o el personal de consejería escolar pueden ayudar a encontrar uno.',
    '[No deje|Esa persona no debe dejar] el alcohol ni los sedantes de repente sin un médico: puede ser peligroso.',
    'La Línea {988} atiende a personas de todas las edades.',
  ],
  why: 'Por qué se sugiere',
  reasons: {
    3: 'Convulsiones o delirium al dejar de consumir o consumir menos.',
    4: 'Posibles síntomas de abstinencia, con consumo diario; alcohol o sedantes entre las sustancias.',
    5: 'Consumo diario, con sedantes entre las sustancias.',
    6: 'Edad de 65 años o más, con consumo diario; alcohol entre las sustancias.',
    7: '[Usted está|Esa persona está] o podría estar embarazada, con consumo semanal o diario; alcohol, sedantes u opioides entre las sustancias.',
    8: 'Consumo diario; alcohol o sedantes, y opioides, entre las sustancias.',
    9: 'Consumo diario, con alcohol entre las sustancias, y una afección que hace muy difícil la vida diaria.',
    10: 'El hogar no es seguro, u otras personas beben o consumen allí.',
    11: 'Una afección que hace muy difícil la vida diaria.',
    12: 'Consumo diario o casi diario.',
    13: 'Consumo semanal, con un primer tratamiento o después de volver a consumir.',
    14: 'Paso a un nivel menos intensivo después de un tratamiento residencial u hospitalario.',
    15: 'El hogar ofrece solo algo de apoyo.',
    16: 'Ninguna respuesta indica más que tratamiento ambulatorio.',
  },
  notOffered:
    'Para encontrar un programa que lo ofrezca, consulte con la clínica, llame a la línea de ayuda de SAMHSA ({samhsa}) o busque en {find}.',
  moud: 'Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona, naltrexona) ayudan, y muchos programas los incluyen.',
  short:
    'Si [usted no puede|esa persona no puede] dedicar tantas horas, pregunte por opciones de noche y virtuales.',
  shortStay:
    'Si una estancia parece difícil por el trabajo, la familia o el costo, la clínica puede explicarle lo que implica.',
  disclaimer:
    'Esto no es un diagnóstico: un profesional de la salud con licencia decide con una evaluación clínica completa.',
  ladder: 'Ver este nivel en la escalera de niveles de atención',
  help: 'Ayuda a cualquier hora',
  r911: 'Emergencia, sobredosis o peligro ahora mismo: llame al {911}.',
  r988: '{name}: llame al {988}, envíe un mensaje de texto al {sms} o chatee en {chat}.',
  r988es: 'En español: oprima 2, o envíe AYUDA al {sms}.',
  r988asl:
    'Personas sordas o con dificultades auditivas: pueden comunicarse con el {988} por videollamada en lengua de señas americana (ASL).',
  signs: 'Signos de sobredosis',
  todo: 'Qué hacer',
  notice: '¿Sigue ahí? Para proteger su privacidad, estas respuestas se borrarán en 1 minuto.',
  keep: 'Conservar mis respuestas',
  expired: 'Las respuestas se borraron después de 20 minutos sin actividad.',
};

export const SCREENER: Record<Lang, ScreenerStrings> = { en, es };

/** Picks the "you" or the "they" form of every `[you|they]` in a sentence. */
export function person(text: string, other: boolean): string {
  return text.replace(/\[([^|\]]*)\|([^\]]*)\]/g, (_, self: string, they: string) => (other ? they : self));
}
