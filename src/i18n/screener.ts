import type { Lang } from './lang.js';
import type { Answers } from '../screener/recommend.js';

/**
 * Strings of `<carepath-screener>`. One template per sentence: `[you form|they form]` is rendered
 * for oneself or for someone else (DESIGN §4; Spanish "usted" / "esa persona"). `{911}`, `{988}`,
 * `{sms}`, `{chat}`, `{samhsa}`, `{find}`, `{name}` mark working links (and the 988 Lifeline's
 * name) filled in by the element; a line break starts a new line on screen.
 * Questions: the legend first, then one label per answer code, in the order of `CODES`
 * (recommend.ts). Results other than a level: the title first, then one paragraph per string.
 * A result's reasons are the visitor's own answers (legend and label) behind it; `outpatient` is
 * rule 16's. Crisis wording follows DESIGN §3.3.
 */
const en = {
  title: 'Self-check',
  intro:
    'Eleven questions, for you or someone else, on where to start talking with a professional. About one minute. Not a diagnosis.',
  privacy:
    "This self-check doesn't send your answers anywhere. This website's own privacy policy also applies.",
  start: 'Start',
  progress: 'Question {n} of 11',
  next: 'Next',
  back: 'Back',
  restart: 'Start over',
  error: 'Choose an answer to go on.',
  all: 'Choose all that apply.',
  q: {
    for: ['Who is this for?', 'Me', 'Someone I care about'],
    danger: [
      'Is any of this happening right now?',
      'Thoughts of suicide or self-harm',
      "A medical emergency: seizure, trouble breathing, can't be woken, overdose signs, chest pain, confusion or hallucinations",
      'Someone may be hurt by another person',
      'None of these',
    ],
    age: ['How old [are you|is the person]?', 'Under 18', '18 to 64', '65 or older'],
    pregnant: ['[Are you|Is the person] pregnant, or could [you|they] be?', "No, or it doesn't apply", 'Not sure', 'Yes'],
    substances: [
      'What [do you|does the person] use?',
      'Alcohol',
      'Sedatives (benzodiazepines)',
      'Opioids (heroin, fentanyl, pain pills)',
      'Stimulants (cocaine, meth)',
      'Cannabis',
      'Something else',
    ],
    frequency: ['How often, now?', 'Not using now', 'Less than weekly', 'Weekly', 'Daily or almost daily'],
    withdrawal: [
      'What happens when [you|they] stop or cut down?',
      'Nothing',
      'Not sure',
      'Shakes, sweats, nausea, or needing a drink or pill to feel steady',
      'Ever a seizure or delirium (DTs)',
    ],
    health: [
      'Any other medical or mental-health condition?',
      'None',
      'Yes, managed with current care',
      'Yes, it makes daily life very hard',
    ],
    history: [
      'Treatment so far?',
      'This would be the first time',
      'Recently finished residential or inpatient care',
      'Recently finished an IOP or PHP',
      'Treated before; use started again',
    ],
    home: ['What is home like?', 'Supportive; no one drinks or uses there', 'Mixed', "Others drink or use there, or it isn't safe"],
    hours: [
      'Living at home, how many hours a week could [you|they] give to treatment?',
      'Under 9',
      '9 to 19',
      '20 or more',
      '[I|They] could stay at a facility',
    ],
  } as Record<keyof Answers, string[]>,
  crisis: ['Get help now', "[You're|They're] not alone. Help is there now."],
  youth: [
    'Talk with a clinician who treats young people',
    'A pediatrician or school counselor can help find one.',
    "[Don't stop|They shouldn't stop] alcohol or sedatives suddenly without a doctor.",
    'The {988} Lifeline serves all ages.',
  ],
  'medical-first': [
    'Medical care first',
    '[Talk|They should talk] to a doctor before stopping or cutting down: stopping suddenly can be dangerous. [You|They] may need medically supervised withdrawal; a doctor decides whether that happens at home, in a day program or during a stay.',
  ],
  why: 'Why',
  outpatient: 'No answer points to more than outpatient care.',
  notOffered: 'For a program that offers it: ask the clinic, the SAMHSA helpline ({samhsa}) or {find}.',
  moud: 'Medications for opioid use disorder (buprenorphine, methadone, naltrexone) help; many programs include them.',
  short: "Can't give that many hours? Ask about evening and virtual options.",
  shortStay: 'If a stay seems hard because of work, family or cost, the clinic can talk it through.',
  disclaimer: 'This is not a diagnosis: a licensed professional decides with a full assessment.',
  ladder: 'Show it on the levels-of-care ladder',
  help: 'Help any time',
  911: 'Emergency, overdose or danger now: call {911}.',
  988: '{name}: call {988}, text {sms} or chat at {chat}.\nIn Spanish: press 2, or text AYUDA to {sms}.\nDeaf or hard of hearing: {988} by ASL videophone.',
  signs: 'Signs of an overdose',
  todo: 'What to do',
  notice: 'Still there? For privacy, these answers will be cleared in 1 minute.',
  keep: 'Keep my answers',
  expired: 'Answers cleared after 20 idle minutes.',
};

export type ScreenerStrings = typeof en;

