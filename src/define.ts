import { version } from './version.js';

interface Registry {
  version: string;
  warned: boolean;
}

const KEY = Symbol.for('carepath');

/** What the elements need from the browser (DESIGN §1): without it, the fallback content stays. */
export function browserSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'customElements' in window &&
    typeof Element.prototype.attachShadow === 'function' &&
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype &&
    'adoptedStyleSheets' in Document.prototype
  );
}

/**
 * Registers the elements once per page. Another copy of the same version is silent; a different
 * version gives exactly one warning per page, shared through `globalThis[Symbol.for('carepath')]`.
 * Never throws: a page with two copies must keep working.
 */
export function defineAll(elements: Record<string, CustomElementConstructor>): boolean {
  try {
    if (!browserSupported()) return false;
    const shared = globalThis as unknown as Record<symbol, Registry | undefined>;
    const first = shared[KEY];
    if (!first) {
      shared[KEY] = { version, warned: false };
    } else if (first.version !== version && !first.warned) {
      first.warned = true;
      console.warn(
        `carepath: version ${version} was loaded on a page that already has carepath ${first.version}; the elements of ${first.version} stay in use.`,
      );
    }
    for (const [tag, element] of Object.entries(elements)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
    return true;
  } catch (error) {
    console.warn('carepath: the elements could not be registered; fallback content stays.', error);
    return false;
  }
}
