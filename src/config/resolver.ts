import { readLevels } from './codes.js';
import { pageConfigs, SETTING_ATTRIBUTES } from './carepath-config.js';
import { cleanPhone, cleanText, safeHref, type Phone } from './sanitize.js';
import { mergeConfig, readJsonChild, validateConfig, type Warn } from './validate.js';
import { prefersDark } from './page.js';
import { inheritedLang, localize, matchLang, type Lang } from '../i18n/lang.js';
import type { Edition } from '../content/levels.js';
import type { CarepathConfig, SettingsConfig } from '../content/overrides.js';

/** Everything an element renders from, already typed, sanitized and in precedence order. */
export interface Resolved {
  lang: Lang;
  edition: Edition;
  /** `auto` follows the page's own color-scheme in CSS (`light-dark()`), with no script. */
  theme: 'light' | 'dark' | 'auto';
  /** Escaped by Lit, capped at 120 characters; render inside `<bdi>`. Empty: generic wording. */
  clinicName: string;
  phone: Phone | null;
  ctaHref: string | null;
  ctaLabel: string;
  /** Rung codes of the edition shown; null when the clinic says nothing about availability. */
  offered: string[] | null;
  /** Content overrides (programs, levels), merged. */
  content: CarepathConfig;
}

/** The attributes every element understands (DESIGN §1), as the element holds them. */
export type CommonAttributes = { [K in keyof SettingsConfig]?: string | null };

export interface ResolveInput {
  host: Element;
  attributes: CommonAttributes;
  /** The element's `config` property. */
  config: unknown;
  warn: Warn;
}

/**
 * The one way in for every input (DESIGN §1.2): element attribute > `config` property > element's
 * JSON child > `<carepath-config>` (attributes over its JSON) > built-in defaults.
 */
export function resolve({ host, attributes, config, warn }: ResolveInput): Resolved {
  const layers: CarepathConfig[] = [];
  const pageWarn: Warn = (key, message) => warn(key, `(in <carepath-config>) ${message}`);
  for (const page of pageConfigs()) {
    layers.push(validateConfig(readJsonChild(page, pageWarn), pageWarn), attributesOf(page));
  }
  layers.push(
    validateConfig(readJsonChild(host, warn), warn),
    validateConfig(config, (key, message) => warn(`config.${key}`, message)),
  );
  const below = layers.reduce<CarepathConfig>((all, layer) => mergeConfig(all, layer), {});
  const own = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v != null));
  const merged: CarepathConfig = mergeConfig(below, own);
  const bad = (key: string, value: unknown, fallback: string) =>
    warn(key, `"${String(value)}" is not valid; ${fallback}.`);

  const ownLang = attributes.lang;
  let lang = matchLang(ownLang);
  if (ownLang && !lang) bad('lang', ownLang, "the page's language (en or es) is used");
  lang ??= matchLang(below.lang) ?? inheritedLang(host);

  let edition: Edition = 3;
  const e = String(merged.edition ?? '').trim();
  if (e === '4') edition = 4;
  else if (e && e !== '3') bad('edition', e, 'edition 3 is used');

  const t = String(merged.theme ?? 'auto').trim().toLowerCase();
  if (t && !['light', 'dark', 'auto'].includes(t)) bad('theme', merged.theme, 'auto is used');
  const theme = t === 'light' || t === 'dark' ? t : autoTheme(host);

  const phone = merged.phone ? cleanPhone(merged.phone) : null;
  if (merged.phone && !phone) bad('phone', merged.phone, 'use digits, spaces and + ( ) . -; not shown');
  const ctaHref = merged['cta-href'] ? safeHref(merged['cta-href']) : null;
  if (merged['cta-href'] && !ctaHref) bad('cta-href', merged['cta-href'], 'only https, http, tel, sms, mailto or relative links; dropped');

  let offered: string[] | null = null;
  if (merged.offered?.trim()) {
    const { codes, unknown } = readLevels(merged.offered, edition);
    for (const token of unknown) bad('offered', token, `not a level or program in edition ${edition}; ignored`);
    offered = codes;
  }
  return {
    lang,
    edition,
    theme,
    clinicName: cleanText(merged['clinic-name'], 120),
    phone,
    ctaHref,
    ctaLabel: cleanText(localize(merged['cta-label'], lang), 80),
    offered,
    content: { programs: merged.programs, levels: merged.levels },
  };
}

function attributesOf(el: Element): CarepathConfig {
  const out: Record<string, string> = {};
  for (const name of SETTING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

/**
 * Under `auto`, the element inherits the page's color-scheme and its palette picks light or dark
 * with CSS `light-dark()`: no style read while rendering (a forced style recalculation per element),
 * and a page that changes its scheme later is followed. Browsers without `light-dark()` (Safari
 * before 17.5) get the scheme read once here instead.
 */
function autoTheme(host: Element): Resolved['theme'] {
  if (CSS.supports('color', 'light-dark(#000,#fff)')) return 'auto';
  return pageIsDark(host) ? 'dark' : 'light';
}

/** Dark only when the page itself declares a dark color-scheme, or `light dark` with a dark OS. */
function pageIsDark(host: Element): boolean {
  let scheme = getComputedStyle(host).colorScheme;
  if (!scheme || scheme === 'normal') {
    scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  }
  const words = scheme.toLowerCase().split(/\s+/);
  return words.includes('dark') && (!words.includes('light') || prefersDark());
}
