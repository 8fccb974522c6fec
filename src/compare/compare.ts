import { html, type TemplateResult } from 'lit';
import { CarepathElement } from '../common/carepath-element.js';

/**
 * Skeleton, replaced by the element's real implementation.
 * @tag carepath-compare
 */
export class CarepathCompare extends CarepathElement {
  protected readonly tag = 'carepath-compare';
  protected renderContent(): TemplateResult {
    return html`<p>carepath-compare</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-compare': CarepathCompare;
  }
}
