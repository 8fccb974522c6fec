import { pageConfigChanged } from './page.js';

/**
 * Page-wide defaults for every carepath element (DESIGN §1.2). Renders nothing; an element's own
 * attributes, `config` property and JSON child take precedence. Changes to its attributes and JSON
 * are followed.
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
  /** Its attributes and its JSON child, edited or replaced. */
  private watch = new MutationObserver(pageConfigChanged);

  connectedCallback(): void {
    this.watch.observe(this, { attributes: true, childList: true, subtree: true, characterData: true });
    pageConfigChanged();
  }

  disconnectedCallback(): void {
    this.watch.disconnect();
    pageConfigChanged();
  }
}
