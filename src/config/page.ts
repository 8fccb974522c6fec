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

/** Asks every carepath element on the page to update; `<carepath-config>` calls it on any change. */
export function pageConfigChanged(): void {
  for (const listener of listeners) listener.requestUpdate();
}

/** Adds an element; the page is watched from the first one on, for the page's life. */
export function watchPage(listener: PageListener): void {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    new MutationObserver(pageConfigChanged).observe(document.documentElement, {
      attributeFilter: ['lang'],
      subtree: true,
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', pageConfigChanged);
  }
}

export function unwatchPage(listener: PageListener): void {
  listeners.delete(listener);
}
