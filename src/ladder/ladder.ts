import { html, nothing, type TemplateResult } from 'lit';
import { CarepathElement } from '../common/carepath-element.js';
import { callToAction } from '../common/help.js';
import { normalizeCode, readLevels } from '../config/codes.js';
import { cleanText } from '../config/sanitize.js';
import { RUNG_CODES, RUNG_NAMES } from '../content/levels.js';
import { BROAD_LEVELS, MOVING_BETWEEN, RUNG_DETAILS, WITHDRAWAL_NOTE } from '../content/rungs.js';
import { COMMON } from '../i18n/common.js';
import { LADDER } from '../i18n/ladder.js';
import { localize } from '../i18n/lang.js';
import { ladderStyles } from './ladder.styles.js';

/** A clinic's override for one rung, already cleaned. */
interface RungOverride {
  name: string;
  description: string;
  href: string | null;
}

const badge = (on: unknown, text: string) => (on ? html`<span class="badge" part="badge">${text}</span>` : nothing);

/**
 * The levels-of-care ladder (DESIGN §1.4): every rung of the ASAM edition shown, in order of
 * intensity, each a button that discloses what the level involves (hours, living at home, staff,
 * who it is for). Edition 3 groups its eight rungs under five broad levels; edition 4 lists ten.
 *
 * @tag carepath-ladder
 * @attr highlight - One rung to mark "Suggested starting point": a code (`2.1`) or a program name
 *   (`iop`); a program covering two rungs (`residential`) marks its first. Read from the attribute,
 *   never written back to it.
 * @attr orientation - `vertical`, `horizontal`, or `auto` (default): horizontal when the element is
 *   at least 56em wide, vertical otherwise.
 * @fires carepath-cta - The clinic's call to action (its link or phone) was clicked. Detail: `{}`.
 * @csspart ladder - The list of levels (`<ol>`).
 * @csspart rung - One level (`<li>`).
 * @csspart rung-button - The button that shows or hides a level's details.
 * @csspart rung-details - A level's details.
 * @csspart badge - "Offered here" and "Suggested starting point".
 */
export class CarepathLadder extends CarepathElement {
  static override styles = [...CarepathElement.styles, ladderStyles];

  protected readonly tag = 'carepath-ladder';

  static override properties = { ...CarepathElement.properties, highlight: {}, orientation: {} };

  /**
   * The rung marked "Suggested starting point": a code (`2.1`) or a program name (`iop`); a program
   * covering two rungs (`residential`) marks its first. Read from the attribute, never written back.
   */
  declare highlight?: string | null;

  /** `vertical`, `horizontal`, or `auto` (default): horizontal when the element is at least 56em wide. */
  declare orientation?: string | null;

  /** Rungs whose details are shown, by code; each toggle asks for a render. */
  private open: Record<string, boolean> = {};

  /** Set from `orientation`, `highlight` and the overrides before each render. */
  private layout!: string;
  private marked?: string;
  private own!: Record<string, RungOverride>;

