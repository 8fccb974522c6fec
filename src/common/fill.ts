import { html, type TemplateResult } from 'lit';

/**
 * Puts the clinic's name where a sentence says `{clinic}`, isolated for bidi so a right-to-left name
 * cannot reorder the words around it. Lit escapes the name.
 */
export function withClinic(sentence: string, clinicName: string): Array<string | TemplateResult> {
  const [before, ...after] = sentence.split('{clinic}');
  return after.length ? [before, html`<bdi>${clinicName}</bdi>`, after.join('')] : [before];
}
