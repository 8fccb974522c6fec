import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CarepathElement } from '../common/carepath-element.js';
import { callToAction } from '../common/help.js';
import { normalizeCode, readLevels } from '../config/codes.js';
import { cleanText, safeHref } from '../config/sanitize.js';
import { RUNG_CODES, RUNG_NAMES } from '../content/levels.js';
import {
  BROAD_LEVELS,
  MOVING_BETWEEN,
  RUNG_DETAILS,
  WITHDRAWAL_LEVELS_4,
  WITHDRAWAL_NOTE,
} from '../content/rungs.js';
import { COMMON } from '../i18n/common.js';
import { LADDER } from '../i18n/ladder.js';
import { localize } from '../i18n/lang.js';
import { ladderStyles } from './ladder.styles.js';

type Orientation = 'vertical' | 'horizontal' | 'auto';
const ORIENTATIONS: readonly string[] = ['vertical', 'horizontal', 'auto'];

/** A clinic's override for one rung, already cleaned. */
interface RungOverride {
  name: string;
  description: string;
  href: string | null;
}

/** `2.1` → `2-1`, for ids inside the shadow root. */
const idOf = (code: string): string => code.replace('.', '-');

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

  /** The rung marked "Suggested starting point", as a code or program name. */
  @property() highlight: string | null = null;

  /** `vertical`, `horizontal` or `auto`. */
  @property() orientation: string | null = null;

  /** Rungs whose details are shown, by code. */
  @state() private open: ReadonlySet<string> = new Set();

  private layout: Orientation = 'auto';
  private highlighted: string | null = null;
  private overrides: Record<string, RungOverride> = {};

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
    const edition = this.resolved.edition;
    let token = normalizeCode(String(code), edition);
    if (edition === 4 && token === '1') token = '1.5';
    const found = readLevels(token, edition).codes[0];
    if (!found) {
      this.warn('showSuggestion', `"${code}" is not a level in ASAM edition ${edition}; nothing is highlighted.`);
      return;
    }
    this.highlight = found;
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`#b${idOf(found)}`);
      if (!button) return;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      button.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
      button.focus({ preventScroll: true });
    });
  }

  protected override willRender(_changed: PropertyValues): void {
    const { edition, lang, content } = this.resolved;
    const codes = RUNG_CODES[edition];

    const orientation = (this.orientation ?? 'auto').trim().toLowerCase() || 'auto';
    if (!ORIENTATIONS.includes(orientation)) {
      this.warn('orientation', `"${this.orientation}" is not vertical, horizontal or auto; auto is used.`);
    }
    this.layout = ORIENTATIONS.includes(orientation) ? (orientation as Orientation) : 'auto';

    // One rung: the first known token's first rung (`residential` → 3.1).
    const { codes: marked, unknown } = readLevels(this.highlight, edition);
    for (const token of unknown) {
      this.warn('highlight', `"${token}" is not a level or program in ASAM edition ${edition}; it is ignored.`);
    }
    this.highlighted = marked[0] ?? null;

    this.overrides = {};
    for (const [key, value] of Object.entries(content.levels ?? {})) {
      const code = normalizeCode(key, edition);
      if (!codes.includes(code)) {
        this.warn(`levels.${key}`, `is not a level in ASAM edition ${edition}; it is ignored.`);
        continue;
      }
      let href: string | null = null;
      if (value.href !== undefined) {
        href = safeHref(value.href);
        if (!href) {
          this.warn(`levels.${key}.href`, `"${value.href}" is not a safe link (https, http, tel, sms, mailto or relative); it is dropped.`);
        }
      }
      this.overrides[code] = {
        name: cleanText(localize(value.name, lang), 120),
        description: cleanText(localize(value.description, lang), 300),
        href,
      };
    }
  }

  private toggle(code: string): void {
    const open = new Set(this.open);
    if (!open.delete(code)) open.add(code);
    this.open = open;
  }

  private rung(code: string): TemplateResult {
    const { lang, edition, offered } = this.resolved;
    const t = LADDER[lang];
    const c = COMMON[lang];
    const id = idOf(code);
    const own = this.overrides[code];
    const standard = localize(RUNG_NAMES[edition][code], lang);
    const open = this.open.has(code);
    const isHighlighted = this.highlighted === code;
    const details = edition === 3 ? RUNG_DETAILS[code] : null;
    const row = (label: string, value: string | TemplateResult) =>
      html`<dt>${label}</dt><dd>${value}</dd>`;

    return html`<li part="rung" class="rung ${isHighlighted ? 'hl' : ''}" data-code=${code}>
      <button
        part="rung-button"
        id="b${id}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="d${id}"
        @click=${() => this.toggle(code)}
      >
        <span class="name"
          >${own?.name ? html`<bdi>${own.name}</bdi>` : standard}<span class="code">
            · ${c.level} ${code}</span
          ></span
        >
        ${offered?.includes(code) ? html`<span part="badge" class="badge">${c.offeredHere}</span>` : nothing}
        ${isHighlighted
          ? html`<span part="badge" class="badge">${c.suggestedStart}</span>`
          : nothing}
      </button>
      <div part="rung-details" class="details" id="d${id}" ?hidden=${!open}>
        ${own?.description ? html`<p><bdi>${own.description}</bdi></p>` : nothing}
        ${details
          ? html`<dl>
              ${own?.name ? row(t.standardName, standard) : nothing}
              ${row(t.hours, localize(details.weeklyHours, lang))}
              ${row(t.livesAtHome, localize(details.livesAtHome, lang))}
              ${row(t.staffing, localize(details.staffing, lang))}
              ${row(t.bestFor, details.bestFor ? localize(details.bestFor, lang) : c.askTheClinic)}
            </dl>`
          : html`${own?.name ? html`<p>${t.standardName}: ${standard}</p>` : nothing}
              ${WITHDRAWAL_LEVELS_4.includes(code) ? html`<p>${localize(WITHDRAWAL_NOTE, lang)}</p>` : nothing}
              ${own?.description ? nothing : html`<p>${c.detailsAskClinic}</p>`}`}
        ${own?.href
          ? html`<p>
              <a href=${own.href}
                >${c.learnMore}<span class="visually-hidden">: ${own.name || standard}</span></a
              >
            </p>`
          : nothing}
      </div>
    </li>`;
  }

  protected renderContent(): TemplateResult {
    const r = this.resolved;
    const t = LADDER[r.lang];
    const rungs = (codes: readonly string[]) => codes.map((code) => this.rung(code));
    return html`<h2 id="title">${t.title}</h2>
      <p class="edition">${r.edition === 3 ? t.edition3 : t.edition4}</p>
      <ol part="ladder" class="ladder ${this.layout}" aria-labelledby="title">
        ${r.edition === 3
          ? BROAD_LEVELS.map(
              (group, i) => html`<li class="group">
                <h3 id="g${i}">${localize(group.name, r.lang)}</h3>
                <ol class="rungs" aria-labelledby="g${i}">
                  ${rungs(group.codes)}
                </ol>
              </li>`,
            )
          : rungs(RUNG_CODES[4])}
      </ol>
      <p class="moving"><strong>${t.moving}</strong> ${localize(MOVING_BETWEEN, r.lang)}</p>
      ${callToAction(r, this.clinicCtaClicked)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-ladder': CarepathLadder;
  }
}
