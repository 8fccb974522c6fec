/**
 * What every carepath element on the page listens to, watched once for all of them: `lang` on any
 * ancestor, `<carepath-config>` changes, and the visitor's light/dark preference.
 */
export interface PageListener {
  pageChanged(): void;
}

const listeners = new Set<PageListener>();
let langObserver: MutationObserver | null = null;
let darkQuery: MediaQueryList | null = null;

function notify(): void {
  for (const listener of listeners) listener.pageChanged();
}

/** Called by `<carepath-config>` whenever its settings or JSON change. */
export function pageConfigChanged(): void {
  notify();
}

export function watchPage(listener: PageListener): void {
  listeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(notify);
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    darkQuery.addEventListener('change', notify);
  }
}

export function unwatchPage(listener: PageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = null;
    darkQuery?.removeEventListener('change', notify);
    darkQuery = null;
  }
}

/** Whether the visitor's system asks for dark colours. */
export function prefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}
