import { html, nothing, type TemplateResult } from 'lit';
import { COMMON } from '../i18n/common.js';
import { localize, type Lang } from '../i18n/lang.js';
import {
  CRISIS_CALL,
  EMERGENCY,
  HELP_NAMES,
  SAMHSA_HELPLINE,
  SAMHSA_TTY,
} from '../content/crisis.js';
import type { Resolved } from '../config/resolver.js';
import { withClinic } from './fill.js';

/** "In crisis? Call or text 988 · Emergency: 911" (DESIGN §1.5), with working links. */
export function crisisLine(lang: Lang, part?: string): TemplateResult {
  const t = COMMON[lang];
  return html`<p class="crisis-line" part=${part ?? nothing}>
    ${t.crisisLead} <a href=${CRISIS_CALL.href}>${CRISIS_CALL.number}</a> ·
    ${t.emergencyLead} <a href=${EMERGENCY.href}>${EMERGENCY.number}</a>
  </p>`;
}

/** The SAMHSA National Helpline, digits and `tel:` links; never fires an event. */
export function helpline(lang: Lang): TemplateResult {
  const t = COMMON[lang];
  return html`<p class="helpline">
    ${t.helplineLead} ${localize(HELP_NAMES.samhsa, lang)}
    <a href=${SAMHSA_HELPLINE.href}>${SAMHSA_HELPLINE.number}</a>
    (${t.tty} <a href=${SAMHSA_TTY.href}>${SAMHSA_TTY.number}</a>)
  </p>`;
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
      ? html`<p class="clinic-phone">
          ${r.clinicName ? withClinic(t.callClinic, r.clinicName) : t.callUs}
          <a href=${r.phone.href} @click=${onClinicClick}>${r.phone.display}</a>
        </p>`
      : nothing}
  </div>`;
}
