import { html, nothing, type TemplateResult } from 'lit';
import { COMMON } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';
import {
  CRISIS_CALL,
  EMERGENCY,
  HELP_NAMES,
  SAMHSA_HELPLINE,
  SAMHSA_TTY,
  type HelpLine,
} from '../content/crisis.js';
import type { Resolved } from '../config/resolver.js';

/**
 * Puts the clinic's name where a sentence says `{clinic}`, isolated for bidi so a right-to-left name
 * cannot reorder the words around it. Lit escapes the name.
 */
export function withClinic(sentence: string, clinicName: string): Array<string | TemplateResult> {
  const [before, ...after] = sentence.split('{clinic}');
  return after.length ? [before, html`<bdi>${clinicName}</bdi>`, after.join('')] : [before];
}

/** A help line's digits as a `tel:` link; never fires an event. */
const dial = (line: HelpLine): TemplateResult => html`<a href=${line.href}>${line.number}</a>`;

/** "In crisis? Call or text 988 · Emergency: 911" (DESIGN §1.5), with working links. */
export function crisisLine(lang: Lang, part?: string): TemplateResult {
  const t = COMMON[lang];
  return html`<p part=${part ?? nothing}>${t.crisisLead} ${dial(CRISIS_CALL)} · ${t.emergencyLead} ${dial(EMERGENCY)}</p>`;
}

/**
 * The SAMHSA National Helpline (DESIGN §3.3), digits and `tel:` links ("TTY" reads the same in
 * Spanish). The snippet builder finds it by its class for the self-check's static copy.
 */
export function helpline(lang: Lang): TemplateResult {
  const t = COMMON[lang];
  return html`<p class="helpline">${HELP_NAMES.samhsa[lang]}, ${t.helplineLead} ${dial(SAMHSA_HELPLINE)} (TTY ${dial(SAMHSA_TTY)})</p>`;
}

/**
 * The clinic's call to action: its link and phone, or the SAMHSA helpline when it gave neither
 * (DESIGN §1). Clicking the clinic's link or phone calls `onClinicClick` (the `carepath-cta` event).
 */
export function callToAction(
  r: Resolved,
  onClinicClick: () => void,
  part?: string,
): TemplateResult {
  const t = COMMON[r.lang];
  if (!r.ctaHref && !r.phone) return helpline(r.lang);
  const label = r.ctaLabel || (r.clinicName ? t.ctaDefaultClinic : t.ctaDefault);
  return html`<div class="cta-block">
    ${r.ctaHref
      ? html`<a class="cta" part=${part ?? nothing} href=${r.ctaHref} @click=${onClinicClick}
          >${withClinic(label, r.clinicName)}</a
        >`
      : nothing}
    ${r.phone
      ? html`<p>
          ${r.clinicName ? withClinic(t.callClinic, r.clinicName) : t.callUs}
          <a href=${r.phone.href} @click=${onClinicClick}>${r.phone.display}</a>
        </p>`
      : nothing}
  </div>`;
}
