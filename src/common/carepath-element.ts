import { LitElement, html, render, type PropertyValues, type TemplateResult } from 'lit';
import { checked, resolve, type Resolved } from '../config/resolver.js';
import { safeHref } from '../config/sanitize.js';
import { watchPage, unwatchPage, type PageListener } from '../config/carepath-config.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * What every carepath element shares: the common attributes of DESIGN §1, the `config` property,
 * one resolved settings object, warnings that name the element, the fallback, and never throwing.
 * Subclasses implement `renderContent()` from `this.resolved`.
 *
 * @attr lang - `en` or `es` (primary subtag: `es-MX` is Spanish); unset, the nearest ancestor's `lang`.
 * @attr clinic-name - The clinic's name for headings and calls to action (capped at 120 characters).
 * @attr phone - The clinic's phone, shown as digits and as a `tel:` link.
 * @attr cta-href - The clinic's main call to action link (https, http, tel, sms, mailto or relative).
 * @attr cta-label - The call to action's words, e.g. "Request a call back".
 * @attr offered - Space-separated levels the clinic offers, as codes (`1 2.1`) or program names (`iop`).
 * @attr edition - ASAM Criteria edition: `3` (default) or `4`.
 * @attr theme - `light`, `dark` or `auto` (default: dark only when the page declares a dark color-scheme).
 * @slot - Fallback content (a link, or the static table or ladder), shown until the element renders.
 * @cssprop [--carepath-accent=#0b5cad] - Links, marks, focus ring and highlights (dark: #8ab8ff).
 * @cssprop [--carepath-text=#1b1f24] - Body text (dark: #eef1f4).
 * @cssprop [--carepath-muted=#4f5965] - Secondary text (dark: #b9c2cc).
 * @cssprop [--carepath-surface=#ffffff] - Background the element paints (dark: #16191d).
 * @cssprop [--carepath-border=#6f7984] - Borders and rules (dark: #8c97a3).
 * @cssprop [--carepath-radius=0.5em] - Corner radius.
 * @cssprop [--carepath-font-family=inherit] - Font family.
 * @cssprop [--carepath-font-size=1em] - Base font size; everything scales with it.
 * @cssprop [--carepath-focus-ring=0.1875em solid var(--carepath-accent)] - Keyboard focus outline.
 */
export abstract class CarepathElement extends LitElement implements PageListener {
  static override styles = [sharedStyles];

  /** The tag name, for warnings. */
  protected abstract readonly tag: string;

  static override properties = {
    lang: {},
    clinicName: { attribute: 'clinic-name' },
    phone: {},
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    offered: {},
    edition: {},
    theme: {},
    config: { attribute: false },
  };

  /** `en` or `es` (primary subtag: `es-MX` is Spanish); unset, the nearest ancestor's `lang`, then `en`. */
  declare lang: string;
  /** The clinic's name for headings and calls to action (capped at 120 characters). */
  declare clinicName?: string | null;
  /** The clinic's phone, shown as digits and as a `tel:` link. */
  declare phone?: string | null;
  /** The clinic's main call to action link (https, http, tel, sms, mailto or relative). */
  declare ctaHref?: string | null;
  /** The call to action's words, e.g. "Request a call back". */
  declare ctaLabel?: string | null;
  /** Space-separated levels the clinic offers, as codes (`1 2.1`) or program names (`iop`). */
  declare offered?: string | null;
  /** ASAM Criteria edition: `3` (default) or `4`. */
  declare edition?: string | null;
  /** `light`, `dark` or `auto` (default: dark only when the page declares a dark color-scheme). */
  declare theme?: string | null;
  /**
   * Content overrides and settings as an object, with the shape of the JSON child (DESIGN §1.2).
   * Ranks below the element's attributes and above its JSON child.
   */
  declare config: unknown;

  /** Settings in effect, recomputed before each render. */
  protected resolved!: Resolved;

  private warned = new Set<string>();
  /** The JSON child may be edited or added after the element upgrades. */
  private childWatch = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    watchPage(this);
    this.childWatch.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this);
    this.childWatch.disconnect();
  }

  /** One `console.warn` per distinct problem, naming the element and the attribute or key. */
  protected readonly warn = (key: string, message: string): void => {
    const text = `carepath: <${this.tag}> ${key}: ${message}`;
    if (this.warned.has(text)) return;
    this.warned.add(text);
    console.warn(text);
  };

  /** A link from a clinic's overrides, or null (with a warning naming `key`) when it is unsafe. */
  protected safeLink(key: string, href: string | undefined): string | null {
    return checked(href, safeHref, this.warn, key);
  }

  /** Fires an event that crosses shadow roots. Detail is empty unless DESIGN §1.5 allows more. */
  protected emit(name: 'carepath-cta' | 'carepath-complete', detail: object = {}): void {
    /** @internal Each element documents the events it fires with `@fires`. */
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /** For the clinic's own call-to-action links. */
  protected readonly clinicCtaClicked = (): void => this.emit('carepath-cta');

  protected override willUpdate(changed: PropertyValues): void {
    this.resolved = resolve(
      this,
      {
        lang: this.lang || null,
        'clinic-name': this.clinicName,
        phone: this.phone,
        'cta-href': this.ctaHref,
        'cta-label': this.ctaLabel,
        offered: this.offered,
        edition: this.edition,
        theme: this.theme,
      },
      this.config,
      this.warn,
    );
    this.willRender(changed);
  }

  /** Element-specific reading of its own attributes, after the common ones are resolved. */
  protected willRender(_changed: PropertyValues): void {}

  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    const r = this.resolved;
    return html`<div class="root ${r.theme}" lang=${r.lang}>${this.renderContent()}</div>`;
  }

  /**
   * Whatever fails while resolving or rendering (Lit has already let the element take later
   * updates): the editor's fallback stays visible, with a warning; nothing is thrown.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.warn(`carepath: <${this.tag}> could not render; fallback kept.`, error);
      render(html`<slot></slot>`, this.renderRoot);
    }
  }
}
