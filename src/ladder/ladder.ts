import { html, type TemplateResult } from 'lit';
import { CarepathElement } from '../common/carepath-element.js';

/**
 * Skeleton, replaced by the element's real implementation.
 * @tag carepath-ladder
 */
export class CarepathLadder extends CarepathElement {
  protected readonly tag = 'carepath-ladder';
  protected renderContent(): TemplateResult {
    return html`<p>carepath-ladder</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-ladder': CarepathLadder;
  }
}
