/** Bidi embedding, override and isolate controls, plus marks: never allowed in phones or URLs. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Other C0/C1 controls that have no business in visible text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The link schemes a clinic may use (DESIGN §2); anything else is dropped. */
const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;

function stripBidi(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/**
 * A link the clinic configured, or null when it is unsafe. Browsers drop tabs and newlines inside
 * URLs and ignore leading spaces, so `java\tscript:` is judged as `javascript:`; any other control
 * character refuses the link. Whatever comes before a first colon that precedes every `/`, `?` and
 * `#` is what a browser could read as a scheme, so it must be one of ours.
 */
export function safeHref(value: unknown): string | null {
  const cleaned = typeof value === 'string' ? stripBidi(value).replace(/[\t\n\r]/g, '').trim() : '';
  const scheme = /^[^/?#]*?:/.exec(cleaned)?.[0].toLowerCase();
  const safe = !/[\u0000-\u001F\u007F-\u009F]/.test(cleaned) && (!scheme || SAFE_SCHEMES.some((s) => s === scheme));
  return cleaned && safe ? cleaned : null;
}

export interface Phone {
  /** What the visitor reads, as the clinic wrote it (digits kept). */
  display: string;
  /** `tel:` link with only digits and a leading plus. */
  href: string;
}

/**
 * A clinic phone number shown as digits and as a `tel:` link, or null when it is not one: fewer than
 * three digits, or anything but digits, spaces and `+ ( ) . - /` (bidi controls are removed first).
 */
export function cleanPhone(value: unknown): Phone | null {
  if (typeof value !== 'string') return null;
  const display = stripBidi(value).replace(/\s+/g, ' ').trim().slice(0, 40);
  const digits = display.replace(/\D/g, '');
  if (digits.length < 3 || /[^\d +().\-/]/.test(display)) return null;
  return { display, href: `tel:${display[0] === '+' ? '+' : ''}${digits}` };
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
