import { readLevels } from './codes.js';
import { cleanPhone, cleanText, safeHref, type Phone } from './sanitize.js';
import { layConfig, readJsonChild, SETTINGS, type Warn } from './validate.js';
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
  /** Every layer merged: the content overrides (`programs`, `levels`) are read from here. */
  content: CarepathConfig;
}

/** The attributes every element understands (DESIGN §1), as the element holds them. */
export type CommonAttributes = { [K in keyof SettingsConfig]?: string | null };

/** The one warning for a bad value: it names the value; the caller's `warn` names element and key. */
export const invalid = (warn: Warn, key: string, value: unknown): void =>
  warn(key, `"${String(value)}" is not valid; ignored.`);

/** `value` made safe by `clean`, or null; a value that cannot be made safe is warned about. */
export function checked<T>(value: unknown, clean: (value: unknown) => T | null, warn: Warn, key: string): T | null {
  const safe = value ? clean(value) : null;
  if (value && !safe) invalid(warn, key, value);
  return safe;
}

/** The settings given, as attributes or properties hold them: absent ones are left out. */
const given = (attributes: CommonAttributes): CarepathConfig =>
  Object.fromEntries(Object.entries(attributes).filter(([, value]) => value != null));

/** The settings `<carepath-config>` gives as attributes. */
const attributesOf = (el: Element): CarepathConfig =>
  given(Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, el.getAttribute(name)])));

/**
 * The one way in for every input (DESIGN §1.2): element attribute > `config` property > element's
 * JSON child > `<carepath-config>` (attributes over its JSON, later ones over earlier) > built-in
 * defaults. Each bad value is warned about, naming the key, and ignored.
 */
export function resolve(host: Element, attributes: CommonAttributes, config: unknown, warn: Warn): Resolved {
  let below: CarepathConfig = {};
  const pageWarn: Warn = (key, message) => warn(`<carepath-config> ${key}`, message);
  for (const page of document.querySelectorAll('carepath-config')) {
    below = layConfig(layConfig(below, readJsonChild(page, pageWarn), '', pageWarn), attributesOf(page), '', pageWarn);
  }
  below = layConfig(layConfig(below, readJsonChild(host, warn), '', warn), config, 'config', warn);
  const merged = layConfig(below, given(attributes), '', warn);

  /** One of `allowed` (the first is the default), or the default with a warning. */
  const choice = <T extends string>(key: 'edition' | 'theme', allowed: readonly T[]): T => {
    const value = String(merged[key] ?? '').trim();
    const found = allowed.find((option) => option === value.toLowerCase());
    if (value && !found) invalid(warn, key, value);
    return found ?? allowed[0];
  };

  // The element's own lang is warned about; one from below is not (the page's language wins).
  const ownLang = attributes.lang;
  let lang = matchLang(ownLang);
  if (ownLang && !lang) invalid(warn, 'lang', ownLang);
  lang ??= matchLang(below.lang) ?? inheritedLang(host);

  const edition: Edition = choice('edition', ['3', '4']) === '4' ? 4 : 3;
  const theme = choice('theme', ['auto', 'light', 'dark']);

  let offered: string[] | null = null;
  if (merged.offered?.trim()) {
    const { codes, unknown } = readLevels(merged.offered, edition);
    for (const token of unknown) invalid(warn, 'offered', token);
    offered = codes;
  }
  return {
    lang,
    edition,
    theme: theme === 'auto' ? autoTheme(host) : theme,
    clinicName: cleanText(merged['clinic-name'], 120),
    phone: checked(merged.phone, cleanPhone, warn, 'phone'),
    ctaHref: checked(merged['cta-href'], safeHref, warn, 'cta-href'),
    ctaLabel: cleanText(localize(merged['cta-label'], lang), 80),
    offered,
    content: merged,
  };
}

/**
 * Under `auto`, the element inherits the page's color-scheme and its palette picks light or dark
 * with CSS `light-dark()`: no style read while rendering (a forced style recalculation per element),
 * and a page that changes its scheme later is followed. Browsers without `light-dark()` (Safari
 * before 17.5) get the scheme read once here instead: dark only when the page itself declares a
 * dark color-scheme, or `light dark` with a dark system.
 */
function autoTheme(host: Element): Resolved['theme'] {
  if (CSS.supports('color', 'light-dark(#000,#fff)')) return 'auto';
  let scheme = getComputedStyle(host).colorScheme;
  if (!scheme || scheme === 'normal') {
    scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  }
  const words = scheme.toLowerCase().split(/\s+/);
  const dark = words.includes('dark') && (!words.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'dark' : 'light';
}
