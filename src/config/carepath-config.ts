/**
 * What every carepath element on the page listens to, watched once for all of them: `lang` on any
 * element, `<carepath-config>` changes, and the visitor's light/dark preference (read by the theme
 * where CSS `light-dark()` is missing).
 */
export interface PageListener {
  requestUpdate(): void;
}

const listeners = new Set<PageListener>();
let watching = false;

/** Asks every carepath element on the page to update. */
function pageChanged(): void {
  for (const listener of listeners) listener.requestUpdate();
}

/** Adds an element; the page is watched from the first one on, for the page's life. */
export function watchPage(listener: PageListener): void {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    new MutationObserver(pageChanged).observe(document.documentElement, {
      attributeFilter: ['lang'],
      subtree: true,
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', pageChanged);
  }
}

export function unwatchPage(listener: PageListener): void {
  listeners.delete(listener);
}

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
  /** Changes to its attributes and JSON child are followed by every element. */
  private watch = new MutationObserver(pageChanged);

  connectedCallback(): void {
    this.watch.observe(this, { attributes: true, childList: true, subtree: true, characterData: true });
    pageChanged();
  }

  disconnectedCallback(): void {
    this.watch.disconnect();
    pageChanged();
  }
}
