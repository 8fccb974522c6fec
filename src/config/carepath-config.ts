import { pageConfigChanged } from './page.js';

const SETTINGS = [
  'clinic-name',
  'phone',
  'cta-href',
  'cta-label',
  'offered',
  'edition',
  'lang',
  'theme',
] as const;

/**
 * Page-wide defaults for every carepath element (DESIGN §1.2). Renders nothing; an element's own
 * attributes, `config` property and JSON child take precedence.
 *
 * @tag carepath-config
 * @attr clinic-name - Default clinic name for every element.
 * @attr phone - Default clinic phone.
 * @attr cta-href - Default call-to-action link.
 * @attr cta-label - Default call-to-action label.
 * @attr offered - Default levels offered, as codes or program names.
 * @attr edition - Default ASAM Criteria edition, `3` or `4`.
 * @attr lang - Default language, `en` or `es`.
 * @attr theme - Default theme, `light`, `dark` or `auto`.
 * @slot - An optional `<script type="application/json">` with content overrides.
 */
export class CarepathConfigElement extends HTMLElement {
  static readonly observedAttributes = SETTINGS;
  private childWatch: MutationObserver | null = null;

  connectedCallback(): void {
    this.childWatch = new MutationObserver(pageConfigChanged);
    this.childWatch.observe(this, { childList: true, subtree: true, characterData: true });
    pageConfigChanged();
  }

  disconnectedCallback(): void {
    this.childWatch?.disconnect();
    this.childWatch = null;
    pageConfigChanged();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) pageConfigChanged();
  }
}

/** Every `<carepath-config>` on the page, in document order (later ones win). */
export function pageConfigs(): Element[] {
  return Array.from(document.querySelectorAll('carepath-config'));
}

export { SETTINGS as SETTING_ATTRIBUTES };