  /**
   * Marks the rung of `code` "Suggested starting point" and moves the visitor to it: the highlight
   * is set as a property only (the page's `highlight` attribute is never changed), no rung is opened,
   * the rung is scrolled into view (smoothly unless reduced motion is preferred) and its button takes
   * focus. The URL, fragment and history are left alone. In edition 4, `1` means `1.5`
   * (DESIGN §1.5). An unknown code is warned about and changes nothing.
   */
  showSuggestion(code: string): void {
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.showSuggestion(code));
      return;
    }
    const token = `${code}`.trim();
    const edition = this.resolved.edition;
    // readLevels also reads "4.0" as 4 and a program name as its first rung.
    const found = readLevels(edition > 3 && token === '1' ? '1.5' : token, edition).codes[0];
    if (!found) return this.ignore('showSuggestion', token);
    this.highlight = found;
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`[data-code="${found}"] button`);
      button?.scrollIntoView({
        block: 'nearest',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
      button?.focus({ preventScroll: true });
    });
  }

  /** One warning for a level the edition shown does not have; it is left out. */
  private ignore(key: string, token: string): void {
    this.warn(key, `"${token}" is not a level in ASAM edition ${this.resolved.edition}; ignored.`);
  }

  protected override willRender(): void {
    const { edition, lang, content } = this.resolved;

    const orientation = (this.orientation ?? '').trim().toLowerCase();
    this.layout = orientation === 'vertical' || orientation === 'horizontal' ? orientation : 'auto';
    if (orientation && orientation !== this.layout) {
      this.warn('orientation', `"${this.orientation}" is not vertical, horizontal or auto; auto is used.`);
    }

    // One rung: the first known token's first rung (`residential` → 3.1).
    const { codes, unknown } = readLevels(this.highlight, edition);
    for (const token of unknown) this.ignore('highlight', token);
    this.marked = codes[0];

    this.own = {};
    for (const [key, value] of Object.entries(content.levels ?? {})) {
      const code = normalizeCode(key, edition);
      if (!RUNG_CODES[edition].includes(code)) {
        this.ignore(`levels.${key}`, key);
        continue;
      }
      this.own[code] = {
        name: cleanText(localize(value.name, lang)),
        description: cleanText(localize(value.description, lang), 300),
        href: this.safeLink(`levels.${key}.href`, value.href),
      };
    }
  }

  private rung(code: string): TemplateResult {
    const { lang, edition, offered } = this.resolved;
    const c = COMMON[lang];
    const own = this.own[code];
    const standard = RUNG_NAMES[edition][code][lang];
    const open = !!this.open[code];
    const toggle = () => {
      this.open[code] = !open;
      this.requestUpdate();
    };

    return html`<li part="rung" class="rung ${code === this.marked ? 'hl' : ''}" data-code=${code}>
      <button part="rung-button" aria-expanded=${open} aria-controls="d${code}" @click=${toggle}>
        <span class="name">${own?.name ? html`<bdi>${own.name}</bdi>` : standard}<span class="code"> · ${c.level} ${code}</span></span>
        ${badge(offered?.includes(code), c.offeredHere)} ${badge(code === this.marked, c.suggestedStart)}
      </button>
      <div part="rung-details" class="details" id="d${code}" ?hidden=${!open}>${open ? this.rungDetails(code) : nothing}</div>
    </li>`;
  }

  /** What a rung involves; built only while it is open, so a closed ladder stays a short list. */
  private rungDetails(code: string): TemplateResult {
    const { lang, edition } = this.resolved;
    const t = LADDER[lang];
    const c = COMMON[lang];
    const own = this.own[code];
    const standard = RUNG_NAMES[edition][code][lang];
    // Edition 4: our sources publish no details, so "Details: ask the clinic" (DESIGN §3.2).
    const d = edition < 4 && RUNG_DETAILS[code];
    const facts: string[][] = own?.name ? [[t.standardName, standard]] : [];
    if (d) {
      facts.push(
        [t.hours, d.weeklyHours[lang]],
        [t.livesAtHome, d.livesAtHome[lang]],
        [t.staffing, d.staffing[lang]],
        [t.bestFor, d.bestFor?.[lang] ?? c.askTheClinic],
      );
    }
    // Edition 4 puts withdrawal management in the .7 levels and level 4 (DESIGN §3.2).
    const withdrawal = !d && (code.endsWith('.7') || code === '4');
    return html`${own?.description
        ? html`<p><bdi>${own.description}</bdi></p>`
        : d
          ? nothing
          : html`<p>${c.detailsAskClinic}</p>`}
      ${facts.length ? html`<dl>${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>` : nothing}
      ${withdrawal ? html`<p>${WITHDRAWAL_NOTE[lang]}</p>` : nothing}
      ${own?.href
        ? html`<p>
            <a href=${own.href}>${c.learnMore}<span class="visually-hidden">: ${own.name || standard}</span></a>
          </p>`
        : nothing}`;
  }

  protected renderContent(): TemplateResult {
    const r = this.resolved;
    const t = LADDER[r.lang];
    const rungs = (codes: readonly string[]) => codes.map((code) => this.rung(code));
    return html`<h2 id="title">${t.title}</h2>
      <p class="edition">${COMMON[r.lang].basedOnAsam}, ${r.edition < 4 ? t.edition3 : t.edition4}</p>
      <ol part="ladder" class="ladder ${this.layout}" aria-labelledby="title">
        ${r.edition < 4
          ? BROAD_LEVELS.map(
              (name, i) => html`<li>
                <h3 id="g${i}">${name[r.lang]}</h3>
                <ol aria-labelledby="g${i}">
                  ${rungs(RUNG_CODES[3].filter((code) => code[0] === `${i}`))}
                </ol>
              </li>`,
            )
          : rungs(RUNG_CODES[4])}
      </ol>
      <p><strong>${t.moving}</strong> ${MOVING_BETWEEN[r.lang]}</p>
      ${callToAction(r, this.clinicCtaClicked)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-ladder': CarepathLadder;
  }
}
