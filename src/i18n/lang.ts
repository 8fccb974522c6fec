/** The two languages carepath speaks. Spanish uses "usted" (DESIGN §1). */
export type Lang = 'en' | 'es';

/** A piece of text in both languages; Spanish falls back to English only for clinic-given text. */
export interface Bilingual {
  en: string;
  es: string;
}

/** Text a clinic may give: one string for every language, or one per language. */
export type Text = string | { en?: string; es?: string };

/** `es-MX` → `es`; anything we do not speak → null. */
export function matchLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : null;
}

/** The nearest `lang` above the element, crossing shadow roots, as the browser itself does. */
export function inheritedLang(el: Element): Lang {
  let owner = el.parentElement?.closest('[lang]');
  for (let root = el.getRootNode(); !owner && root instanceof ShadowRoot; root = root.host.getRootNode()) {
    owner = root.host.closest('[lang]');
  }
  return matchLang(owner?.getAttribute('lang')) ?? 'en';
}

/** Picks the visitor's language out of clinic-given text. */
export function localize(text: Text | undefined | null, lang: Lang): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? text.es ?? '';
}
