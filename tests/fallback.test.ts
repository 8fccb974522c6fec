import { expect, fixture, html } from '@open-wc/testing';
import { collectWarnings, CarepathProbe } from './fixtures/probe.js';

const visible = (el: Element) => el.getClientRects().length > 0;

describe('fallback content (DESIGN §1)', () => {
  it('shows what the editor put inside until the element renders, then hides it', async () => {
    const holder = await fixture(html`<div>
      <carepath-fallback-test><a href="/levels-of-care">Our levels of care</a></carepath-fallback-test>
    </div>`);
    const link = holder.querySelector('a')!;
    expect(visible(link), 'before the element is defined').to.equal(true);
    customElements.define('carepath-fallback-test', class extends CarepathProbe {});
    const el = holder.querySelector('carepath-fallback-test') as CarepathProbe;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.shown')).to.exist;
    expect(visible(link), 'after the first render').to.equal(false);
  });

  it('keeps the fallback when rendering fails, warns, and never throws', async () => {
    const el = document.createElement('carepath-probe');
    el.breakRendering = true;
    el.innerHTML = '<a href="/levels-of-care">Our levels of care</a>';
    const warnings = await collectWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    expect(visible(el.querySelector('a')!)).to.equal(true);
    expect(warnings.join()).to.contain('<carepath-probe> could not render');
    el.breakRendering = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(visible(el.querySelector('a')!), 'a later successful render hides it').to.equal(false);
    el.remove();
  });
});
