import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/carepath.js';
import type { CarepathLadder } from '../src/ladder/ladder.js';

/** What a visitor reads, spaces folded. */
const read = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: CarepathLadder): ShadowRoot => el.shadowRoot!;
const rungs = (el: CarepathLadder): HTMLElement[] => Array.from(shadow(el).querySelectorAll('[part~="rung"]'));
const rungOf = (el: CarepathLadder, code: string): HTMLElement => {
  const found = rungs(el).find((li) => li.dataset.code === code);
  if (!found) throw new Error(`no rung ${code}`);
  return found;
};
const buttonOf = (el: CarepathLadder, code: string): HTMLButtonElement =>
  rungOf(el, code).querySelector('button[part~="rung-button"]')!;
const detailsOf = (el: CarepathLadder, code: string): HTMLElement => {
  const id = buttonOf(el, code).getAttribute('aria-controls')!;
  return shadow(el).getElementById(id)!;
};
const badges = (el: CarepathLadder, code: string): string[] =>
  Array.from(rungOf(el, code).querySelectorAll('[part~="badge"]')).map(read);
const shown = (node: HTMLElement): boolean => !node.hidden && node.getClientRects().length > 0;

/** Runs `body` with console.warn captured, and gives back what was warned. */
async function warnings(body: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<carepath-ladder>: edition 3 (default)', () => {
  it('shows the eight rungs in order of intensity, plain name first, code second', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    expect(rungs(el).map((li) => li.dataset.code)).to.deep.equal(['0.5', '1', '2.1', '2.5', '3.1', '3.5', '3.7', '4']);
    expect(rungs(el).map((li) => read(li.querySelector('button')))).to.deep.equal([
      'Early intervention · Level 0.5',
      'Outpatient · Level 1',
      'Intensive outpatient · Level 2.1',
      'Partial hospitalization · Level 2.5',
      'Clinically managed low-intensity residential · Level 3.1',
      'Clinically managed high-intensity residential · Level 3.5',
      'Medically monitored intensive inpatient · Level 3.7',
      'Medically managed intensive inpatient · Level 4',
    ]);
    expect(read(shadow(el).querySelector('.edition'))).to.equal('Based on the ASAM Criteria, 3rd edition (2013)');
    await expect(el).to.be.accessible();
  });

  it('groups the rungs under the five broad levels, in ordered lists', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    const ladder = shadow(el).querySelector('[part~="ladder"]')!;
    expect(ladder.tagName).to.equal('OL');
    const groups = Array.from(ladder.children);
    expect(groups.map((g) => g.tagName)).to.deep.equal(['LI', 'LI', 'LI', 'LI', 'LI']);
    expect(groups.map((g) => read(g.querySelector('h3')))).to.deep.equal([
      'Early intervention',
      'Outpatient',
      'Intensive outpatient and partial hospitalization',
      'Residential and inpatient',
      'Medically managed intensive inpatient',
    ]);
    expect(
      groups.map((g) => Array.from(g.querySelectorAll<HTMLElement>('ol > [part~="rung"]')).map((li) => li.dataset.code)),
    ).to.deep.equal([['0.5'], ['1'], ['2.1', '2.5'], ['3.1', '3.5', '3.7'], ['4']]);
  });

  it('keeps every rung closed at first; a rung opens to hours, home, staff and who it is for', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    for (const li of rungs(el)) {
      expect(li.querySelector('button')!.getAttribute('aria-expanded'), li.dataset.code).to.equal('false');
      expect(shown(detailsOf(el, li.dataset.code!)), li.dataset.code).to.be.false;
    }
    buttonOf(el, '2.1').click();
    await el.updateComplete;
    const details = detailsOf(el, '2.1');
    expect(details.getAttribute('part')).to.equal('rung-details');
    expect(shown(details)).to.be.true;
    const terms = Array.from(details.querySelectorAll('dt')).map(read);
    const values = Array.from(details.querySelectorAll('dd')).map(read);
    expect(terms).to.deep.equal(['Hours a week', 'Lives at home', 'Staff', 'Who it is for']);
    expect(values[0]).to.equal('9–19 hours a week (adolescents: 6–19)');
    expect(values[1]).to.equal('Yes');
    expect(values[2]).to.contain('consultation and referral');
    expect(values[3]).to.contain('first treatment').and.contain('return to use');
    await expect(el).to.be.accessible();
  });

  it('states the hours of outpatient and partial hospitalization, and who lives there', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    for (const code of ['1', '2.5', '3.5', '4']) buttonOf(el, code).click();
    await el.updateComplete;
    const dd = (code: string) => Array.from(detailsOf(el, code).querySelectorAll('dd')).map(read);
    expect(dd('1')[0]).to.contain('Under 9').and.contain('under 6');
    expect(dd('2.5')[0]).to.equal('20 or more hours a week');
    expect(dd('2.5')[3], 'nothing published on who PHP suits').to.equal('Ask the clinic');
    expect(dd('3.5')[0]).to.contain('Lives there');
    expect(dd('3.5')[1]).to.equal('No');
    expect(dd('4')[1]).to.contain('No').and.contain('hospital');
  });

  it('says once how people move between levels', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    const text = read(shadow(el).querySelector('.root'));
    expect(text.split('Moving between levels').length - 1).to.equal(1);
    expect(text).to.contain('step up').and.contain('step down').and.contain('treatment team');
  });
});

