import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CarepathElement } from '../common/carepath-element.js';
import { callToAction, crisisLine, helpline } from '../common/help.js';
import { cleanText } from '../config/sanitize.js';
import {
  CRISIS_CALL,
  CRISIS_CHAT,
  CRISIS_TEXT,
  EMERGENCY,
  FIND_TREATMENT,
  HELP_NAMES,
  OVERDOSE_ACTIONS,
  OVERDOSE_SIGNS,
  SAMHSA_HELPLINE,
} from '../content/crisis.js';
import { RUNG_NAMES } from '../content/levels.js';
import { RUNG_DETAILS } from '../content/rungs.js';
import { COMMON } from '../i18n/common.js';
import { localize } from '../i18n/lang.js';
import { LADDER } from '../i18n/ladder.js';
import { SCREENER, person } from '../i18n/screener.js';
import { CODES, answersRead, recommend, type Answers, type PartialAnswers, type Recommendation } from './recommend.js';
import { screenerStyles } from './screener.styles.js';

/** The timers of the idle wipe; tests drive them with a manual clock. */
export const idleClock = {
  set: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clear: (id: unknown): void => clearTimeout(id as ReturnType<typeof setTimeout>),
};

const MINUTE = 60_000;
/** Each screen's heading: the intro's, the question's (inside its legend: Firefox cannot focus a
 *  legend) or the result's. */
const FOCUS = '[tabindex="-1"]';
/** The questions, in the order asked (DESIGN §4). */
const KEYS = Object.keys(CODES) as Array<keyof Answers>;

/** Answers live here, in memory only, out of reach of attributes and properties (DESIGN §2). */
const answersOf = new WeakMap<CarepathScreener, Partial<Record<keyof Answers, string[]>>>();

type Ladder = Element & { showSuggestion?: (level: string) => void };

const a = (href: string, text: string) => html`<a href=${href}>${text}</a>`;
/** The working links that `{…}` marks in the strings stand for. */
const LINKS: Record<string, TemplateResult> = {
  911: a(EMERGENCY.href, EMERGENCY.number),
  988: a(CRISIS_CALL.href, CRISIS_CALL.number),
  sms: a(CRISIS_TEXT.href, CRISIS_TEXT.number),
  samhsa: a(SAMHSA_HELPLINE.href, SAMHSA_HELPLINE.number),
  chat: a(CRISIS_CHAT.href, CRISIS_CHAT.label),
  find: a(FIND_TREATMENT.href, FIND_TREATMENT.label),
};
/** The items of any list. */
const li = (items: readonly unknown[]) => items.map((item) => html`<li>${item}</li>`);

/**
 * A private one-minute self-check (DESIGN §1.5, §4): one question at a time, then where a
 * conversation with a professional could start. It never diagnoses; the rules are `recommend()`'s.
 * Answers stay in memory and are wiped on Start over, on `pagehide` and after 20 idle minutes (with
 * a "Keep my answers" notice at 19). The host carries the masking hooks of common session-replay
 * tools. Nothing is ever sent, stored, or put in the URL, title or history.
 *
 * @tag carepath-screener
 * @attr share-result - Boolean. `carepath-complete` then carries `{ kind, level }` for level and
 *   medical-first results, unless the visitor's browser sends Global Privacy Control.
 * @attr ladder - The id of a `<carepath-ladder>` on the page: a level result offers to show the
 *   suggested rung on it.
 * @fires carepath-complete - A result is shown. Detail `{}` (see `share-result`); never answers.
 * @fires carepath-cta - The clinic's call to action or phone was clicked. Detail `{}`. Crisis and
 *   helpline links fire nothing.
 * @csspart intro - The first screen.
 * @csspart question - Each question's fieldset (`data-question` names it).
 * @csspart answer - Each answer's label.
 * @csspart error - The message when Next is pressed without an answer.
 * @csspart progress - "Question 3 of 11".
 * @csspart next - The Start and Next buttons.
 * @csspart back - The Back button.
 * @csspart restart - The Start over button.
 * @csspart result - The result (`data-kind`, `data-level`).
 * @csspart cta - The clinic's call-to-action link.
 * @csspart crisis - The "In crisis? Call or text 988" line on every screen.
 */
export class CarepathScreener extends CarepathElement {
  static override styles = [...CarepathElement.styles, screenerStyles];
  protected readonly tag = 'carepath-screener';

