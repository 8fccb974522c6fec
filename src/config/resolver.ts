import { readLevels } from './codes.js';
import { pageConfigs } from './carepath-config.js';
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
  theme: 'light' | 'dark';
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
  for (const page of pageConfigs()) {
    const pageWarn: Warn = (key, message) => warn(key, `(in <carepath-config>) ${message}`);
    layers.push(validateConfig(readJsonChild(page, pageWarn), pageWarn));
    layers.push(attributesOf(page));
  }
  layers.push(validateConfig(readJsonChild(host, warn), warn));
  layers.push(validateConfig(config, (key, message) => warn(`config.${key}`, message)));
  const below = layers.reduce<CarepathConfig>((all, layer) => mergeConfig(all, layer), {});
  const merged = mergeConfig(below, definedOnly(attributes));

  const ownLang = attributes.lang;
  let lang = matchLang(ownLang);
  if (ownLang != null && ownLang !== '' && lang === null) {
    warn('lang', `"${ownLang}" is not a language carepath speaks (en, es); the page's language is used.`);
  }
  lang ??= matchLang(below.lang) ?? inheritedLang(host);

  const edition = readEdition(merged.edition, warn);
  const theme = readTheme(merged.theme, host, warn);

  const clinicName = cleanText(merged['clinic-name'] ?? '', 120);
  let phone: Phone | null = null;
  if (merged.phone) {
    phone = cleanPhone(merged.phone);
    if (!phone) warn('phone', `"${merged.phone}" is not a phone number (digits, spaces, + ( ) . - only); it is not shown.`);
  }
  let ctaHref: string | null = null;
  if (merged['cta-href']) {
    ctaHref = safeHref(merged['cta-href']);
    if (!ctaHref) warn('cta-href', `"${merged['cta-href']}" is not a safe link (https, http, tel, sms, mailto or relative); it is dropped.`);
  }
  const ctaLabel = cleanText(localize(merged['cta-label'], lang), 80);

  let offered: string[] | null = null;
  if (merged.offered != null && merged.offered.trim() !== '') {
    const { codes, unknown } = readLevels(merged.offered, edition);
    for (const token of unknown) {
      warn('offered', `"${token}" is not a level or program in ASAM edition ${edition}; it is ignored.`);
    }
    offered = codes;
  }
  const content: CarepathConfig = {};
  if (merged.programs) content.programs = merged.programs;
  if (merged.levels) content.levels = merged.levels;
  return { lang, edition, theme, clinicName, phone, ctaHref, ctaLabel, offered, content };
}

function attributesOf(el: Element): CarepathConfig {
  const out: Record<string, string> = {};
  for (const name of ['clinic-name', 'phone', 'cta-href', 'cta-label', 'offered', 'edition', 'lang', 'theme']) {
    const value = el.getAttribute(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

function definedOnly(attributes: CommonAttributes): CarepathConfig {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value != null) out[key] = value;
  return out;
}

function readEdition(value: unknown, warn: Warn): Edition {
  if (value == null || value === '') return 3;
  const text = String(value).trim();
  if (text === '3' || text === '4') return Number(text) as Edition;
  warn('edition', `"${text}" is not an ASAM edition carepath shows (3 or 4); edition 3 is used.`);
  return 3;
}

function readTheme(value: unknown, host: Element, warn: Warn): 'light' | 'dark' {
  const text = value == null ? 'auto' : String(value).trim().toLowerCase();
  if (text === 'light' || text === 'dark') return text;
  if (text !== 'auto' && text !== '') {
    warn('theme', `"${String(value)}" is not light, dark or auto; auto is used.`);
  }
  return pageIsDark(host) ? 'dark' : 'light';
}

/** Dark only when the page itself declares a dark color-scheme, or `light dark` with a dark OS. */
function pageIsDark(host: Element): boolean {
  let scheme = getComputedStyle(host).colorScheme || 'normal';
  if (scheme === 'normal') {
    scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? 'normal';
  }
  const words = scheme.toLowerCase().split(/\s+/);
  if (!words.includes('dark')) return false;
  return words.includes('light') ? prefersDark() : true;
}