describe('<carepath-ladder>: edition 4', () => {
  it('shows the ten rungs of the 2023 set and says which edition', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder edition="4"></carepath-ladder>`);
    expect(rungs(el).map((li) => read(li.querySelector('button')))).to.deep.equal([
      'Long-term remission monitoring · Level 1.0',
      'Outpatient therapy · Level 1.5',
      'Medically managed outpatient · Level 1.7',
      'Intensive outpatient · Level 2.1',
      'High-intensity outpatient (formerly partial hospitalization) · Level 2.5',
      'Medically managed intensive outpatient · Level 2.7',
      'Clinically managed low-intensity residential · Level 3.1',
      'Clinically managed high-intensity residential · Level 3.5',
      'Medically managed residential · Level 3.7',
      'Medically managed inpatient · Level 4',
    ]);
    expect(shadow(el).querySelector('[part~="ladder"]')!.tagName).to.equal('OL');
    expect(read(shadow(el).querySelector('.edition'))).to.equal('Based on the ASAM Criteria, 4th edition (2023)');
    await expect(el).to.be.accessible();
  });

  it('publishes no hours or staffing: "Details: ask the clinic"; withdrawal management at .7 and 4', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder edition="4"></carepath-ladder>`);
    for (const li of rungs(el)) li.querySelector('button')!.click();
    await el.updateComplete;
    const withWithdrawal = ['1.7', '2.7', '3.7', '4'];
    for (const li of rungs(el)) {
      const code = li.dataset.code!;
      const text = read(detailsOf(el, code));
      expect(text, code).to.contain('Details: ask the clinic');
      expect(text, code).not.to.contain('hours');
      expect(text.includes('Withdrawal management is part of this level.'), code).to.equal(withWithdrawal.includes(code));
    }
    await expect(el).to.be.accessible();
  });
});

describe('<carepath-ladder>: offered and highlight', () => {
  it('marks offered rungs "Offered here" in words, by code or program name', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder offered="1 iop"></carepath-ladder>`);
    expect(badges(el, '1')).to.deep.equal(['Offered here']);
    expect(badges(el, '2.1')).to.deep.equal(['Offered here']);
    for (const code of ['0.5', '2.5', '3.1', '3.5', '3.7', '4']) expect(badges(el, code), code).to.deep.equal([]);
    expect(read(buttonOf(el, '2.1'))).to.equal('Intensive outpatient · Level 2.1 Offered here');
    await expect(el).to.be.accessible();
  });

  it('marks one rung "Suggested starting point" by code', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder highlight="2.5"></carepath-ladder>`);
    expect(badges(el, '2.5')).to.deep.equal(['Suggested starting point']);
    expect(rungs(el).filter((li) => read(li).includes('Suggested starting point')).map((li) => li.dataset.code)).to.deep.equal(['2.5']);
    await expect(el).to.be.accessible();
  });

  it('marks the rung of a program name, and the first rung of a two-rung program', async () => {
    const iop = await fixture<CarepathLadder>(html`<carepath-ladder highlight="iop" offered="iop"></carepath-ladder>`);
    expect(badges(iop, '2.1')).to.deep.equal(['Offered here', 'Suggested starting point']);
    const residential = await fixture<CarepathLadder>(html`<carepath-ladder highlight="residential"></carepath-ladder>`);
    expect(badges(residential, '3.1')).to.deep.equal(['Suggested starting point']);
    expect(badges(residential, '3.5')).to.deep.equal([]);
    const four = await fixture<CarepathLadder>(html`<carepath-ladder highlight="4.0"></carepath-ladder>`);
    expect(badges(four, '4')).to.deep.equal(['Suggested starting point']);
  });

  it('warns about a highlight that is not in the edition shown, and marks nothing', async () => {
    let el!: CarepathLadder;
    const seen = await warnings(async () => {
      el = await fixture<CarepathLadder>(html`<carepath-ladder edition="4" highlight="0.5"></carepath-ladder>`);
    });
    expect(seen.some((w) => w.includes('<carepath-ladder> highlight') && w.includes('"0.5"'))).to.be.true;
    expect(rungs(el).some((li) => read(li).includes('Suggested starting point'))).to.be.false;
  });
});

