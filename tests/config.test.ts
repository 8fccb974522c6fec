import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import './fixtures/probe.js';
import '../src/config/carepath-config.js';
import { CarepathConfigElement } from '../src/config/carepath-config.js';
import { emulateMedia } from '@web/test-runner-commands';
import { collectWarnings, type CarepathProbe } from './fixtures/probe.js';

if (!customElements.get('carepath-config')) customElements.define('carepath-config', CarepathConfigElement);

async function settle(el: CarepathProbe) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

describe('settings every element understands (DESIGN §1, §1.2)', () => {
  afterEach(() => {
    document.querySelectorAll('carepath-config').forEach((c) => c.remove());
  });

  it('uses generic defaults when nothing is set', async () => {
    const el = await fixture<CarepathProbe>(html`<carepath-probe></carepath-probe>`);
    const s = el.settings;
    expect(s.lang).to.equal('en');
    expect(s.edition).to.equal(3);
    expect(s.theme).to.equal('auto');
    expect(s.clinicName).to.equal('');
    expect(s.phone).to.equal(null);
    expect(s.ctaHref).to.equal(null);
    expect(s.offered).to.equal(null);
    expect(el.shadowRoot!.querySelector('.shown')!.textContent).to.equal('generic');
  });

  it('reads the clinic name, phone, link and offered levels from attributes', async () => {
    const el = await fixture<CarepathProbe>(html`<carepath-probe
      clinic-name="Sample Recovery Center"
      phone="+1-206-555-0123"
      cta-href="/contact"
      cta-label="Request a call back"
      offered="1 iop"
    ></carepath-probe>`);
    expect(el.settings.clinicName).to.equal('Sample Recovery Center');
    expect(el.settings.phone).to.deep.equal({ display: '+1-206-555-0123', href: 'tel:+12065550123' });
    expect(el.settings.ctaHref).to.equal('/contact');
    expect(el.settings.ctaLabel).to.equal('Request a call back');
    expect(el.settings.offered).to.deep.equal(['1', '2.1']);
  });

  it('matches lang on the primary subtag and inherits it from an ancestor', async () => {
    const own = await fixture<CarepathProbe>(html`<carepath-probe lang="es-MX"></carepath-probe>`);
    expect(own.settings.lang).to.equal('es');
    const wrapper = await fixture(html`<div lang="es"><section><carepath-probe></carepath-probe></section></div>`);
    const inherited = wrapper.querySelector('carepath-probe')!;
    await inherited.updateComplete;
    expect(inherited.settings.lang).to.equal('es');
    expect(inherited.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
  });

  it('follows a change of the page language', async () => {
    const wrapper = await fixture(html`<div lang="en"><carepath-probe></carepath-probe></div>`);
    const el = wrapper.querySelector('carepath-probe')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'es');
    await settle(el);
    expect(el.settings.lang).to.equal('es');
  });

  it('warns about its own lang only, and falls back to the page language', async () => {
    let el!: CarepathProbe;
    const warnings = await collectWarnings(async () => {
      const wrapper = await fixture(html`<div lang="es"><carepath-probe lang="fr"></carepath-probe></div>`);
      el = wrapper.querySelector('carepath-probe')!;
      await el.updateComplete;
    });
    expect(el.settings.lang).to.equal('es');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<carepath-probe>').and.contain('lang').and.contain('"fr"');
    const quiet = await collectWarnings(async () => {
      const w = await fixture(html`<div lang="fr"><carepath-probe></carepath-probe></div>`);
      await w.querySelector('carepath-probe')!.updateComplete;
    });
    expect(quiet).to.deep.equal([]);
  });

  it('warns per unknown offered token and keeps the rest', async () => {
    let el!: CarepathProbe;
    const warnings = await collectWarnings(async () => {
      el = await fixture<CarepathProbe>(html`<carepath-probe offered="1 9.9 iop banana"></carepath-probe>`);
    });
    expect(el.settings.offered).to.deep.equal(['1', '2.1']);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<carepath-probe> offered').and.contain('"9.9"');
    expect(warnings[1]).to.contain('<carepath-probe> offered').and.contain('"banana"');
  });

  it('drops unsafe links, unknown editions and themes with a warning naming the attribute', async () => {
    let el!: CarepathProbe;
    const warnings = await collectWarnings(async () => {
      el = await fixture<CarepathProbe>(html`<carepath-probe
        cta-href="javascript:alert(1)"
        edition="5"
        theme="purple"
        phone="call me"
      ></carepath-probe>`);
    });
    expect(el.settings.ctaHref).to.equal(null);
    expect(el.settings.edition).to.equal(3);
    expect(el.settings.theme).to.equal('auto');
    expect(el.settings.phone).to.equal(null);
    const text = warnings.join('\n');
    for (const key of ['cta-href', 'edition', 'theme', 'phone']) {
      expect(text).to.contain(`<carepath-probe> ${key}:`);
    }
  });

  it('caps the clinic name at 120 characters', async () => {
    const el = await fixture<CarepathProbe>(html`<carepath-probe clinic-name=${'x'.repeat(300)}></carepath-probe>`);
    expect(Array.from(el.settings.clinicName)).to.have.length(120);
  });

  it('applies the precedence: attribute > config property > JSON child > <carepath-config>', async () => {
    const page = document.createElement('carepath-config');
    page.setAttribute('clinic-name', 'From page config');
    page.setAttribute('phone', '206-555-0100');
    page.setAttribute('edition', '4');
    page.setAttribute('lang', 'es');
    document.body.append(page);
    const el = await fixture<CarepathProbe>(html`<carepath-probe cta-label="From attribute">
      <script type="application/json">
        { "clinic-name": "From JSON", "cta-label": "JSON label", "cta-href": "/json" }
      </script>
    </carepath-probe>`);
    expect(el.settings.clinicName).to.equal('From JSON');
    expect(el.settings.ctaHref).to.equal('/json');
    expect(el.settings.ctaLabel).to.equal('From attribute');
    expect(el.settings.phone!.display).to.equal('206-555-0100');
    expect(el.settings.edition).to.equal(4);
    expect(el.settings.lang).to.equal('es');

    el.config = { 'clinic-name': 'From property', 'cta-href': '/property' };
    await el.updateComplete;
    expect(el.settings.clinicName).to.equal('From property');
    expect(el.settings.ctaHref).to.equal('/property');

    el.setAttribute('clinic-name', 'From attribute');
    await el.updateComplete;
    expect(el.settings.clinicName).to.equal('From attribute');
  });

  it('follows changes to <carepath-config> and its JSON', async () => {
    const page = document.createElement('carepath-config');
    page.setAttribute('clinic-name', 'First');
    document.body.append(page);
    const el = await fixture<CarepathProbe>(html`<carepath-probe></carepath-probe>`);
    expect(el.settings.clinicName).to.equal('First');
    page.setAttribute('clinic-name', 'Second');
    await settle(el);
    expect(el.settings.clinicName).to.equal('Second');
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = '{ "levels": { "2.1": { "name": "Evening IOP" } } }';
    page.append(json);
    await settle(el);
    expect(el.settings.content.levels!['2.1'].name).to.equal('Evening IOP');
  });

  it('merges objects and replaces arrays across layers', async () => {
    const page = document.createElement('carepath-config');
    page.innerHTML = `<script type="application/json">{"programs":{"iop":{"name":"Day IOP","services":["a","b"],"hours":[9,12]}}}</script>`;
    document.body.append(page);
    const el = await fixture<CarepathProbe>(html`<carepath-probe></carepath-probe>`);
    el.config = { programs: { iop: { services: ['c'], insurance: { en: 'Most plans', es: 'La mayoría' } } } };
    await el.updateComplete;
    expect(el.settings.content.programs!.iop).to.deep.equal({
      name: 'Day IOP',
      services: ['c'],
      hours: [9, 12],
      insurance: { en: 'Most plans', es: 'La mayoría' },
    });
  });

  it('warns about broken JSON and unknown keys by name, and never throws', async () => {
    let el!: CarepathProbe;
    const warnings = await collectWarnings(async () => {
      el = await fixture<CarepathProbe>(html`<carepath-probe>
        <script type="application/json">{ "clinic-name": "Sample", </script>
      </carepath-probe>`);
      el.config = {
        colour: 'red',
        programs: { iop: { hours: 'lots', servces: [] }, detox: {} },
        levels: { '2.1': { href: 42 } },
      };
      await el.updateComplete;
    });
    const text = warnings.join('\n');
    expect(text).to.contain('<carepath-probe> <script type="application/json">: is not valid JSON');
    expect(text).to.contain('config.colour');
    expect(text).to.contain('config.programs.iop.hours');
    expect(text).to.contain('config.programs.iop.servces');
    expect(text).to.contain('config.programs.detox');
    expect(text).to.contain('config.levels.2.1.href');
    expect(el.settings.content.programs).to.deep.equal({ iop: {} });
    expect(el.shadowRoot!.querySelector('.shown')).to.exist;
  });

  it('ignores a config property that is not an object, with a warning', async () => {
    const el = await fixture<CarepathProbe>(html`<carepath-probe></carepath-probe>`);
    const warnings = await collectWarnings(async () => {
      el.config = 'clinic-name=Sample';
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('<carepath-probe> config: is not a JSON object');
  });
});

describe('theme (DESIGN §1)', () => {
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(22, 25, 29)';
  const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
  const text = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).color;

  /** Asks for a system scheme: Chromium emulates it; Firefox here cannot, so it keeps its own. */
  async function systemScheme(scheme: 'light' | 'dark'): Promise<'light' | 'dark'> {
    await emulateMedia({ colorScheme: scheme }).catch(() => undefined);
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  afterEach(() => systemScheme('light'));

  it('is light on a page that declares nothing, even when the system is dark', async () => {
    await systemScheme('dark');
    const el = await fixture<CarepathProbe>(html`<carepath-probe></carepath-probe>`);
    expect(background(el)).to.equal(LIGHT);
    expect(text(el)).to.equal('rgb(27, 31, 36)');
  });

  it('is dark when asked, whatever the page declares', async () => {
    const el = await fixture<CarepathProbe>(html`<carepath-probe theme="dark"></carepath-probe>`);
    expect(background(el)).to.equal(DARK);
    expect(text(el)).to.equal('rgb(238, 241, 244)');
  });

  it('follows a page that declares a dark color-scheme under auto, also when it changes later', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><carepath-probe></carepath-probe></div>`);
    const el = wrapper.querySelector('carepath-probe')!;
    expect(background(el)).to.equal(LIGHT);
    wrapper.classList.add('dark-page');
    wrapper.style.colorScheme = 'dark';
    expect(background(el), 'no re-render needed').to.equal(DARK);
    wrapper.style.colorScheme = 'light';
    expect(background(el)).to.equal(LIGHT);
  });

  it('follows the system only where the page declares "light dark"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><carepath-probe></carepath-probe></div>`);
    wrapper.style.colorScheme = 'light dark';
    const el = wrapper.querySelector('carepath-probe')!;
    for (const asked of ['dark', 'light'] as const) {
      const system = await systemScheme(asked);
      expect(background(el), `system ${system}`).to.equal(system === 'dark' ? DARK : LIGHT);
    }
  });

  it('stays light when asked, inside a dark page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><carepath-probe theme="light"></carepath-probe></div>`);
    wrapper.style.colorScheme = 'dark';
    expect(background(wrapper.querySelector('carepath-probe')!)).to.equal(LIGHT);
  });

  it('reads the page scheme itself where light-dark() is missing (Safari before 17.5)', async () => {
    const supports = CSS.supports;
    const withoutLightDark = (property: string, value?: string) =>
      value === undefined ? supports(property) : !value.startsWith('light-dark') && supports(property, value);
    CSS.supports = withoutLightDark as typeof CSS.supports;
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><carepath-probe></carepath-probe></div>`);
      const el = wrapper.querySelector<CarepathProbe>('carepath-probe')!;
      expect(el.settings.theme).to.equal('light');
      wrapper.style.colorScheme = 'dark';
      el.requestUpdate();
      await el.updateComplete;
      expect(el.settings.theme).to.equal('dark');
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('dark')).to.equal(true);
    } finally {
      CSS.supports = supports;
    }
  });
});

describe('overrides with names of built-in object properties', () => {
  it('treats constructor, toString and __proto__ as unknown keys, never as rules', async () => {
    const el = await fixture<CarepathProbe>(html`<carepath-probe></carepath-probe>`);
    const warnings = await collectWarnings(async () => {
      el.config = JSON.parse('{"constructor":{},"programs":{"toString":{},"__proto__":{"name":"x"}},"levels":{"__proto__":{"name":"x"},"2.1":{"constructor":"x"}}}');
      await el.updateComplete;
    });
    const text = warnings.join('\n');
    expect(text).to.contain('config.constructor: is not a known key');
    expect(text).to.contain('config.programs.toString: is not a known key');
    expect(text).to.contain('config.programs.__proto__: is not a known key');
    expect(text).to.contain('config.levels.__proto__: is not a known key');
    expect(text).to.contain('config.levels.2.1.constructor: is not a known key');
    expect(Object.getPrototypeOf(el.settings.content.levels)).to.equal(Object.prototype);
    expect(el.shadowRoot!.querySelector('.shown')).to.exist;
  });
});
