import { expect, fixture, html } from '@open-wc/testing';
import '../src/carepath.js';
import { upgradeCmsForms } from '../src/cms.js';
import { collectWarnings } from './fixtures/probe.js';

describe('the CMS form <div data-carepath> (DESIGN §1)', () => {
  it('becomes the element, with data-* as attributes and the content inside', async () => {
    const holder = await fixture(html`<div>
      <div data-carepath="ladder" data-offered="1 2.1" data-clinic-name="Sample Recovery Center" id="levels">
        <a href="/levels">Levels of care at Sample Recovery Center</a>
      </div>
    </div>`);
    upgradeCmsForms(holder);
    const ladder = holder.querySelector('carepath-ladder')!;
    expect(ladder).to.exist;
    expect(ladder.getAttribute('offered')).to.equal('1 2.1');
    expect(ladder.getAttribute('clinic-name')).to.equal('Sample Recovery Center');
    expect(ladder.id).to.equal('levels');
    expect(ladder.hasAttribute('data-carepath')).to.equal(false);
    expect(ladder.querySelector('a')!.getAttribute('href')).to.equal('/levels');
    expect(holder.querySelector('[data-carepath]')).to.equal(null);
  });

  it('finds the JSON even when WordPress wrapped it in <p> and added <br>', async () => {
    const holder = await fixture(html`<div>
      <div data-carepath="compare" data-programs="outpatient iop"><p><script type="application/json">{"clinic-name":"Sample Recovery Center","cta-href":"/contact"}</script><br></p><p>See <a href="/iop">our IOP</a>.</p></div>
    </div>`);
    upgradeCmsForms(holder);
    const compare = holder.querySelector('carepath-compare')!;
    await compare.updateComplete;
    expect(compare.getAttribute('programs')).to.equal('outpatient iop');
    // The element read the JSON inside the <p>: its call to action is the JSON's link and name.
    const cta = compare.shadowRoot!.querySelector('a[href="/contact"]')!;
    expect(cta.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Contact Sample Recovery Center');
  });

  it('warns about an unknown kind and leaves the div alone', async () => {
    const holder = await fixture(html`<div><div data-carepath="quiz">Quiz</div></div>`);
    const warnings = await collectWarnings(() => upgradeCmsForms(holder));
    expect(warnings.join()).to.contain('data-carepath="quiz"');
    expect(holder.querySelector('[data-carepath="quiz"]')).to.exist;
  });
});

describe('the CMS form after WordPress has been through it', () => {
  /** Light-DOM content the shadow root does not show takes no room on the page. */
  const notShown = (node: Element) => node.getClientRects().length === 0;

  it('still upgrades when auto-paragraphs wrap the form in <p> and scatter <br> through it', async () => {
    // What wpautop makes of a pasted ladder form: the <p> around the div is closed by the parser,
    // a stray <br /> opens it, lines inside the list gain <br />, and a lone </p> leaves an empty <p>.
    const holder = await fixture(html`<div>
      <p><div data-carepath="ladder" data-offered="1 2.1" data-highlight="iop" data-clinic-name="Sample Recovery Center" data-phone="+1-206-555-0123"><br />
      <p><strong>Levels of care</strong> · Based on the ASAM Criteria, 3rd edition (2013)</p>
      <ol><li>Outpatient · Level 1 · Offered here</li><br />
      <li>Intensive outpatient · Level 2.1 · Offered here</li></ol>
      <p></div></p>
    </div>`);
    upgradeCmsForms(holder);
    const ladder = holder.querySelector('carepath-ladder')!;
    await ladder.updateComplete;

    const rung = (code: string) => ladder.shadowRoot!.querySelector(`[part~="rung"][data-code="${code}"]`)!;
    expect(rung('1').textContent).to.contain('Offered here');
    expect(rung('2.1').textContent).to.contain('Offered here');
    expect(rung('2.1').textContent).to.contain('Suggested starting point');
    expect(rung('2.5').textContent).not.to.contain('Offered here');
    expect(ladder.shadowRoot!.textContent).to.contain('Call Sample Recovery Center');
    expect(ladder.shadowRoot!.querySelector('a[href="tel:+12065550123"]')).to.exist;
    // The static copy moved inside and is no longer shown: the page does not show the ladder twice.
    expect(ladder.querySelector('ol')).to.exist;
    expect(notShown(ladder.querySelector('ol')!)).to.equal(true);
    expect(holder.querySelector('[data-carepath]')).to.equal(null);
    await expect(ladder).to.be.accessible();
  });

  it('still upgrades when only data-* attributes survived the sanitizer', async () => {
    // An editor without unfiltered_html: kses removed the script, style and event attributes it
    // does not allow and kept id, class, lang and every data-* attribute.
    const holder = await fixture(html`<div>
      <div data-carepath="screener" data-phone="+1-206-555-0123" data-cta-href="/contact"
        data-cta-label="Request a call back" data-share-result="" data-lang="es" id="self-check" class="alignwide">
        <p>Call us at <a href="tel:+12065550123">+1-206-555-0123</a>.<br />
        In crisis? Call or text <a href="tel:988">988</a>.</p>
      </div>
    </div>`);
    upgradeCmsForms(holder);
    const screener = holder.querySelector('carepath-screener')!;
    await screener.updateComplete;

    expect(screener.id).to.equal('self-check');
    expect(screener.classList.contains('alignwide')).to.equal(true);
    expect(screener.shareResult).to.equal(true);
    expect(screener.getAttribute('cta-href')).to.equal('/contact');
    // Spanish, from data-lang; the crisis line is on the first screen.
    const crisis = screener.shadowRoot!.querySelector('[part~="crisis"]')!;
    expect(crisis.textContent).to.contain('¿Está en crisis?');
    expect(crisis.querySelector('a[href="tel:988"]')).to.exist;
    expect(notShown(screener.querySelector('p')!)).to.equal(true);
    await expect(screener).to.be.accessible();
  });

  it('reads a kind and lists that WordPress left with odd case and spacing', async () => {
    const holder = await fixture(html`<div>
      <div data-carepath=" Compare " data-programs="  outpatient   iop  " data-highlight="iop"><br /></div>
    </div>`);
    upgradeCmsForms(holder);
    const compare = holder.querySelector('carepath-compare')!;
    await compare.updateComplete;
    const heads = Array.from(compare.shadowRoot!.querySelectorAll('th[scope="col"]'), (th) => th.textContent!);
    expect(heads).to.have.length(2);
    expect(heads[0]).to.contain('Outpatient');
    expect(heads[1]).to.contain('Intensive outpatient');
    expect(heads[1]).to.contain('Our program');
  });
});