describe('<carepath-ladder>: keyboard', () => {
  it('Tab reaches every rung in order; Enter and Space open and close it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <carepath-ladder></carepath-ladder>
    </div>`);
    const el = wrap.querySelector('carepath-ladder')!;
    await el.updateComplete;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    const order = ['0.5', '1', '2.1', '2.5', '3.1', '3.5', '3.7', '4'];
    for (const code of order) {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement, code).to.equal(buttonOf(el, code));
    }

    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const button = buttonOf(el, '3.1');
    expect(shadow(el).activeElement).to.equal(button);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(detailsOf(el, '3.1'))).to.be.true;
    expect(read(detailsOf(el, '3.1'))).to.contain('transitional housing');

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(detailsOf(el, '3.1'))).to.be.false;

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement, 'focus stays on the rung').to.equal(button);
  });

  it('ties each button to its details with aria-controls', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    for (const li of rungs(el)) {
      const button = li.querySelector('button')!;
      const details = shadow(el).getElementById(button.getAttribute('aria-controls')!);
      expect(details, li.dataset.code).to.exist;
      expect(li.contains(details), li.dataset.code).to.be.true;
    }
  });

  it('is accessible with every rung open, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<CarepathLadder>(
        html`<carepath-ladder theme=${theme} offered="1 2.1" highlight="2.1"></carepath-ladder>`,
      );
      for (const li of rungs(el)) li.querySelector('button')!.click();
      await el.updateComplete;
      expect(rungs(el).every((li) => li.querySelector('button')!.getAttribute('aria-expanded') === 'true')).to.be.true;
      expect(shadow(el).querySelector('.root')!.classList.contains(theme)).to.be.true;
      await expect(el).to.be.accessible();
    }
  });
});

describe('<carepath-ladder>: Spanish', () => {
  it('speaks Spanish with lang="es"', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder lang="es" offered="iop" highlight="iop"></carepath-ladder>`);
    expect(read(shadow(el).querySelector('h2'))).to.equal('Niveles de atención');
    expect(read(shadow(el).querySelector('.edition'))).to.equal('Basado en los criterios de la ASAM, 3.ª edición (2013)');
    expect(read(buttonOf(el, '2.1'))).to.equal(
      'Programa ambulatorio intensivo · Nivel 2.1 Disponible aquí Punto de partida sugerido',
    );
    expect(read(buttonOf(el, '1'))).to.equal('Tratamiento ambulatorio · Nivel 1');
    buttonOf(el, '2.5').click();
    await el.updateComplete;
    expect(Array.from(detailsOf(el, '2.5').querySelectorAll('dt')).map(read)).to.deep.equal([
      'Horas semanales',
      'Vive en su casa',
      'Personal',
      'Para quién es',
    ]);
    expect(read(detailsOf(el, '2.5'))).to.contain('duerme en su casa').and.contain('Consulte con la clínica');
    expect(read(shadow(el).querySelector('.root'))).to.contain('Cambiar de nivel');
    await expect(el).to.be.accessible();
  });

  it('shows edition 4 in Spanish with "Detalles: consulte con la clínica"', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder lang="es-MX" edition="4" theme="dark"></carepath-ladder>`);
    expect(read(buttonOf(el, '1.5'))).to.equal('Terapia ambulatoria · Nivel 1.5');
    buttonOf(el, '1.5').click();
    await el.updateComplete;
    expect(read(detailsOf(el, '1.5'))).to.equal('Detalles: consulte con la clínica');
    await expect(el).to.be.accessible();
  });
});

describe('<carepath-ladder>: orientation', () => {
  /** The broad levels sit side by side when the first two start at the same height. */
  const sideBySide = (el: CarepathLadder): boolean => {
    const [a, b] = Array.from(shadow(el).querySelector('[part~="ladder"]')!.children) as HTMLElement[];
    return Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) < 1;
  };
  const place = (width: string, attrs = '') =>
    fixture<HTMLDivElement>(html`<div style="width: ${width}"></div>`).then(async (wrap) => {
      wrap.innerHTML = `<carepath-ladder ${attrs}></carepath-ladder>`;
      const el = wrap.querySelector('carepath-ladder')!;
      await el.updateComplete;
      return { wrap, el };
    });
  /** Nothing inside the ladder reaches past the container's right edge. */
  const fits = (wrap: HTMLElement, el: CarepathLadder): boolean => {
    const right = wrap.getBoundingClientRect().right + 0.5;
    return Array.from(shadow(el).querySelectorAll('*')).every((n) => n.getBoundingClientRect().right <= right);
  };

  it('auto: vertical in a narrow container, horizontal in a wide one', async () => {
    const narrow = await place('320px');
    expect(sideBySide(narrow.el)).to.be.false;
    expect(fits(narrow.wrap, narrow.el)).to.be.true;
    const wide = await place('1000px');
    expect(sideBySide(wide.el)).to.be.true;
    await expect(wide.el).to.be.accessible();
  });

  it('vertical stays vertical when wide; horizontal in a narrow container wraps without sideways scrolling', async () => {
    const vertical = await place('1000px', 'orientation="vertical"');
    expect(sideBySide(vertical.el)).to.be.false;
    const horizontal = await place('1000px', 'orientation="horizontal"');
    expect(sideBySide(horizontal.el)).to.be.true;
    const squeezed = await place('320px', 'orientation="horizontal" lang="es"');
    for (const li of rungs(squeezed.el)) li.querySelector('button')!.click();
    await squeezed.el.updateComplete;
    expect(fits(squeezed.wrap, squeezed.el)).to.be.true;
    expect(squeezed.el.scrollWidth).to.be.at.most(squeezed.el.clientWidth);
  });

  it('stays readable at 320px with text at 200%', async () => {
    const { wrap, el } = await place('320px', 'lang="es" edition="4"');
    wrap.style.fontSize = '200%';
    for (const li of rungs(el)) li.querySelector('button')!.click();
    await el.updateComplete;
    expect(fits(wrap, el)).to.be.true;
    const button = buttonOf(el, '2.5').getBoundingClientRect();
    expect(button.height).to.be.at.least(24);
  });

  it('warns about an unknown orientation and uses auto', async () => {
    let placed!: { wrap: HTMLDivElement; el: CarepathLadder };
    const seen = await warnings(async () => {
      placed = await place('1000px', 'orientation="diagonal"');
    });
    expect(seen.some((w) => w.includes('<carepath-ladder> orientation') && w.includes('"diagonal"'))).to.be.true;
    expect(sideBySide(placed.el)).to.be.true;
  });
});

describe('<carepath-ladder>: showSuggestion (for the screener)', () => {
  it('highlights the rung without touching attributes, opens nothing, scrolls to it and focuses it', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder offered="1 2.1"></carepath-ladder>`);
    const url = location.href;
    const historyLength = history.length;
    const scrolls: unknown[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      scrolls.push([this, arg]);
    };
    try {
      el.showSuggestion('2.1');
      await el.updateComplete;
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    expect(badges(el, '2.1')).to.deep.equal(['Offered here', 'Suggested starting point']);
    expect(el.hasAttribute('highlight')).to.be.false;
    expect(shadow(el).activeElement).to.equal(buttonOf(el, '2.1'));
    expect(scrolls).to.deep.equal([[buttonOf(el, '2.1'), { block: 'nearest', behavior: 'smooth' }]]);
    expect(rungs(el).every((li) => li.querySelector('button')!.getAttribute('aria-expanded') === 'false')).to.be.true;
    expect(location.href).to.equal(url);
    expect(history.length).to.equal(historyLength);
    await expect(el).to.be.accessible();
  });

  it('leaves the page\'s highlight attribute as the clinic wrote it', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder highlight="1"></carepath-ladder>`);
    el.showSuggestion('3.5');
    await el.updateComplete;
    expect(el.getAttribute('highlight')).to.equal('1');
    expect(badges(el, '3.5')).to.deep.equal(['Suggested starting point']);
    expect(badges(el, '1')).to.deep.equal([]);
  });

  it('in edition 4, level 1 means 1.5', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder edition="4"></carepath-ladder>`);
    el.showSuggestion('1');
    await el.updateComplete;
    expect(badges(el, '1.5')).to.deep.equal(['Suggested starting point']);
    expect(shadow(el).activeElement).to.equal(buttonOf(el, '1.5'));
  });

  it('normalizes codes ("4.0" is 4) and ignores an unknown one with a warning', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    el.showSuggestion('4.0');
    await el.updateComplete;
    expect(badges(el, '4')).to.deep.equal(['Suggested starting point']);
    const seen = await warnings(async () => {
      el.showSuggestion('9.9');
      await el.updateComplete;
    });
    expect(seen.some((w) => w.includes('<carepath-ladder> showSuggestion') && w.includes('"9.9"'))).to.be.true;
    expect(badges(el, '4'), 'the earlier suggestion stays').to.deep.equal(['Suggested starting point']);
  });

  it('scrolls without animation when reduced motion is preferred', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    const scrolls: unknown[] = [];
    const queries: string[] = [];
    const originalScroll = Element.prototype.scrollIntoView;
    const originalMatch = window.matchMedia;
    // Firefox under WebDriver BiDi cannot emulate the media feature, so the page's answer is stubbed.
    window.matchMedia = (query: string) => {
      queries.push(query);
      return { ...originalMatch.call(window, query), matches: query.includes('reduce') } as MediaQueryList;
    };
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      scrolls.push(arg);
    };
    try {
      el.showSuggestion('2.5');
      await el.updateComplete;
    } finally {
      Element.prototype.scrollIntoView = originalScroll;
      window.matchMedia = originalMatch;
    }
    expect(queries).to.deep.equal(['(prefers-reduced-motion: reduce)']);
    expect(scrolls).to.deep.equal([{ block: 'nearest', behavior: 'auto' }]);
    expect(shadow(el).activeElement).to.equal(buttonOf(el, '2.5'));
  });
});

