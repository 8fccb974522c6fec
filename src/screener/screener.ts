import { html, type TemplateResult } from 'lit';
import { CarepathElement } from '../common/carepath-element.js';

/**
 * Skeleton, replaced by the element's real implementation.
 * @tag carepath-screener
 */
export class CarepathScreener extends CarepathElement {
  protected readonly tag = 'carepath-screener';
  protected renderContent(): TemplateResult {
    return html`<p>carepath-screener</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-screener': CarepathScreener;
  }
}
