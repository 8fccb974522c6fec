import { version } from './version.js';

/**
 * What the elements need from the browser (DESIGN §1): custom elements, and constructable
 * stylesheets (Lit's styles under a strict CSP; every browser with them has shadow DOM too).
 * Without them, the fallback content stays.
 */
function browserSupported(): boolean {
  return 'customElements' in window && 'adoptedStyleSheets' in Document.prototype;
}

/**
 * Registers the elements once per page. Another copy of the same version is silent; a different
 * version gives exactly one warning per page, shared through `globalThis[Symbol.for('carepath')]`.
 * Never throws: a page with two copies must keep working.
 */
export function defineAll(elements: Record<string, CustomElementConstructor>): boolean {
  try {
    if (!browserSupported()) return false;
    const shared = globalThis as unknown as Record<symbol, { version: string; warned?: boolean }>;
    const first = (shared[Symbol.for('carepath')] ??= { version });
    if (first.version !== version && !first.warned) {
      first.warned = true;
      console.warn(`carepath: ${first.version} is already on this page; ${version} does not replace it.`);
    }
    for (const [tag, element] of Object.entries(elements)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
    return true;
  } catch (error) {
    console.warn('carepath: not registered; fallback kept.', error);
    return false;
  }
}
