import { expect } from '@open-wc/testing';
import '../src/carepath.js';

describe('the embed registers the elements', () => {
  it('defines every tag once', () => {
    for (const tag of ['carepath-compare', 'carepath-ladder', 'carepath-screener', 'carepath-config']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });
});