  static override properties = {
    ...CarepathElement.properties,
    shareResult: { type: Boolean, attribute: 'share-result' },
    ladder: {},
    // Internal state; `attribute: false` also keeps it out of the custom-elements manifest.
    step: { state: true, attribute: false },
    result: { state: true, attribute: false },
    error: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    expired: { state: true, attribute: false },
  };

  /** With it, `carepath-complete` carries `{ kind, level }` for level and medical-first results. */
  shareResult = false;
  /** The id of a `<carepath-ladder>` on the page, to show a level result on it. */
  ladder: string | null = null;

  /** -1: the intro; otherwise the question shown, or the one whose answer led to the result. */
  private step = -1;
  private result: Recommendation | null = null;
  private error = false;
  private notice = false;
  private expired = false;
  /** What to focus after the next render. */
  private focusOn: string | null = null;
  private timers: unknown[] = [];

  constructor() {
    super();
    // Any interaction restarts the idle time.
    for (const type of ['click', 'keydown', 'input', 'pointerdown']) this.addEventListener(type, this.touch);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-hj-suppress', '');
    this.setAttribute('data-clarity-mask', 'true');
    this.classList.add('fs-exclude', 'rr-block');
    addEventListener('pagehide', this.leave);
    this.touch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.leave);
    this.stopTimers();
  }

  private readonly leave = () => this.clear(false);

  /** Wipes the answers and goes back to the intro. */
  private clear(expired: boolean): void {
    answersOf.delete(this);
    this.stopTimers();
    this.step = -1;
    this.result = null;
    this.error = this.notice = false;
    this.expired = expired;
  }

  private stopTimers(): void {
    this.timers.forEach(idleClock.clear);
    this.timers = [];
  }

  private readonly touch = () => {
    this.stopTimers();
    // The notice goes; focus in it goes back to the screen rather than to the page.
    if (this.notice && this.shadowRoot?.activeElement?.closest('.notice')) this.focusOn = FOCUS;
    this.notice = false;
    if (!answersOf.has(this)) return;
    this.timers = [
      idleClock.set(() => (this.notice = true), 19 * MINUTE),
      idleClock.set(() => {
        const focused = this.matches(':focus-within');
        this.clear(true);
        if (focused) this.focusOn = FOCUS;
      }, 20 * MINUTE),
    ];
  };

  private readonly start = () => {
    this.step = 0;
    this.expired = false;
    this.focusOn = FOCUS;
  };

  private readonly restart = () => {
    this.clear(false);
    this.focusOn = FOCUS;
  };

  private readonly back = () => {
    this.error = false;
    if (this.result) this.result = null;
    else this.step--;
    this.focusOn = FOCUS;
  };

  /** Enter on an answer submits, the same in every browser. */
  private readonly enter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.target as Element).localName === 'input') {
      event.preventDefault();
      (event.currentTarget as HTMLFormElement).requestSubmit();
    }
  };

  /** Next: the only way on. Records the answer, then shows the next question or the result. */
  private readonly next = (event: SubmitEvent) => {
    event.preventDefault();
    const key = KEYS[this.step];
    const chosen = new FormData(event.target as HTMLFormElement).getAll(key) as string[];
    this.error = !chosen.length;
    this.focusOn = this.error ? 'input' : FOCUS;
    if (this.error) return;
    const answers = answersOf.get(this) ?? {};
    answers[key] = chosen;
    answersOf.set(this, answers);
    this.touch();
    // A danger, or an age under 18, ends the questions (rules 1 and 2); so does the last answer.
    if ((key === 'danger' && chosen[0] !== 'no') || chosen[0] === 'under18' || key === 'hours') {
      const given = Object.fromEntries(
        KEYS.slice(0, this.step + 1).map((k) => [k, k === 'substances' ? answers[k] : answers[k]![0]]),
      );
      const { kind, level } = (this.result = recommend(given as PartialAnswers));
      const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
      const share = this.shareResult && (kind === 'level' || kind === 'medical-first') && gpc !== true;
      // Once the result is on screen.
      void this.updateComplete.then(() => this.emit('carepath-complete', share ? { kind, level } : {}));
    } else this.step++;
  };

  private ladderTarget(): Ladder | null {
    const root = this.getRootNode() as Partial<NonElementParentNode>;
    const target = this.ladder ? (root.getElementById?.(this.ladder) as Ladder | null) : null;
    return typeof target?.showSuggestion === 'function' ? target : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The inputs are reused from question to question: each one starts from its own answers.
    if (changed.has('step')) this.renderRoot.querySelector('form')?.reset();
    if (this.focusOn) {
      this.renderRoot.querySelector<HTMLElement>(this.focusOn)?.focus();
      this.focusOn = null;
    }
  }

  protected renderContent(): TemplateResult {
    const t = SCREENER[this.resolved.lang];
    // The words to announce: the result's title, or that the answers were cleared.
    const [title, screen] = this.result
      ? this.renderResult(this.result)
      : [this.expired ? t.expired : '', this.step < 0 ? null : this.renderQuestion()];
    return html`${crisisLine(this.resolved.lang, 'crisis')}
      ${this.notice
        ? html`<div class="notice" role="alert">
            <p>${t.notice}</p>
            <button type="button" @click=${this.touch}>${t.keep}</button>
          </div>`
        : nothing}
      ${screen
        ? html`<form method="dialog" @submit=${this.next} @keydown=${this.enter}>
              ${screen}
              <div class="nav">
                <button type="button" part="back" @click=${this.back}>${t.back}</button>
                ${this.result ? nothing : html`<button part="next" class="primary">${t.next}</button>`}
              </div>
            </form>
            <p><button type="button" part="restart" class="link" @click=${this.restart}>${t.restart}</button></p>`
        : html`<div part="intro">
            <h2 tabindex="-1">${t.title}</h2>
            ${this.expired ? html`<p class="muted">${t.expired}</p>` : nothing}
            <p>${t.intro}</p>
            <p>${t.privacy}</p>
            <button type="button" part="next" class="primary" @click=${this.start}>${t.start}</button>
          </div>`}
      <p class="visually-hidden" role="status">${title}</p>`;
  }

  /** The question shown, inside the form whose Next records its answer. */
  private renderQuestion(): TemplateResult {
    const t = SCREENER[this.resolved.lang];
    const answers = answersOf.get(this) ?? {};
    const say = (text: string) => person(text, answers.for?.[0] === 'other');
    const key = KEYS[this.step];
    const [legend, ...labels] = t.q[key];
    const chosen = answers[key] ?? [];
    return html`<p part="progress" class="muted">${t.progress.replace('{n}', `${this.step + 1}`)}</p>
      <fieldset part="question" data-question=${key} aria-describedby=${this.error ? 'error' : nothing}>
        <legend><h2 tabindex="-1">${say(legend)} ${key === 'substances' ? t.all : ''}</h2></legend>
        ${this.error ? html`<p id="error" part="error" class="error">${t.error}</p>` : nothing}
        ${CODES[key].map(
          (code, i) =>
            html`<label part="answer"
              ><input
                type=${key === 'substances' ? 'checkbox' : 'radio'}
                name=${key}
                value=${code}
                ?checked=${chosen.includes(code)}
              />${say(labels[i])}</label
            >`,
        )}
      </fieldset>`;
  }

  /**
   * The result screen (DESIGN §4) and its title, to announce. It shows only what `recommend`
   * returned, in the visitor's person; the crisis order of 911 and 988 also needs the danger answer.
   */
  private renderResult({ kind, level, flags, reasons }: Recommendation): [unknown, TemplateResult] {
    const r = this.resolved;
    const { lang } = r;
    const t = SCREENER[lang];
    const c = COMMON[lang];
    const answers = answersOf.get(this)!;
    const say = (text: string) => person(text, answers.for![0] === 'other');
    const links: Record<string, unknown> = { ...LINKS, name: localize(HELP_NAMES.crisisLine, lang) };
    const fill = (text: string) =>
      say(text)
        .split(/\{(\w+)\}/)
        .map((part, i) => (i % 2 ? links[part] : part));
    const p = (text: string) => html`<p>${fill(text)}</p>`;
    // The reasons: the visitor's own answers that the rules behind the result read, each with its
    // question (only the substances a rule names); rule 16 is that none of them points higher.
    const read = answersRead(reasons);
    const why: unknown[] = KEYS.flatMap((key) => {
      const [legend, ...labels] = t.q[key];
      const codes: readonly string[] = CODES[key];
      const shown = answers[key]?.filter((code) => read.includes(key === 'substances' ? code : key));
      return shown?.length
        ? [html`${say(legend)} <b>${shown.map((code) => say(labels[codes.indexOf(code)])).join(', ')}</b>`]
        : [];
    });
    if (reasons[0] === 16) why.push(t.outpatient);
    const crisis = kind === 'crisis';
    const isLevel = kind === 'level';
    // The title, then what the level involves, or the screen's own paragraphs.
    const [title, body, ladder] = isLevel ? this.renderLevel(level!, p) : [t[kind][0], t[kind].slice(1).map(p)];
    // 911 first, but 988 first for thoughts of suicide (rule 1).
    const first = [t[911], t[988]];
    if (answers.danger![0] === 'suicide') first.reverse();
    // The clinic's phone, and for a level its link too, firing `carepath-cta`. On the crisis screen
    // it comes after 911 and 988 and fires nothing; the youth screen has none.
    const contact =
      r.phone || (isLevel && r.ctaHref)
        ? callToAction(isLevel ? r : { ...r, ctaHref: null }, crisis ? () => {} : this.clinicCtaClicked, 'cta')
        : nothing;
    return [
      title,
      html`<section part="result" data-kind=${kind} data-level=${level ?? nothing} aria-labelledby="title">
          <h2 id="title" tabindex="-1">${title}</h2>
          ${body}
          ${why.length
            ? html`<h3>${t.why}</h3>
                <ul>
                  ${li(why)}
                </ul>`
            : nothing}
          ${flags.map((flag) => p(flag === 'moud' ? t.moud : level === '3.5' ? t.shortStay : t.short))}
          ${crisis || kind === 'youth' ? nothing : contact} ${ladder}
          ${crisis ? nothing : html`<p class="muted">${t.disclaimer} ${c.basedOnAsam}.</p>`}
          <div class="help">
            ${crisis ? nothing : html`<h3>${t.help}</h3>`}
            <ul>
              ${li(first.map(fill))}
            </ul>
            ${crisis ? contact : nothing} ${helpline(lang)}
            <p class="muted">${c.usOnly}</p>
          </div>
          ${crisis || kind === 'youth'
            ? html`<h3>${t.signs}</h3>
                <ul>
                  ${li(OVERDOSE_SIGNS.map((sign) => sign[lang]))}
                </ul>
                <h3>${t.todo}</h3>
                <ol>
                  ${li(OVERDOSE_ACTIONS.map((action) => fill(action[lang].replace('911', '{911}'))))}
                </ol>`
            : nothing}
        </section>`,
    ];
  }

  /**
   * A level result's title, what the rung involves, whether this clinic offers it, and the link to
   * the ladder. Edition 4 calls outpatient 1.5; the clinic may rename or describe the rung. What it
   * involves is the ladder's data and labels (DESIGN §3.1, §3.2); edition 4 has none of it.
   */
  private renderLevel(level: string, p: (text: string) => TemplateResult): [TemplateResult, TemplateResult, unknown] {
    const { lang, edition, content, offered } = this.resolved;
    const t = SCREENER[lang];
    const c = COMMON[lang];
    const l = LADDER[lang];
    const code = edition === 4 && level === '1' ? '1.5' : level;
    const own = content.levels?.[code];
    const details = edition === 3 ? RUNG_DETAILS[code] : undefined;
    const description = cleanText(localize(own?.description, lang), 400);
    const here = offered?.includes(code);
    const ladder = this.ladderTarget();
    if (this.ladder && !ladder) this.warn('ladder', `no <carepath-ladder id="${this.ladder}"> on the page`);
    return [
      html`${c.suggestedStart}:
        <bdi>${cleanText(localize(own?.name, lang)) || localize(RUNG_NAMES[edition][code], lang)}</bdi>`,
      html`<p class="muted">
          ${c.level} ${code}
          ${offered ? html`<span class="badge">${here ? c.offeredHere : c.notOfferedHere}</span>` : nothing}
        </p>
        ${description || !details
          ? html`<p><bdi>${description || c.detailsAskClinic}</bdi></p>`
          : html`<ul>
              ${li([
                [l.hours, details.weeklyHours],
                [l.livesAtHome, details.livesAtHome],
                [l.staffing, details.staffing],
              ].map(([label, value]) => `${label}: ${localize(value, lang)}`))}
            </ul>`}
        ${offered && !here ? p(t.notOffered) : nothing}`,
      ladder
        ? html`<p>
            <button type="button" @click=${() => this.ladderTarget()?.showSuggestion!(level)}>${t.ladder}</button>
          </p>`
        : nothing,
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-screener': CarepathScreener;
  }
}
