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
      <div data-carepath="compare" data-programs="outpatient iop"><p><script type="application/json">{"clinic-name":"Sample Recovery Center"}</script><br></p><p>See <a href="/iop">our IOP</a>.</p></div>
    </div>`);
    upgradeCmsForms(holder);
    const compare = holder.querySelector('carepath-compare')!;
    expect(compare.getAttribute('programs')).to.equal('outpatient iop');
    expect(compare.querySelector(':scope > script[type="application/json"]')).to.exist;
  });

  it('warns about an unknown kind and leaves the div alone', async () => {
    const holder = await fixture(html`<div><div data-carepath="quiz">Quiz</div></div>`);
    const warnings = await collectWarnings(() => upgradeCmsForms(holder));
    expect(warnings.join()).to.contain('data-carepath="quiz"');
    expect(holder.querySelector('[data-carepath="quiz"]')).to.exist;
  });
});
