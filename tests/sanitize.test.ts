import { expect } from '@open-wc/testing';
import { cleanPhone, cleanText, safeHref } from '../src/config/sanitize.js';

describe('links a clinic configures (DESIGN §2)', () => {
  it('keeps https, http, tel, sms, mailto and relative links as written', () => {
    for (const href of [
      'https://example.org/contact',
      'http://example.org/',
      'tel:+12065550123',
      'sms:988',
      'mailto:intake@example.org',
      '/contact',
      'contact.html',
      '#form',
      '?a=1',
      '//example.org/x',
    ]) {
      expect(safeHref(href), href).to.equal(href);
    }
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'blob:https://example.org/1',
      'file:///etc/passwd',
      'ftp://example.org',
      '\u202Ejavascript:alert(1)',
      'javascript&colon;alert(1):x',
      '',
      '   ',
    ]) {
      expect(safeHref(href), JSON.stringify(href)).to.equal(null);
    }
    expect(safeHref(42)).to.equal(null);
    expect(safeHref(null)).to.equal(null);
  });

  it('strips bidi controls from links', () => {
    expect(safeHref('https://exa\u202Emple.org/\u2066x')).to.equal('https://example.org/x');
  });
});

describe('the clinic phone', () => {
  it('shows the digits as written and dials only digits and a leading plus', () => {
    expect(cleanPhone('+1-206-555-0123')).to.deep.equal({
      display: '+1-206-555-0123',
      href: 'tel:+12065550123',
    });
    expect(cleanPhone('(206) 555-0123')).to.deep.equal({
      display: '(206) 555-0123',
      href: 'tel:2065550123',
    });
  });

  it('removes bidi controls and refuses text that is not a number', () => {
    expect(cleanPhone('\u202E206-555-0123\u202C')?.display).to.equal('206-555-0123');
    expect(cleanPhone('call us')).to.equal(null);
    expect(cleanPhone('12')).to.equal(null);
    expect(cleanPhone('206-555-0123<script>')).to.equal(null);
    expect(cleanPhone(undefined)).to.equal(null);
  });
});

describe('free text from a clinic', () => {
  it('folds spaces, removes control characters and caps the length with an ellipsis', () => {
    expect(cleanText('  Sample \n Recovery\u0000 Center ')).to.equal('Sample Recovery Center');
    const long = 'a'.repeat(200);
    const capped = cleanText(long, 120);
    expect(Array.from(capped)).to.have.length(120);
    expect(capped.endsWith('…')).to.equal(true);
  });

  it('counts emoji and accents as one character each and keeps them', () => {
    expect(cleanText('Clínica 🌱 Esperanza')).to.equal('Clínica 🌱 Esperanza');
    expect(cleanText('🌱'.repeat(10), 5)).to.equal('🌱🌱🌱🌱…');
  });

  it('gives empty text for anything that is not a string', () => {
    expect(cleanText(undefined)).to.equal('');
    expect(cleanText({})).to.equal('');
  });
});
