import { expect } from '@open-wc/testing';
import { walkScreener, TO_IOP } from './fixtures/walk.js';
import { openFramed } from './fixtures/frame.js';

interface Watch {
  seen: string[];
  attributes: string[];
  href: string;
  title: string;
  history: number;
}
type WatchedWindow = Window & { __privacy: Watch };

const openWatchedPage = () => openFramed<WatchedWindow>('/tests/fixtures/privacy/page.html');

/** What the page loaded beyond its own fixture files and the test server's injected script. */
function resourcesBeyondFixture(win: WatchedWindow): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => !path.startsWith('/tests/fixtures/privacy/') && !path.startsWith('/__web-dev-server'));
}

describe('privacy over a whole page life (DESIGN §2)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('load, all three elements and a complete self-check: nothing sent, stored or changed', async () => {
    const win = await openWatchedPage();
    const screener = win.document.querySelector('carepath-screener')!;
    const ladder = win.document.querySelector('carepath-ladder')!;
    ladder.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    const result = await walkScreener(screener as never, TO_IOP);
    expect(result.dataset.kind).to.equal('level');
    // Follow the link to the ladder, which must move focus without touching the URL.
    const toLadder = Array.from(result.querySelectorAll<HTMLElement>('a, button')).find((b) => /ladder|level|nivel/i.test(b.textContent ?? '') && !b.getAttribute('href')?.startsWith('tel'));
    toLadder?.click();
    await new Promise((r) => setTimeout(r, 300));

    const watch = win.__privacy;
    expect(watch.seen, 'requests, storage, cookies, history or title').to.deep.equal([]);
    expect(resourcesBeyondFixture(win), 'resources').to.deep.equal(['/dist/carepath.js']);
    expect(win.location.href).to.equal(watch.href);
    expect(win.document.title).to.equal(watch.title);
    expect(win.history.length).to.equal(watch.history);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    expect(watch.attributes, 'attributes of the page DOM').to.deep.equal([]);
  });

  it('each watchdog catches a deliberately faulty control', async () => {
    const win = await openWatchedPage();
    await win.fetch('/tests/fixtures/blank.html');
    const xhr = new (win as unknown as typeof window).XMLHttpRequest();
    xhr.open('GET', '/tests/fixtures/blank.html');
    win.navigator.sendBeacon('/tests/fixtures/blank.html', 'x');
    win.localStorage.setItem('carepath-control', '1');
    win.localStorage.removeItem('carepath-control');
    win.sessionStorage.setItem('carepath-control', '1');
    win.sessionStorage.removeItem('carepath-control');
    win.document.cookie = 'carepath-control=1; max-age=0';
    win.history.pushState(null, '', '#control');
    win.document.title = 'Changed';
    win.document.body.setAttribute('data-answer', 'daily');
    await new Promise((r) => setTimeout(r, 100));
    const kinds = win.__privacy.seen.map((s) => s.split(' ')[0]);
    expect(kinds).to.include.members(['fetch', 'xhr', 'beacon', 'storage', 'cookie', 'history', 'title']);
    expect(kinds.filter((k) => k === 'storage')).to.have.length(2);
    expect(win.__privacy.attributes).to.include('body data-answer');
    expect(resourcesBeyondFixture(win)).to.include('/tests/fixtures/blank.html');
    expect(win.location.href).to.not.equal(win.__privacy.href);
  });
});