describe('<carepath-ladder>: clinic overrides and call to action', () => {
  it('shows the clinic\'s name, description and page for a level; drops unsafe links and unknown codes', async () => {
    let el!: CarepathLadder;
    const seen = await warnings(async () => {
      el = await fixture<CarepathLadder>(html`<carepath-ladder>
        <script type="application/json">
          {
            "levels": {
              "2.5": {
                "name": "Day Treatment",
                "description": { "en": "Weekdays 9 to 3 in our Elm Street building.", "es": "De lunes a viernes." },
                "href": "/programs/day"
              },
              "2.1": { "href": "javascript:alert(1)" },
              "2.7": { "name": "Not in edition 3" }
            }
          }
        </script>
      </carepath-ladder>`);
    });
    expect(read(buttonOf(el, '2.5'))).to.equal('Day Treatment · Level 2.5');
    expect(buttonOf(el, '2.5').querySelector('bdi')).to.exist;
    buttonOf(el, '2.5').click();
    buttonOf(el, '2.1').click();
    await el.updateComplete;
    const details = detailsOf(el, '2.5');
    expect(read(details)).to.contain('Weekdays 9 to 3 in our Elm Street building.');
    expect(read(details.querySelector('dt'))).to.equal('Level of care');
    expect(read(details.querySelector('dd'))).to.equal('Partial hospitalization');
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/programs/day');
    expect(read(link)).to.equal('Learn more: Day Treatment');
    expect(detailsOf(el, '2.1').querySelector('a')).to.equal(null);
    expect(seen.some((w) => w.includes('levels.2.1.href') && w.includes('javascript:alert(1)'))).to.be.true;
    expect(seen.some((w) => w.includes('levels.2.7') && w.includes('edition 3'))).to.be.true;
    expect(read(shadow(el).querySelector('.root'))).not.to.contain('Not in edition 3');
    await expect(el).to.be.accessible();
  });

  it('fires carepath-cta with an empty detail when the clinic\'s link is clicked', async () => {
    const el = await fixture<CarepathLadder>(
      html`<carepath-ladder cta-href="/contact" cta-label="Request a call back" phone="+1-206-555-0123"></carepath-ladder>`,
    );
    el.addEventListener('click', (event) => event.preventDefault());
    const cta = shadow(el).querySelector<HTMLAnchorElement>('a.cta')!;
    expect(read(cta)).to.equal('Request a call back');
    expect(cta.getAttribute('href')).to.equal('/contact');
    expect(shadow(el).querySelector('a[href="tel:+12065550123"]')).to.exist;
    setTimeout(() => cta.click());
    const event = await oneEvent(el, 'carepath-cta');
    expect(event.detail).to.deep.equal({});
    expect(event.bubbles && event.composed).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('offers the SAMHSA helpline when the clinic gave no phone or link', async () => {
    const el = await fixture<CarepathLadder>(html`<carepath-ladder></carepath-ladder>`);
    expect(shadow(el).querySelector('a[href="tel:+18006624357"]')).to.exist;
    expect(read(shadow(el).querySelector('.root'))).to.contain('1-800-662-4357');
  });
});
