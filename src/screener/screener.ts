import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { CarepathElement } from '../common/carepath-element.js';
import { callToAction, crisisLine, helpline } from '../common/help.js';
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
  type HelpLine,
} from '../content/crisis.js';
import { COMMON } from '../i18n/common.js';
import { localize } from '../i18n/lang.js';
import { SCREENER, person } from '../i18n/screener.js';
import { QUESTIONS } from './questions.js';
import { recommend, type Answers, type PartialAnswers, type Recommendation } from './recommend.js';
import { resultView } from './results.js';
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

/** Answers live here, in memory only, out of reach of attributes and properties (DESIGN §2). */
const answersOf = new WeakMap<CarepathScreener, Record<string, string[]>>();

type Ladder = Element & { showSuggestion?: (level: string) => void };

const a = (href: string, text: string) => html`<a href=${href}>${text}</a>`;
const link = (line: HelpLine) => a(line.href, line.number);
/** The items of any list. */
const li = (items: readonly unknown[]) => items.map((item) => html`<li>${item}</li>`);
const br = html`<br />`;

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
    const q = QUESTIONS[this.step];
    const chosen = new FormData(event.target as HTMLFormElement)
      .getAll(q.key)
      .filter((value): value is string => q.options.includes(value as string));
    this.error = !chosen.length;
    if (this.error) {
      this.focusOn = 'input';
      return;
    }
    const answers = answersOf.get(this) ?? {};
    answers[q.key] = chosen;
    answersOf.set(this, answers);
    this.touch();
    if (q.ends?.includes(chosen[0]) || this.step === QUESTIONS.length - 1) {
      const given: Record<string, unknown> = {};
      for (const { key, multi } of QUESTIONS.slice(0, this.step + 1)) {
        given[key] = multi ? answers[key] : answers[key][0];
      }
      const { kind, level } = (this.result = recommend(given as PartialAnswers));
      const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
      const share = this.shareResult && (kind === 'level' || kind === 'medical-first') && gpc !== true;
      // Once the result is on screen.
      void this.updateComplete.then(() => this.emit('carepath-complete', share ? { kind, level } : {}));
      this.focusOn = FOCUS;
    } else {
      this.step++;
      this.focusOn = FOCUS;
    }
  };

  private ladderTarget(): Ladder | null {
    const root = this.getRootNode() as Partial<NonElementParentNode>;
    const target = this.ladder ? (root.getElementById?.(this.ladder) as Ladder | null) : null;
    return typeof target?.showSuggestion === 'function' ? target : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusOn) {
      this.renderRoot.querySelector<HTMLElement>(this.focusOn)?.focus();
      this.focusOn = null;
    }
  }

  protected renderContent(): TemplateResult {
    const t = SCREENER[this.resolved.lang];
    const title = this.result ? this.renderResult(this.result) : null;
    return html`${crisisLine(this.resolved.lang, 'crisis')}
      ${this.notice
        ? html`<div class="notice" role="alert">
            <p>${t.notice}</p>
            <button type="button" @click=${this.touch}>${t.keep}</button>
          </div>`
        : nothing}
      ${title?.[1] ?? (this.step < 0 ? this.renderIntro() : this.renderQuestion())}
      ${this.step < 0
        ? nothing
        : html`<p><button type="button" part="restart" class="link" @click=${this.restart}>${t.restart}</button></p>`}
      <p class="visually-hidden" role="status">${title?.[0] ?? (this.expired ? t.expired : '')}</p>`;
  }

  private renderIntro(): TemplateResult {
    const t = SCREENER[this.resolved.lang];
    return html`<div part="intro">
      <h2 tabindex="-1">${t.title}</h2>
      ${this.expired ? html`<p class="muted">${t.expired}</p>` : nothing}
      <p>${t.intro}</p>
      <p>${t.privacy}</p>
      <button type="button" part="next" class="primary" @click=${this.start}>${t.start}</button>
    </div>`;
  }

  private renderQuestion(): unknown {
    const t = SCREENER[this.resolved.lang];
    const answers = answersOf.get(this) ?? {};
    const say = (text: string) => person(text, answers.for?.[0] === 'other');
    const q = QUESTIONS[this.step];
    const [legend, ...labels] = t.q[q.key];
    const chosen = answers[q.key] ?? [];
    // A fresh form per question, so no choice carries over to the next one.
    return keyed(
      this.step,
      html`<form method="dialog" @submit=${this.next} @keydown=${this.enter}>
          <p part="progress" class="muted">
            ${t.progress.replace('{n}', `${this.step + 1}`)}
          </p>
          <fieldset part="question" data-question=${q.key} aria-describedby=${this.error ? 'error' : nothing}>
            <legend><h2 tabindex="-1">${say(legend)}</h2></legend>
            ${this.error ? html`<p id="error" part="error" class="error">${t.error}</p>` : nothing}
            ${q.options.map(
              (code, i) =>
                html`<label part="answer"
                  ><input
                    type=${q.multi ? 'checkbox' : 'radio'}
                    name=${q.key}
                    value=${code}
                    ?checked=${chosen.includes(code)}
                  />${say(labels[i])}</label
                >`,
            )}
          </fieldset>
          <div class="nav">
            <button type="button" part="back" @click=${this.back}>${t.back}</button>
            <button part="next" class="primary">${t.next}</button>
          </div>
        </form>`,
    );
  }

  /** The result screen and the words to announce. */
  private renderResult(rec: Recommendation): [string, TemplateResult] {
    const r = this.resolved;
    const { lang } = r;
    const t = SCREENER[lang];
    const c = COMMON[lang];
    const answers = answersOf.get(this) ?? {};
    const v = resultView(rec, {
      settings: r,
      other: answers.for?.[0] === 'other',
      danger: answers.danger?.[0] as Answers['danger'],
    });
    const links: Record<string, unknown> = {
      911: link(EMERGENCY),
      988: link(CRISIS_CALL),
      sms: link(CRISIS_TEXT),
      samhsa: link(SAMHSA_HELPLINE),
      chat: a(CRISIS_CHAT.href, CRISIS_CHAT.label),
      find: a(FIND_TREATMENT.href, FIND_TREATMENT.label),
      name: localize(HELP_NAMES.crisisLine, lang),
    };
    const fill = (text: string) => text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? links[part] : part));
    const p = (text: string) => html`<p>${fill(text)}</p>`;
    const first = {
      911: fill(t.r911),
      988: [fill(t.r988), br, fill(t.r988es), br, fill(t.r988asl)],
    };
    const ladder = v.kind === 'level' ? this.ladderTarget() : null;
    if (this.ladder && v.kind === 'level' && !ladder) {
      this.warn('ladder', `no <carepath-ladder id="${this.ladder}"> on the page`);
    }
    // The clinic's link and phone (`cta`), or its phone only; the SAMHSA helpline is always below.
    const contact =
      r.phone || (v.cta === 'cta' && r.ctaHref)
        ? callToAction(
            v.cta === 'cta' ? r : { ...r, ctaHref: null },
            v.cta === 'quiet' ? () => {} : this.clinicCtaClicked,
            'cta',
          )
        : nothing;
    return [
      v.title,
      html`<section part="result" data-kind=${v.kind} data-level=${v.level ?? nothing} aria-labelledby="title">
          <h2 id="title" tabindex="-1">${v.title}</h2>
          ${v.code
            ? html`<p class="muted">
                ${v.code}
                ${v.offered === null
                  ? nothing
                  : html`<span class="badge">${v.offered ? c.offeredHere : c.notOfferedHere}</span>`}
              </p>`
            : nothing}
          ${v.body.map(p)}
          ${v.facts.length ? html`<ul>${li(v.facts.map((fact) => fact.join(': ')))}</ul>` : nothing}
          ${v.offered === false ? p(t.notOffered) : nothing}
          ${v.reasons.length ? html`<h3>${t.why}</h3><ul>${li(v.reasons)}</ul>` : nothing}
          ${v.notes.map(p)} ${v.cta === 'quiet' || v.cta === 'none' ? nothing : contact}
          ${ladder
            ? html`<p>
                <button type="button" @click=${() => this.ladderTarget()?.showSuggestion?.(rec.level ?? '')}>
                  ${t.ladder}
                </button>
              </p>`
            : nothing}
          ${v.disclaimer ? html`<p class="muted">${t.disclaimer} ${c.basedOnAsam}.</p>` : nothing}
          <div class="help">
            ${v.kind === 'crisis' ? nothing : html`<h3>${t.help}</h3>`}
            <ul>
              ${li(v.first.map((line) => first[line]))}
            </ul>
            ${v.cta === 'quiet' ? contact : nothing}
            ${helpline(lang)}
            <p class="muted">${c.usOnly}</p>
          </div>
          ${v.overdose
            ? html`<h3>${t.signs}</h3>
                <ul>
                  ${li(OVERDOSE_SIGNS.map((sign) => sign[lang]))}
                </ul>
                <h3>${t.todo}</h3>
                <ol>
                  ${li(OVERDOSE_ACTIONS.map((action) => fill(action[lang].replace('911', '{911}'))))}
                </ol>`
            : nothing}
        </section>
        <div class="nav">
          <button type="button" part="back" @click=${this.back}>${t.back}</button>
        </div>`,
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-screener': CarepathScreener;
  }
}