const es: ScreenerStrings = {
  title: 'Autoevaluación',
  intro:
    'Once preguntas, sobre usted u otra persona, para ver dónde empezar a hablar con un profesional. Un minuto. No es un diagnóstico.',
  privacy:
    'Esta autoevaluación no envía sus respuestas a ningún lugar. También se aplica la política de privacidad de este sitio web.',
  start: 'Comenzar',
  progress: 'Pregunta {n} de 11',
  next: 'Siguiente',
  back: 'Atrás',
  restart: 'Empezar de nuevo',
  error: 'Elija una respuesta para continuar.',
  all: 'Marque todas las que apliquen.',
  q: {
    for: ['¿Para quién es?', 'Para mí', 'Para un ser querido'],
    danger: [
      '¿Está pasando algo de esto ahora mismo?',
      'Pensamientos de suicidio o de hacerse daño',
      'Una emergencia médica: convulsiones, dificultad para respirar, no se puede despertar, signos de sobredosis, dolor en el pecho, confusión o alucinaciones',
      'Otra persona podría hacerle daño a alguien',
      'Nada de esto',
    ],
    age: ['¿Qué edad tiene [usted|esa persona]?', 'Menos de 18 años', 'De 18 a 64 años', '65 años o más'],
    pregnant: ['¿Está [usted|esa persona] embarazada, o podría estarlo?', 'No, o no corresponde', 'No lo sé', 'Sí'],
    substances: [
      '¿Qué consume [usted|esa persona]?',
      'Alcohol',
      'Sedantes (benzodiacepinas)',
      'Opioides (heroína, fentanilo, analgésicos)',
      'Estimulantes (cocaína, metanfetamina)',
      'Marihuana (cannabis)',
      'Otra sustancia',
    ],
    frequency: ['¿Con qué frecuencia, ahora?', 'Ahora no consume', 'Menos de una vez por semana', 'Cada semana', 'A diario o casi a diario'],
    withdrawal: [
      '¿Qué pasa al dejar de consumir o consumir menos?',
      'Nada',
      'No lo sé',
      'Temblores, sudores, náuseas, o necesitar un trago o una pastilla para sentirse estable',
      'Alguna vez, convulsiones o delirium tremens',
    ],
    health: [
      '¿Alguna otra afección médica o de salud mental?',
      'Ninguna',
      'Sí, controlada con la atención actual',
      'Sí, hace muy difícil la vida diaria',
    ],
    history: [
      '¿Y el tratamiento hasta ahora?',
      'Sería la primera vez',
      'Terminó hace poco un tratamiento residencial u hospitalario',
      'Terminó hace poco un IOP o PHP',
      'Recibió tratamiento antes y volvió a consumir',
    ],
    home: ['¿Cómo es el hogar?', 'Hay apoyo: nadie bebe ni consume allí', 'Hay de todo', 'Otras personas beben o consumen allí, o no es seguro'],
    hours: [
      'Viviendo en casa, ¿cuántas horas por semana podría dedicar al tratamiento?',
      'Menos de 9',
      'De 9 a 19',
      '20 o más',
      'Podría [quedarme|quedarse] en un centro',
    ],
  },
  crisis: ['Busque ayuda ahora', '[Usted|Esa persona] no está a solas. Hay ayuda ahora.'],
  youth: [
    'Hable con un profesional clínico que atienda a jóvenes',
    'La consulta de pediatría o la escuela pueden ayudar a encontrarlo.',
    '[No deje|Esa persona no debe dejar] el alcohol ni los sedantes de repente sin un médico.',
    'La Línea {988} atiende a todas las edades.',
  ],
  'medical-first': [
    'Primero, atención médica',
    '[Hable|Esa persona debe hablar] con un médico antes de dejar de consumir o de consumir menos: dejar de consumir de repente puede ser peligroso. Es posible que [usted|esa persona] necesite manejo de la abstinencia con supervisión médica; un médico decide si se hace en casa, en un programa de día o durante una estancia.',
  ],
  why: 'Por qué',
  outpatient: 'Ninguna respuesta indica más que tratamiento ambulatorio.',
  notOffered: 'Para un programa que lo ofrezca: consulte con la clínica, la línea de ayuda de SAMHSA ({samhsa}) o {find}.',
  moud: 'Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona, naltrexona) ayudan; muchos programas los incluyen.',
  short: '¿No puede dedicar tantas horas? Pregunte por opciones de noche y virtuales.',
  shortStay: 'Si una estancia parece difícil por el trabajo, la familia o el costo, la clínica puede hablarlo.',
  disclaimer: 'Esto no es un diagnóstico: un profesional con licencia decide con una evaluación completa.',
  ladder: 'Verlo en la escalera de niveles de atención',
  help: 'Ayuda a cualquier hora',
  911: 'Emergencia, sobredosis o peligro ahora: llame al {911}.',
  988: '{name}: llame al {988}, envíe un mensaje de texto al {sms} o chatee en {chat}.\nEn español: oprima 2, o envíe AYUDA al {sms}.\nPersonas sordas o con dificultades auditivas: {988} por videollamada en ASL.',
  signs: 'Signos de sobredosis',
  todo: 'Qué hacer',
  notice: '¿Sigue ahí? Por privacidad, estas respuestas se borrarán en 1 minuto.',
  keep: 'Conservar mis respuestas',
  expired: 'Respuestas borradas tras 20 minutos sin actividad.',
};

export const SCREENER: Record<Lang, ScreenerStrings> = { en, es };

/** Picks the "you" or the "they" form of every `[you|they]` in a sentence. */
export function person(text: string, other: boolean): string {
  return text.replace(/\[([^|\]]*)\|([^\]]*)\]/g, (_, self: string, they: string) => (other ? they : self));
}
