import { html, type TemplateResult } from 'lit';

/**
 * Puts the clinic's name into a sentence, isolated for bidi so a right-to-left name cannot reorder
 * the words around it. Lit escapes the name.
 */
export function withClinic(sentence: string, clinicName: string): Array<string | TemplateResult> {
  const [before, after = ''] = sentence.split('{clinic}');
  return sentence.includes('{clinic}') ? [before, html`<bdi>${clinicName}</bdi>`, after] : [sentence];
}
