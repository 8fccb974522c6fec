import type { Answers, Recommendation } from './recommend.js';
import type { Resolved } from '../config/resolver.js';
import { cleanText } from '../config/sanitize.js';
import { RUNG_NAMES } from '../content/levels.js';
import { RUNG_DETAILS } from '../content/rungs.js';
import { COMMON } from '../i18n/common.js';
import { localize } from '../i18n/lang.js';
import { LADDER } from '../i18n/ladder.js';
import { SCREENER, person } from '../i18n/screener.js';

/** The two first lines of help, in the order rule 1 gives them. */
export type Line = '911' | '988';

/**
 * What a result screen shows (DESIGN §4), decided from the `Recommendation` alone plus the settings,
 * the language and who it is for; the crisis order also needs the danger answer. Strings keep their
 * `{…}` link marks for the element to fill.
 */
export interface ResultView {
  kind: Recommendation['kind'];
  level: Recommendation['level'];
  title: string;
  /** Level results: "Level 2.1" (edition 4: "Level 1.5" for outpatient); otherwise empty. */
  code: string;
  /** The screen's paragraphs: advice, or the clinic's own description of the level. */
  body: string[];
  /** What the level involves, as label and value (hours a week, lives at home, staff). */
  facts: Array<[string, string]>;
  reasons: string[];
  /** Whether this clinic offers the level; null when it says nothing about availability. */
  offered: boolean | null;
  notes: string[];
  /** 911 and 988, first on every result, ordered by rule 1 on the crisis screen. */
  first: Line[];
  /** Overdose signs and what to do. */
  overdose: boolean;
  /**
   * The clinic's contact: `cta` its link and phone (or the SAMHSA helpline without either), `phone`
   * its phone only, both firing `carepath-cta`; `quiet` its phone without any event (crisis);
   * `none` nothing (youth).
   */
  cta: 'cta' | 'phone' | 'quiet' | 'none';
  disclaimer: boolean;
}

export interface ResultContext {
  settings: Pick<Resolved, 'lang' | 'edition' | 'offered' | 'content'>;
  /** The screener is answered for someone else: "they" wording. */
  other: boolean;
  danger?: Answers['danger'];
}

export function resultView(rec: Recommendation, { settings, other, danger }: ResultContext): ResultView {
  const { lang, edition, offered, content } = settings;
  const t = SCREENER[lang];
  const c = COMMON[lang];
  const say = (text: string) => person(text, other);
  const { kind, level } = rec;
  // Crisis and youth carry rule 1 or 2 as their reason; neither screen lists reasons.
  const view: ResultView = {
    kind,
    level,
    title: t.medicalTitle,
    code: '',
    body: [say(t.medical)],
    facts: [],
    reasons: rec.reasons.filter((n) => n > 2).map((n) => say(t.reasons[n])),
    offered: null,
    notes: rec.flags.map((flag) => say(flag === 'moud' ? t.moud : level === '3.5' ? t.shortStay : t.short)),
    first: danger === 'suicide' ? ['988', '911'] : ['911', '988'],
    overdose: kind === 'crisis' || kind === 'youth',
    cta: 'phone',
    disclaimer: kind !== 'crisis',
  };
  if (kind === 'crisis') return { ...view, title: t.crisisTitle, body: [say(t.crisisLead)], cta: 'quiet' };
  if (kind === 'youth') return { ...view, title: t.youthTitle, body: t.youth.map(say), cta: 'none' };
  if (kind === 'medical-first') return view;
  // A level: edition 4 calls outpatient 1.5; the clinic may rename or describe the rung. What it
  // involves is the ladder's data and labels (DESIGN §3.1, §3.2); edition 4 has none of it.
  const code = edition === 4 && level === '1' ? '1.5' : level!;
  const own = content.levels?.[code];
  const details = edition === 3 ? RUNG_DETAILS[code] : undefined;
  const description = cleanText(localize(own?.description, lang), 400);
  const l = LADDER[lang];
  return {
    ...view,
    title: `${c.suggestedStart}: ${cleanText(localize(own?.name, lang)) || localize(RUNG_NAMES[edition][code], lang)}`,
    code: `${c.level} ${code}`,
    body: description || !details ? [description || c.detailsAskClinic] : [],
    facts:
      description || !details
        ? []
        : [
            [l.hours, details.weeklyHours[lang]],
            [l.livesAtHome, details.livesAtHome[lang]],
            [l.staffing, details.staffing[lang]],
          ],
    offered: offered ? offered.includes(code) : null,
    cta: 'cta',
  };
}
