import { expect } from '@open-wc/testing';
import { walkScreener, TO_IOP } from './fixtures/walk.js';
import { openFramed } from './fixtures/frame.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  element: string;
}
type CspWindow = Window & { __violations: Violation[] };

const openStrictPage = () => openFramed<CspWindow>('/tests/fixtures/csp/strict.html');

async function rendered(win: CspWindow) {
  return Array.from(win.document.querySelectorAll('carepath-compare, carepath-ladder, carepath-screener')) as HTMLElement[];
}

describe('a strict Content-Security-Policy (DESIGN §2)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is really applied to the fixture page', async () => {
    const response = await fetch('/tests/fixtures/csp/strict.html');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'none'; require-trusted-types-for 'script'",
    );
  });

  it('renders all three elements and runs the self-check to a result with no violation', async () => {
    const win = await openStrictPage();
    const [compare, ladder, screener] = await rendered(win);
    expect(compare.shadowRoot!.querySelector('table')).to.exist;
    expect(ladder.shadowRoot!.querySelector('ol')).to.exist;
    const result = await walkScreener(screener as never, TO_IOP);
    expect(result.dataset.kind).to.equal('level');
    expect(result.dataset.level).to.equal('2.1');
    ladder.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
  });

  it('catches a deliberately faulty control: an inline style attribute registers a violation', async () => {
    const win = await openStrictPage();
    await rendered(win);
    const control = win.document.createElement('p');
    control.id = 'faulty-control';
    control.setAttribute('style', 'color: red');
    win.document.body.append(control);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__violations.length).to.be.at.least(1);
    expect(win.__violations[0].directive).to.match(/^style-src/);
  });
});
