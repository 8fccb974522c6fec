/** Bidi embedding, override and isolate controls, plus marks: never allowed in phones or URLs. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Other C0/C1 controls that have no business in visible text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const HAS_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;

export function stripBidi(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/**
 * A link the clinic configured, or null when it is unsafe. Browsers drop tabs and newlines inside
 * URLs and ignore leading controls, so `java\tscript:` is judged as `javascript:`.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = stripBidi(value)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return null;
  if (HAS_CONTROL.test(cleaned)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme) {
    const name = `${scheme[1].toLowerCase()}:`;
    return (SAFE_SCHEMES as readonly string[]).includes(name) ? cleaned : null;
  }
  // A colon before any slash, ? or # would make the browser read a scheme; refuse it.
  const firstColon = cleaned.indexOf(':');
  if (firstColon !== -1 && !/[/?#]/.test(cleaned.slice(0, firstColon))) return null;
  return cleaned;
}

export interface Phone {
  /** What the visitor reads, as the clinic wrote it (digits kept). */
  display: string;
  /** `tel:` link with only digits and a leading plus. */
  href: string;
}

/** A clinic phone number shown as digits and as a `tel:` link, or null when it has no digits. */
export function cleanPhone(value: unknown): Phone | null {
  if (typeof value !== 'string') return null;
  const display = stripBidi(value).replace(CONTROL, '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const digits = display.replace(/[^\d]/g, '');
  if (digits.length < 3 || /[^\d\s+().\-/]/.test(display)) return null;
  const plus = display.startsWith('+') ? '+' : '';
  return { display, href: `tel:${plus}${digits}` };
}

/**
 * Free text from a clinic: controls removed, spaces folded, capped (with an ellipsis) so a runaway
 * value cannot flood the layout. Lit escapes it when rendered; callers wrap it in `<bdi>`.
 */
export function cleanText(value: unknown, max = 120): string {
  if (typeof value !== 'string') return '';
  const folded = value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(folded);
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : folded;
}
