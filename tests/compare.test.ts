import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/carepath.js';
import type { CarepathCompare } from '../src/compare/compare.js';
import { collectWarnings } from './fixtures/probe.js';

// Expected words are written by hand from DESIGN §1.3 and §3.1 and the glossary.

const words = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: CarepathCompare) => el.shadowRoot!;
const columnHeaders = (el: CarepathCompare) => [...shadow(el).querySelectorAll('thead th[scope="col"]')];
const columnNames = (el: CarepathCompare) => columnHeaders(el).map((th) => words(th.querySelector('.name')));
const columnCodes = (el: CarepathCompare) => columnHeaders(el).map((th) => words(th.querySelector('.code')));
const rowNames = (el: CarepathCompare) =>
  [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((th) => words(th));
const badges = (th: Element) => [...th.querySelectorAll('[part="badge"]')].map((b) => words(b));

/** The data cell in the row whose header reads `row`, in column `column` (0-based). */
function cell(el: CarepathCompare, row: string, column: number): HTMLTableCellElement {
  const tr = [...shadow(el).querySelectorAll('tbody tr')].find((r) => words(r.querySelector('th')) === row);
  expect(tr, `a row named "${row}"`).to.exist;
  return tr!.querySelectorAll('td')[column];
}

const chartItems = (el: CarepathCompare) => [...shadow(el).querySelectorAll('[part="hours-chart"] li')];
/** x and width of a chart's bars, as fractions of the 0–40 h track. */
function bars(item: Element): Array<[number, number]> {
  const track = Number(item.querySelector('.track')!.getAttribute('width'));
  return [...item.querySelectorAll('.bar')].map((bar) => [
    Number(bar.getAttribute('x')) / track,
    Number(bar.getAttribute('width')) / track,
  ]);
}

async function settle(el: CarepathCompare) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const ROWS_EN = [
  'Hours a week',
  'Sessions',
  'Typical length',
  'Where the person lives',
  'Services',
  'Often suits',
  'Insurance',
  'By video',
];

describe('<carepath-compare> (DESIGN §1.3, §3.1)', () => {
  describe('defaults', () => {
    it('compares outpatient and IOP in a real table with a caption and all eight rows', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      const table = shadow(el).querySelector('table')!;
      expect(table.getAttribute('part')).to.equal('table');
      expect(words(table.querySelector('caption'))).to.equal('Comparing levels of care');
      expect(table.querySelector('caption')!.getAttribute('part')).to.equal('caption');
      expect(columnNames(el)).to.deep.equal(['Outpatient', 'Intensive outpatient (IOP)']);
      expect(columnCodes(el)).to.deep.equal(['Level 1', 'Level 2.1']);
      expect(rowNames(el)).to.deep.equal(ROWS_EN);
      for (const th of columnHeaders(el)) expect(th.getAttribute('part')).to.equal('column-header');
      for (const th of shadow(el).querySelectorAll('tbody th')) {
        expect(th.getAttribute('scope')).to.equal('row');
        expect(th.getAttribute('part')).to.equal('row-header');
      }
      expect(shadow(el).querySelectorAll('tbody td[part="cell"]').length).to.equal(16);
      // Nothing said about availability without `offered` or `highlight`.
      expect(shadow(el).querySelectorAll('[part="badge"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('fills every cell from DESIGN §3.1', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      expect(words(cell(el, 'Hours a week', 0))).to.equal('Under 9 hours a week (adolescents: under 6)');
      expect(words(cell(el, 'Hours a week', 1))).to.equal('9–19 hours a week (adolescents: 6–19)');
      expect(words(cell(el, 'Sessions', 0))).to.equal('Usually 1–2 a week, day or evening');
      expect(words(cell(el, 'Sessions', 1))).to.equal('Over 3–5 days a week');
      expect(words(cell(el, 'Typical length', 0))).to.equal('Several weeks to 3 months, often longer, tapering off');
      expect(words(cell(el, 'Typical length', 1))).to.equal('Several weeks to 3 months');
      expect(words(cell(el, 'Where the person lives', 0))).to.equal('Lives at home');
      const services = (column: number) =>
        [...cell(el, 'Services', column).querySelectorAll('li')].map((li) => words(li));
      expect(services(0)).to.deep.equal([
        'Individual counseling',
        'Group therapy',
        'Family therapy',
        'Education sessions',
      ]);
      expect(services(1)).to.deep.equal([
        'Individual, group, family and behavioral therapy',
        'Medication management',
        'Monitoring and evaluation',
        'Alcohol and drug testing',
        'Peer support meetings',
        'Sometimes job training and housing help',
      ]);
      expect(words(cell(el, 'Often suits', 0))).to.equal(
        'People who finished inpatient care, an IOP or a PHP, with coping skills and support',
      );
      expect(words(cell(el, 'Often suits', 1))).to.equal(
        'A first treatment; a step down after inpatient or residential care; more support after a return to use',
      );
      for (const column of [0, 1]) {
        expect(words(cell(el, 'Insurance', column))).to.equal(
          'Many plans cover it, often with a referral; check with your plan.',
        );
        expect(words(cell(el, 'By video', column))).to.equal('Often offered by video');
      }
    });

    it('says "Ask the clinic" where our sources give nothing', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare programs="php residential"></carepath-compare>`);
      expect(words(cell(el, 'Typical length', 0))).to.equal('Ask the clinic');
      expect(words(cell(el, 'Often suits', 0))).to.equal('Ask the clinic');
      expect(words(cell(el, 'Sessions', 1))).to.equal('Ask the clinic');
      expect(words(cell(el, 'By video', 1))).to.equal('In person');
      expect(words(cell(el, 'Hours a week', 0))).to.equal('20 or more hours a week');
    });

    it('cites the evidence and the source of the hours in a footnote, never claiming "better"', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      const note = shadow(el).querySelector('[part="footnote"]')!;
      const text = words(note);
      expect(text).to.contain('McCarty et al., 2014');
      expect(text).to.contain('comparable to residential or inpatient care');
      expect(text).to.contain('do not need medical withdrawal management or 24-hour supervision');
      expect(text).to.contain('Hours: ASAM Criteria, 3rd edition (2013)');
      expect(text).to.contain('SAMHSA Advisory');
      expect(words(shadow(el).querySelector('.root'))).not.to.match(/\bbetter\b/i);
    });

    it('leaves the IOP evidence out when no IOP column is shown', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare programs="outpatient php"></carepath-compare>`);
      const text = words(shadow(el).querySelector('[part="footnote"]'));
      expect(text).not.to.contain('McCarty');
      expect(text).to.contain('Hours: ASAM Criteria, 3rd edition (2013)');
    });

    it('points to the SAMHSA helpline when the clinic gives no phone or link', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="tel:+18006624357"]');
      expect(words(link)).to.equal('1-800-662-4357');
    });
  });

  describe('programs and rows', () => {
    it('shows the programs named, by name or code, in the order given, once each', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare programs="inpatient early 2.5 PHP 3.5"></carepath-compare>`,
      );
      expect(columnNames(el)).to.deep.equal([
        'Inpatient',
        'Early intervention',
        'Partial hospitalization (PHP)',
        'Residential',
      ]);
      expect(columnCodes(el)).to.deep.equal(['Level 3.7–4', 'Level 0.5', 'Level 2.5', 'Level 3.1–3.5']);
    });

    it('shows only the rows named, in the order given', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare rows="virtual best-for hours"></carepath-compare>`);
      expect(rowNames(el)).to.deep.equal(['By video', 'Often suits', 'Hours a week']);
    });

    it('leaves the weekly-time picture out when the hours row is not shown', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare rows="services"></carepath-compare>`);
      expect(shadow(el).querySelector('[part="hours-chart"]')).to.equal(null);
    });

    it('warns about each unknown program or row by name and skips it', async () => {
      let el!: CarepathCompare;
      const warnings = await collectWarnings(async () => {
        el = await fixture<CarepathCompare>(
          html`<carepath-compare programs="outpatient rehab 9.9 iop" rows="hours price services"></carepath-compare>`,
        );
      });
      expect(columnNames(el)).to.deep.equal(['Outpatient', 'Intensive outpatient (IOP)']);
      expect(rowNames(el)).to.deep.equal(['Hours a week', 'Services']);
      expect(warnings.some((w) => w.includes('<carepath-compare> programs: "rehab"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('<carepath-compare> programs: "9.9"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('<carepath-compare> rows: "price"'))).to.equal(true);
      expect(warnings.length).to.equal(3);
    });

    it('falls back to the defaults, with a warning, when nothing valid is named', async () => {
      let el!: CarepathCompare;
      const warnings = await collectWarnings(async () => {
        el = await fixture<CarepathCompare>(html`<carepath-compare programs="rehab" rows="price"></carepath-compare>`);
      });
      expect(columnNames(el)).to.deep.equal(['Outpatient', 'Intensive outpatient (IOP)']);
      expect(rowNames(el)).to.deep.equal(ROWS_EN);
      expect(warnings.some((w) => w.includes('programs: nothing valid is left; the default "outpatient iop"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('rows: nothing valid is left'))).to.equal(true);
    });

    it('follows changes to its attributes', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      el.setAttribute('programs', 'php');
      el.setAttribute('rows', 'setting');
      await settle(el);
      expect(columnNames(el)).to.deep.equal(['Partial hospitalization (PHP)']);
      expect(words(cell(el, 'Where the person lives', 0))).to.equal('Treatment by day, nights at home');
    });
  });

  describe('offered and highlight', () => {
    it('marks offered columns "Offered here", by name or by code', async () => {
      const byName = await fixture<CarepathCompare>(html`<carepath-compare offered="iop"></carepath-compare>`);
      expect(columnHeaders(byName).map(badges)).to.deep.equal([[], ['Offered here']]);
      const byCode = await fixture<CarepathCompare>(
        html`<carepath-compare programs="outpatient iop residential" offered="1 3.5"></carepath-compare>`,
      );
      expect(columnHeaders(byCode).map(badges)).to.deep.equal([['Offered here'], [], ['Offered here']]);
    });

    it('marks the highlighted column "Our program", by name or by code, down the whole column', async () => {
      const byCode = await fixture<CarepathCompare>(
        html`<carepath-compare offered="outpatient iop" highlight="2.1"></carepath-compare>`,
      );
      expect(columnHeaders(byCode).map(badges)).to.deep.equal([['Offered here'], ['Offered here', 'Our program']]);
      expect(cell(byCode, 'Sessions', 1).classList.contains('ours')).to.equal(true);
      expect(cell(byCode, 'Sessions', 0).classList.contains('ours')).to.equal(false);
      const byName = await fixture<CarepathCompare>(html`<carepath-compare highlight="outpatient"></carepath-compare>`);
      expect(columnHeaders(byName).map(badges)).to.deep.equal([['Our program'], []]);
      await expect(byCode).to.be.accessible();
    });

    it('warns about an unknown highlight, a second one, or one not shown', async () => {
      let unknown!: CarepathCompare;
      let two!: CarepathCompare;
      let hidden!: CarepathCompare;
      const warnings = await collectWarnings(async () => {
        unknown = await fixture<CarepathCompare>(html`<carepath-compare highlight="detox"></carepath-compare>`);
        two = await fixture<CarepathCompare>(html`<carepath-compare highlight="iop outpatient"></carepath-compare>`);
        hidden = await fixture<CarepathCompare>(html`<carepath-compare highlight="php"></carepath-compare>`);
      });
      expect(shadow(unknown).querySelectorAll('[part="badge"]').length).to.equal(0);
      expect(columnHeaders(two).map(badges)).to.deep.equal([[], ['Our program']]);
      expect(shadow(hidden).querySelectorAll('[part="badge"]').length).to.equal(0);
      expect(warnings.some((w) => w.includes('<carepath-compare> highlight: "detox"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('highlight: marks one program; "iop" is used'))).to.equal(true);
      expect(warnings.some((w) => w.includes('highlight: "php" is not among the programs shown'))).to.equal(true);
    });
  });

  describe("the clinic's own words (overrides)", () => {
    it('takes a program name, hours, services, insurers and a link from the JSON child', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare programs="outpatient php">
        <script type="application/json">
          {
            "programs": {
              "php": {
                "name": "Day Treatment",
                "hours": 12,
                "services": ["Group therapy", "Art therapy"],
                "insurance": "We accept Aetna, Cigna and Medicaid.",
                "href": "/programs/day-treatment"
              }
            }
          }
        </script>
      </carepath-compare>`);
      expect(columnNames(el)).to.deep.equal(['Outpatient', 'Day Treatment']);
      expect(columnCodes(el)[1]).to.equal('Level 2.5');
      const link = columnHeaders(el)[1].querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/programs/day-treatment');
      expect(words(link)).to.equal('Day Treatment');
      expect(words(cell(el, 'Hours a week', 1))).to.equal('12 hours a week');
      expect([...cell(el, 'Services', 1).querySelectorAll('li')].map((li) => words(li))).to.deep.equal([
        'Group therapy',
        'Art therapy',
      ]);
      expect(words(cell(el, 'Insurance', 1))).to.equal('We accept Aetna, Cigna and Medicaid.');
      // The other column keeps the defaults.
      expect(words(cell(el, 'Insurance', 0))).to.equal('Many plans cover it, often with a referral; check with your plan.');
      expect(words(chartItems(el)[1])).to.equal('Day Treatment: 12 hours a week');
      // One number: a short bar centred on 12 h of the 0–40 h scale.
      const [[x, width]] = bars(chartItems(el)[1]);
      expect(x + width / 2).to.be.closeTo(12 / 40, 0.001);
      expect(width).to.be.below(0.05);
      await expect(el).to.be.accessible();
    });

    it('takes hours as [min, max] and text in both languages from the config property', async () => {
      const config = {
        programs: {
          iop: {
            name: { en: 'Evening IOP', es: 'IOP de noche' },
            hours: [6, 12],
            'best-for': { en: 'Working adults', es: 'Adultos que trabajan' },
          },
        },
      };
      const el = await fixture<CarepathCompare>(html`<carepath-compare .config=${config}></carepath-compare>`);
      expect(columnNames(el)).to.deep.equal(['Outpatient', 'Evening IOP']);
      expect(words(cell(el, 'Hours a week', 1))).to.equal('6–12 hours a week');
      expect(words(cell(el, 'Often suits', 1))).to.equal('Working adults');
      expect(bars(chartItems(el)[1])).to.deep.equal([[6 / 40, 6 / 40]]);
      el.lang = 'es';
      await settle(el);
      expect(columnNames(el)).to.deep.equal(['Tratamiento ambulatorio', 'IOP de noche']);
      expect(words(cell(el, 'Horas semanales', 1))).to.equal('6–12 horas semanales');
      expect(words(cell(el, 'Suele ser adecuado para', 1))).to.equal('Adultos que trabajan');
    });

    it('drops an unsafe link with a warning naming the program', async () => {
      let el!: CarepathCompare;
      const config = { programs: { iop: { href: 'javascript:alert(1)' } } };
      const warnings = await collectWarnings(async () => {
        el = await fixture<CarepathCompare>(html`<carepath-compare .config=${config}></carepath-compare>`);
      });
      expect(shadow(el).querySelector('thead a')).to.equal(null);
      expect(columnNames(el)[1]).to.equal('Intensive outpatient (IOP)');
      expect(warnings.some((w) => w.includes('<carepath-compare> programs.iop.href: "javascript:alert(1)"'))).to.equal(true);
    });

    it('caps runaway clinic text at 300 characters', async () => {
      const config = { programs: { outpatient: { duration: 'week '.repeat(100) } } };
      const el = await fixture<CarepathCompare>(html`<carepath-compare .config=${config}></carepath-compare>`);
      const text = words(cell(el, 'Typical length', 0));
      expect(Array.from(text).length).to.equal(300);
      expect(text.endsWith('…')).to.equal(true);
    });
  });

  describe('Spanish', () => {
    const ROWS_ES = [
      'Horas semanales',
      'Sesiones',
      'Duración habitual',
      'Dónde vive la persona',
      'Servicios',
      'Suele ser adecuado para',
      'Seguro médico',
      'Por video',
    ];

    it('speaks Spanish with lang="es"', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare lang="es" programs="outpatient iop php" offered="iop" highlight="iop"></carepath-compare>`,
      );
      expect(words(shadow(el).querySelector('caption'))).to.equal('Comparación de niveles de atención');
      expect(columnNames(el)).to.deep.equal([
        'Tratamiento ambulatorio',
        'Programa ambulatorio intensivo (IOP)',
        'Hospitalización parcial (PHP)',
      ]);
      expect(columnCodes(el)).to.deep.equal(['Nivel 1', 'Nivel 2.1', 'Nivel 2.5']);
      expect(rowNames(el)).to.deep.equal(ROWS_ES);
      expect(columnHeaders(el).map(badges)[1]).to.deep.equal(['Disponible aquí', 'Nuestro programa']);
      expect(words(cell(el, 'Horas semanales', 0))).to.equal('Menos de 9 horas semanales (adolescentes: menos de 6)');
      expect(words(cell(el, 'Dónde vive la persona', 2))).to.equal('Tratamiento durante el día; duerme en su casa');
      expect(words(cell(el, 'Duración habitual', 2))).to.equal('Consulte con la clínica');
      expect(words(cell(el, 'Seguro médico', 0))).to.equal(
        'Muchos planes de salud lo cubren, a menudo con una remisión; consulte con su plan.',
      );
      expect(words(shadow(el).querySelector('figcaption'))).to.equal('Horas semanales');
      expect(words(shadow(el).querySelector('[part="footnote"]'))).to.contain('Criterios de la ASAM, 3.ª edición (2013)');
      expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    });

    it('matches es-MX on its primary subtag and inherits Spanish from an ancestor', async () => {
      const mx = await fixture<CarepathCompare>(html`<carepath-compare lang="es-MX"></carepath-compare>`);
      expect(rowNames(mx)).to.deep.equal(ROWS_ES);
      const wrapper = await fixture(html`<div lang="es"><section><carepath-compare></carepath-compare></section></div>`);
      const inherited = wrapper.querySelector('carepath-compare')!;
      await settle(inherited);
      expect(words(shadow(inherited).querySelector('caption'))).to.equal('Comparación de niveles de atención');
    });
  });

  describe('edition 4', () => {
    it('names the columns as in 2023 and labels the hours as 3rd-edition ranges', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare edition="4" programs="outpatient iop php inpatient" offered="1.5"></carepath-compare>`,
      );
      expect(columnNames(el)).to.deep.equal([
        'Outpatient therapy',
        'Intensive outpatient',
        'High-intensity outpatient (formerly partial hospitalization)',
        'Medically managed residential / Medically managed inpatient',
      ]);
      expect(columnCodes(el)).to.deep.equal(['Level 1.5', 'Level 2.1', 'Level 2.5', 'Level 3.7–4']);
      expect(columnHeaders(el).map(badges)[0]).to.deep.equal(['Offered here']);
      expect(rowNames(el)[0]).to.equal('Hours a week (3rd-edition ranges)');
      expect(words(cell(el, 'Hours a week (3rd-edition ranges)', 1))).to.equal('9–19 hours a week (adolescents: 6–19)');
      expect(words(shadow(el).querySelector('figcaption'))).to.contain('(3rd-edition ranges)');
      const note = words(shadow(el).querySelector('[part="footnote"]'));
      expect(note).to.contain('Program names: ASAM Criteria, 4th edition (2023).');
      expect(note).to.contain('Hours: ASAM Criteria, 3rd edition (2013)');
      await expect(el).to.be.accessible();
    });

    it('warns that early intervention has no edition-4 level and skips it', async () => {
      let el!: CarepathCompare;
      const warnings = await collectWarnings(async () => {
        el = await fixture<CarepathCompare>(html`<carepath-compare edition="4" programs="early iop"></carepath-compare>`);
      });
      expect(columnNames(el)).to.deep.equal(['Intensive outpatient']);
      expect(warnings.some((w) => w.includes('programs: "early" is not one of the programs of ASAM edition 4'))).to.equal(
        true,
      );
    });

    it("does not call the clinic's own hours 3rd-edition ranges", async () => {
      const config = { programs: { iop: { hours: 12 } } };
      const el = await fixture<CarepathCompare>(html`<carepath-compare edition="4" programs="iop" .config=${config}></carepath-compare>`);
      expect(rowNames(el)[0]).to.equal('Hours a week');
      expect(words(cell(el, 'Hours a week', 0))).to.equal('12 hours a week');
      expect(words(shadow(el).querySelector('figcaption'))).not.to.contain('3rd-edition');
    });

    it('says it in Spanish too', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare edition="4" lang="es"></carepath-compare>`);
      expect(columnNames(el)).to.deep.equal(['Terapia ambulatoria', 'Programa ambulatorio intensivo']);
      expect(rowNames(el)[0]).to.equal('Horas semanales (rangos de la 3.ª edición)');
    });
  });

  describe('the weekly-time picture', () => {
    it('draws range bars on one 0–40 h scale with the 9 h and 20 h thresholds', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      const chart = shadow(el).querySelector('[part="hours-chart"]')!;
      expect(chart.tagName).to.equal('FIGURE');
      expect(words(chart.querySelector('figcaption'))).to.equal('Hours a week');
      const [outpatient, iop] = chartItems(el);
      expect(bars(outpatient)).to.deep.equal([[0, 9 / 40]]);
      expect(bars(iop)).to.deep.equal([[9 / 40, 10 / 40]]);
      for (const item of [outpatient, iop]) {
        const track = Number(item.querySelector('.track')!.getAttribute('width'));
        const thresholds = [...item.querySelectorAll('line.th')].map((l) => Number(l.getAttribute('x1')) / track);
        expect(thresholds).to.deep.equal([9 / 40, 20 / 40]);
      }
      const ticks = words(chart.querySelector('.ticks'));
      expect(ticks).to.contain('9 h');
      expect(ticks).to.contain('20 h');
      expect(ticks).to.contain('40 h');
      expect(words(chart.querySelector('.legend'))).to.equal('Dashed lines: 9 and 20 hours a week.');
    });

    it('shows PHP open-ended from 20 h, a "lives there" marker for residential and inpatient, nothing for early intervention', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare programs="php residential inpatient early"></carepath-compare>`,
      );
      const [php, residential, inpatient, early] = chartItems(el);
      const phpBars = bars(php);
      expect(phpBars[0][0]).to.equal(20 / 40);
      expect(phpBars.length, 'a bar that trails off past the end of the scale').to.equal(3);
      expect(phpBars[2][0] + phpBars[2][1]).to.be.closeTo(1, 0.01);
      for (const item of [residential, inpatient]) {
        expect(item.querySelector('.lives')).to.exist;
        expect(item.querySelector('.bar')).to.equal(null);
      }
      expect(words(residential)).to.equal('Residential: Lives there, 24-hour structure (3.1: at least 5 clinical hours)');
      expect(words(inpatient)).to.equal('Inpatient: Lives there, 24-hour nursing, physician-directed');
      expect(early.querySelector('svg')).to.equal(null);
      expect(words(early)).to.equal('Early intervention: Brief');
    });

    it('has a text alternative: each program and its hours in words, the drawing hidden', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      expect(chartItems(el).map((li) => words(li))).to.deep.equal([
        'Outpatient: Under 9 hours a week (adolescents: under 6)',
        'Intensive outpatient (IOP): 9–19 hours a week (adolescents: 6–19)',
      ]);
      for (const svg of shadow(el).querySelectorAll('[part="hours-chart"] svg')) {
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(shadow(el).querySelector('.axis')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('never uses a style attribute', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare programs="early outpatient iop php residential inpatient"></carepath-compare>`,
      );
      expect(shadow(el).querySelectorAll('[style]').length).to.equal(0);
    });

    it('keeps its bars visible in both themes: the bar color differs from the track', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<CarepathCompare>(html`<carepath-compare theme=${theme}></carepath-compare>`);
        const item = chartItems(el)[0];
        const bar = getComputedStyle(item.querySelector('.bar')!).fill;
        const track = getComputedStyle(item.querySelector('.track')!).fill;
        expect(bar, theme).not.to.equal(track);
      }
    });
  });

  describe('narrow layout (320 px, 200% zoom)', () => {
    async function narrow(programs: string, fontSize = '1em') {
      const wrapper = await fixture(html`<div class="narrow-test">
        <carepath-compare programs=${programs} style="width: 320px; --carepath-font-size: ${fontSize}"></carepath-compare>
      </div>`);
      const el = wrapper.querySelector('carepath-compare')!;
      await settle(el);
      return el;
    }

    it('never makes the page scroll sideways: the table scrolls in its own region', async () => {
      for (const [programs, size] of [
        ['outpatient iop', '1em'],
        ['early outpatient iop php residential inpatient', '1em'],
        ['outpatient iop', '2em'],
      ]) {
        const el = await narrow(programs, size);
        expect(el.scrollWidth, `${programs} at ${size}`).to.be.at.most(el.clientWidth);
        const region = shadow(el).querySelector<HTMLElement>('[role="region"]')!;
        expect(region.scrollWidth, 'the region holds the extra width').to.be.above(region.clientWidth);
      }
    });

    it('keeps real table semantics', async () => {
      const el = await narrow('early outpatient iop php residential inpatient');
      const display = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).display;
      expect(display('table')).to.equal('table');
      expect(display('caption')).to.equal('table-caption');
      expect(display('thead')).to.equal('table-header-group');
      expect(display('tbody tr')).to.equal('table-row');
      expect(display('tbody th')).to.equal('table-cell');
      expect(display('tbody td')).to.equal('table-cell');
    });

    it('scrolls by keyboard with the row headers staying in view', async () => {
      const el = await narrow('early outpatient iop php residential inpatient');
      const region = shadow(el).querySelector<HTMLElement>('[role="region"]')!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      region.focus();
      expect(shadow(el).activeElement).to.equal(region);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await nextFrame();
      expect(region.scrollLeft).to.be.above(0);
      region.scrollLeft = 10_000;
      await nextFrame();
      const rowHeader = shadow(el).querySelector('tbody th')!;
      expect(rowHeader.getBoundingClientRect().left).to.be.closeTo(region.getBoundingClientRect().left, 2);
    });

    it('passes axe when narrow', async () => {
      const el = await narrow('outpatient iop php');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessible names', () => {
    it('names the table and its scrolling region by the caption; headers carry the name, level and marks', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare offered="iop" highlight="iop" .config=${{ programs: { outpatient: { href: '/op' } } }}></carepath-compare>`,
      );
      const region = shadow(el).querySelector('[role="region"]')!;
      const caption = shadow(el).getElementById(region.getAttribute('aria-labelledby')!);
      expect(caption?.tagName).to.equal('CAPTION');
      expect(words(caption)).to.equal('Comparing levels of care');
      expect(columnHeaders(el).map((th) => words(th))).to.deep.equal([
        'Outpatient Level 1',
        'Intensive outpatient (IOP) Level 2.1 Offered here Our program',
      ]);
      expect(words(shadow(el).querySelector('thead a'))).to.equal('Outpatient');
      // The top-left corner is an empty data cell, not an empty header.
      expect(shadow(el).querySelector('thead tr > :first-child')!.tagName).to.equal('TD');
      expect(words(shadow(el).querySelector('figcaption'))).to.equal('Hours a week');
    });
  });

  describe('call to action', () => {
    it('fires carepath-cta with an empty detail when the clinic link is clicked', async () => {
      const el = await fixture<CarepathCompare>(
        html`<carepath-compare clinic-name="Sample Recovery Center" cta-href="/contact" phone="+1-206-555-0123"></carepath-compare>`,
      );
      el.addEventListener('click', (event) => event.preventDefault());
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="/contact"]')!;
      expect(words(link)).to.equal('Contact Sample Recovery Center');
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'carepath-cta');
      expect(event.detail).to.deep.equal({});
      expect(event.composed).to.equal(true);
      expect(shadow(el).querySelector('a[href="tel:+12065550123"]')).to.exist;
    });

    it('fires nothing for the helpline', async () => {
      const el = await fixture<CarepathCompare>(html`<carepath-compare></carepath-compare>`);
      el.addEventListener('click', (event) => event.preventDefault());
      let fired = false;
      el.addEventListener('carepath-cta', () => (fired = true));
      shadow(el).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
      await nextFrame();
      expect(fired).to.equal(false);
    });
  });

  describe('axe in every variant', () => {
    it('is clean in light, dark and Spanish with every program', async () => {
      for (const [theme, lang] of [
        ['light', 'en'],
        ['dark', 'en'],
        ['dark', 'es'],
        ['light', 'es'],
      ]) {
        const el = await fixture<CarepathCompare>(html`<carepath-compare
          theme=${theme}
          lang=${lang}
          programs="early outpatient iop php residential inpatient"
          offered="1 2.1 3.5"
          highlight="iop"
          clinic-name="Sample Recovery Center"
          phone="+1-206-555-0123"
          cta-href="/contact"
        ></carepath-compare>`);
        expect(shadow(el).querySelector('.root')!.classList.contains(theme), theme).to.equal(true);
        await expect(el, `${theme} ${lang}`).to.be.accessible();
      }
    });
  });
});
